/**
 * /opening_balance_journals: balances brought forward as one balanced journal
 * (mock/ledger/opening_balances.ts). No PUT, as in Sage; DELETE (204) reverses.
 */
import type { RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import {
  OPENING_BALANCE_JOURNALS,
  removeOpeningBalance,
  writeOpeningBalanceJournal,
  type OpeningBalanceJournalRecord,
} from '../ledger/opening_balances.ts';
import { bury, col, envelopeOf, found, publicView, readRoutes } from './kit.ts';

const R = OPENING_BALANCE_JOURNALS;
const S = 'opening_balance_journal';

export const openingBalanceJournalRoutes: RouteDef[] = [
  ...readRoutes<OpeningBalanceJournalRecord>({ resource: R, deletable: true }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${R}`,
    resource: S,
    handler: async (ctx) => json(201, publicView(await writeOpeningBalanceJournal(ctx, envelopeOf(ctx, S)))),
  },
  {
    surface: 'api',
    method: 'DELETE',
    path: `/${R}/:id`,
    resource: S,
    async handler(ctx) {
      const prev = found(col<OpeningBalanceJournalRecord>(ctx, R), ctx.params.id);
      await removeOpeningBalance(ctx, R, prev);
      await bury(ctx, R, prev);
      return noContent();
    },
  },
];

/**
 * /ledger_account_opening_balances: a ledger account's balance brought forward, against the opening
 * balances control account (mock/ledger/opening_balances.ts). PUT re-posts, DELETE (204) reverses.
 */
import type { RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import {
  LEDGER_ACCOUNT_OPENING_BALANCES, removeOpeningBalance, writeLedgerAccountOpeningBalance, type LedgerAccountOpeningBalanceRecord,
} from '../ledger/opening_balances.ts';
import { bury, col, envelopeOf, found, publicView, readRoutes } from './kit.ts';

const R = LEDGER_ACCOUNT_OPENING_BALANCES;
const S = 'ledger_account_opening_balance';
const one = (ctx: Parameters<RouteDef['handler']>[0]) => found(col<LedgerAccountOpeningBalanceRecord>(ctx, R), ctx.params.id);

export const ledgerAccountOpeningBalanceRoutes: RouteDef[] = [
  ...readRoutes<LedgerAccountOpeningBalanceRecord>({ resource: R, deletable: true }),
  { surface: 'api', method: 'POST', path: `/${R}`, resource: S, handler: async (ctx) => json(201, publicView(await writeLedgerAccountOpeningBalance(ctx, envelopeOf(ctx, S)))) },
  {
    surface: 'api', method: 'PUT', path: `/${R}/:id`, resource: S,
    handler: async (ctx) => {
      const prev = one(ctx);
      return json(200, publicView(await writeLedgerAccountOpeningBalance(ctx, envelopeOf(ctx, S), prev)));
    },
  },
  {
    surface: 'api', method: 'DELETE', path: `/${R}/:id`, resource: S,
    async handler(ctx) {
      const prev = one(ctx);
      await removeOpeningBalance(ctx, R, prev);
      await bury(ctx, R, prev);
      return noContent();
    },
  },
];

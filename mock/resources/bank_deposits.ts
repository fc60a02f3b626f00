/**
 * /bank_deposits: cash and cheques paid in from one bank account (typically cash in hand) to another
 * (mock/ledger/banking.ts). No PUT (Sage has none); DELETE (204) reverses. Filters: `from_date`, `to_date`.
 */
import type { RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import { BANK_DEPOSITS, readDeposit, removeBanking, writeDeposit, type BankingRecord } from '../ledger/banking.ts';
import { col, dateRangeFilters, envelopeOf, found, publicView, readRoutes } from './kit.ts';

export const bankDepositRoutes: RouteDef[] = [
  ...readRoutes<BankingRecord>({
    resource: BANK_DEPOSITS,
    filters: dateRangeFilters<BankingRecord>(),
    sortable: ['created_at', 'updated_at', 'date'],
    deletable: true,
  }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${BANK_DEPOSITS}`,
    resource: 'bank_deposit',
    handler: async (ctx) => json(201, publicView(await writeDeposit(ctx, readDeposit(ctx, envelopeOf(ctx, 'bank_deposit'))))),
  },
  {
    surface: 'api',
    method: 'DELETE',
    path: `/${BANK_DEPOSITS}/:id`,
    resource: 'bank_deposit',
    async handler(ctx) {
      await removeBanking(ctx, BANK_DEPOSITS, found(col<BankingRecord>(ctx, BANK_DEPOSITS), ctx.params.id));
      return noContent();
    },
  },
];

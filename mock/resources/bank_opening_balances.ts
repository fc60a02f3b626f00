/**
 * /bank_opening_balances: a bank account's balance brought forward, against the opening balances
 * control account (mock/ledger/opening_balances.ts). Filter `bank_account_id`. PUT re-posts,
 * DELETE (204) reverses.
 */
import type { RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import { BANK_OPENING_BALANCES, removeOpeningBalance, writeBankOpeningBalance, type BankOpeningBalanceRecord } from '../ledger/opening_balances.ts';
import { bury, col, envelopeOf, found, linkFilter, publicView, readRoutes } from './kit.ts';

const R = BANK_OPENING_BALANCES;
const S = 'bank_opening_balance';
const one = (ctx: Parameters<RouteDef['handler']>[0]) => found(col<BankOpeningBalanceRecord>(ctx, R), ctx.params.id);

export const bankOpeningBalanceRoutes: RouteDef[] = [
  ...readRoutes<BankOpeningBalanceRecord>({ resource: R, filters: { bank_account_id: linkFilter<BankOpeningBalanceRecord>((r) => r.bank_account) }, deletable: true }),
  { surface: 'api', method: 'POST', path: `/${R}`, resource: S, handler: async (ctx) => json(201, publicView(await writeBankOpeningBalance(ctx, envelopeOf(ctx, S)))) },
  {
    surface: 'api', method: 'PUT', path: `/${R}/:id`, resource: S,
    handler: async (ctx) => {
      const prev = one(ctx);
      return json(200, publicView(await writeBankOpeningBalance(ctx, envelopeOf(ctx, S), prev)));
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

/**
 * /ledger_account_opening_balances: a ledger account's balance brought forward, against the opening
 * balances control account (mock/ledger/opening_balances.ts). PUT re-posts, DELETE (204) reverses.
 * `openingBalanceRoutes` also serves /bank_opening_balances.
 */
import type { RequestContext, RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import type { StoredRecord } from '../core/store.ts';
import {
  LEDGER_ACCOUNT_OPENING_BALANCES,
  removeOpeningBalance,
  writeLedgerAccountOpeningBalance,
  type LedgerAccountOpeningBalanceRecord,
} from '../ledger/opening_balances.ts';
import { bury, col, envelopeOf, found, publicView, readRoutes, type ReadSpec } from './kit.ts';

/** The routes of an opening balance resource that `write` creates (and, given the record, changes). */
export function openingBalanceRoutes<T extends StoredRecord & { id: string; displayed_as: string; _transaction: string | null }>(
  resource: string,
  singular: string,
  write: (ctx: RequestContext, data: Record<string, unknown>, prev?: T) => Promise<T>,
  filters?: ReadSpec<T>['filters'],
): RouteDef[] {
  const one = (ctx: RequestContext) => found(col<T>(ctx, resource), ctx.params.id);
  return [
    ...readRoutes<T>({ resource, filters, deletable: true }),
    {
      surface: 'api',
      method: 'POST',
      path: `/${resource}`,
      resource: singular,
      handler: async (ctx) => json(201, publicView(await write(ctx, envelopeOf(ctx, singular)))),
    },
    {
      surface: 'api',
      method: 'PUT',
      path: `/${resource}/:id`,
      resource: singular,
      handler: async (ctx) => {
        const prev = one(ctx);
        return json(200, publicView(await write(ctx, envelopeOf(ctx, singular), prev)));
      },
    },
    {
      surface: 'api',
      method: 'DELETE',
      path: `/${resource}/:id`,
      resource: singular,
      async handler(ctx) {
        const prev = one(ctx);
        await removeOpeningBalance(ctx, resource, prev);
        await bury(ctx, resource, prev);
        return noContent();
      },
    },
  ];
}

export const ledgerAccountOpeningBalanceRoutes: RouteDef[] = openingBalanceRoutes<LedgerAccountOpeningBalanceRecord>(
  LEDGER_ACCOUNT_OPENING_BALANCES,
  'ledger_account_opening_balance',
  writeLedgerAccountOpeningBalance,
);

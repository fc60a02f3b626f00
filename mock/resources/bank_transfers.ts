/**
 * /bank_transfers: money moved between two bank accounts of the business (mock/ledger/banking.ts):
 * debit the destination's ledger account, credit the source's. PUT re-posts under the same id;
 * DELETE (204) reverses. Filters: `from_date`, `to_date`.
 */
import type { RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import {
  BANK_TRANSFERS,
  mergeOver,
  readTransfer,
  removeBanking,
  transferBody,
  writeTransfer,
  type BankingRecord,
} from '../ledger/banking.ts';
import { col, dateRangeFilters, envelopeOf, found, publicView, readRoutes } from './kit.ts';

export const bankTransferRoutes: RouteDef[] = [
  ...readRoutes<BankingRecord>({
    resource: BANK_TRANSFERS,
    filters: dateRangeFilters<BankingRecord>(),
    sortable: ['created_at', 'updated_at', 'date'],
    deletable: true,
  }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${BANK_TRANSFERS}`,
    resource: 'bank_transfer',
    handler: async (ctx) => json(201, publicView(await writeTransfer(ctx, readTransfer(ctx, envelopeOf(ctx, 'bank_transfer'))))),
  },
  {
    surface: 'api',
    method: 'PUT',
    path: `/${BANK_TRANSFERS}/:id`,
    resource: 'bank_transfer',
    async handler(ctx) {
      const prev = found(col<BankingRecord>(ctx, BANK_TRANSFERS), ctx.params.id);
      return json(
        200,
        publicView(await writeTransfer(ctx, readTransfer(ctx, mergeOver(transferBody(prev), envelopeOf(ctx, 'bank_transfer'))), prev)),
      );
    },
  },
  {
    surface: 'api',
    method: 'DELETE',
    path: `/${BANK_TRANSFERS}/:id`,
    resource: 'bank_transfer',
    async handler(ctx) {
      await removeBanking(ctx, BANK_TRANSFERS, found(col<BankingRecord>(ctx, BANK_TRANSFERS), ctx.params.id));
      return noContent();
    },
  },
];

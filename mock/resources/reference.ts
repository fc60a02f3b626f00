/** Reference lists with mnemonic ids: /contact_types, /ledger_account_types, /artefact_statuses, ... */
import type { RouteDef } from '../context.ts';
import { json } from '../core/http.ts';
import { listResponse } from '../core/pagination.ts';
import { ARTEFACT_STATUSES, BANK_ACCOUNT_TYPES, CONTACT_TYPES, LEDGER_ACCOUNT_TYPES, TRANSACTION_TYPES, type RefItem } from '../world/reference.ts';
import { found } from './kit.ts';

/** A fixed list, served from records built once (no business, no timestamps). */
function referenceRoutes(resource: string, items: readonly RefItem[]): RouteDef[] {
  const records = items.map((i) => ({ id: i.id, displayed_as: i.displayed_as, $path: `/${resource}/${i.id}` }));
  const byId = new Map(records.map((r) => [r.id, r]));
  return [
    {
      surface: 'api', method: 'GET', path: `/${resource}`,
      handler: (ctx) => listResponse(ctx, { resource, source: records, render: (r) => r, baseAsStored: true, timestamps: false }),
    },
    {
      surface: 'api', method: 'GET', path: `/${resource}/:id`,
      handler: (ctx) => json(200, found(byId, ctx.params.id)),
    },
  ];
}

export const referenceRoutesAll: RouteDef[] = [
  ...referenceRoutes('contact_types', CONTACT_TYPES),
  ...referenceRoutes('ledger_account_types', LEDGER_ACCOUNT_TYPES),
  ...referenceRoutes('artefact_statuses', ARTEFACT_STATUSES),
  ...referenceRoutes('transaction_types', TRANSACTION_TYPES),
  ...referenceRoutes('bank_account_types', BANK_ACCOUNT_TYPES),
];

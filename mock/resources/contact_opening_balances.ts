/**
 * /contact_opening_balances: invoices and credit notes brought forward for a contact
 * (mock/ledger/opening_balances.ts), settled by payments and allocations like other artefacts.
 * Filters `contact_id`, `contact_type_id` (CUSTOMER or VENDOR: the side it sits on). PUT re-posts,
 * DELETE (204) reverses; both are refused while it is allocated.
 */
import type { RequestContext, RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import {
  CONTACT_OPENING_BALANCES,
  removeContactOpeningBalance,
  renderContactOpeningBalance,
  writeContactOpeningBalance,
  type ContactOpeningBalanceRecord,
} from '../ledger/opening_balances.ts';
import { bury, business, col, envelopeOf, found, linkFilter, readRoutes } from './kit.ts';

const R = CONTACT_OPENING_BALANCES;
const S = 'contact_opening_balance';
const one = (ctx: RequestContext) => found(col<ContactOpeningBalanceRecord>(ctx, R), ctx.params.id);
const render = (r: ContactOpeningBalanceRecord, ctx: RequestContext) => renderContactOpeningBalance(r, business(ctx).currency);

export const contactOpeningBalanceRoutes: RouteDef[] = [
  ...readRoutes<ContactOpeningBalanceRecord>({
    resource: R,
    render,
    filters: {
      contact_id: linkFilter<ContactOpeningBalanceRecord>((r) => r.contact),
      contact_type_id(v) {
        const side = v.trim().toUpperCase() === 'VENDOR' ? 'vendor' : 'customer';
        return (r) => r._side === side;
      },
    },
    deletable: true,
  }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${R}`,
    resource: S,
    handler: async (ctx) => json(201, render(await writeContactOpeningBalance(ctx, envelopeOf(ctx, S)), ctx)),
  },
  {
    surface: 'api',
    method: 'PUT',
    path: `/${R}/:id`,
    resource: S,
    handler: async (ctx) => {
      const prev = one(ctx);
      return json(200, render(await writeContactOpeningBalance(ctx, envelopeOf(ctx, S), prev), ctx));
    },
  },
  {
    surface: 'api',
    method: 'DELETE',
    path: `/${R}/:id`,
    resource: S,
    async handler(ctx) {
      const prev = one(ctx);
      await removeContactOpeningBalance(ctx, prev);
      await bury(ctx, R, prev);
      return noContent();
    },
  },
];

/**
 * /tax_determinations: the tax rates that apply to an artefact line. The mock does not model
 * Sage's determination rules (destination, goods or services, retailer rates): it answers the
 * business's visible tax rates, as `/tax_rates` shows them, in its list envelope (*guess*). The
 * query parameters Sage lists are accepted; a `date` must be a date and a `contact_id` one of the
 * business's contacts (422 otherwise).
 */
import type { RouteDef } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { listResponse } from '../core/pagination.ts';
import { isIsoDate } from '../core/records.ts';
import { col, publicView } from './kit.ts';
import { TAX_RATES, type TaxRateRecord } from './tax_rates.ts';

export const taxDeterminationRoutes: RouteDef[] = [
  {
    surface: 'api',
    method: 'GET',
    path: '/tax_determinations',
    handler(ctx) {
      const date = ctx.query.get('date');
      if (date !== null && !isIsoDate(date))
        throw apiError('InvalidParameter', { source: 'date', message: 'date must be a date (YYYY-MM-DD).' });
      const contact = ctx.query.get('contact_id');
      if (contact !== null && !col(ctx, 'contacts').has(contact))
        throw apiError('InvalidParameter', { source: 'contact_id', message: 'contact_id is not a contact of this business.' });
      const rates = [...col<TaxRateRecord>(ctx, TAX_RATES).values()].filter((r) => r.is_visible);
      return listResponse(ctx, { resource: 'tax_determinations', source: rates, render: (r) => publicView(r) });
    },
  },
];

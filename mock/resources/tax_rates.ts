/**
 * /tax_rates: per country (GB mnemonic ids, US and CA per-business GUIDs). US businesses may also
 * create, change and delete their own rates, as Sage allows there only: `name` required (at most
 * 100 characters [guess]), `agency`, `percentage` (0 to 100; or `component_tax_rate.percentage`),
 * `is_visible`. Elsewhere a write is a 422 on `base` [guess]. The seeded rates are not editable
 * or deletable (422); a created rate cannot be deleted once a document, item or ledger account
 * names it (422).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { formatDecimal } from '../core/money.ts';
import { readAmount } from '../ledger/amounts.ts';
import { FieldReader, bury, business, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';
import { TAX_RATES, buildTaxRate, type TaxRateRecord } from '../world/records/tax_rates.ts';

export { TAX_RATES, buildTaxRate, type TaxRateRecord };

/** Tax rates are written only in US businesses [guess: the 422 when elsewhere]. */
function usOnly(ctx: RequestContext): void {
  if (business(ctx).country !== 'US') throw apiError('TaxRatesUsOnly', { source: 'base' });
}

function readTaxRate(data: Record<string, unknown>, creating: boolean) {
  const f = new FieldReader(data);
  const name = f.string('name', { required: creating, max: 100 });
  const agency = f.string('agency', { max: 100 });
  const visible = f.boolean('is_visible');
  const component = f.object('component_tax_rate');
  const cf = new FieldReader(component ?? {}, 'component_tax_rate');
  const pct = component ? readAmount(cf, 'percentage', { min: 0 }) : readAmount(f, 'percentage', { min: 0 });
  f.v.items.push(...cf.v.items);
  if (pct?.gt(100)) f.fail('percentage', 'must be less than or equal to 100');
  f.check();
  return { name, agency, visible, percentage: pct === undefined ? undefined : formatDecimal(pct) };
}

/** Every place a tax rate can be named: document lines, other payment lines, items, ledger accounts. */
function taxRateInUse(ctx: RequestContext, id: string): boolean {
  const names = (v: unknown): boolean => {
    if (Array.isArray(v)) return v.some(names);
    if (!v || typeof v !== 'object') return false;
    const o = v as Record<string, unknown>;
    if (o.$path === `/tax_rates/${id}`) return true;
    return Object.entries(o).some(([k, x]) => k !== 'id' && typeof x === 'object' && names(x));
  };
  const resources = [
    'sales_invoices',
    'purchase_invoices',
    'sales_credit_notes',
    'purchase_credit_notes',
    'sales_quotes',
    'sales_estimates',
    'other_payments',
    'products',
    'services',
    'stock_items',
    'ledger_accounts',
  ];
  return resources.some((r) => [...col(ctx, r).values()].some(names));
}

export const taxRateRoutes: RouteDef[] = [
  ...readRoutes<TaxRateRecord>({ resource: TAX_RATES, sortable: ['name', 'percentage', 'created_at', 'updated_at'], deletable: true }),
  {
    surface: 'api',
    method: 'POST',
    path: '/tax_rates',
    resource: 'tax_rate',
    async handler(ctx) {
      const data = envelopeOf(ctx, 'tax_rate');
      usOnly(ctx);
      const r = readTaxRate(data, true);
      const rec: TaxRateRecord = {
        ...buildTaxRate(newId(ctx), { key: '', name: r.name!, percentage: r.percentage ?? '0.0', agency: r.agency }, now(ctx)),
        is_visible: r.visible ?? true,
        editable: true,
        deletable: true,
      };
      await col<TaxRateRecord>(ctx, TAX_RATES).insert(rec);
      return json(201, publicView(rec));
    },
  },
  {
    surface: 'api',
    method: 'PUT',
    path: '/tax_rates/:id',
    resource: 'tax_rate',
    async handler(ctx) {
      const rates = col<TaxRateRecord>(ctx, TAX_RATES);
      const prev = found(rates, ctx.params.id);
      const data = envelopeOf(ctx, 'tax_rate');
      usOnly(ctx);
      if (!prev.editable) throw apiError('TaxRateFixed', { source: 'base' });
      const r = readTaxRate(data, false);
      const next: TaxRateRecord = { ...prev, updated_at: now(ctx) };
      if (r.name !== undefined) next.name = r.name;
      if (r.agency !== undefined) next.agency = r.agency;
      if (r.visible !== undefined) next.is_visible = r.visible;
      if (r.percentage !== undefined) {
        next.percentage = r.percentage;
        next.percentages = [{ ...prev.percentages[0]!, percentage: r.percentage }];
      }
      next.displayed_as = `${next.name} ${Number(next.percentage).toFixed(2)}%`;
      await rates.put(next);
      return json(200, publicView(next));
    },
  },
  {
    surface: 'api',
    method: 'DELETE',
    path: '/tax_rates/:id',
    resource: 'tax_rate',
    async handler(ctx) {
      const rates = col<TaxRateRecord>(ctx, TAX_RATES);
      const prev = found(rates, ctx.params.id);
      usOnly(ctx);
      if (!prev.deletable) throw apiError('TaxRateFixed', { source: 'base' });
      if (taxRateInUse(ctx, prev.id)) throw apiError('TaxRateInUse', { source: 'base' });
      await rates.remove(prev.id);
      await bury(ctx, TAX_RATES, prev);
      return noContent();
    },
  },
];

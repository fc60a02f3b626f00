/** /tax_rates: per country (GB mnemonic ids, US and CA per-business GUIDs). Read-only here. */
import type { RouteDef } from '../core/router.ts';
import type { TaxRateSeed } from '../world/countries.ts';
import { readRoutes } from './kit.ts';
import { TAX_RATES, type TaxRateRecord } from '../ledger/accounts.ts';

export function buildTaxRate(id: string, seed: TaxRateSeed, at: string): TaxRateRecord {
  const pct = Number(seed.percentage).toFixed(2);
  return {
    id,
    displayed_as: `${seed.name} ${pct}%`,
    $path: `/tax_rates/${id}`,
    created_at: at,
    updated_at: at,
    name: seed.name,
    agency: seed.agency ?? null,
    percentage: seed.percentage,
    percentages: [{ percentage: seed.percentage, from_date: '2011-01-04', to_date: null }],
    is_visible: true,
    retailer: false,
    editable: false,
    deletable: false,
    is_combined_rate: false,
  };
}

export const taxRateRoutes: RouteDef[] = readRoutes<TaxRateRecord>({ resource: TAX_RATES, sortable: ['name', 'percentage', 'created_at', 'updated_at'] });

/** The tax rate record: its shape and the one place it is built (seeding). */
import type { TaxRateSeed } from '../countries.ts';

export interface TaxRateRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  name: string;
  agency: string | null;
  percentage: string;
  percentages: { percentage: string; from_date: string; to_date: string | null }[];
  is_visible: boolean;
  retailer: boolean;
  editable: boolean;
  deletable: boolean;
  is_combined_rate: boolean;
  /** The rates a combined rate is made of (none: the mock has no combined rates). */
  component_tax_rates: { id: string; displayed_as: string; $path: string }[];
  [key: string]: unknown;
}

export const TAX_RATES = 'tax_rates';

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
    component_tax_rates: [],
  };
}

/** The tax profile record: one per tax type of the business's country, built with the business. */
import { refLink, type Link } from '../../core/records.ts';
import { TAX_RETURN_FREQUENCIES, TAX_TYPES } from '../reference_data.ts';
import type { BusinessRecord } from '../types.ts';

export interface TaxProfileRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  tax_type: Link;
  tax_number: string;
  tax_number_suffix: string | null;
  collect_tax: boolean;
  tax_return_frequency: Link | null;
  address_region: { id: string; displayed_as: string; $path: string; code: string; name: string } | null;
  [key: string]: unknown;
}

export const TAX_PROFILES = 'tax_profiles';

/** The profiles a new business starts with: one per tax type of its country. */
export function buildTaxProfiles(b: BusinessRecord, at: string): TaxProfileRecord[] {
  return TAX_TYPES[b.country].map((t) => ({
    id: t.id,
    displayed_as: t.name,
    $path: `/${TAX_PROFILES}/${t.id}`,
    created_at: at,
    updated_at: at,
    tax_type: refLink('tax_types', [{ id: t.id, displayed_as: t.name }], t.id),
    tax_number: '',
    tax_number_suffix: null,
    collect_tax: t.federal,
    tax_return_frequency: t.federal ? refLink('tax_return_frequencies', TAX_RETURN_FREQUENCIES, 'QUARTERLY') : null,
    address_region: null,
  }));
}

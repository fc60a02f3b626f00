/**
 * /tax_profiles: the business's registration for each tax type of its country (one profile per tax
 * type, id = the tax type's id, *guess*). List, get, and PUT (`tax_number`, `tax_number_suffix`,
 * `collect_tax`, `tax_return_frequency_id`, `address_region`); profiles are created with the
 * business, from its country's tax types.
 */
import type { RouteDef } from '../core/router.ts';
import type { RequestContext } from '../core/context.ts';
import { refLink, type Link } from '../core/records.ts';
import { ADDRESS_REGIONS, TAX_RETURN_FREQUENCIES, TAX_TYPES } from '../world/reference_data.ts';
import type { BusinessRecord } from '../world/types.ts';
import { FieldReader, now, readRoutes, updateRoute } from './kit.ts';

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

function regionOf(code: string | undefined, name: string | undefined): TaxProfileRecord['address_region'] | undefined {
  const r = ADDRESS_REGIONS.find((x) => (code !== undefined && x.attributes?.code === code) || (name !== undefined && x.attributes?.name === name));
  return r ? { id: r.id, displayed_as: r.displayed_as, $path: `/address_regions/${r.id}`, code: String(r.attributes!.code), name: String(r.attributes!.name) } : undefined;
}

function updateProfile(ctx: RequestContext, prev: TaxProfileRecord, data: Record<string, unknown>): TaxProfileRecord {
  const f = new FieldReader(data);
  const next: TaxProfileRecord = { ...prev, updated_at: now(ctx) };
  const type = f.string('tax_type_id');
  if (type !== undefined && type !== prev.tax_type.id) f.fail('tax_type_id', 'is invalid');
  const number = f.string('tax_number', { max: 50 });
  if (number !== undefined) next.tax_number = number;
  const suffix = f.string('tax_number_suffix', { max: 10 });
  if (suffix !== undefined) next.tax_number_suffix = suffix;
  const collect = f.boolean('collect_tax');
  if (collect !== undefined) next.collect_tax = collect;
  const freq = f.string('tax_return_frequency_id');
  if (freq !== undefined) {
    if (!TAX_RETURN_FREQUENCIES.some((x) => x.id === freq)) f.fail('tax_return_frequency_id', 'is invalid');
    else next.tax_return_frequency = refLink('tax_return_frequencies', TAX_RETURN_FREQUENCIES, freq);
  }
  const region = f.object('address_region');
  if (region) {
    const rf = new FieldReader(region, 'address_region');
    const r = regionOf(rf.string('code'), rf.string('name'));
    if (!r) rf.fail('code', 'is invalid');
    else next.address_region = r;
    f.v.items.push(...rf.v.items);
  }
  f.check();
  return next;
}

export const taxProfileRoutes: RouteDef[] = [
  ...readRoutes<TaxProfileRecord>({ resource: TAX_PROFILES, sortable: ['created_at', 'updated_at'] }),
  updateRoute<TaxProfileRecord>({ resource: TAX_PROFILES, singular: 'tax_profile', update: updateProfile }),
];

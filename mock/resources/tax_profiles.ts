/**
 * /tax_profiles: the business's registration for each tax type of its country (one profile per tax
 * type, id = the tax type's id, *guess*). List, get, and PUT (`tax_number`, `tax_number_suffix`,
 * `collect_tax`, `tax_return_frequency_id`, `address_region`); profiles are created with the
 * business, from its country's tax types.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { refLink } from '../core/records.ts';
import { ADDRESS_REGIONS, TAX_RETURN_FREQUENCIES } from '../world/reference_data.ts';
import { TAX_PROFILES, buildTaxProfiles, type TaxProfileRecord } from '../world/records/tax_profiles.ts';
import { FieldReader, now, readRoutes, updateRoute } from './kit.ts';

export { TAX_PROFILES, buildTaxProfiles, type TaxProfileRecord };

function regionOf(code: string | undefined, name: string | undefined): TaxProfileRecord['address_region'] | undefined {
  const r = ADDRESS_REGIONS.find(
    (x) => (code !== undefined && x.attributes?.code === code) || (name !== undefined && x.attributes?.name === name),
  );
  return r
    ? {
        id: r.id,
        displayed_as: r.displayed_as,
        $path: `/address_regions/${r.id}`,
        code: String(r.attributes!.code),
        name: String(r.attributes!.name),
      }
    : undefined;
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

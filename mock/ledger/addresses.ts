/**
 * The addresses a sales document carries (`main_address`, `delivery_address`): stored as sent
 * (Sage's `SalesArtefactAddress`: lines, city, postal code, region, country), never linked to the
 * contact's own address records.
 */
import type { FieldReader } from '../core/fields.ts';
import { link } from '../core/records.ts';
import type { AddressLines } from '../world/records/addresses.ts';

/** A document's address: the lines of an address, without a record of its own. */
export type ArtefactAddress = AddressLines;

/** Reads an address object at `key` (undefined when absent; null when sent as null). */
export function readAddress(f: FieldReader, key: string): ArtefactAddress | null | undefined {
  if (f.data[key] === null) return null;
  const raw = f.object(key);
  if (!raw) return undefined;
  const text = (k: string, max: number): string => {
    const v = raw[k];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') {
      f.fail(`${key}.${k}`, 'is invalid');
      return '';
    }
    if ([...v].length > max) f.fail(`${key}.${k}`, `is too long (maximum is ${max} characters)`);
    return v;
  };
  const country = text('country_id', 2).toUpperCase();
  const group = text('country_group_id', 10).toUpperCase();
  return {
    address_line_1: text('address_line_1', 255),
    address_line_2: text('address_line_2', 255),
    city: text('city', 255),
    postal_code: text('postal_code', 50),
    region: text('region', 255),
    country: country ? link('countries', country, country) : null,
    country_group: group ? link('country_groups', group, group) : null,
  };
}

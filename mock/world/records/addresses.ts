/** The address record: its shape and the one place it is built (seeding, contacts, bank accounts, `/addresses`). */
import { refLink, type Link } from '../../core/records.ts';
import { ADDRESS_TYPES, countryGroupLink, countryLink } from '../reference_data.ts';

/** The lines of an address, as every address Sage shows carries them (records, and documents' own addresses). */
export interface AddressLines {
  address_line_1: string;
  address_line_2: string;
  city: string;
  postal_code: string;
  region: string;
  country: Link | null;
  country_group: Link | null;
}

export interface AddressRecord extends AddressLines {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  bank_account: Link | null;
  contact: Link | null;
  address_type: Link;
  name: string;
  is_main_address: boolean;
  [key: string]: unknown;
}

export const ADDRESSES = 'addresses';

/** The address fields a write may send (`main_address` of a contact, or `/addresses`). */
export interface AddressInput {
  address_line_1?: string;
  address_line_2?: string;
  city?: string;
  postal_code?: string;
  region?: string;
  country_id?: string;
  address_type_id?: string;
  name?: string;
  is_main_address?: boolean;
}

const displayOf = (a: Pick<AddressRecord, 'address_line_1' | 'address_line_2' | 'city' | 'region' | 'postal_code'>) =>
  [a.address_line_1, a.address_line_2, a.city, a.region, a.postal_code].filter((x) => x).join('\n');

/** The one place an address record is shaped. `country` is the business's, the default. */
export function buildAddress(
  input: AddressInput & {
    id: string;
    at: string;
    country: string;
    contact?: Link | null;
    bank_account?: Link | null;
    type: string;
  },
): AddressRecord {
  const country = input.country_id ?? input.country;
  const rec: AddressRecord = {
    id: input.id,
    displayed_as: '',
    $path: `/${ADDRESSES}/${input.id}`,
    created_at: input.at,
    updated_at: input.at,
    deleted_at: null,
    address_line_1: input.address_line_1 ?? '',
    address_line_2: input.address_line_2 ?? '',
    city: input.city ?? '',
    postal_code: input.postal_code ?? '',
    region: input.region ?? '',
    country: countryLink(country),
    country_group: countryGroupLink(country),
    bank_account: input.bank_account ?? null,
    contact: input.contact ?? null,
    address_type: refLink('address_types', ADDRESS_TYPES, input.type),
    name: input.name ?? refLink('address_types', ADDRESS_TYPES, input.type).displayed_as,
    is_main_address: input.is_main_address ?? false,
  };
  rec.displayed_as = displayOf(rec);
  return rec;
}

/** An address with the fields of `input` applied. */
export function applyAddress(prev: AddressRecord, input: AddressInput, at: string): AddressRecord {
  const next: AddressRecord = { ...prev, updated_at: at };
  for (const k of ['address_line_1', 'address_line_2', 'city', 'postal_code', 'region', 'name'] as const) {
    if (input[k] !== undefined) next[k] = input[k]!;
  }
  if (input.country_id !== undefined) {
    next.country = countryLink(input.country_id);
    next.country_group = countryGroupLink(input.country_id);
  }
  if (input.address_type_id !== undefined) next.address_type = refLink('address_types', ADDRESS_TYPES, input.address_type_id);
  if (input.is_main_address !== undefined) next.is_main_address = input.is_main_address;
  next.displayed_as = displayOf(next);
  return next;
}

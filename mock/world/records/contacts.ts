/** The contact record: its shape, its links and the one place it is built (seeding and POST). */
import { link, refLink, type Link } from '../../core/records.ts';
import { COUNTRY_PROFILES } from '../countries.ts';
import { CONTACT_TYPES } from '../reference.ts';
import type { BusinessRecord, CountryCode } from '../types.ts';

export interface Address {
  address_line_1: string;
  address_line_2: string;
  city: string;
  region: string;
  postal_code: string;
  country: Link;
}

export interface ContactRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  contact_types: Link[];
  name: string;
  reference: string;
  default_sales_ledger_account: Link | null;
  default_sales_tax_rate: Link | null;
  default_purchase_ledger_account: Link | null;
  tax_number: string;
  notes: string;
  locale: string;
  main_address: Address | null;
  delivery_address: Address | null;
  main_contact_person: { name: string; email: string; telephone: string; mobile: string; is_main_contact: boolean } | null;
  credit_limit: string;
  credit_days: number;
  currency: Link;
  balance: string;
  email: string;
  aux_reference: string;
  registered_number: string;
  deletable: boolean;
  system: boolean;
  is_active: boolean;
  [key: string]: unknown;
}

export const CONTACTS = 'contacts';

/**
 * Links to reference data are shared objects, made once per id: a world of 100,000 contacts holds
 * one `GBP` link, not 100,000. Like every stored value they are read-only (writes go through `put`
 * with new objects).
 */
const sharedLinks = new Map<string, Link>();
function shared(key: string, make: () => Link): Link {
  let l = sharedLinks.get(key);
  if (!l) sharedLinks.set(key, (l = make()));
  return l;
}

const typeLists = new Map<string, Link[]>();
/** The `contact_types` of a record: one shared (read-only) list per combination of types. */
export function contactTypeLinks(types: readonly string[]): Link[] {
  const key = types.join(',');
  let l = typeLists.get(key);
  if (!l) typeLists.set(key, (l = types.map(contactTypeLink)));
  return l;
}

export function contactTypeLink(id: string): Link {
  return shared(`contact_types/${id}`, () => refLink('contact_types', CONTACT_TYPES, id));
}

export function countryLink(code: CountryCode): Link {
  return shared(`countries/${code}`, () => link('countries', code, `${COUNTRY_PROFILES[code].name} (${code})`));
}

export function currencyLink(code: string): Link {
  return shared(`currencies/${code}`, () => link('currencies', code, code));
}

export function isCustomer(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'CUSTOMER');
}
export function isVendor(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'VENDOR');
}

/** The one place a contact record is shaped, for seeding and for POST. */
export function buildContact(
  b: BusinessRecord,
  input: {
    id: string;
    at: string;
    name: string;
    reference: string;
    types: string[];
    email?: string;
    notes?: string;
    tax_number?: string;
    locale?: string;
    credit_limit?: string;
    credit_days?: number;
    main_address?: Address | null;
    person?: ContactRecord['main_contact_person'];
  },
): ContactRecord {
  return {
    id: input.id,
    displayed_as: `${input.name} (${input.reference})`,
    $path: `/contacts/${input.id}`,
    created_at: input.at,
    updated_at: input.at,
    contact_types: contactTypeLinks(input.types),
    name: input.name,
    reference: input.reference,
    default_sales_ledger_account: null,
    default_sales_tax_rate: null,
    default_purchase_ledger_account: null,
    tax_number: input.tax_number ?? '',
    notes: input.notes ?? '',
    locale: input.locale ?? COUNTRY_PROFILES[b.country].locale,
    main_address: input.main_address ?? null,
    delivery_address: null,
    main_contact_person: input.person ?? null,
    credit_limit: input.credit_limit ?? '0.0',
    credit_days: input.credit_days ?? 30,
    currency: currencyLink(b.currency),
    balance: '0.0',
    email: input.email ?? '',
    aux_reference: '',
    registered_number: '',
    deletable: true,
    system: false,
    is_active: true,
  };
}

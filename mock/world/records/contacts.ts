/**
 * The contact record: its shape, its links and the one place it is built (seeding and POST). Its
 * main address, delivery address and main contact person are `/addresses` and `/contact_persons`
 * records, embedded (`satellitesOf` hands freshly built ones to the caller to store).
 */
import { link, publicView, refLink, type Link } from '../../core/records.ts';
import { COUNTRY_PROFILES } from '../countries.ts';
import { CONTACT_TYPES } from '../reference.ts';
import { countryLink, currencyLink, shared } from '../reference_data.ts';
import type { BusinessRecord } from '../types.ts';
import { buildAddress, type AddressInput, type AddressRecord } from './addresses.ts';
import { buildPerson, type ContactPersonRecord, type PersonInput } from './contact_persons.ts';

export { countryLink, currencyLink };

/** What a contact's `main_address` / `delivery_address` input may carry (seeding accepts a country link). */
export type AddressSeed = AddressInput & { country?: Link };

export interface ContactRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  links: unknown[];
  deleted_at: string | null;
  balance: string;
  contact_types: Link[];
  name: string;
  reference: string;
  default_sales_ledger_account: Link | null;
  default_sales_tax_rate: Link | null;
  default_purchase_ledger_account: Link | null;
  tax_number: string;
  notes: string;
  locale: string;
  /** The main and delivery address records and the main contact person, embedded (`syncContact`). */
  main_address: AddressRecord | null;
  delivery_address: AddressRecord | null;
  main_contact_person: ContactPersonRecord | null;
  bank_account_details: { account_name: string; account_number: string; sort_code: string; bic: string; iban: string };
  credit_limit: string;
  credit_days: number;
  credit_terms: string | null;
  credit_terms_and_conditions: string;
  product_sales_price_type: Link | null;
  source_guid: string | null;
  currency: Link;
  aux_reference: string;
  registered_number: string;
  deletable: boolean;
  tax_treatment: TaxTreatment;
  /** Read-only: the main contact person's email. */
  email: string;
  tax_calculation: string | null;
  auxiliary_account: string | null;
  gdpr_obfuscated: boolean;
  system: boolean;
  has_unfinished_recurring_invoices: boolean;
  cis_registered: boolean;
  ni_based: boolean;
  is_active: boolean;
  gb_based: boolean;
  cis_settings: {
    registered_cis_name: string | null;
    subcontractor_verification_number: string | null;
    deduction_rate: string | null;
  } | null;
  destination_vat_blocking: boolean;
  /** Internal: ids of the contact's address and contact person records. */
  _address_ids?: string[];
  _person_ids?: string[];
  /** A seeded contact whose address and person records are not built yet (`undefer`). */
  _deferred?: SatelliteSeed;
  [key: string]: unknown;
}

export interface TaxTreatment {
  home_tax: boolean;
  eu_tax_registered: boolean;
  eu_not_tax_registered: boolean;
  rest_of_world_tax: boolean;
  is_importer: boolean;
}

export const CONTACTS = 'contacts';

export const CREDIT_TERMS = [
  'month_end_invoice',
  'date_from_invoice',
  'immediate_invoice',
  'month_end_payment',
  'date_from_payment',
  'immediate_payment',
] as const;

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

export function isCustomer(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'CUSTOMER');
}
export function isVendor(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'VENDOR');
}

/** Ids for a contact's first addresses and person when the caller gives none: derived from the contact's, 32 hex digits. */
const derivedId = (contactId: string, tag: string) => `${contactId.slice(0, 30)}${tag}`;

/**
 * The one place a contact record is shaped, for seeding and for POST. Its main address, delivery
 * address and main contact person are built as records too: `satellitesOf` hands them to the
 * caller, which stores them in `/addresses` and `/contact_persons`.
 */
export function buildContact(
  b: BusinessRecord,
  input: {
    id: string;
    at: string;
    name: string;
    reference: string;
    types: string[];
    /** The main contact person's email (when no `person` is given, one is made for it). */
    email?: string;
    notes?: string;
    tax_number?: string;
    locale?: string;
    credit_limit?: string;
    credit_days?: number;
    main_address?: AddressSeed | null;
    delivery_address?: AddressSeed | null;
    person?: PersonInput | null;
    ids?: { main_address?: string; delivery_address?: string; person?: string };
    /**
     * Build the address and person records only when first needed (`undefer`): seeding big worlds
     * stores one small record per contact instead of three large ones.
     */
    defer?: boolean;
  },
): ContactRecord {
  const self = link(CONTACTS, input.id, `${input.name} (${input.reference})`);
  const ids = {
    main_address: input.ids?.main_address ?? derivedId(input.id, 'a1'),
    delivery_address: input.ids?.delivery_address ?? derivedId(input.id, 'a2'),
    person: input.ids?.person ?? derivedId(input.id, 'f1'),
  };
  const seed: SatelliteSeed = {
    main_address: input.main_address ?? null,
    delivery_address: input.delivery_address ?? null,
    person: input.person ?? (input.email ? { name: input.name, email: input.email } : null),
    ids,
  };
  const { main, delivery, person } = input.defer ? { main: null, delivery: null, person: null } : buildSatellites(b, self, input.at, seed);
  return {
    id: input.id,
    displayed_as: self.displayed_as,
    $path: self.$path,
    created_at: input.at,
    updated_at: input.at,
    links: [],
    deleted_at: null,
    balance: '0.0',
    contact_types: contactTypeLinks(input.types),
    name: input.name,
    reference: input.reference,
    default_sales_ledger_account: null,
    default_sales_tax_rate: null,
    default_purchase_ledger_account: null,
    tax_number: input.tax_number ?? '',
    notes: input.notes ?? '',
    locale: input.locale ?? COUNTRY_PROFILES[b.country].locale,
    main_address: main && (publicView(main) as AddressRecord),
    delivery_address: delivery && (publicView(delivery) as AddressRecord),
    main_contact_person: person && (publicView(person) as ContactPersonRecord),
    bank_account_details: { account_name: '', account_number: '', sort_code: '', bic: '', iban: '' },
    credit_limit: input.credit_limit ?? '0.0',
    credit_days: input.credit_days ?? 30,
    credit_terms: null,
    credit_terms_and_conditions: '',
    product_sales_price_type: null,
    source_guid: null,
    currency: currencyLink(b.currency),
    aux_reference: '',
    registered_number: '',
    deletable: true,
    tax_treatment: { home_tax: true, eu_tax_registered: false, eu_not_tax_registered: false, rest_of_world_tax: false, is_importer: false },
    tax_calculation: null,
    auxiliary_account: null,
    gdpr_obfuscated: false,
    system: false,
    has_unfinished_recurring_invoices: false,
    cis_registered: false,
    ni_based: false,
    is_active: true,
    gb_based: b.country === 'GB',
    cis_settings: null,
    destination_vat_blocking: false,
    email: person?.email ?? (input.defer && seed.main_address ? (seed.person?.email ?? '') : ''),
    _address_ids: [main, delivery].filter((a) => a !== null).map((a) => a.id),
    _person_ids: person ? [person.id] : [],
    ...(input.defer ? { _deferred: seed } : {}),
  };
}

/**
 * What a contact's address and person records are built from (kept on a deferred contact; the
 * address and person objects may be shared by many contacts: read-only, like every stored value).
 */
export interface SatelliteSeed {
  main_address: AddressSeed | null;
  delivery_address: AddressSeed | null;
  person: PersonInput | null;
  ids: { main_address: string; delivery_address: string; person: string };
}

function buildSatellites(b: BusinessRecord, self: Link, at: string, seed: SatelliteSeed) {
  const address = (a: AddressSeed, id: string, type: string, main: boolean) =>
    buildAddress({
      ...a,
      country_id: a.country_id ?? a.country?.id,
      id,
      at,
      country: b.country,
      contact: self,
      type: a.address_type_id ?? type,
      is_main_address: main,
    });
  const main = seed.main_address ? address(seed.main_address, seed.ids.main_address, 'ACCOUNTS', true) : null;
  const delivery = seed.delivery_address ? address(seed.delivery_address, seed.ids.delivery_address, 'DELIVERY', false) : null;
  const person =
    seed.person && main ? buildPerson({ ...seed.person, is_main_contact: true, id: seed.ids.person, at, address: main }) : null;
  return { main, delivery, person };
}

/**
 * A deferred contact with its address and person records built, exactly as `buildContact` would
 * have built them (the same ids and timestamps); any other contact as it is.
 */
export function undefer(b: BusinessRecord, c: ContactRecord): ContactRecord {
  if (c._deferred === undefined) return c;
  const seed = c._deferred;
  const { main, delivery, person } = buildSatellites(b, link(CONTACTS, c.id, c.displayed_as), c.created_at, seed);
  const { _deferred, ...rest } = c;
  return {
    ...rest,
    main_address: main && (publicView(main) as AddressRecord),
    delivery_address: delivery && (publicView(delivery) as AddressRecord),
    main_contact_person: person && (publicView(person) as ContactPersonRecord),
    _address_ids: [main, delivery].filter((a) => a !== null).map((a) => a.id),
    _person_ids: person ? [person.id] : [],
  };
}

/** The address and contact person records a freshly built contact embeds, to be stored. */
export function satellitesOf(c: ContactRecord): { addresses: AddressRecord[]; persons: ContactPersonRecord[] } {
  const addresses = [c.main_address, c.delivery_address].filter((a): a is AddressRecord => a !== null).map((a) => ({ ...a }));
  const persons = c.main_contact_person ? [{ ...c.main_contact_person, _contact_id: c.id }] : [];
  return { addresses, persons };
}

/**
 * /contacts: customers and vendors (`contact_type_ids`: CUSTOMER, VENDOR or both).
 * `name` and `contact_type_ids` are required; `displayed_as` is "Name (REFERENCE)"; references are
 * unique per business; DELETE answers 204 and leaves a tombstone for `deleted_since`; a contact
 * with transactions (`deletable: false`, set by the ledger) cannot be deleted.
 */
import type { RouteDef } from '../core/router.ts';
import type { RequestContext } from '../core/context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { formatDecimal } from '../core/money.ts';
import { link, refLink, type Link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import { COUNTRY_PROFILES } from '../world/countries.ts';
import type { Collection } from '../store/index.ts';
import { CONTACT_TYPES } from '../world/reference.ts';
import type { BusinessRecord } from '../world/types.ts';
import { countryLink, currencyLink } from './reference.ts';
import { defaultCreditDays } from './settings.ts';

export { countryLink, currencyLink };
import { FieldReader, bury, col, envelopeOf, found, linkTo, newId, now, publicView, readRoutes, business } from './kit.ts';
import { ADDRESSES, CONTACT_PERSONS, applyAddress, buildAddress, readAddressInput, syncContact, type AddressInput, type AddressRecord } from './addresses.ts';
import { applyPerson, buildPerson, readPersonInput, type ContactPersonRecord, type PersonInput } from './contact_persons.ts';

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
  cis_settings: { registered_cis_name: string | null; subcontractor_verification_number: string | null; deduction_rate: string | null } | null;
  destination_vat_blocking: boolean;
  /** Internal: ids of the contact's address and contact person records. */
  _address_ids?: string[];
  _person_ids?: string[];
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

export const CREDIT_TERMS = ['month_end_invoice', 'date_from_invoice', 'immediate_invoice', 'month_end_payment', 'date_from_payment', 'immediate_payment'] as const;

export function contactTypeLink(id: string): Link {
  return refLink('contact_types', CONTACT_TYPES, id);
}

export function isCustomer(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'CUSTOMER');
}
export function isVendor(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'VENDOR');
}

/** Ids for a contact's first address and person when the caller gives none (derived, stable). */
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
  },
): ContactRecord {
  const self = link(CONTACTS, input.id, `${input.name} (${input.reference})`);
  const address = (seed: AddressSeed, id: string, type: string, main: boolean) =>
    buildAddress({ ...seed, country_id: seed.country_id ?? seed.country?.id, id, at: input.at, country: b.country, contact: self, type: seed.address_type_id ?? type, is_main_address: main });
  const main = input.main_address ? address(input.main_address, input.ids?.main_address ?? derivedId(input.id, 'a1'), 'ACCOUNTS', true) : null;
  const delivery = input.delivery_address ? address(input.delivery_address, input.ids?.delivery_address ?? derivedId(input.id, 'a2'), 'DELIVERY', false) : null;
  const personInput = input.person ?? (input.email ? { name: input.name, email: input.email } : null);
  const person = personInput && main
    ? buildPerson({ ...personInput, is_main_contact: true, id: input.ids?.person ?? derivedId(input.id, 'p1'), at: input.at, address: main })
    : null;
  return {
    id: input.id,
    displayed_as: self.displayed_as,
    $path: self.$path,
    created_at: input.at,
    updated_at: input.at,
    links: [],
    deleted_at: null,
    balance: '0.0',
    contact_types: input.types.map(contactTypeLink),
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
    email: person?.email ?? '',
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

/** Stores a new contact with its address and contact person records. */
export async function insertContact(ctx: RequestContext, rec: ContactRecord): Promise<void> {
  const { addresses, persons } = satellitesOf(rec);
  for (const a of addresses) await col<AddressRecord>(ctx, ADDRESSES).insert(a);
  for (const p of persons) await col<ContactPersonRecord>(ctx, CONTACT_PERSONS).insert(p);
  await col<ContactRecord>(ctx, CONTACTS).insert(rec);
}

const filters: Record<string, (v: string) => Predicate<ContactRecord>> = {
  contact_type_id(v) {
    const ids = v.split(',').map((s) => s.trim().toUpperCase());
    if (!ids.every((id) => CONTACT_TYPES.some((t) => t.id === id))) {
      throw apiError('InvalidParameter', { source: 'contact_type_id', message: 'contact_type_id must be CUSTOMER or VENDOR.' });
    }
    return (c) => c.contact_types.some((t) => ids.includes(t.id));
  },
  email(v) {
    const e = v.trim().toLowerCase();
    return (c) => c.email.toLowerCase() === e;
  },
  search(v) {
    const s = v.trim().toLowerCase();
    return (c) => c.name.toLowerCase().includes(s) || c.reference.toLowerCase().includes(s) || c.email.toLowerCase().includes(s);
  },
};

/** Reads and checks the writable fields of a contact body (top-level `email` is read-only: ignored). */
function readContact(ctx: RequestContext, data: Record<string, unknown>, creating: boolean) {
  const f = new FieldReader(data);
  const name = f.string('name', { required: creating || f.has('name'), max: 100 });
  let types: string[] | undefined;
  const rawTypes = f.array('contact_type_ids', { required: creating || f.has('contact_type_ids') });
  if (rawTypes) {
    if (!rawTypes.every((t) => typeof t === 'string' && CONTACT_TYPES.some((c) => c.id === t))) f.fail('contact_type_ids', 'is invalid');
    else types = [...new Set(rawTypes as string[])];
  }
  const reference = f.string('reference', { max: 20 });
  const text = (k: string, max: number) => f.string(k, { max });
  const patch: Partial<ContactRecord> = {};
  for (const [k, max] of [['notes', 2000], ['tax_number', 50], ['aux_reference', 50], ['registered_number', 50], ['credit_terms_and_conditions', 2000]] as const) {
    const v = text(k, max);
    if (v !== undefined) patch[k] = v;
  }
  for (const [k, max] of [['source_guid', 255], ['auxiliary_account', 50], ['tax_calculation', 50]] as const) {
    if (f.data[k] === null) patch[k] = null;
    else {
      const v = text(k, max);
      if (v !== undefined) patch[k] = v;
    }
  }
  const locale = f.string('locale');
  if (locale !== undefined) patch.locale = locale;
  const credit_limit = f.money('credit_limit', { min: 0 });
  if (credit_limit !== undefined) patch.credit_limit = formatDecimal(credit_limit);
  const credit_days = f.integer('credit_days', { min: 0, max: 365 });
  if (credit_days !== undefined) patch.credit_days = credit_days;
  const terms = f.string('credit_terms');
  if (terms !== undefined) {
    if (!(CREDIT_TERMS as readonly string[]).includes(terms)) f.fail('credit_terms', 'is not included in the list');
    else patch.credit_terms = terms;
  }
  const blocking = f.boolean('destination_vat_blocking');
  if (blocking !== undefined) patch.destination_vat_blocking = blocking;
  const currency = f.string('currency_id');
  // [guess] one currency per business (as for bank accounts): another currency is refused.
  if (currency !== undefined && currency !== business(ctx).currency) f.fail('currency_id', 'is invalid');
  const ledger = col<{ id: string; displayed_as: string }>(ctx, 'ledger_accounts');
  for (const k of ['default_sales_ledger_account', 'default_purchase_ledger_account'] as const) {
    const acc = f.ref(`${k}_id`, ledger, { what: 'ledger account' });
    if (acc) patch[k] = link('ledger_accounts', acc.id, acc.displayed_as);
    else if (f.data[`${k}_id`] === null) patch[k] = null;
  }
  const rate = f.ref('default_sales_tax_rate_id', col<{ id: string; displayed_as: string }>(ctx, 'tax_rates'), { what: 'tax rate' });
  if (rate) patch.default_sales_tax_rate = link('tax_rates', rate.id, rate.displayed_as);
  else if (f.data.default_sales_tax_rate_id === null) patch.default_sales_tax_rate = null;
  const priceType = f.string('product_sales_price_type_id');
  if (priceType !== undefined) {
    const l = linkTo(ctx, 'product_sales_price_types', priceType);
    if (!l) f.fail('product_sales_price_type_id', 'is invalid');
    else patch.product_sales_price_type = l;
  }
  const details = f.object('bank_account_details');
  let bankDetails: Partial<ContactRecord['bank_account_details']> | undefined;
  if (details) {
    const d = new FieldReader(details, 'bank_account_details');
    bankDetails = {};
    for (const [k, max] of [['account_name', 100], ['account_number', 50], ['sort_code', 20], ['bic', 20], ['iban', 50]] as const) {
      const v = d.string(k, { max });
      if (v !== undefined) bankDetails[k] = v;
    }
    f.v.items.push(...d.v.items);
  }
  const treatment = f.object('tax_treatment');
  let taxTreatment: Partial<TaxTreatment> | undefined;
  if (treatment) {
    const t = new FieldReader(treatment, 'tax_treatment');
    taxTreatment = {};
    for (const k of ['home_tax', 'eu_tax_registered', 'eu_not_tax_registered', 'rest_of_world_tax', 'is_importer'] as const) {
      const v = t.boolean(k);
      if (v !== undefined) taxTreatment[k] = v;
    }
    f.v.items.push(...t.v.items);
  }
  const mainAddress = f.object('main_address');
  const main_address = mainAddress ? readAddressInput(mainAddress, 'main_address', f) : undefined;
  const deliveryAddress = f.object('delivery_address');
  const delivery_address = deliveryAddress ? readAddressInput(deliveryAddress, 'delivery_address', f) : undefined;
  const person = f.object('main_contact_person');
  const main_contact_person = person ? readPersonInput(person, 'main_contact_person', f) : undefined;
  if (reference !== undefined) {
    const owner = referenceIndex(col<ContactRecord>(ctx, CONTACTS)).get(reference.toLowerCase());
    if (owner !== undefined && owner !== ctx.params.id) f.fail('reference', 'has already been taken');
  }
  f.check();
  return { name, types, reference, patch, bankDetails, taxTreatment, main_address, delivery_address, main_contact_person };
}

/**
 * Reference (lower case) -> contact id, per contacts collection, so the uniqueness check costs
 * O(1) instead of a walk over every contact. Built on first use (after seeding), kept current by
 * this module's writes (the only ones that change references), and rebuilt if the collection's
 * size says something else added or removed contacts.
 */
const referenceIndexes = new WeakMap<Collection<ContactRecord>, Map<string, string>>();

function referenceIndex(contacts: Collection<ContactRecord>): Map<string, string> {
  let index = referenceIndexes.get(contacts);
  if (!index || index.size !== contacts.size()) {
    index = new Map();
    for (const c of contacts.values()) index.set(c.reference.toLowerCase(), c.id);
    referenceIndexes.set(contacts, index);
  }
  return index;
}

/** A reference for a contact created without one: letters of the name and a counter, unique. */
function autoReference(ctx: RequestContext, name: string): string {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 3).padEnd(3, 'X');
  const taken = referenceIndex(col<ContactRecord>(ctx, CONTACTS));
  for (let n = 1; ; n++) {
    const ref = `${letters}${String(n).padStart(3, '0')}`;
    if (!taken.has(ref.toLowerCase())) return ref;
  }
}

type ContactInput = ReturnType<typeof readContact>;

/** The fields of a write applied to a contact (not its address and person records). */
function applyContact(prev: ContactRecord, r: ContactInput, at: string): ContactRecord {
  const next: ContactRecord = { ...prev, ...r.patch, updated_at: at };
  if (r.name !== undefined) next.name = r.name;
  if (r.types !== undefined) next.contact_types = r.types.map(contactTypeLink);
  if (r.reference !== undefined) next.reference = r.reference;
  if (r.bankDetails) next.bank_account_details = { ...prev.bank_account_details, ...r.bankDetails };
  if (r.taxTreatment) next.tax_treatment = { ...prev.tax_treatment, ...r.taxTreatment };
  next.displayed_as = `${next.name} (${next.reference})`;
  return next;
}

/**
 * Writes the `main_address`, `delivery_address` and `main_contact_person` of a contact body into
 * their records (updating the contact's current ones, or creating them), then refreshes the
 * contact's embedded copies.
 */
async function writeSatellites(ctx: RequestContext, contactId: string, r: ContactInput): Promise<ContactRecord> {
  const contacts = col<ContactRecord>(ctx, CONTACTS);
  const addresses = col<AddressRecord>(ctx, ADDRESSES);
  const persons = col<ContactPersonRecord>(ctx, CONTACT_PERSONS);
  const at = now(ctx);
  const c = contacts.get(contactId)!;
  const self = link(CONTACTS, c.id, c.displayed_as);
  const addressIds = [...(c._address_ids ?? [])];
  const personIds = [...(c._person_ids ?? [])];
  const upsertAddress = async (current: AddressRecord | null, input: AddressInput | undefined, type: string, main: boolean) => {
    if (!input) return current;
    const prev = current ? addresses.get(current.id) : undefined;
    if (prev) {
      const next = applyAddress(prev, { ...input, is_main_address: main }, at);
      await addresses.put(next);
      return next;
    }
    const rec = buildAddress({ ...input, id: newId(ctx), at, country: business(ctx).country, contact: self, type: input.address_type_id ?? type, is_main_address: main });
    await addresses.insert(rec);
    addressIds.push(rec.id);
    return rec;
  };
  const main = await upsertAddress(c.main_address, r.main_address, 'ACCOUNTS', true);
  await upsertAddress(c.delivery_address, r.delivery_address && { address_type_id: 'DELIVERY', ...r.delivery_address }, 'DELIVERY', false);
  if (r.main_contact_person) {
    const prev = c.main_contact_person ? persons.get(c.main_contact_person.id) : undefined;
    if (prev) await persons.put(applyPerson(prev, { ...r.main_contact_person, is_main_contact: true }, at));
    else {
      // A person hangs on an address: a contact without one gets an (empty) main address first.
      const address = main ?? (await upsertAddress(null, {}, 'ACCOUNTS', true))!;
      const rec = buildPerson({ ...r.main_contact_person, is_main_contact: true, id: newId(ctx), at, address });
      await persons.insert(rec);
      personIds.push(rec.id);
    }
  }
  await contacts.put({ ...contacts.get(contactId)!, _address_ids: addressIds, _person_ids: personIds });
  return (await syncContact(ctx, contactId))!;
}

export const contactRoutes: RouteDef[] = [
  ...readRoutes<ContactRecord>({
    resource: CONTACTS,
    filters,
    sortable: ['name', 'reference', 'email', 'created_at', 'updated_at'],
    deletable: true,
  }),
  {
    surface: 'api', method: 'POST', path: '/contacts', resource: 'contact',
    async handler(ctx) {
      const r = readContact(ctx, envelopeOf(ctx, 'contact'), true);
      const at = now(ctx);
      const built = buildContact(business(ctx), {
        id: newId(ctx),
        at,
        name: r.name!,
        reference: r.reference ?? autoReference(ctx, r.name!),
        types: r.types!,
        credit_days: defaultCreditDays(ctx, !r.types!.includes('CUSTOMER')),
      });
      const rec = applyContact(built, { ...r, reference: built.reference }, at);
      const contacts = col<ContactRecord>(ctx, CONTACTS);
      const index = referenceIndex(contacts);
      await contacts.insert(rec);
      index.set(rec.reference.toLowerCase(), rec.id);
      return json(201, publicView(await writeSatellites(ctx, rec.id, r)));
    },
  },
  {
    surface: 'api', method: 'PUT', path: '/contacts/:id', resource: 'contact',
    async handler(ctx) {
      const contacts = col<ContactRecord>(ctx, CONTACTS);
      const prev = found(contacts, ctx.params.id);
      const r = readContact(ctx, envelopeOf(ctx, 'contact'), false);
      const next = applyContact(prev, r, now(ctx));
      const index = referenceIndex(contacts);
      await contacts.put(next);
      index.delete(prev.reference.toLowerCase());
      index.set(next.reference.toLowerCase(), next.id);
      return json(200, publicView(await writeSatellites(ctx, next.id, r)));
    },
  },
  {
    surface: 'api', method: 'DELETE', path: '/contacts/:id',
    async handler(ctx) {
      const contacts = col<ContactRecord>(ctx, CONTACTS);
      const rec = found(contacts, ctx.params.id);
      if (!rec.deletable) {
        throw apiError('RecordInvalid', { source: 'base', message: 'This contact cannot be deleted because it has transactions.' });
      }
      const index = referenceIndex(contacts);
      await contacts.remove(rec.id);
      index.delete(rec.reference.toLowerCase());
      await bury(ctx, CONTACTS, rec);
      // Its addresses and contact persons go with it.
      for (const [resource, ids] of [[ADDRESSES, rec._address_ids ?? []], [CONTACT_PERSONS, rec._person_ids ?? []]] as const) {
        const c = col(ctx, resource);
        for (const id of ids) {
          const sat = c.get(id);
          if (!sat) continue;
          await c.remove(id);
          await bury(ctx, resource, sat as { id: string; displayed_as: unknown });
        }
      }
      return noContent();
    },
  },
];

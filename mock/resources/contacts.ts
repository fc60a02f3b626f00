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
import type { BusinessRecord, CountryCode } from '../world/types.ts';
import { countryLink, currencyLink } from './reference.ts';
import { defaultCreditDays } from './settings.ts';

export { countryLink, currencyLink };
import { FieldReader, bury, col, envelopeOf, found, newId, now, publicView, readRoutes, updateRoute, business } from './kit.ts';

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

export function contactTypeLink(id: string): Link {
  return refLink('contact_types', CONTACT_TYPES, id);
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
    contact_types: input.types.map(contactTypeLink),
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

/** Reads and checks the writable fields of a contact body. */
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
  const email = f.string('email', { max: 254 });
  if (email && !/^[^@\s]+@[^@\s]+$/.test(email)) f.fail('email', 'is invalid');
  const notes = f.string('notes', { max: 2000 });
  const tax_number = f.string('tax_number', { max: 50 });
  const locale = f.string('locale');
  const credit_limit = f.money('credit_limit', { min: 0 });
  const credit_days = f.integer('credit_days', { min: 0, max: 365 });
  const addr = f.object('main_address');
  let main_address: Address | undefined;
  if (addr) {
    const a = new FieldReader(addr, 'main_address');
    const line = (k: string) => a.string(k, { max: 255 }) ?? '';
    main_address = {
      address_line_1: line('address_line_1'),
      address_line_2: line('address_line_2'),
      city: line('city'),
      region: line('region'),
      postal_code: line('postal_code'),
      country: countryLink(business(ctx).country),
    };
    f.v.items.push(...a.v.items);
  }
  if (reference !== undefined) {
    const owner = referenceIndex(col<ContactRecord>(ctx, CONTACTS)).get(reference.toLowerCase());
    if (owner !== undefined && owner !== ctx.params.id) f.fail('reference', 'has already been taken');
  }
  f.check();
  return { name, types, reference, email, notes, tax_number, locale, credit_limit, credit_days, main_address };
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

/** PUT: the fields sent replace the contact's; `displayed_as` follows name and reference. */
function updateContact(ctx: RequestContext, prev: ContactRecord, data: Record<string, unknown>): ContactRecord {
  const r = readContact(ctx, data, false);
  const next: ContactRecord = { ...prev, updated_at: now(ctx) };
  if (r.name !== undefined) next.name = r.name;
  if (r.types !== undefined) next.contact_types = r.types.map(contactTypeLink);
  if (r.reference !== undefined) next.reference = r.reference;
  if (r.email !== undefined) next.email = r.email;
  if (r.notes !== undefined) next.notes = r.notes;
  if (r.tax_number !== undefined) next.tax_number = r.tax_number;
  if (r.locale !== undefined) next.locale = r.locale;
  if (r.credit_limit !== undefined) next.credit_limit = formatDecimal(r.credit_limit);
  if (r.credit_days !== undefined) next.credit_days = r.credit_days;
  if (r.main_address !== undefined) next.main_address = r.main_address;
  next.displayed_as = `${next.name} (${next.reference})`;
  return next;
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
      const rec = buildContact(business(ctx), {
        id: newId(ctx),
        at: now(ctx),
        name: r.name!,
        reference: r.reference ?? autoReference(ctx, r.name!),
        types: r.types!,
        email: r.email,
        notes: r.notes,
        tax_number: r.tax_number,
        locale: r.locale,
        credit_limit: r.credit_limit ? formatDecimal(r.credit_limit) : undefined,
        credit_days: r.credit_days ?? defaultCreditDays(ctx, !r.types!.includes('CUSTOMER')),
        main_address: r.main_address,
      });
      const contacts = col<ContactRecord>(ctx, CONTACTS);
      const index = referenceIndex(contacts);
      await contacts.insert(rec);
      index.set(rec.reference.toLowerCase(), rec.id);
      return json(201, publicView(rec));
    },
  },
  updateRoute<ContactRecord>({
    resource: CONTACTS,
    singular: 'contact',
    update: updateContact,
    written(ctx, prev, next) {
      const index = referenceIndex(col<ContactRecord>(ctx, CONTACTS));
      index.delete(prev.reference.toLowerCase());
      index.set(next.reference.toLowerCase(), next.id);
    },
  }),
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
      return noContent();
    },
  },
];

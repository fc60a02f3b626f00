/**
 * /contacts: customers and vendors (`contact_type_ids`: CUSTOMER, VENDOR or both).
 * `name` and `contact_type_ids` are required; `displayed_as` is "Name (REFERENCE)"; references are
 * unique per business; DELETE answers 204 and leaves a tombstone for `deleted_since`; a contact
 * with transactions (`deletable: false`, set by the ledger) cannot be deleted.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { formatDecimal } from '../core/money.ts';
import type { Predicate } from '../core/pagination.ts';
import type { Collection } from '../store/index.ts';
import { CONTACT_TYPES } from '../world/reference.ts';
import { FieldReader, bury, col, envelopeOf, found, newId, now, publicView, readRoutes, updateRoute, business } from './kit.ts';
import { CONTACTS, contactTypeLink, countryLink, currencyLink, isCustomer, isVendor, buildContact, type Address, type ContactRecord } from '../world/records/contacts.ts';

export { CONTACTS, contactTypeLink, countryLink, currencyLink, isCustomer, isVendor, buildContact, type Address, type ContactRecord };

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
        credit_days: r.credit_days,
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

/**
 * /contacts: customers and vendors (`contact_type_ids`: CUSTOMER, VENDOR or both).
 * `name` and `contact_type_ids` are required; `displayed_as` is "Name (REFERENCE)"; references are
 * unique per business; every writable field Sage lists is stored, the top-level `email` is
 * read-only (the main contact person's); `main_address`, `delivery_address` and
 * `main_contact_person` are written into their `/addresses` and `/contact_persons` records.
 * DELETE answers 204 and leaves a tombstone for `deleted_since` (its addresses and people go with
 * it); a contact with transactions (`deletable: false`, set by the ledger) cannot be deleted.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import { formatDecimal } from '../core/money.ts';
import { link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import type { Collection } from '../store/index.ts';
import { CONTACT_TYPES } from '../world/reference.ts';
import { FieldReader, deleteRoute, bury, col, envelopeOf, found, linkTo, newId, now, publicView, readRoutes, business } from './kit.ts';
import { defaultCreditDays } from './settings.ts';
import { ensureContact, readAddressInput, syncContact } from './addresses.ts';
import { readPersonInput } from './contact_persons.ts';
import { ADDRESSES, applyAddress, buildAddress, type AddressInput, type AddressRecord } from '../world/records/addresses.ts';
import { CONTACT_PERSONS, applyPerson, buildPerson, type ContactPersonRecord } from '../world/records/contact_persons.ts';
import {
  CONTACTS,
  CREDIT_TERMS,
  contactTypeLink,
  countryLink,
  currencyLink,
  isCustomer,
  isVendor,
  buildContact,
  satellitesOf,
  undefer,
  type ContactRecord,
  type TaxTreatment,
} from '../world/records/contacts.ts';

export { CONTACTS, contactTypeLink, countryLink, currencyLink, isCustomer, isVendor, buildContact, satellitesOf, type ContactRecord };

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
  for (const [k, max] of [
    ['notes', 2000],
    ['tax_number', 50],
    ['aux_reference', 50],
    ['registered_number', 50],
    ['credit_terms_and_conditions', 2000],
  ] as const) {
    const v = text(k, max);
    if (v !== undefined) patch[k] = v;
  }
  for (const [k, max] of [
    ['source_guid', 255],
    ['auxiliary_account', 50],
    ['tax_calculation', 50],
  ] as const) {
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
    for (const [k, max] of [
      ['account_name', 100],
      ['account_number', 50],
      ['sort_code', 20],
      ['bic', 20],
      ['iban', 50],
    ] as const) {
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
  const letters = name
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 3)
    .padEnd(3, 'X');
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
    const rec = buildAddress({
      ...input,
      id: newId(ctx),
      at,
      country: business(ctx).country,
      contact: self,
      type: input.address_type_id ?? type,
      is_main_address: main,
    });
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
    // A seeded contact whose address and person records are not stored yet shows them as built.
    render: (rec, ctx) => publicView(undefer(business(ctx), rec)),
    baseAsStored: true,
    filters,
    sortable: ['name', 'reference', 'email', 'created_at', 'updated_at'],
    deletable: true,
  }),
  {
    surface: 'api',
    method: 'POST',
    path: '/contacts',
    resource: 'contact',
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
    surface: 'api',
    method: 'PUT',
    path: '/contacts/:id',
    resource: 'contact',
    async handler(ctx) {
      const contacts = col<ContactRecord>(ctx, CONTACTS);
      found(contacts, ctx.params.id);
      const r = readContact(ctx, envelopeOf(ctx, 'contact'), false);
      await ensureContact(ctx, ctx.params.id!);
      const prev = found(contacts, ctx.params.id);
      const next = applyContact(prev, r, now(ctx));
      const index = referenceIndex(contacts);
      await contacts.put(next);
      index.delete(prev.reference.toLowerCase());
      index.set(next.reference.toLowerCase(), next.id);
      return json(200, publicView(await writeSatellites(ctx, next.id, r)));
    },
  },
  deleteRoute<ContactRecord>({
    resource: CONTACTS,
    refuse: (_ctx, rec) => (rec.deletable ? undefined : 'This contact cannot be deleted because it has transactions.'),
    async after(ctx, rec) {
      referenceIndex(col<ContactRecord>(ctx, CONTACTS)).delete(rec.reference.toLowerCase());
      // Its addresses and contact persons go with it (tombstoned even if they were never stored).
      const { addresses, persons } = satellitesOf(undefer(business(ctx), rec));
      const stored = { [ADDRESSES]: rec._address_ids ?? [], [CONTACT_PERSONS]: rec._person_ids ?? [] };
      for (const [resource, built] of [
        [ADDRESSES, addresses],
        [CONTACT_PERSONS, persons],
      ] as const) {
        const c = col(ctx, resource);
        const ids = new Set([...stored[resource], ...built.map((x) => x.id)]);
        for (const id of ids) {
          const sat = c.get(id) ?? built.find((x) => x.id === id);
          if (!sat) continue;
          if (c.has(id)) await c.remove(id);
          await bury(ctx, resource, sat as { id: string; displayed_as: unknown });
        }
      }
    },
  }),
];

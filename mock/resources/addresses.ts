/**
 * /addresses: addresses of contacts (and of bank accounts), each a record with an id. A contact's
 * `main_address` and `delivery_address` are these records, embedded: the address marked
 * `is_main_address`, and its first `DELIVERY` address that is not the main one. Writing an address
 * (here or through the contact) updates the contact's embedded copies (`syncContact`).
 *
 * POST needs `address_type_id` (`DELIVERY`, `ACCOUNTS`, `SALES`, `PURCHASING`), `name` and
 * `is_main_address`, as Sage's description says, plus `contact_id` or `bank_account_id`; a contact
 * has one main address (marking another one main unmarks the first, *guess*). `country_id`
 * defaults to the business's country. DELETE answers 204 (the main address cannot be deleted:
 * 422, *guess*).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json } from '../core/http.ts';
import { link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import { ADDRESS_TYPES, COUNTRIES } from '../world/reference_data.ts';
import { FieldReader, deleteRoute, business, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';
import { ADDRESSES, applyAddress, buildAddress, type AddressInput, type AddressRecord } from '../world/records/addresses.ts';
import { CONTACT_PERSONS, type ContactPersonRecord } from '../world/records/contact_persons.ts';
import { satellitesOf, undefer, type ContactRecord } from '../world/records/contacts.ts';

export { ADDRESSES, CONTACT_PERSONS, type AddressRecord };

const CONTACTS = 'contacts';

/** Reads an address body (at `prefix`), adding its violations to `into`. */
export function readAddressInput(
  data: Record<string, unknown>,
  prefix: string,
  into: FieldReader,
  opts: { creating?: boolean; standalone?: boolean } = {},
): AddressInput {
  const a = new FieldReader(data, prefix);
  const line = (k: string) => a.string(k, { max: 255 });
  const out: AddressInput = {
    address_line_1: line('address_line_1'),
    address_line_2: line('address_line_2'),
    city: line('city'),
    postal_code: a.string('postal_code', { max: 20 }),
    region: line('region'),
    country_id: a.string('country_id'),
    address_type_id: a.string('address_type_id', { required: Boolean(opts.creating && opts.standalone) }),
    name: a.string('name', { required: Boolean(opts.creating && opts.standalone), max: 200 }),
    is_main_address: a.boolean('is_main_address'),
  };
  if (opts.creating && opts.standalone && out.is_main_address === undefined) a.fail('is_main_address', "can't be blank");
  if (out.country_id !== undefined && !COUNTRIES.some((c) => c.id === out.country_id)) a.fail('country_id', 'is invalid');
  if (out.address_type_id !== undefined && !ADDRESS_TYPES.some((t) => t.id === out.address_type_id))
    a.fail('address_type_id', 'is invalid');
  into.v.items.push(...a.v.items);
  return out;
}

/** Keeps one main address per contact: unmarks the contact's other main addresses. */
export async function keepOneMain(ctx: RequestContext, contact: ContactRecord, mainId: string): Promise<void> {
  const addresses = col<AddressRecord>(ctx, ADDRESSES);
  for (const id of contact._address_ids ?? []) {
    const a = addresses.get(id);
    if (a && id !== mainId && a.is_main_address) await addresses.put({ ...a, is_main_address: false });
  }
}

/**
 * Seeded contacts keep their address and person records unbuilt (`undefer`) until a request needs
 * them: `ensureContact` builds one contact's, `ensureSatellites` every contact's of the business
 * (once: a marker record remembers it), before `/addresses` or `/contact_persons` is read or written.
 */
const MATERIALIZED = 'satellites:materialized';

/** Builds and stores the address and person records of a contact still deferred (read afresh). */
async function materialize(ctx: RequestContext, id: string): Promise<void> {
  const contacts = col<ContactRecord>(ctx, CONTACTS);
  const c = contacts.get(id);
  if (c?._deferred === undefined) return;
  const u = undefer(business(ctx), c);
  const { addresses, persons } = satellitesOf(u);
  for (const a of addresses) await col<AddressRecord>(ctx, ADDRESSES).insert(a);
  for (const p of persons) await col<ContactPersonRecord>(ctx, CONTACT_PERSONS).insert(p);
  await contacts.put(u);
}

/**
 * Runs `fn` under the business's write lock: a write already holds it; a read (GET) takes it, so
 * building records never interleaves with a write of the business.
 */
function locked(ctx: RequestContext, fn: () => Promise<void>): Promise<void> {
  return ctx.method === 'GET' || ctx.method === 'HEAD' ? ctx.mock.lock(business(ctx).id, fn) : fn();
}

export function ensureContact(ctx: RequestContext, id: string): Promise<void> {
  return locked(ctx, () => materialize(ctx, id));
}

/**
 * Makes sure the address or contact person `id` is stored if it belongs to a seeded contact still
 * deferred (only that contact's records are built). An id nobody has changes nothing.
 */
export async function ensureRecord(ctx: RequestContext, id: string | undefined): Promise<void> {
  if (id === undefined || col(ctx, ADDRESSES).has(id) || col(ctx, CONTACT_PERSONS).has(id) || col(ctx, MATERIALIZED).has('done')) return;
  for (const c of col<ContactRecord>(ctx, CONTACTS).values()) {
    const ids = c._deferred?.ids;
    if (ids && (ids.main_address === id || ids.delivery_address === id || ids.person === id)) return ensureContact(ctx, c.id);
  }
}

/** Before a list (every record stored) or a single record (its contact's stored). */
export function prepareRead(ctx: RequestContext): Promise<void> {
  return ctx.params.id === undefined ? ensureSatellites(ctx) : ensureRecord(ctx, ctx.params.id);
}

export async function ensureSatellites(ctx: RequestContext): Promise<void> {
  if (col(ctx, MATERIALIZED).has('done')) return;
  await locked(ctx, async () => {
    const marker = col(ctx, MATERIALIZED);
    if (marker.has('done')) return;
    const deferred = [...col<ContactRecord>(ctx, CONTACTS).values()].filter((c) => c._deferred !== undefined).map((c) => c.id);
    for (const id of deferred) await materialize(ctx, id);
    await marker.insert({ id: 'done' });
  });
}

/**
 * Refreshes a contact's embedded `main_address`, `delivery_address`, `main_contact_person` and its
 * read-only `email` (the main contact person's) from the records. Returns the stored contact.
 */
export async function syncContact(ctx: RequestContext, contactId: string): Promise<ContactRecord | undefined> {
  const contacts = col<ContactRecord>(ctx, CONTACTS);
  const c = contacts.get(contactId);
  if (!c) return undefined;
  const addresses = (c._address_ids ?? [])
    .map((id) => col<AddressRecord>(ctx, ADDRESSES).get(id))
    .filter((a): a is AddressRecord => Boolean(a));
  const persons = (c._person_ids ?? [])
    .map((id) => col<ContactPersonRecord>(ctx, CONTACT_PERSONS).get(id))
    .filter((p): p is ContactPersonRecord => Boolean(p));
  const main = addresses.find((a) => a.is_main_address) ?? null;
  const delivery = addresses.find((a) => a.address_type.id === 'DELIVERY' && a !== main) ?? null;
  const person = persons.find((p) => p.is_main_contact) ?? null;
  const next: ContactRecord = {
    ...c,
    main_address: main && (publicView(main) as AddressRecord),
    delivery_address: delivery && (publicView(delivery) as AddressRecord),
    main_contact_person: person && (publicView(person) as ContactPersonRecord),
    email: person?.email ?? '',
  };
  await contacts.put(next);
  return next;
}

const filters: Record<string, (v: string) => Predicate<AddressRecord>> = {
  contact_id: (v) => (a) => a.contact?.id === v,
  bank_account_id: (v) => (a) => a.bank_account?.id === v,
};

export const addressRoutes: RouteDef[] = [
  ...readRoutes<AddressRecord>({
    resource: ADDRESSES,
    filters,
    deletable: true,
    sortable: ['created_at', 'updated_at'],
    prepare: prepareRead,
  }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${ADDRESSES}`,
    resource: 'address',
    async handler(ctx) {
      const data = envelopeOf(ctx, 'address');
      const f = new FieldReader(data);
      const input = readAddressInput(data, '', f, { creating: true, standalone: true });
      const target = f.ref('contact_id', col<ContactRecord>(ctx, CONTACTS), { what: 'contact' });
      const bank = f.ref('bank_account_id', col(ctx, 'bank_accounts'), { what: 'bank account' });
      if (!target && !bank && !f.v.items.some((v) => v.$source === 'contact_id' || v.$source === 'bank_account_id'))
        f.fail('contact_id', "can't be blank");
      f.check();
      // A seeded contact's own records are stored first, so the new address joins them.
      if (target) await ensureContact(ctx, target.id);
      const contact = target && col<ContactRecord>(ctx, CONTACTS).get(target.id);
      const rec = buildAddress({
        ...input,
        id: newId(ctx),
        at: now(ctx),
        country: business(ctx).country,
        type: input.address_type_id!,
        contact: contact ? link(CONTACTS, contact.id, contact.displayed_as) : null,
        bank_account: bank ? link('bank_accounts', bank.id, String(bank.displayed_as)) : null,
      });
      await col<AddressRecord>(ctx, ADDRESSES).insert(rec);
      if (contact) {
        await col<ContactRecord>(ctx, CONTACTS).put({ ...contact, _address_ids: [...(contact._address_ids ?? []), rec.id] });
        if (rec.is_main_address) await keepOneMain(ctx, col<ContactRecord>(ctx, CONTACTS).get(contact.id)!, rec.id);
        await syncContact(ctx, contact.id);
      }
      return json(201, publicView(rec));
    },
  },
  {
    surface: 'api',
    method: 'PUT',
    path: `/${ADDRESSES}/:id`,
    resource: 'address',
    async handler(ctx) {
      await ensureRecord(ctx, ctx.params.id);
      const addresses = col<AddressRecord>(ctx, ADDRESSES);
      const prev = found(addresses, ctx.params.id);
      const data = envelopeOf(ctx, 'address');
      const f = new FieldReader(data);
      const input = readAddressInput(data, '', f);
      if (prev.is_main_address && input.is_main_address === false)
        f.fail('is_main_address', 'cannot be unset: mark another address as the main address instead');
      f.check();
      const next = applyAddress(prev, input, now(ctx));
      await addresses.put(next);
      if (prev.contact) {
        if (next.is_main_address && !prev.is_main_address)
          await keepOneMain(ctx, col<ContactRecord>(ctx, CONTACTS).get(prev.contact.id)!, next.id);
        await syncContact(ctx, prev.contact.id);
      }
      return json(200, publicView(next));
    },
  },
  deleteRoute<AddressRecord>({
    resource: ADDRESSES,
    prepare: (ctx) => ensureRecord(ctx, ctx.params.id),
    refuse: (_ctx, rec) => (rec.is_main_address ? 'The main address cannot be deleted.' : undefined),
    async after(ctx, rec) {
      if (!rec.contact) return;
      const contacts = col<ContactRecord>(ctx, CONTACTS);
      const c = contacts.get(rec.contact.id);
      if (c) await contacts.put({ ...c, _address_ids: (c._address_ids ?? []).filter((id) => id !== rec.id) });
      await syncContact(ctx, rec.contact.id);
    },
  }),
];

/**
 * /contact_persons: people at an address of a contact, each a record with an id. A contact's
 * `main_contact_person` is the one marked `is_main_contact`, embedded; its `email` is the
 * contact's (read-only) top-level `email`.
 *
 * POST needs `address_id`, `name` and `contact_person_type_ids` (`ACCOUNTS`, `SALES`,
 * `PURCHASING`), as Sage's description says. A contact has one main contact person (marking
 * another one main unmarks the first, *guess*); the main contact person cannot be deleted (422,
 * *guess*). Lists filter by `contact_id` and `address_id`.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json } from '../core/http.ts';
import type { Predicate } from '../core/pagination.ts';
import { CONTACT_PERSON_TYPES } from '../world/reference_data.ts';
import { FieldReader, deleteRoute, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';
import { ensureRecord, prepareRead, syncContact } from './addresses.ts';
import { ADDRESSES, type AddressRecord } from '../world/records/addresses.ts';
import { CONTACT_PERSONS, applyPerson, buildPerson, type ContactPersonRecord, type PersonInput } from '../world/records/contact_persons.ts';
import type { ContactRecord } from '../world/records/contacts.ts';

/** Reads a contact person body (at `prefix`), adding its violations to `into`. */
export function readPersonInput(
  data: Record<string, unknown>,
  prefix: string,
  into: FieldReader,
  opts: { required?: boolean } = {},
): PersonInput {
  const p = new FieldReader(data, prefix);
  const out: PersonInput = {
    name: p.string('name', { required: opts.required, max: 255 }),
    job_title: p.string('job_title', { max: 255 }),
    telephone: p.string('telephone', { max: 50 }),
    mobile: p.string('mobile', { max: 50 }),
    email: p.string('email', { max: 254 }),
    fax: p.string('fax', { max: 50 }),
    is_main_contact: p.boolean('is_main_contact'),
    is_preferred_contact: p.boolean('is_preferred_contact'),
  };
  if (out.email && !/^[^@\s]+@[^@\s]+$/.test(out.email)) p.fail('email', 'is invalid');
  const types = p.array('contact_person_type_ids', { required: opts.required });
  if (types) {
    if (!types.every((t) => typeof t === 'string' && CONTACT_PERSON_TYPES.some((c) => c.id === t)))
      p.fail('contact_person_type_ids', 'is invalid');
    else out.contact_person_type_ids = [...new Set(types as string[])];
  }
  into.v.items.push(...p.v.items);
  return out;
}

/** Keeps one main contact person per contact. */
export async function keepOneMainPerson(ctx: RequestContext, contact: ContactRecord, mainId: string): Promise<void> {
  const persons = col<ContactPersonRecord>(ctx, CONTACT_PERSONS);
  for (const id of contact._person_ids ?? []) {
    const p = persons.get(id);
    if (p && id !== mainId && p.is_main_contact) await persons.put({ ...p, is_main_contact: false });
  }
}

const filters: Record<string, (v: string) => Predicate<ContactPersonRecord>> = {
  contact_id: (v) => (p) => p._contact_id === v,
  address_id: (v) => (p) => p.address?.id === v,
};

export const contactPersonRoutes: RouteDef[] = [
  ...readRoutes<ContactPersonRecord>({
    resource: CONTACT_PERSONS,
    filters,
    deletable: true,
    sortable: ['name', 'created_at', 'updated_at'],
    prepare: prepareRead,
  }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${CONTACT_PERSONS}`,
    resource: 'contact_person',
    async handler(ctx) {
      const data = envelopeOf(ctx, 'contact_person');
      const f = new FieldReader(data);
      const input = readPersonInput(data, '', f, { required: true });
      // The address of a seeded contact: its records are stored first (an unknown id changes nothing).
      if (typeof data.address_id === 'string' && f.v.empty) await ensureRecord(ctx, data.address_id);
      const address = f.ref('address_id', col<AddressRecord>(ctx, ADDRESSES), { required: true, what: 'address' });
      f.check();
      const rec = buildPerson({ ...input, id: newId(ctx), at: now(ctx), address: address! });
      await col<ContactPersonRecord>(ctx, CONTACT_PERSONS).insert(rec);
      const contacts = col<ContactRecord>(ctx, 'contacts');
      const contact = rec._contact_id ? contacts.get(rec._contact_id) : undefined;
      if (contact) {
        const withPerson = { ...contact, _person_ids: [...(contact._person_ids ?? []), rec.id] };
        await contacts.put(withPerson);
        if (rec.is_main_contact) await keepOneMainPerson(ctx, withPerson, rec.id);
        await syncContact(ctx, contact.id);
      }
      return json(201, publicView(rec));
    },
  },
  {
    surface: 'api',
    method: 'PUT',
    path: `/${CONTACT_PERSONS}/:id`,
    resource: 'contact_person',
    async handler(ctx) {
      await ensureRecord(ctx, ctx.params.id);
      const persons = col<ContactPersonRecord>(ctx, CONTACT_PERSONS);
      const prev = found(persons, ctx.params.id);
      const data = envelopeOf(ctx, 'contact_person');
      const f = new FieldReader(data);
      const input = readPersonInput(data, '', f);
      if (prev.is_main_contact && input.is_main_contact === false)
        f.fail('is_main_contact', 'cannot be unset: mark another person as the main contact instead');
      f.check();
      const next = applyPerson(prev, input, now(ctx));
      await persons.put(next);
      const contact = prev._contact_id ? col<ContactRecord>(ctx, 'contacts').get(prev._contact_id) : undefined;
      if (contact) {
        if (next.is_main_contact && !prev.is_main_contact) await keepOneMainPerson(ctx, contact, next.id);
        await syncContact(ctx, contact.id);
      }
      return json(200, publicView(next));
    },
  },
  deleteRoute<ContactPersonRecord>({
    resource: CONTACT_PERSONS,
    prepare: (ctx) => ensureRecord(ctx, ctx.params.id),
    refuse: (_ctx, rec) => (rec.is_main_contact ? 'The main contact person cannot be deleted.' : undefined),
    async after(ctx, rec) {
      const contacts = col<ContactRecord>(ctx, 'contacts');
      const c = rec._contact_id ? contacts.get(rec._contact_id) : undefined;
      if (!c) return;
      await contacts.put({ ...c, _person_ids: (c._person_ids ?? []).filter((id) => id !== rec.id) });
      await syncContact(ctx, c.id);
    },
  }),
];

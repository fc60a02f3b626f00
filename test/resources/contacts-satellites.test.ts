/**
 * Contacts' write fields, and their addresses and contact persons as records with ids, through both
 * adapters: every writable field Sage lists is stored, the top-level email is read-only, the
 * embedded main address / delivery address / main contact person are the `/addresses` and
 * `/contact_persons` records and follow their writes.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { caller } from './support.ts';

describe.each(ADAPTERS)('contacts, addresses and contact persons through %s', (adapter) => {
  const h = useHarness(adapter);
  const call = caller(h);

  it('POST /contacts stores every writable field; top-level email is ignored', async () => {
    const accounts = (await call('GET', '/ledger_accounts?visible_in=sales&items_per_page=1')).body.$items;
    const made = await call('POST', '/contacts', {
      contact: {
        name: 'Full Fields Ltd',
        contact_type_ids: ['CUSTOMER'],
        email: 'ignored@example.com',
        main_contact_person: {
          name: 'Ann Main',
          email: 'ann@full.example.com',
          job_title: 'CFO',
          contact_person_type_ids: ['ACCOUNTS', 'SALES'],
        },
        main_address: { address_line_1: '1 Main St', city: 'Leeds', postal_code: 'LS1 1AA' },
        delivery_address: { address_line_1: '9 Dock Rd', city: 'Hull', country_id: 'IE' },
        bank_account_details: { account_name: 'Full Fields', iban: 'GB00TEST' },
        credit_terms: 'date_from_invoice',
        credit_terms_and_conditions: 'Net 30',
        source_guid: 'ext-42',
        tax_treatment: { eu_tax_registered: true },
        default_sales_ledger_account_id: accounts[0].id,
        default_sales_tax_rate_id: 'GB_STANDARD',
        aux_reference: 'AUX',
        registered_number: '0123',
      },
    });
    expect(made.status).toBe(201);
    const c = made.body;
    expect(c).toMatchObject({
      email: 'ann@full.example.com',
      credit_terms: 'date_from_invoice',
      credit_terms_and_conditions: 'Net 30',
      source_guid: 'ext-42',
      bank_account_details: { account_name: 'Full Fields', iban: 'GB00TEST', sort_code: '' },
      tax_treatment: { home_tax: true, eu_tax_registered: true },
      default_sales_ledger_account: { id: accounts[0].id },
      default_sales_tax_rate: { id: 'GB_STANDARD', $path: '/tax_rates/GB_STANDARD' },
      aux_reference: 'AUX',
      registered_number: '0123',
      main_address: {
        address_line_1: '1 Main St',
        city: 'Leeds',
        is_main_address: true,
        address_type: { id: 'ACCOUNTS' },
        contact: { id: c.id },
        country: { id: 'GB' },
      },
      delivery_address: {
        address_line_1: '9 Dock Rd',
        address_type: { id: 'DELIVERY' },
        country: { id: 'IE' },
        country_group: { id: 'EU' },
        is_main_address: false,
      },
      main_contact_person: { name: 'Ann Main', job_title: 'CFO', is_main_contact: true, address: { id: c.main_address.id } },
    });
    expect(c.main_contact_person.contact_person_types.map((t: any) => t.id)).toEqual(['ACCOUNTS', 'SALES']);
    // The embedded records are the ones /addresses and /contact_persons serve.
    expect((await call('GET', c.main_address.$path)).body).toEqual(c.main_address);
    expect((await call('GET', c.main_contact_person.$path)).body).toEqual(c.main_contact_person);
    expect((await call('GET', `/addresses?contact_id=${c.id}`)).body.$total).toBe(2);
    expect((await call('GET', `/contact_persons?contact_id=${c.id}`)).body.$items.map((p: any) => p.id)).toEqual([
      c.main_contact_person.id,
    ]);
    // The read-only email filter finds it by its main person's email.
    expect((await call('GET', '/contacts?email=ann@full.example.com')).body.$items.map((x: any) => x.id)).toEqual([c.id]);
  });

  it('writes on /addresses and /contact_persons show in the contact; PUT /contacts updates them', async () => {
    const c = (
      await call('POST', '/contacts', { contact: { name: 'Sat Co', contact_type_ids: ['VENDOR'], main_address: { city: 'York' } } })
    ).body;
    expect(c.main_contact_person).toBeNull();
    const put = await call('PUT', c.main_address.$path, { address: { city: 'Leeds', region: 'West Yorkshire' } });
    expect(put.status).toBe(200);
    expect((await call('GET', c.$path)).body.main_address).toMatchObject({ city: 'Leeds', region: 'West Yorkshire' });

    const second = await call('POST', '/addresses', {
      address: { contact_id: c.id, address_type_id: 'SALES', name: 'Office', is_main_address: true, address_line_1: '2 New St' },
    });
    expect(second.status).toBe(201);
    const after = (await call('GET', c.$path)).body;
    expect(after.main_address.id).toBe(second.body.id);
    expect((await call('GET', c.main_address.$path)).body.is_main_address).toBe(false);

    const person = await call('POST', '/contact_persons', {
      contact_person: {
        address_id: second.body.id,
        name: 'Bob',
        email: 'bob@sat.example.com',
        contact_person_type_ids: ['PURCHASING'],
        is_main_contact: true,
      },
    });
    expect(person.status).toBe(201);
    expect((await call('GET', c.$path)).body).toMatchObject({
      email: 'bob@sat.example.com',
      main_contact_person: { id: person.body.id, name: 'Bob' },
    });

    const renamed = await call('PUT', c.$path, {
      contact: { main_contact_person: { email: 'robert@sat.example.com' }, email: 'ignored@x.com' },
    });
    expect(renamed.body).toMatchObject({ email: 'robert@sat.example.com', main_contact_person: { id: person.body.id, name: 'Bob' } });
    expect((await call('GET', person.body.$path)).body.email).toBe('robert@sat.example.com');

    // The main address and main person cannot be deleted; others can, and deleted_since lists them.
    expect((await call('DELETE', second.body.$path)).status).toBe(422);
    expect((await call('DELETE', person.body.$path)).status).toBe(422);
    expect((await call('DELETE', c.main_address.$path)).status).toBe(204);
    expect((await call('GET', '/addresses?deleted_since=2000-01-01')).body.$items.map((a: any) => a.id)).toEqual([c.main_address.id]);
    // Deleting the contact removes its addresses and people.
    expect((await call('DELETE', c.$path)).status).toBe(204);
    expect((await call('GET', second.body.$path)).status).toBe(404);
    expect((await call('GET', person.body.$path)).status).toBe(404);
  });

  it('422s name the field: contacts, addresses, contact persons', async () => {
    const bad = await call('POST', '/contacts', {
      contact: {
        name: 'X',
        contact_type_ids: ['CUSTOMER'],
        credit_terms: 'whenever',
        default_sales_tax_rate_id: 'US_STATE',
        main_address: { country_id: 'ZZ' },
        tax_treatment: { home_tax: 'yes' },
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.map((e: any) => e.$source).sort()).toEqual([
      'credit_terms',
      'default_sales_tax_rate_id',
      'main_address.country_id',
      'tax_treatment.home_tax',
    ]);
    const addr = await h.api('/addresses', { method: 'POST', json: { address: { city: 'Nowhere' } } });
    expect((await sageErrors(addr)).map((e) => e.$source).sort()).toEqual(['address_type_id', 'contact_id', 'is_main_address', 'name']);
    const person = await h.api('/contact_persons', {
      method: 'POST',
      json: { contact_person: { address_id: 'nope', contact_person_type_ids: ['BOSS'] } },
    });
    expect((await sageErrors(person)).map((e) => e.$source).sort()).toEqual(['address_id', 'contact_person_type_ids', 'name']);
  });

  it('seeded contacts have their address and person records', async () => {
    const list = (await call('GET', '/contacts?attributes=main_address,main_contact_person,email&items_per_page=3')).body.$items;
    for (const c of list) {
      expect((await call('GET', c.main_address.$path)).body).toEqual(c.main_address);
      expect((await call('GET', c.main_contact_person.$path)).body).toEqual(c.main_contact_person);
      expect(c.email).toBe(c.main_contact_person.email);
    }
  });

  it('seeded contacts: the same embedded records before and after their records are stored, under parallel reads', async () => {
    const before = (await call('GET', '/contacts?attributes=all&items_per_page=5')).body.$items;
    // Parallel first reads of /addresses and /contact_persons store the seeded records once.
    const answers = await Promise.all([
      call('GET', '/addresses?items_per_page=200'),
      call('GET', '/contact_persons?items_per_page=200'),
      call('GET', `/addresses/${before[0].main_address.id}`),
      call('GET', `/contact_persons/${before[1].main_contact_person.id}`),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const contacts = (await call('GET', '/contacts?items_per_page=200')).body.$total;
    expect(answers[0]!.body.$total).toBe(contacts);
    expect(answers[1]!.body.$total).toBe(contacts);
    const after = (await call('GET', '/contacts?attributes=all&items_per_page=5')).body.$items;
    expect(after).toEqual(before);
  });

  it('seeded contacts: a PUT keeps the seeded ids; a DELETE tombstones the address and person never read', async () => {
    const [a, b] = (await call('GET', '/contacts?attributes=all&items_per_page=2')).body.$items;
    const put = await call('PUT', a.$path, { contact: { main_address: { city: 'Leeds' } } });
    expect(put.body.main_address).toEqual({
      ...a.main_address,
      city: 'Leeds',
      displayed_as: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(put.body.main_contact_person.id).toBe(a.main_contact_person.id);
    expect((await call('DELETE', b.$path)).status).toBe(204);
    const goneAddresses = (await call('GET', '/addresses?deleted_since=2000-01-01')).body.$items.map((x: any) => x.id);
    const gonePeople = (await call('GET', '/contact_persons?deleted_since=2000-01-01')).body.$items.map((x: any) => x.id);
    expect(goneAddresses).toEqual([b.main_address.id]);
    expect(gonePeople).toEqual([b.main_contact_person.id]);
    expect((await call('GET', b.main_address.$path)).status).toBe(404);
  });

  it('rejected writes and unknown ids change no record, seeded records included', async () => {
    // Every record of the store (collections are made on first use: an empty one is no record).
    const records = () => JSON.stringify(h.mock.state.store.dump(), (_k, v) => (Array.isArray(v) && v.length === 0 ? undefined : v));
    const contact = (await call('GET', '/contacts?items_per_page=1')).body.$items[0];
    const before = records();
    expect((await call('POST', '/addresses', { address: { contact_id: contact.id, city: 7 } })).status).toBe(422);
    expect(
      (await call('POST', '/contact_persons', { contact_person: { address_id: 'nope', name: 'X', contact_person_type_ids: ['SALES'] } }))
        .status,
    ).toBe(422);
    expect((await call('PUT', '/addresses/nope', { address: { city: 'X' } })).status).toBe(404);
    expect((await call('GET', '/contact_persons/nope')).status).toBe(404);
    expect((await call('DELETE', '/addresses/nope')).status).toBe(404);
    expect(records()).toBe(before);
  });
});

/**
 * Bad input never crashes the server and never changes state: each case gets a Sage-format error
 * and the store is byte-for-byte what it was before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('bad input through %s', (adapter) => {
  const h = useHarness(adapter, {}, { reset: 'none' });
  let contactId: string;
  beforeAll(async () => {
    contactId = (await (await h.api('/contacts?items_per_page=1')).json()).$items[0].id;
  });

  const json = 'application/json';
  const cases: {
    name: string;
    path: string;
    method?: string;
    type?: string;
    body?: string;
    status: number;
    code: string;
    source?: string;
  }[] = [
    {
      name: 'malformed JSON',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: '{"contact": {"name": ',
      status: 422,
      code: 'RecordInvalid',
      source: 'base',
    },
    {
      name: 'a non-JSON content type',
      path: '/contacts',
      method: 'POST',
      type: 'text/plain',
      body: 'name=x',
      status: 415,
      code: 'UnsupportedMediaType',
    },
    {
      name: 'a form body',
      path: '/contacts',
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      body: 'contact[name]=x',
      status: 415,
      code: 'UnsupportedMediaType',
    },
    {
      name: 'a body without a content type',
      path: '/contacts',
      method: 'POST',
      body: '{"contact":{}}',
      status: 415,
      code: 'UnsupportedMediaType',
    },
    {
      name: 'an empty JSON body',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: '',
      status: 422,
      code: 'RecordInvalid',
      source: 'contact',
    },
    {
      name: 'a JSON array',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: '[]',
      status: 422,
      code: 'RecordInvalid',
      source: 'contact',
    },
    {
      name: 'JSON null',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: 'null',
      status: 422,
      code: 'RecordInvalid',
      source: 'contact',
    },
    {
      name: 'a string namespace',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: '{"contact":"Acme"}',
      status: 422,
      code: 'RecordInvalid',
      source: 'contact',
    },
    {
      name: 'wrong field types',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: '{"contact":{"name":123,"contact_type_ids":"CUSTOMER","credit_limit":"lots","credit_days":1.5}}',
      status: 422,
      code: 'RecordInvalid',
      source: 'name',
    },
    {
      name: 'an unknown contact type',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: '{"contact":{"name":"X","contact_type_ids":["LANDLORD"]}}',
      status: 422,
      code: 'RecordInvalid',
      source: 'contact_type_ids',
    },
    {
      name: 'a deeply nested body',
      path: '/contacts',
      method: 'POST',
      type: json,
      body: `{"contact":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      status: 422,
      code: 'RecordInvalid',
      source: 'base',
    },
    { name: 'an unknown id', path: `/contacts/${'f'.repeat(32)}`, status: 404, code: 'RecordNotFound' },
    {
      name: 'an unknown id on PUT',
      path: `/contacts/${'f'.repeat(32)}`,
      method: 'PUT',
      type: json,
      body: '{"contact":{"name":"X"}}',
      status: 404,
      code: 'RecordNotFound',
    },
    { name: 'an unknown id on DELETE', path: `/contacts/${'f'.repeat(32)}`, method: 'DELETE', status: 404, code: 'RecordNotFound' },
    { name: 'a malformed id', path: '/contacts/..%2F..%2Fetc', status: 404, code: 'RecordNotFound' },
    { name: 'a NUL in the id', path: '/contacts/%00', status: 404, code: 'RecordNotFound' },
    { name: 'a broken percent-escape', path: '/contacts/%E0%A4%A', status: 404, code: 'RouteNotFound' },
    { name: 'a very long id', path: `/contacts/${'a'.repeat(4000)}`, status: 404, code: 'RecordNotFound' },
    { name: 'items_per_page=0', path: '/contacts?items_per_page=0', status: 422, code: 'RecordInvalid', source: 'items_per_page' },
    { name: 'items_per_page=201', path: '/contacts?items_per_page=201', status: 422, code: 'RecordInvalid', source: 'items_per_page' },
    { name: 'items_per_page=abc', path: '/contacts?items_per_page=abc', status: 422, code: 'RecordInvalid', source: 'items_per_page' },
    { name: 'page=-1', path: '/contacts?page=-1', status: 422, code: 'RecordInvalid', source: 'page' },
    {
      name: 'a bad date filter',
      path: '/contacts?updated_or_created_since=yesterday',
      status: 422,
      code: 'RecordInvalid',
      source: 'updated_or_created_since',
    },
    {
      name: 'a bad deleted_since',
      path: '/contacts?deleted_since=2026-13-45',
      status: 422,
      code: 'RecordInvalid',
      source: 'deleted_since',
    },
  ];

  for (const c of cases) {
    it(`answers ${c.name} with ${c.status} and changes nothing`, async () => {
      const before = JSON.stringify(h.mock.state.store.dump());
      const headers: Record<string, string> = {};
      if (c.type) headers['content-type'] = c.type;
      const res = await h.api(c.path, { method: c.method ?? 'GET', headers, body: c.body });
      expect(res.status).toBe(c.status);
      const errors = await sageErrors(res);
      expect(errors[0]!.$dataCode).toBe(c.code);
      if (c.source) expect(errors.map((e) => e.$source)).toContain(c.source);
      expect(JSON.stringify(h.mock.state.store.dump())).toBe(before);
    });
  }

  it('reports every bad field of a body at once, and changes nothing', async () => {
    const before = JSON.stringify(h.mock.state.store.dump());
    const res = await h.api('/contacts', {
      method: 'POST',
      json: {
        contact: {
          name: 123,
          contact_type_ids: 'CUSTOMER',
          credit_limit: 'lots',
          credit_days: 1.5,
          main_contact_person: { email: 'nope' },
        },
      },
    });
    expect(res.status).toBe(422);
    const sources = (await sageErrors(res)).map((e) => e.$source).sort();
    expect(sources).toEqual(['contact_type_ids', 'credit_days', 'credit_limit', 'main_contact_person.email', 'name']);
    expect(JSON.stringify(h.mock.state.store.dump())).toBe(before);
  });

  it('answers an oversized body with 413 and changes nothing', async () => {
    const before = JSON.stringify(h.mock.state.store.dump());
    const big = JSON.stringify({ contact: { name: 'x'.repeat(2 * 1024 * 1024), contact_type_ids: ['CUSTOMER'] } });
    const res = await h.api('/contacts', { method: 'POST', headers: { 'content-type': json }, body: big });
    expect(res.status).toBe(413);
    expect((await sageErrors(res))[0]!.$dataCode).toBe('RequestTooLarge');
    expect(JSON.stringify(h.mock.state.store.dump())).toBe(before);
  });

  it('accepts unicode in bodies and queries, and ignores unknown fields', async () => {
    const res = await h.api('/contacts', {
      method: 'POST',
      json: { contact: { name: 'Łódź 🚀 Ωmega', contact_type_ids: ['VENDOR'], favourite_colour: 'teal' } },
    });
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c.name).toBe('Łódź 🚀 Ωmega');
    expect(c).not.toHaveProperty('favourite_colour');
    const found = (await (await h.api(`/contacts?search=${encodeURIComponent('🚀')}`)).json()).$items;
    expect(found.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect((await h.api(`/contacts/${c.id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('still serves normally after all of that', async () => {
    const res = await h.api(`/contacts/${contactId}`);
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(contactId);
  });
});

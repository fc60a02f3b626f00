/**
 * What the mock answers matches what openapi/sage-mock.openapi.yaml says, through MSW (real fetch)
 * and Fastify (real sockets): bodies (Ajv, JSON Schema 2020-12), statuses and headers, including
 * the parts Sage's own description lacks (the envelope, the error array, X-Business, X-Request-Id,
 * money as decimal strings). The last block proves the validator rejects what it should.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness, type ApiInit } from '../support/harness.ts';
import { ResponseValidator, type Exchange } from './validator.ts';

let spec: ResponseValidator;
beforeAll(async () => {
  spec = await ResponseValidator.load();
});

async function exchangeOf(method: string, path: string, res: Response): Promise<Exchange> {
  return { method, path, status: res.status, headers: res.headers, text: await res.text() };
}

function json(ex: Exchange): any {
  return JSON.parse(ex.text);
}

describe.each(ADAPTERS)('responses match the OpenAPI document through %s', (adapter) => {
  const h = useHarness(adapter);
  const owned = () => h.world.users[0]!.businesses.map((b) => b.id);
  const business = (country: string) => h.world.businesses.find((b) => b.country === country)!.id;

  /** One API call, judged by the operation the document gives its method and path. */
  async function api(method: string, path: string, init: ApiInit = {}): Promise<Exchange> {
    const ex = await exchangeOf(method, path, await h.api(path, { method, ...init }));
    expect(spec.validateExchange(ex), `${method} ${path} -> ${ex.status}`).toEqual([]);
    return ex;
  }

  async function contactTotal(business?: string): Promise<number> {
    return json(await api('GET', '/contacts', { business })).$total;
  }

  describe('businesses and user', () => {
    it('GET /businesses: the $items_per_page envelope of full businesses, no X-Business header', async () => {
      const ex = await api('GET', '/businesses');
      expect(ex.status).toBe(200);
      expect(json(ex).$items.map((b: { id: string }) => b.id)).toEqual(owned());
    });

    it('GET /businesses/lead, /businesses/{id} and /user', async () => {
      expect((await api('GET', '/businesses/lead')).status).toBe(200);
      for (const id of owned()) expect((await api('GET', `/businesses/${id}`)).status).toBe(200);
      expect(json(await api('GET', '/user')).$path).toBe('/user');
    });

    it('PUT /businesses/{id} and PUT /user answer the updated records', async () => {
      const b = await api('PUT', `/businesses/${business('GB')}`, { json: { business: { name: 'Renamed Ltd' } } });
      expect(json(b).name).toBe('Renamed Ltd');
      const u = await api('PUT', '/user', { json: { user: { first_name: 'Zoë' } } });
      expect(json(u).first_name).toBe('Zoë');
    });
  });

  describe('contacts', () => {
    it.each([
      '/contacts',
      '/contacts?attributes=all&items_per_page=200',
      '/contacts?attributes=name,email,balance,contact_types&items_per_page=5&page=2',
      '/contacts?contact_type_id=VENDOR&sort=name:desc&attributes=all',
      '/contacts?search=a&items_per_page=3&page=999',
    ])('GET %s', async (path) => {
      const ex = await api('GET', path);
      expect(ex.status).toBe(200);
      expect(json(ex).$items.length).toBeGreaterThan(0);
    });

    it('GET /contacts?attributes=all in every business of the user (addresses and people vary)', async () => {
      for (const id of owned()) {
        const ex = await api('GET', '/contacts?attributes=all&items_per_page=200', { business: id });
        expect(ex.headers.get('x-business')).toBe(id);
      }
    });

    it('GET, POST, PUT and DELETE one contact, and the tombstone deleted_since lists', async () => {
      const [first] = json(await api('GET', '/contacts?items_per_page=1')).$items;
      expect((await api('GET', `/contacts/${first.id}`)).status).toBe(200);
      const created = await api('POST', '/contacts', {
        json: {
          contact: {
            name: 'Zoë Ünïcode Ltd',
            contact_type_ids: ['CUSTOMER', 'VENDOR'],
            credit_limit: 1500.5,
            main_address: { city: 'Leeds' },
          },
        },
      });
      expect(created.status).toBe(201);
      expect(json(created).credit_limit).toBe('1500.5');
      const id = json(created).id;
      expect((await api('PUT', `/contacts/${id}`, { json: { contact: { notes: 'VIP', credit_limit: '20.10' } } })).status).toBe(200);
      const since = new Date(h.mock.clock.now() - 1000).toISOString();
      expect((await api('DELETE', `/contacts/${id}`)).status).toBe(204);
      const tombs = json(await api('GET', `/contacts?deleted_since=${since}&attributes=all`)).$items;
      expect(tombs.map((t: { id: string }) => t.id)).toEqual([id]);
    });
  });

  describe('ledger accounts, tax rates, bank accounts', () => {
    it('every ledger account, tax rate and bank account of every business of the user', async () => {
      for (const id of owned()) {
        for (const resource of ['ledger_accounts', 'tax_rates', 'bank_accounts']) {
          const ex = await api('GET', `/${resource}?attributes=all&items_per_page=200`, { business: id });
          const items = json(ex).$items;
          expect(items.length).toBeGreaterThan(0);
          expect((await api('GET', `/${resource}/${items[0].id}`, { business: id })).status).toBe(200);
        }
      }
    });

    it('filtered and sorted lists', async () => {
      for (const path of [
        '/ledger_accounts?visible_in=sales',
        '/ledger_accounts?sort=nominal_code:desc&attributes=nominal_code',
        '/tax_rates?sort=percentage:desc',
        '/bank_accounts?items_per_page=1&page=2',
      ]) {
        expect((await api('GET', path)).status).toBe(200);
      }
    });
  });

  describe('reference data', () => {
    it.each(['contact_types', 'ledger_account_types', 'artefact_statuses', 'transaction_types', 'bank_account_types'])(
      'GET /%s and one item',
      async (resource) => {
        const items = json(await api('GET', `/${resource}?items_per_page=200`)).$items;
        expect(items.length).toBeGreaterThan(0);
        expect((await api('GET', `/${resource}/${items[0].id}`)).status).toBe(200);
        expect((await api('GET', `/${resource}?attributes=all&items_per_page=1`)).status).toBe(200);
      },
    );
  });

  describe('errors', () => {
    it('401 without a token and with an expired one', async () => {
      expect((await api('GET', '/contacts', { token: null })).status).toBe(401);
      const token = h.token();
      h.mock.clock.advance(301_000);
      expect((await api('GET', '/contacts', { token })).status).toBe(401);
      expect((await api('GET', '/businesses', { token })).status).toBe(401);
    });

    it('403 for a business of someone else, and for a write with a readonly token, changing nothing', async () => {
      const before = await contactTotal();
      expect((await api('GET', '/contacts', { business: business('FR') })).status).toBe(403);
      expect(
        (await api('POST', '/contacts', { business: business('FR'), json: { contact: { name: 'X', contact_type_ids: ['CUSTOMER'] } } }))
          .status,
      ).toBe(403);
      expect(
        (
          await api('POST', '/contacts', {
            token: h.token(0, 'readonly'),
            json: { contact: { name: 'X', contact_type_ids: ['CUSTOMER'] } },
          })
        ).status,
      ).toBe(403);
      expect(await contactTotal()).toBe(before);
    });

    it('404 for an unknown record and for an unknown path', async () => {
      expect((await api('GET', `/contacts/${'0'.repeat(32)}`)).status).toBe(404);
      expect((await api('GET', '/businesses/ffffffffffffffffffffffffffffffff')).status).toBe(404);
      const route = await exchangeOf('GET', '/nope', await h.api('/nope'));
      expect(route.status).toBe(404);
      expect(spec.validateComponentResponse('NotFound', route)).toEqual([]);
    });

    it('405 with Allow for a method the path does not take', async () => {
      const ex = await exchangeOf('DELETE', '/ledger_entries', await h.api('/ledger_entries', { method: 'DELETE' }));
      expect(ex.status).toBe(405);
      expect(ex.headers.get('allow')).toBe('GET');
      expect(spec.validateComponentResponse('MethodNotAllowed', ex)).toEqual([]);
    });

    it('413, 415 and 422 for bad writes, changing nothing', async () => {
      const before = await contactTotal();
      const text = await api('POST', '/contacts', { body: 'name=Acme', headers: { 'content-type': 'text/plain' } });
      expect(text.status).toBe(415);
      const blank = await api('POST', '/contacts', { json: { contact: {} } });
      expect(blank.status).toBe(422);
      expect(
        json(blank)
          .map((e: { $source: string }) => e.$source)
          .sort(),
      ).toEqual(['contact_type_ids', 'name']);
      expect((await api('POST', '/contacts', { body: '{"contact":', headers: { 'content-type': 'application/json' } })).status).toBe(422);
      const huge = await api('POST', '/contacts', {
        json: { contact: { name: 'x'.repeat(2 * 1024 * 1024), contact_type_ids: ['CUSTOMER'] } },
      });
      expect(huge.status).toBe(413);
      expect((await api('PUT', '/user', { json: { user: { locale: 'xx-XX' } } })).status).toBe(422);
      expect(await contactTotal()).toBe(before);
    });

    it('422 for bad list parameters', async () => {
      for (const q of [
        'items_per_page=0',
        'items_per_page=201',
        'items_per_page=abc',
        'page=-1',
        'sort=nope:asc',
        'updated_or_created_since=yesterday',
      ]) {
        expect((await api('GET', `/contacts?${q}`)).status).toBe(422);
      }
    });
  });

  describe('control plane', () => {
    it("world, clock, journal and a minted token in Sage's key order", async () => {
      const admin = async (method: string, path: string, body?: unknown) => {
        const ex = await exchangeOf(method, path, await h.admin(path, { method, json: body }));
        expect(spec.validateExchange(ex), `${method} ${path} -> ${ex.status}`).toEqual([]);
        return ex;
      };
      await api('GET', '/contacts');
      expect((await admin('GET', '/__mock/world')).status).toBe(200);
      expect((await admin('POST', '/__mock/clock/advance', { seconds: 60 })).status).toBe(200);
      expect((await admin('GET', '/__mock/clock')).status).toBe(200);
      expect((await admin('GET', '/__mock/health')).status).toBe(200);
      expect(json(await admin('GET', '/__mock/journal?limit=5')).length).toBeGreaterThan(0);
      const token = await admin('POST', '/__mock/tokens', { user_id: h.world.users[0]!.id, client_id: h.world.apps[0]!.client_id });
      expect(Object.keys(json(token))).toEqual(spec.propertyOrder('TokenResponse'));
      expect((await admin('POST', '/__mock/tokens', { user_id: 'nobody', client_id: h.world.apps[0]!.client_id })).status).toBe(422);
      const lead = await admin('PUT', `/__mock/users/${h.world.users[0]!.id}/lead_business`, { business_id: business('IE') });
      expect(json(lead).lead_business_id).toBe(business('IE'));
    });
  });

  it('rejects a real response once it breaks the document', async () => {
    const [first] = json(await api('GET', '/contacts?items_per_page=1')).$items;
    const ex = await exchangeOf('GET', `/contacts/${first.id}`, await h.api(`/contacts/${first.id}`));
    expect(spec.validateExchange(ex)).toEqual([]);
    const broken = { ...json(ex), credit_limit: 0, surprise: true };
    const errors = spec.validateExchange({ ...ex, text: JSON.stringify(broken) });
    expect(errors.some((e) => e.includes('/credit_limit'))).toBe(true);
    expect(errors.some((e) => e.includes('surprise'))).toBe(true);
  });
});

describe('the response validator rejects what breaks the document', () => {
  const headers = (extra: Record<string, string> = {}) =>
    new Headers({ 'content-type': 'application/json; charset=utf-8', 'x-request-id': '7c28b621-e3df-4620-bc97-e5e98b7713c3', ...extra });
  const xBusiness = { 'x-business': 'bb65222b66ce5978e049b6f8ffc6a574' };
  const envelope = {
    $total: 1,
    $page: 1,
    $next: null,
    $back: null,
    $itemsPerPage: 20,
    $items: [{ id: 'CUSTOMER', displayed_as: 'Customer', $path: '/contact_types/CUSTOMER' }],
  };
  const ok = (status: number, body: unknown, extra: Record<string, string> = xBusiness): Exchange => ({
    method: 'GET',
    path: '/contact_types',
    status,
    headers: headers(extra),
    text: JSON.stringify(body),
  });

  it('accepts the well-formed baseline', () => {
    expect(spec.validateExchange(ok(200, envelope))).toEqual([]);
  });

  it('a $next that keeps /v3.1, and $itemsPerPage over 200', () => {
    expect(spec.validateExchange(ok(200, { ...envelope, $next: '/v3.1/contact_types?page=2&items_per_page=20' })).join()).toContain(
      '/$next',
    );
    expect(spec.validateExchange(ok(200, { ...envelope, $itemsPerPage: 500 })).join()).toContain('/$itemsPerPage');
  });

  it('an envelope without $items, and items without $path', () => {
    const { $items: _, ...noItems } = envelope;
    expect(spec.validateExchange(ok(200, noItems))).not.toEqual([]);
    expect(spec.validateExchange(ok(200, { ...envelope, $items: [{ id: 'CUSTOMER', displayed_as: 'Customer' }] })).join()).toContain(
      '$path',
    );
  });

  it('Sage error arrays that are empty, not arrays, or miss $source', () => {
    const err = { $severity: 'error', $dataCode: 'RecordNotFound', $message: 'Record not found.', $source: '' };
    const at404 = (body: unknown): Exchange => ({
      method: 'GET',
      path: '/contact_types/NOPE',
      status: 404,
      headers: headers(),
      text: JSON.stringify(body),
    });
    expect(spec.validateExchange(at404([err]))).toEqual([]);
    expect(spec.validateExchange(at404([]))).not.toEqual([]);
    expect(spec.validateExchange(at404(err))).not.toEqual([]);
    const { $source: _, ...noSource } = err;
    expect(spec.validateExchange(at404([noSource])).join()).toContain('$source');
    expect(spec.validateExchange(at404([{ ...err, $severity: 'warning' }]))).not.toEqual([]);
  });

  it('money as a number, and a user with an extra field', () => {
    expect(spec.validateSchema('Money', '110.0')).toEqual([]);
    expect(spec.validateSchema('Money', 110)).not.toEqual([]);
    expect(spec.validateSchema('Money', '110')).not.toEqual([]);
    const user = {
      id: '455eaa05-0dbe-4d49-843b-d8a3cfc74a11',
      displayed_as: 'A B',
      $path: '/user',
      created_at: '2026-01-05T09:00:00Z',
      updated_at: '2026-01-05T09:00:00Z',
      first_name: 'A',
      last_name: 'B',
      initials: 'AB',
      email: 'a@example.com',
      locale: 'en-GB',
    };
    expect(spec.validateSchema('User', user)).toEqual([]);
    expect(spec.validateSchema('User', { ...user, lead_business_id: null })).not.toEqual([]);
  });

  it('headers: X-Business missing where required, present where not declared, X-Request-Id not a UUID', () => {
    expect(spec.validateExchange(ok(200, envelope, {})).join()).toContain('required header X-Business is missing');
    expect(spec.validateExchange(ok(200, envelope, { ...xBusiness, 'x-request-id': 'abc' })).join()).toContain('X-Request-Id');
    const user = spec.validateExchange({ method: 'GET', path: '/user', status: 200, headers: headers(xBusiness), text: '{}' });
    expect(user.join()).toContain('x-business is sent but the document does not declare it');
  });

  it('a status the operation does not document, and a body where none is declared', () => {
    expect(spec.validateExchange(ok(418, envelope)).join()).toContain('418 is not documented');
    const deleted: Exchange = {
      method: 'DELETE',
      path: `/contacts/${'a'.repeat(32)}`,
      status: 204,
      headers: headers(xBusiness),
      text: '{}',
    };
    expect(spec.validateExchange(deleted).join()).toContain('declares no body');
  });

  it('a token response with another token_type or an extra key', () => {
    const token = {
      access_token: 'a.b.c',
      scope: 'full_access',
      token_type: 'bearer',
      expires_in: 300,
      refresh_token: 'gb/x',
      refresh_token_expires_in: 2678400,
      requested_by_id: '455eaa05-0dbe-4d49-843b-d8a3cfc74a11',
    };
    expect(spec.validateSchema('TokenResponse', token)).toEqual([]);
    expect(spec.validateSchema('TokenResponse', { ...token, token_type: 'Bearer' })).not.toEqual([]);
    expect(spec.validateSchema('TokenResponse', { ...token, id_token: 'x' })).not.toEqual([]);
  });
});

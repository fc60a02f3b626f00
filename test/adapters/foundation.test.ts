/**
 * The foundation's behaviour table, run through MSW (real fetch) and Fastify (real sockets).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import type { WorldView } from '../../mock/index.ts';

describe.each(ADAPTERS)('foundation through %s', (adapter) => {
  const h = useHarness(adapter);
  let owner: WorldView['users'][number];
  const biz = (country: string) => h.world.businesses.find((b) => b.country === country)!.id;
  beforeEach(() => {
    owner = h.world.users[0]!;
  });

  describe('businesses and user', () => {
    it('lists the businesses the user owns and is invited to, with no X-Business header', async () => {
      const res = await h.api('/businesses', { token: h.token(0) });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-business')).toBeNull();
      const body = await res.json();
      expect(body.$items_per_page).toBe(2147483647);
      expect(body.$items.map((b: { id: string }) => b.id)).toEqual(owner.businesses.map((b) => b.id));
      expect(body.$items.map((b: { country: { id: string } }) => b.country.id)).toEqual(['GB', 'IE', 'US', 'CA']);
      expect(body.$items[0].subscriptions[0].active).toBe(true);
    });

    it('answers the lead business, one business, and 403 for a business of someone else', async () => {
      const lead = await (await h.api('/businesses/lead')).json();
      expect(lead.id).toBe(owner.lead_business_id);
      expect(lead.id).toBe(biz('GB'));
      const de = await h.api(`/businesses/${biz('DE')}`);
      expect(de.status).toBe(403);
      expect((await sageErrors(de))[0]!.$dataCode).toBe('MultiUserAccessDenied');
      expect((await h.api(`/businesses/${biz('CA')}`)).status).toBe(200);
      expect((await h.api('/business')).status).toBe(404);
    });

    it('updates a business and the user', async () => {
      const res = await h.api(`/businesses/${biz('GB')}`, { method: 'PUT', json: { business: { name: 'Renamed Ltd', city: 'Leeds' } } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ name: 'Renamed Ltd', displayed_as: 'Renamed Ltd', city: 'Leeds' });
      const u = await h.api('/user', { method: 'PUT', json: { user: { first_name: 'Zoë', locale: 'fr-FR' } } });
      expect(u.status).toBe(200);
      expect(await u.json()).toMatchObject({ first_name: 'Zoë', locale: 'fr-FR', $path: '/user' });
      expect(u.headers.get('x-business')).toBeNull();
      const bad = await h.api('/user', { method: 'PUT', json: { user: { locale: 'xx-XX' } } });
      expect(bad.status).toBe(422);
      expect((await sageErrors(bad))[0]!.$source).toBe('locale');
    });
  });

  describe('business routing', () => {
    it('falls back to the lead business and says which in X-Business', async () => {
      const res = await h.api('/tax_rates');
      expect(res.headers.get('x-business')).toBe(biz('GB'));
      const ids = (await res.json()).$items.map((t: { id: string }) => t.id);
      expect(ids).toContain('GB_STANDARD');
    });

    it('routes by X-Business, with each country its own tax rates', async () => {
      const res = await h.api('/tax_rates?attributes=percentage', { business: biz('IE') });
      expect(res.headers.get('x-business')).toBe(biz('IE'));
      const items = (await res.json()).$items;
      expect(items.find((t: { id: string }) => t.id === 'IE_STANDARD').percentage).toBe('23.0');
      const us = (await (await h.api('/tax_rates', { business: biz('US') })).json()).$items;
      expect(us[0].id).toMatch(/^[0-9a-f]{32}$/);
    });

    it('refuses a business the user cannot access, or that does not exist, with 403', async () => {
      for (const id of [biz('FR'), '0'.repeat(32), 'not-an-id']) {
        const res = await h.api('/contacts', { business: id });
        expect(res.status).toBe(403);
        expect((await sageErrors(res))[0]!.$dataCode).toBe('MultiUserAccessDenied');
      }
    });

    it('follows lead-business drift changed from the control plane', async () => {
      const drift = await h.admin(`/__mock/users/${owner.id}/lead_business`, { method: 'PUT', json: { business_id: biz('IE') } });
      expect(drift.status).toBe(200);
      const res = await h.api('/contacts');
      expect(res.headers.get('x-business')).toBe(biz('IE'));
      expect((await (await h.api('/businesses/lead')).json()).id).toBe(biz('IE'));
      const entries = h.mock.admin.journal({ path: '/v3.1/contacts' });
      expect(entries.at(-1)).toMatchObject({ businessId: biz('IE'), businessSource: 'lead' });
      const refused = await h.admin(`/__mock/users/${owner.id}/lead_business`, { method: 'PUT', json: { business_id: biz('DE') } });
      expect(refused.status).toBe(422);
    });

    it('routes an invited-only user to the business they were invited to', async () => {
      const invited = h.world.users[3]!;
      expect(invited.businesses).toEqual([{ id: biz('GB'), role: 'invited' }]);
      const res = await h.api('/contacts', { token: h.token(3) });
      expect(res.headers.get('x-business')).toBe(biz('GB'));
    });
  });

  describe('bearer auth', () => {
    it('answers 401 in Sage format for a missing, unknown or expired token', async () => {
      const missing = await h.api('/contacts', { token: null });
      expect(missing.status).toBe(401);
      expect((await sageErrors(missing))[0]!.$dataCode).toBe('AuthorizationFailure');
      expect((await h.api('/contacts', { token: 'nope' })).status).toBe(401);
      const t = h.token();
      expect((await h.api('/contacts', { token: t })).status).toBe(200);
      h.mock.clock.advance(299_000);
      expect((await h.api('/contacts', { token: t })).status).toBe(200);
      h.mock.clock.advance(1_000);
      const expired = await h.api('/contacts', { token: t });
      expect(expired.status).toBe(401);
      expect((await sageErrors(expired))[0]!.$message).toMatch(/expired/);
      expect(h.mock.admin.journal().at(-1)).toMatchObject({ tokenState: 'expired', status: 401 });
    });

    it('mints tokens shaped like Sage /token from the control plane', async () => {
      const res = await h.admin('/__mock/tokens', { method: 'POST', json: { user_id: owner.id, client_id: h.world.apps[0]!.client_id } });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(Object.keys(body)).toEqual([
        'access_token',
        'scope',
        'token_type',
        'expires_in',
        'refresh_token',
        'refresh_token_expires_in',
        'requested_by_id',
      ]);
      expect(body).toMatchObject({ token_type: 'bearer', expires_in: 300, refresh_token_expires_in: 2678400, requested_by_id: owner.id });
      expect((await h.api('/user', { token: body.access_token })).status).toBe(200);
      expect(
        (await h.admin('/__mock/tokens', { method: 'POST', json: { user_id: 'nobody', client_id: h.world.apps[0]!.client_id } })).status,
      ).toBe(422);
    });
  });

  describe('contacts', () => {
    it('walks $next and sees every record exactly once', async () => {
      const seen: string[] = [];
      let next: string | null = '/contacts?items_per_page=7';
      let pages = 0;
      while (next) {
        const body: { $next: string | null; $items: { id: string }[]; $total: number } = await (await h.api(next)).json();
        seen.push(...body.$items.map((i) => i.id));
        next = body.$next;
        pages++;
      }
      expect(pages).toBe(4);
      expect(seen).toHaveLength(24);
      expect(new Set(seen).size).toBe(24);
    });

    it('answers a page past the end with the last page', async () => {
      const body = await (await h.api('/contacts?page=99&items_per_page=10')).json();
      expect(body).toMatchObject({ $total: 24, $page: 3, $next: null, $back: '/contacts?page=2&items_per_page=10', $itemsPerPage: 10 });
      expect(body.$items).toHaveLength(4);
      // A page number past any integer is still just a page past the end.
      const huge = await h.api('/contacts?items_per_page=10&page=99999999999999999999');
      expect(huge.status).toBe(200);
      expect(await huge.json()).toEqual(body);
    });

    it('filters by contact_type_id, email and search', async () => {
      const all = (await (await h.api('/contacts?attributes=all&items_per_page=200')).json()).$items;
      const customers = (await (await h.api('/contacts?contact_type_id=CUSTOMER&items_per_page=200')).json()).$items;
      const vendors = (await (await h.api('/contacts?contact_type_id=VENDOR&items_per_page=200')).json()).$items;
      const isType = (c: { contact_types: { id: string }[] }, t: string) => c.contact_types.some((x) => x.id === t);
      expect(customers.map((c: { id: string }) => c.id)).toEqual(
        all.filter((c: never) => isType(c, 'CUSTOMER')).map((c: { id: string }) => c.id),
      );
      expect(vendors.length).toBe(all.filter((c: never) => isType(c, 'VENDOR')).length);
      expect(customers.length + vendors.length).toBeGreaterThan(24); // some are both
      const target = all[5];
      const byEmail = (await (await h.api(`/contacts?email=${encodeURIComponent(target.email.toUpperCase())}`)).json()).$items;
      expect(byEmail.map((c: { id: string }) => c.id)).toEqual([target.id]);
      const bySearch = (await (await h.api(`/contacts?search=${target.reference}`)).json()).$items;
      expect(bySearch.map((c: { id: string }) => c.id)).toEqual([target.id]);
      expect((await h.api('/contacts?contact_type_id=BOGUS')).status).toBe(422);
    });

    it('returns only id, displayed_as and $path unless attributes ask for more', async () => {
      const plain = (await (await h.api('/contacts?items_per_page=1')).json()).$items[0];
      expect(Object.keys(plain)).toEqual(['id', 'displayed_as', '$path']);
      const some = (await (await h.api('/contacts?items_per_page=1&attributes=email,balance')).json()).$items[0];
      expect(Object.keys(some)).toEqual(['id', 'displayed_as', '$path', 'email', 'balance']);
      expect(some.balance).toBe('0.0');
      const single = await (await h.api(`/contacts/${plain.id}`)).json();
      expect(single).toMatchObject({ id: plain.id, name: expect.any(String), contact_types: expect.any(Array), currency: { id: 'GBP' } });
    });

    it('sorts by allowed attributes and refuses others', async () => {
      const asc = (await (await h.api('/contacts?sort=name:asc&attributes=name&items_per_page=200')).json()).$items.map(
        (c: { name: string }) => c.name,
      );
      expect(asc).toEqual([...asc].sort((a: string, b: string) => a.localeCompare(b, 'en')));
      const desc = (await (await h.api('/contacts?sort=name:desc&attributes=name&items_per_page=200')).json()).$items.map(
        (c: { name: string }) => c.name,
      );
      expect(desc).toEqual([...asc].reverse());
      const bad = await h.api('/contacts?sort=balance:sideways');
      expect(bad.status).toBe(422);
      expect((await sageErrors(bad))[0]!.$source).toBe('sort');
    });

    it('creates, updates and deletes, with updated_or_created_since (inclusive) and deleted_since (exclusive)', async () => {
      h.mock.clock.advance(60_000);
      const since = new Date(h.mock.clock.now()).toISOString();
      const created = await h.api('/contacts', {
        method: 'POST',
        json: {
          contact: {
            name: 'Ünïcode Café 東京',
            contact_type_ids: ['CUSTOMER', 'VENDOR'],
            main_contact_person: { name: 'Café', email: 'cafe@example.com' },
            credit_limit: 1500.5,
          },
        },
      });
      expect(created.status).toBe(201);
      const c = await created.json();
      expect(c).toMatchObject({
        name: 'Ünïcode Café 東京',
        displayed_as: `Ünïcode Café 東京 (${c.reference})`,
        credit_limit: '1500.5',
        $path: `/contacts/${c.id}`,
      });
      expect(c.id).toMatch(/^[0-9a-f]{32}$/);
      const changed = (await (await h.api(`/contacts?updated_or_created_since=${since}`)).json()).$items;
      expect(changed.map((x: { id: string }) => x.id)).toEqual([c.id]);

      h.mock.clock.advance(60_000);
      const put = await h.api(`/contacts/${c.id}`, { method: 'PUT', json: { contact: { name: 'Renamed', reference: 'REN1' } } });
      expect(put.status).toBe(200);
      expect(await put.json()).toMatchObject({
        name: 'Renamed',
        displayed_as: 'Renamed (REN1)',
        contact_types: [{ id: 'CUSTOMER' }, { id: 'VENDOR' }],
      });

      const beforeDelete = new Date(h.mock.clock.now()).toISOString();
      h.mock.clock.advance(1_000);
      expect((await h.api(`/contacts/${c.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await h.api(`/contacts/${c.id}`)).status).toBe(404);
      const deleted = (await (await h.api(`/contacts?deleted_since=${beforeDelete}`)).json()).$items;
      expect(deleted.map((x: { id: string }) => x.id)).toEqual([c.id]);
      const deletedAt = new Date(h.mock.clock.now()).toISOString();
      expect((await (await h.api(`/contacts?deleted_since=${deletedAt}`)).json()).$items).toEqual([]);
    });

    it('keeps references unique per business across creates, renames and deletes, ignoring case', async () => {
      const post = (reference?: string) =>
        h.api('/contacts', {
          method: 'POST',
          json: { contact: { name: 'Ref Test', contact_type_ids: ['CUSTOMER'], ...(reference ? { reference } : {}) } },
        });
      const a = await (await post('ABC-1')).json();
      expect((await post('abc-1')).status).toBe(422);
      expect((await h.api(`/contacts/${a.id}`, { method: 'PUT', json: { contact: { reference: 'ABC-2' } } })).status).toBe(200);
      expect(
        (await h.api(`/contacts/${a.id}`, { method: 'PUT', json: { contact: { reference: 'abc-2', name: 'Same contact' } } })).status,
      ).toBe(200);
      const b = await post('ABC-1');
      expect(b.status).toBe(201);
      expect((await post('ABC-2')).status).toBe(422);
      expect((await h.api(`/contacts/${a.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await post('abc-2')).status).toBe(201);
      const auto1 = await (await post()).json();
      const auto2 = await (await post()).json();
      expect(auto1.reference).toBe('REF001');
      expect(auto2.reference).toBe('REF002');
      // The same reference is free in another business.
      const ie = h.world.businesses.find((x) => x.country === 'IE')!.id;
      expect(
        (
          await h.api('/contacts', {
            method: 'POST',
            business: ie,
            json: { contact: { name: 'X', contact_type_ids: ['VENDOR'], reference: 'ABC-1' } },
          })
        ).status,
      ).toBe(201);
    });

    it('refuses a duplicate reference and answers 405 to a wrong method', async () => {
      const first = (await (await h.api('/contacts?attributes=reference&items_per_page=1')).json()).$items[0];
      const before = JSON.stringify(h.mock.state.store.dump());
      const dup = await h.api('/contacts', {
        method: 'POST',
        json: { contact: { name: 'X', contact_type_ids: ['CUSTOMER'], reference: first.reference } },
      });
      expect(dup.status).toBe(422);
      expect((await sageErrors(dup))[0]).toMatchObject({ $source: 'reference', $message: 'has already been taken' });
      const wrong = await h.api('/contacts', { method: 'DELETE' });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('GET, POST');
      expect((await sageErrors(wrong))[0]!.$dataCode).toBe('MethodNotAllowed');
      expect(JSON.stringify(h.mock.state.store.dump())).toBe(before);
    });
  });

  describe('reference data', () => {
    it('serves ledger accounts per country with visible_in filters', async () => {
      const sales = (
        await (await h.api('/ledger_accounts?visible_in=sales&attributes=nominal_code,visible_in_sales&items_per_page=200')).json()
      ).$items;
      expect(sales.length).toBeGreaterThan(0);
      expect(sales.every((a: { visible_in_sales: boolean }) => a.visible_in_sales)).toBe(true);
      expect(sales.map((a: { nominal_code: number }) => a.nominal_code)).toContain(4000);
      const fr = (
        await (await h.api('/ledger_accounts?visible_in=sales&attributes=nominal_code', { business: biz('CA'), token: h.token(0) })).json()
      ).$items;
      expect(fr.map((a: { nominal_code: number }) => a.nominal_code)).toContain(4100);
      expect((await h.api('/ledger_accounts?visible_in=everywhere')).status).toBe(422);
    });

    it('serves the mnemonic reference lists', async () => {
      for (const [path, id] of [
        ['/contact_types', 'VENDOR'],
        ['/ledger_account_types', 'BANK'],
        ['/artefact_statuses', 'PART_PAID'],
        ['/transaction_types', 'CUSTOMER_RECEIPT'],
      ] as const) {
        const res = await h.api(path);
        expect(res.status).toBe(200);
        expect((await res.json()).$items.map((i: { id: string }) => i.id)).toContain(id);
        expect((await (await h.api(`${path}/${id}`)).json()).$path).toBe(`${path}/${id}`);
      }
      expect((await h.api('/contact_types/NOPE')).status).toBe(404);
      const banks = (await (await h.api('/bank_accounts?attributes=all')).json()).$items;
      expect(banks).toHaveLength(3);
      expect(banks[0].ledger_account.$path).toMatch(/^\/ledger_accounts\/[0-9a-f]{32}$/);
    });
  });
});

/** Lead-business drift as Sage causes it, and lapsed subscriptions, driven from the control plane. */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('business changes through %s', (adapter) => {
  const h = useHarness(adapter);
  const biz = (country: string) => h.world.businesses.find((b) => b.country === country)!.id;

  it("makes an invited-only user's first own business their lead business", async () => {
    const invited = h.world.users[3]!;
    const token = h.token(3);
    expect((await h.api('/contacts', { token })).headers.get('x-business')).toBe(biz('GB'));
    const res = await h.admin('/__mock/businesses', {
      method: 'POST',
      json: { owner_id: invited.id, country: 'FR', name: 'Atelier Neuf', contacts: 3 },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      name: 'Atelier Neuf',
      country: 'FR',
      currency: 'EUR',
      owner_id: invited.id,
      subscription_active: true,
    });
    const after = await h.api('/contacts', { token });
    expect(after.headers.get('x-business')).toBe(created.id);
    expect((await after.json()).$total).toBe(3);
    const taxes = (await (await h.api('/tax_rates', { token })).json()).$items.map((t: { id: string }) => t.id);
    expect(taxes).toContain('FR_STANDARD');
    expect(h.mock.admin.journal().at(-2)).toMatchObject({ businessId: created.id, businessSource: 'lead' });
  });

  it("keeps an owner's lead when they create another business", async () => {
    const owner = h.world.users[0]!;
    await h.admin('/__mock/businesses', { method: 'POST', json: { owner_id: owner.id, country: 'DE' } });
    expect(h.mock.admin.world().users[0]!.lead_business_id).toBe(biz('GB'));
    expect(h.mock.admin.world().users[0]!.businesses).toHaveLength(5);
  });

  it('moves the lead on when the lead business is deleted', async () => {
    const owner = h.world.users[0]!,
      invited = h.world.users[3]!;
    const res = await h.admin(`/__mock/businesses/${biz('GB')}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect((await res.json()).lead_changed_for.sort()).toEqual([owner.id, invited.id].sort());
    expect((await h.api('/contacts', { token: h.token(0) })).headers.get('x-business')).toBe(biz('IE'));
    const stranded = await h.api('/contacts', { token: h.token(3) });
    expect(stranded.status).toBe(403);
    expect((await sageErrors(stranded))[0]!.$dataCode).toBe('MultiUserAccessDenied');
    expect((await h.api('/contacts', { token: h.token(0), business: biz('GB') })).status).toBe(403);
    expect((await h.admin(`/__mock/businesses/${biz('GB')}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('gives every created business a new id, also after a deletion', async () => {
    const owner = h.world.users[1]!.id;
    const create = async () => {
      const res = await h.admin('/__mock/businesses', { method: 'POST', json: { owner_id: owner, country: 'ES' } });
      expect(res.status).toBe(201);
      return (await res.json()).id as string;
    };
    const first = await create();
    const second = await create();
    expect((await h.admin(`/__mock/businesses/${first}`, { method: 'DELETE' })).status).toBe(200);
    const third = await create();
    expect(new Set([first, second, third]).size).toBe(3);
    const ids = h.mock.admin.world().businesses.map((b) => b.id);
    expect(ids).toContain(second);
    expect(ids).toContain(third);
    expect(ids).not.toContain(first);
  });

  it('answers 401 "No active subscription. (MSE)" while a subscription is off', async () => {
    const off = await h.admin(`/__mock/businesses/${biz('GB')}/subscription`, { method: 'PUT', json: { active: false } });
    expect(off.status).toBe(200);
    const res = await h.api('/contacts');
    expect(res.status).toBe(401);
    expect(await sageErrors(res)).toEqual([
      { $severity: 'error', $dataCode: 'AuthorizationFailure', $message: 'No active subscription. (MSE)', $source: '' },
    ]);
    expect((await h.api('/contacts', { business: biz('IE') })).status).toBe(200);
    const biz0 = (await (await h.api('/businesses')).json()).$items[0];
    expect(biz0.subscriptions[0]).toMatchObject({ active: false, status: 'cancelled' });
    await h.admin(`/__mock/businesses/${biz('GB')}/subscription`, { method: 'PUT', json: { active: true } });
    expect((await h.api('/contacts')).status).toBe(200);
  });

  it('refuses bad control-plane input without changing the world', async () => {
    const before = JSON.stringify(h.mock.admin.world());
    const cases: [string, string, unknown, number, string?][] = [
      ['POST', '/__mock/businesses', { owner_id: 'nobody', country: 'GB' }, 422, 'owner_id'],
      ['POST', '/__mock/businesses', { owner_id: h.world.users[0]!.id, country: 'XX' }, 422, 'country'],
      ['POST', '/__mock/businesses', { owner_id: h.world.users[0]!.id, country: 'GB', contacts: -1 }, 422, 'contacts'],
      ['POST', '/__mock/businesses', { owner_id: h.world.users[0]!.id, country: 'GB', invited_user_ids: 'all' }, 422, 'invited_user_ids'],
      ['PUT', `/__mock/businesses/${biz('GB')}/subscription`, { active: 'yes' }, 422, 'active'],
      ['PUT', `/__mock/businesses/${'0'.repeat(32)}/subscription`, { active: false }, 404],
    ];
    for (const [method, path, json, status, source] of cases) {
      const res = await h.admin(path, { method, json });
      expect(res.status, `${method} ${path} ${JSON.stringify(json)}`).toBe(status);
      const errors = await sageErrors(res);
      if (source) expect(errors[0]!.$source).toBe(source);
    }
    expect(JSON.stringify(h.mock.admin.world())).toBe(before);
  });
});

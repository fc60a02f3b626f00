import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('control plane through %s', (adapter) => {
  const h = useHarness(adapter, {}, { reset: 'none' });

  it('shows the world with users, apps and secrets, businesses and lead businesses', async () => {
    const res = await h.admin('/__mock/world');
    expect(res.status).toBe(200);
    const w = await res.json();
    expect(w).toEqual(h.mock.admin.world());
    expect(w.apps[0]).toMatchObject({ client_id: expect.stringContaining('/'), client_secret: expect.any(String) });
    expect(w.users[0].lead_business_id).toBe(w.businesses[0].id);
  });

  it('resets with a seed', async () => {
    const before = (await (await h.admin('/__mock/world')).json()).businesses[0].id;
    const res = await h.admin('/__mock/reset', { method: 'POST', json: { seed: 1234 } });
    expect(res.status).toBe(200);
    const after = await res.json();
    expect(after.seed).toBe(1234);
    expect(after.businesses[0].id).not.toBe(before);
    expect((await h.admin('/__mock/reset', { method: 'POST', json: { seed: 'x' } })).status).toBe(422);
    await h.admin('/__mock/reset', { method: 'POST', json: { seed: 42 } });
    expect((await (await h.admin('/__mock/world')).json()).businesses[0].id).toBe(before);
  });

  it('reads, advances and sets the clock', async () => {
    const start = await (await h.admin('/__mock/clock')).json();
    expect(start.mode).toBe('frozen');
    const moved = await (await h.admin('/__mock/clock/advance', { method: 'POST', json: { seconds: 301 } })).json();
    expect(moved.epoch_ms - start.epoch_ms).toBe(301_000);
    const set = await (await h.admin('/__mock/clock/set', { method: 'POST', json: { now: '2027-02-03T04:05:06Z' } })).json();
    expect(set.now).toBe('2027-02-03T04:05:06.000Z');
    const bad = await h.admin('/__mock/clock/advance', { method: 'POST', json: { seconds: -5 } });
    expect(bad.status).toBe(422);
    expect((await sageErrors(bad))[0]!.$source).toBe('seconds');
  });

  it('journals every API exchange with its facts, and filters the journal', async () => {
    await h.admin('/__mock/reset', { method: 'POST', json: {} });
    const w = h.mock.admin.world();
    const token = h.token(0);
    await h.api('/contacts?items_per_page=2', { token });
    await h.api('/contacts', { token, method: 'POST', json: { contact: { name: 'Journal Co', contact_type_ids: ['CUSTOMER'] } } });
    await h.api('/nope', { token });
    await h.api('/contacts', { token: null });
    const all = await (await h.admin('/__mock/journal')).json();
    expect(all).toHaveLength(4);
    // One shape in-process and over HTTP: the same array, entry for entry.
    expect(all).toEqual(JSON.parse(JSON.stringify(h.mock.admin.journal())));
    const [list, post, missing, unauth] = all;
    expect(list).toMatchObject({
      method: 'GET',
      path: '/v3.1/contacts',
      query: { items_per_page: '2' },
      status: 200,
      surface: 'api',
      clientId: w.apps[0]!.client_id,
      userId: w.users[0]!.id,
      businessId: w.businesses[0]!.id,
      businessSource: 'lead',
      tokenState: 'valid',
      generation: 0,
    });
    expect(list.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(list.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(post.body)).toEqual({ contact: { name: 'Journal Co', contact_type_ids: ['CUSTOMER'] } });
    expect(JSON.parse(post.responseBody).name).toBe('Journal Co');
    expect(post.status).toBe(201);
    expect(missing).toMatchObject({ status: 404, errorCodes: ['RouteNotFound'] });
    expect(unauth).toMatchObject({ status: 401, tokenState: 'missing', clientId: null });
    const posts = await (await h.admin('/__mock/journal?method=POST')).json();
    expect(posts.map((e: { seq: number }) => e.seq)).toEqual([post.seq]);
    const errs = await (await h.admin('/__mock/journal?status=401')).json();
    expect(errs).toHaveLength(1);
    const since = await (await h.admin(`/__mock/journal?since_seq=${post.seq}&limit=1`)).json();
    expect(since.map((e: { seq: number }) => e.seq)).toEqual([unauth.seq]);
    expect((await h.admin('/__mock/journal?limit=x')).status).toBe(422);
  });

  it('answers unknown control routes in Sage format', async () => {
    const res = await h.admin('/__mock/nothing-here');
    expect(res.status).toBe(404);
    expect((await sageErrors(res))[0]!.$dataCode).toBe('RouteNotFound');
  });
});

describe.each(ADAPTERS)('control plane with an admin token through %s', (adapter) => {
  const h = useHarness(adapter, { adminToken: 's3cret' }, { reset: 'none' });

  it('refuses /__mock/* without the token and serves it with the token; the API is unaffected', async () => {
    const refused = await h.admin('/__mock/world');
    expect(refused.status).toBe(403);
    expect((await sageErrors(refused))[0]!.$dataCode).toBe('MultiUserAccessDenied');
    expect((await h.admin('/__mock/world', { headers: { 'x-sage-mock-admin-token': 'wrong' } })).status).toBe(403);
    expect((await h.admin('/__mock/world', { headers: { 'x-sage-mock-admin-token': 's3cret' } })).status).toBe(200);
    expect((await h.api('/contacts')).status).toBe(200);
  });
});

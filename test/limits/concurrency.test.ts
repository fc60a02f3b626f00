/**
 * 150 requests in flight per app, through both adapters: 300 parallel requests held in flight by a
 * latch, exactly 150 served and 150 refused with 429 at once. Parallel sockets (Fastify) and
 * parallel fetches (MSW) meet one counter in the core.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('concurrency limit through %s', (adapter) => {
  const h = useHarness(adapter);
  let app0: string;
  beforeEach(() => {
    app0 = h.world.apps[0]!.client_id;
  });
  const appView = (clientId: string) => h.mock.admin.limits().apps.find((a) => a.client_id === clientId)!;

  it('300 parallel requests held in flight: exactly 150 served, 150 refused with 429 at once', async () => {
    expect(h.mock.admin.limits().defaults.concurrency).toBe(150);
    const token = h.token();
    const latch = h.mock.admin.latch({ method: 'GET', path: '/v3.1/contacts' });
    let refusedEarly = 0;
    const requests = Array.from({ length: 300 }, () =>
      h.api('/contacts?items_per_page=1', { token }).then((res) => {
        if (res.status === 429) refusedEarly++;
        return res;
      }),
    );
    await latch.waitForHeld(150);
    // The refusals come back while 150 requests are still held: the 151st gets 429 at once.
    const deadline = Date.now() + 10_000;
    while (refusedEarly < 150 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(refusedEarly).toBe(150);
    expect(latch.held).toBe(150);
    expect(appView(app0)).toMatchObject({ in_flight: 150, rejected_today: { concurrency: 150, daily_quota: 0 }, today_count: 150 });
    latch.release();
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(150);
    expect(statuses.filter((s) => s === 429)).toHaveLength(150);
    const refused = responses.find((r) => r.status === 429)!;
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(refused.headers.get('x-ratelimit-limit')).toBeNull();
    const [err] = await sageErrors(refused);
    expect(err!.$dataCode).toBe('TooManyRequests');
    await Promise.all(responses.filter((r) => r !== refused).map((r) => r.arrayBuffer()));
    expect(appView(app0)).toMatchObject({ in_flight: 0, peak_in_flight: 150 });
    const limited = h.mock.admin.journal({ flag: 'rate-limited' });
    expect(limited).toHaveLength(150);
    expect(limited.every((e) => e.status === 429 && e.clientId === app0 && e.flags.includes('concurrency-limit-exceeded'))).toBe(true);
    // Once the held requests finished, the app has its places back.
    expect((await h.api('/contacts', { token })).status).toBe(200);
  });

  it('counts per app: another app is not limited by the first one filling its places', async () => {
    h.mock.admin.setLimits({ concurrency: 2 });
    const t0 = h.token();
    const t1 = h.mock.admin.mintToken({ user_id: h.world.users[0]!.id, client_id: h.world.apps[1]!.client_id }).access_token;
    const latch = h.mock.admin.latch({ path: '/v3.1/contacts' });
    const held = [h.api('/contacts', { token: t0 }), h.api('/contacts', { token: t0 })];
    await latch.waitForHeld(2);
    const third = await h.api('/contacts', { token: t0 });
    expect(third.status).toBe(429);
    const other = await h.api('/tax_rates', { token: t1 });
    expect(other.status).toBe(200);
    latch.release();
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
  });

  it('an app limit set on the control plane applies to that app only', async () => {
    const res = await h.admin('/__mock/limits', { method: 'PUT', json: { client_id: app0, concurrency: 1 } });
    expect(res.status).toBe(200);
    expect((await res.json()).apps.find((a: { client_id: string }) => a.client_id === app0).limits).toEqual({
      daily_quota: 1_296_000,
      concurrency: 1,
      overridden: true,
    });
    const latch = h.mock.admin.latch({ path: '/v3.1/contacts', limit: 1 });
    const first = h.api('/contacts');
    await latch.waitForHeld(1);
    expect((await h.api('/tax_rates')).status).toBe(429);
    const t1 = h.mock.admin.mintToken({ user_id: h.world.users[0]!.id, client_id: h.world.apps[1]!.client_id }).access_token;
    expect((await h.api('/tax_rates', { token: t1 })).status).toBe(200);
    latch.release();
    expect((await first).status).toBe(200);
    // null clears the app's own limit.
    await h.admin('/__mock/limits', { method: 'PUT', json: { client_id: app0, concurrency: null } });
    expect(appView(app0).limits).toEqual({ daily_quota: 1_296_000, concurrency: 150, overridden: false });
  });

  it('sends Retry-After on a concurrency 429 when switched on', async () => {
    h.mock.admin.setLimits({ concurrency: 1, retry_after: true, concurrency_retry_after_seconds: 2 });
    const latch = h.mock.admin.latch({ path: '/v3.1/contacts' });
    const first = h.api('/contacts');
    await latch.waitForHeld(1);
    const refused = await h.api('/contacts');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    latch.release();
    await first;
  });

  it('does not count requests without a valid token', async () => {
    h.mock.admin.setLimits({ concurrency: 1 });
    const latch = h.mock.admin.latch({ path: '/v3.1/contacts', limit: 1 });
    const held = h.api('/contacts');
    await latch.waitForHeld(1);
    // No token, an unknown token: refused by auth (401), not by the limit.
    expect((await h.api('/tax_rates', { token: null })).status).toBe(401);
    expect((await h.api('/tax_rates', { token: 'nope' })).status).toBe(401);
    latch.release();
    await held;
    expect(appView(app0)).toMatchObject({ today_count: 1, total_rejected: 0 });
  });
});

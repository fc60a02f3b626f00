/**
 * The limits count exactly the requests auth lets through, because both read one verdict on the
 * token, judged at arrival; and the in-flight count always returns to zero, however a request
 * ends (a client that gives up, a socket that closes). Through both adapters.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness } from '../support/harness.ts';
import { until } from '../idempotency/support.ts';

describe.each(ADAPTERS)('limits and auth agree through %s', (adapter) => {
  const h = useHarness(adapter);
  let app0: string;
  beforeEach(() => {
    app0 = h.world.apps[0]!.client_id;
  });
  const appView = (clientId = app0) => h.mock.admin.limits().apps.find((a) => a.client_id === clientId)!;

  it('judges the token at arrival: one that expires while the request is held is served and counted once', async () => {
    const token = h.token();
    const latch = h.mock.admin.latch({ path: '/v3.1/contacts', point: 'arrival' });
    const pending = h.api('/contacts?items_per_page=1', { token });
    await latch.waitForHeld(1);
    h.mock.clock.advance(301_000);
    latch.release();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(appView()).toMatchObject({ today_count: 1, in_flight: 0 });
    expect(h.mock.admin.journal().at(-1)).toMatchObject({ status: 200, tokenState: 'valid' });
    // The next request with that token arrives after expiry: 401, not counted.
    expect((await h.api('/contacts', { token })).status).toBe(401);
    expect(appView().today_count).toBe(1);
  });

  it('does not count a token whose app was removed (auth refuses it with 401)', async () => {
    const other = h.world.apps[1]!.client_id;
    const token = h.mock.admin.mintToken({ user_id: h.world.users[0]!.id, client_id: other }).access_token;
    expect((await h.api('/contacts', { token })).status).toBe(200);
    expect(appView(other).today_count).toBe(1);
    await h.mock.admin.removeApp(other);
    const res = await h.api('/contacts', { token });
    expect(res.status).toBe(401);
    expect(h.mock.state.limits.appView(other)).toMatchObject({ today_count: 1, total_rejected: 0, in_flight: 0 });
  });

  it('never counts a 401, whatever the reason', async () => {
    const expired = h.token();
    h.mock.clock.advance(300_000);
    for (const token of [null, 'nope', expired, `${h.token()}x`]) expect((await h.api('/contacts', { token })).status).toBe(401);
    const journal = h.mock.admin.journal();
    expect(journal.map((e) => e.status)).toEqual([401, 401, 401, 401]);
    expect(h.mock.admin.limits().apps.every((a) => a.today_count === 0 && a.in_flight === 0)).toBe(true);
  });

  it('gives the place back when the client gives up while its request is held', async () => {
    const latch = h.mock.admin.latch({ path: '/v3.1/contacts', point: 'handler' });
    const abort = new AbortController();
    const pending = h.api('/contacts', { signal: abort.signal }).then(
      () => 'answered',
      (e: Error) => e.name,
    );
    await latch.waitForHeld(1);
    expect(appView().in_flight).toBe(1);
    abort.abort();
    expect(await pending).toBe('AbortError');
    latch.release();
    await until(() => appView().in_flight === 0, 'the held request to finish');
    expect(h.mock.admin.journal().at(-1)).toMatchObject({ status: 200 });
    expect((await h.api('/contacts')).status).toBe(200);
    expect(appView()).toMatchObject({ in_flight: 0, today_count: 2 });
  });

  it('gives every place back after a burst of aborted requests', async () => {
    h.mock.admin.setLimits({ concurrency: 5 });
    const latch = h.mock.admin.latch({ path: '/v3.1/contacts', point: 'arrival' });
    const abort = new AbortController();
    const pending = Array.from({ length: 8 }, () =>
      h.api('/contacts', { signal: abort.signal }).then(
        (r) => r.status,
        () => 'aborted',
      ),
    );
    await latch.waitForHeld(5);
    await until(() => appView().rejected_today.concurrency === 3, 'three refusals');
    abort.abort();
    latch.release();
    await Promise.all(pending);
    await until(() => appView().in_flight === 0, 'every place back');
    expect(appView()).toMatchObject({ today_count: 5, peak_in_flight: 5 });
  });
});

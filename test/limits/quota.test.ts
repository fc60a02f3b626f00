/**
 * The daily quota per app, through both adapters: exhaustion, refusal without state change,
 * reset at the UTC day boundary of the clock, headers when switched on, the default of 1,296,000,
 * and the control plane.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

// The frozen clock starts at 2026-01-05T09:00:00Z: 15 hours before the next quota day.
const TO_MIDNIGHT_S = 15 * 3600;

describe.each(ADAPTERS)('daily quota through %s', (adapter) => {
  const h = useHarness(adapter, { limits: { dailyQuota: 5 } });
  let app0: string;
  let gb: string;
  beforeEach(() => {
    app0 = h.world.apps[0]!.client_id;
    gb = h.world.users[0]!.lead_business_id!;
  });
  const appView = (clientId = app0) => h.mock.admin.limits().apps.find((a) => a.client_id === clientId)!;
  const contacts = () => h.mock.state.store.collection(gb, 'contacts').size();

  it('refuses the request over the quota with a Sage 429 until the next clock day', async () => {
    const token = h.token();
    for (let i = 0; i < 5; i++) expect((await h.api('/contacts', { token })).status).toBe(200);
    const over = await h.api('/contacts', { token });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBeNull();
    const [err] = await sageErrors(over);
    expect(err).toMatchObject({ $dataCode: 'TooManyRequests', $severity: 'error' });
    expect(err!.$message).toContain('daily request quota of 5');
    expect(appView()).toMatchObject({
      day: '2026-01-05',
      today_count: 5,
      remaining_today: 0,
      rejected_today: { daily_quota: 1, concurrency: 0 },
    });

    // A write over the quota changes nothing.
    const before = contacts();
    const write = await h.api('/contacts', {
      method: 'POST',
      token,
      json: { contact: { name: 'Late Ltd', contact_type_ids: ['CUSTOMER'] } },
    });
    expect(write.status).toBe(429);
    expect(contacts()).toBe(before);

    // One second before midnight (clock time) it is still today.
    h.mock.clock.advance((TO_MIDNIGHT_S - 1) * 1000);
    const late = h.token();
    expect((await h.api('/contacts', { token: late })).status).toBe(429);
    h.mock.clock.advance(1000);
    expect((await h.api('/contacts', { token: late })).status).toBe(200);
    expect(appView()).toMatchObject({
      day: '2026-01-06',
      today_count: 1,
      rejected_today: { daily_quota: 0, concurrency: 0 },
      total_rejected: 3,
    });

    const limited = h.mock.admin.journal({ flag: 'daily-quota-exceeded' });
    expect(limited.map((e) => e.status)).toEqual([429, 429, 429]);
    expect(limited.every((e) => e.flags.includes('rate-limited') && e.clientId === app0)).toBe(true);
  });

  it('counts each app apart', async () => {
    const t1 = h.mock.admin.mintToken({ user_id: h.world.users[0]!.id, client_id: h.world.apps[1]!.client_id }).access_token;
    for (let i = 0; i < 5; i++) await h.api('/contacts');
    expect((await h.api('/contacts')).status).toBe(429);
    expect((await h.api('/contacts', { token: t1 })).status).toBe(200);
    expect(appView(h.world.apps[1]!.client_id).today_count).toBe(1);
  });

  it('does not count requests without a valid token, nor the OAuth endpoints', async () => {
    const token = h.token();
    expect((await h.api('/contacts', { token: null })).status).toBe(401);
    expect((await h.api('/contacts', { token: 'not-a-token' })).status).toBe(401);
    h.mock.clock.advance(301_000);
    expect((await h.api('/contacts', { token })).status).toBe(401); // expired
    expect(appView().today_count).toBe(0);
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'nope', client_id: app0, client_secret: 'x' });
    const tokenRes = await fetch(`${h.bases.token}/token`, { method: 'POST', body: form });
    expect(tokenRes.status).toBe(400);
    expect(appView().today_count).toBe(0);
  });

  it('sends Retry-After (to the next clock day) and X-RateLimit headers when switched on over HTTP', async () => {
    const set = await h.admin('/__mock/limits', { method: 'PUT', json: { retry_after: true, rate_limit_headers: true } });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ retry_after: true, rate_limit_headers: true, defaults: { daily_quota: 5, concurrency: 150 } });
    const ok = await h.api('/contacts');
    expect(ok.status).toBe(200);
    const reset = String(Date.UTC(2026, 0, 6) / 1000);
    expect([ok.headers.get('x-ratelimit-limit'), ok.headers.get('x-ratelimit-remaining'), ok.headers.get('x-ratelimit-reset')]).toEqual([
      '5',
      '4',
      reset,
    ]);
    for (let i = 0; i < 4; i++) await h.api('/contacts');
    h.mock.clock.advance(3600_000);
    const over = await h.api('/contacts');
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe(String(TO_MIDNIGHT_S - 3600));
    expect(over.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('shows and sets counts on the control plane; bad settings are refused and change nothing', async () => {
    await h.api('/contacts');
    const view = await (await h.admin('/__mock/limits')).json();
    expect(view).toMatchObject({ enabled: true, retry_after: false, rate_limit_headers: false, day_ends_at: '2026-01-06T00:00:00.000Z' });
    expect(view.apps).toHaveLength(2);
    expect(view.apps.find((a: { client_id: string }) => a.client_id === app0)).toMatchObject({
      in_flight: 0,
      today_count: 1,
      remaining_today: 4,
    });

    for (const bad of [
      { daily_quota: -1 },
      { concurrency: 1.5 },
      { daily_quota: 'many' },
      { retry_after: 'yes' },
      { today_count: 3 },
      { client_id: 'nope/nope', concurrency: 3 },
      { daily_quota: null },
      { surprise: 1 },
      { daily_quota: 9, concurrency: -2 },
    ]) {
      const res = await h.admin('/__mock/limits', { method: 'PUT', json: bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect((await sageErrors(res))[0]!.$dataCode).toBe('RecordInvalid');
    }
    expect(h.mock.admin.limits()).toMatchObject({ defaults: { daily_quota: 5, concurrency: 150 }, retry_after: false });

    const res = await h.admin('/__mock/limits', { method: 'PUT', json: { client_id: app0, today_count: 5 } });
    expect(res.status).toBe(200);
    expect((await h.api('/contacts')).status).toBe(429);
  });

  it('resets the counts with the world', async () => {
    for (let i = 0; i < 6; i++) await h.api('/contacts');
    expect(appView()).toMatchObject({ today_count: 5, total_rejected: 1 });
    await h.mock.reset();
    expect(appView()).toMatchObject({ today_count: 0, total_rejected: 0 });
  });
});

describe.each(ADAPTERS)('the default quota through %s', (adapter) => {
  const h = useHarness(adapter, {}, { reset: 'none' });

  it('is 1,296,000 requests a day per app', async () => {
    const app0 = h.mock.admin.world().apps[0]!.client_id;
    expect(h.mock.admin.limits().defaults).toEqual({ daily_quota: 1_296_000, concurrency: 150 });
    // Jump to the edge of the quota instead of sending a million requests.
    h.mock.admin.setLimits({ client_id: app0, today_count: 1_295_998 });
    expect((await h.api('/contacts')).status).toBe(200);
    expect((await h.api('/contacts')).status).toBe(200);
    const over = await h.api('/contacts');
    expect(over.status).toBe(429);
    expect((await sageErrors(over))[0]!.$message).toContain('1296000');
    expect(h.mock.admin.limits().apps.find((a) => a.client_id === app0)).toMatchObject({ today_count: 1_296_000, remaining_today: 0 });
  });
});

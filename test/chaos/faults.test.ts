/**
 * Every fault of a scenario, on the wire, through both adapters: MSW (real fetch, intercepted) and
 * Fastify (real sockets). Real time is never waited: the mock's `sleep` is a recorder that
 * resolves at once, or a gate the test opens.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import type { Scenario, ScenarioFault, StepMatch } from '../../mock/index.ts';
import { ResponseValidator } from '../openapi/validator.ts';

const slept: number[] = [];
let gate: Promise<void> | null = null;
const sleep = async (ms: number) => {
  slept.push(ms);
  if (gate) await gate;
};

describe.each(ADAPTERS)('scenario faults through %s', (adapter) => {
  const h = useHarness(adapter, { sleep });
  let gb: string;
  let app0: string;
  beforeEach(() => {
    slept.length = 0;
    gate = null;
    gb = h.world.users[0]!.lead_business_id!;
    app0 = h.world.apps[0]!.client_id;
  });
  afterEach(() => h.mock.scenarios.clear());

  const one = (fault: ScenarioFault, match: StepMatch = { surface: 'api' }, extra: Partial<Scenario['steps'][number]> = {}) =>
    h.mock.scenarios.apply({ name: 'test', seed: 1, steps: [{ name: 'the-step', match, fault, ...extra }] });
  const contacts = () => h.mock.state.store.collection(gb, 'contacts').size();
  const inFlight = () => h.mock.state.limits.appView(app0).in_flight;
  const last = () => h.mock.admin.journal().at(-1)!;
  const outcome = (p: Promise<Response>) =>
    p.then(
      (r) => `answered ${r.status}`,
      (e: Error) => e.name,
    );
  const newContact = (name: string, idem?: string) => ({
    contact: { name, contact_type_ids: ['CUSTOMER'], ...(idem ? { idempotency_id: idem } : {}) },
  });
  const pair = () => h.mock.admin.connect({ user_id: h.world.users[0]!.id, client_id: app0 });
  const refresh = (refresh_token: string) =>
    fetch(`${h.bases.token}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token,
        client_id: app0,
        client_secret: h.world.apps[0]!.client_secret,
      }),
    });

  describe('network', () => {
    it('latency: the answer waits inside the core (the request is in flight meanwhile), jitter from the seed', async () => {
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      one({ type: 'latency', ms: 400, jitter_ms: 100 }, { method: 'GET', path: '/contacts' });
      const pending = h.api('/contacts');
      await expect.poll(() => inFlight()).toBe(1);
      expect(slept).toHaveLength(1);
      expect(slept[0]).toBeGreaterThanOrEqual(300);
      expect(slept[0]).toBeLessThanOrEqual(500);
      open();
      const res = await pending;
      expect(res.status).toBe(200);
      expect(inFlight()).toBe(0);
      expect(last().chaos).toEqual([{ scenario: 'test', step: 'the-step', fault: 'latency' }]);
      // The same seed draws the same jitter.
      const first = slept[0];
      gate = null;
      slept.length = 0;
      one({ type: 'latency', ms: 400, jitter_ms: 100 }, { method: 'GET', path: '/contacts' });
      await h.api('/contacts');
      expect(slept).toEqual([first]);
    });

    it('slow-body: headers at once, the whole body in pieces at the rate, in flight until it is out', async () => {
      const plain = await (await h.api('/contacts?items_per_page=50')).text();
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      one({ type: 'slow-body', bytes_per_second: 1000 }, { method: 'GET', path: '/contacts' });
      const res = await h.api('/contacts?items_per_page=50');
      expect(res.status).toBe(200);
      // Headers came; the body is still trickling and the request keeps its in-flight place.
      expect(inFlight()).toBe(1);
      open();
      expect(await res.text()).toBe(plain);
      const bytes = Buffer.byteLength(plain);
      expect(slept.length).toBeGreaterThan(bytes / 100);
      expect(slept).toContain(Math.ceil((bytes / 1000) * 1000));
      await expect.poll(() => inFlight()).toBe(0);
      expect(last().fault).toBe('slow-body');
    });

    it('reset: the connection is reset before processing: nothing written, nothing counted', async () => {
      one({ type: 'reset' }, { method: 'POST', path: '/contacts' });
      const before = contacts();
      expect(await outcome(h.api('/contacts', { method: 'POST', json: newContact('Never Ltd') }))).toBe('TypeError');
      expect(contacts()).toBe(before);
      expect(h.mock.state.limits.appView(app0).today_count).toBe(0);
      expect(last()).toMatchObject({ status: 0, fault: 'reset', flags: ['chaos'] });
      expect((await h.api('/contacts?items_per_page=1')).status).toBe(200);
    });

    it('drop-after-commit: committed and journalled, the client sees a network error, a retry with the same id replays', async () => {
      one({ type: 'drop-after-commit' }, { method: 'POST', path: '/contacts' }, { times: 1 });
      const before = contacts();
      const body = newContact('Dropped Ltd', 'd'.repeat(32));
      expect(await outcome(h.api('/contacts', { method: 'POST', json: body }))).toBe('TypeError');
      expect(contacts()).toBe(before + 1);
      expect(last()).toMatchObject({ status: 201, fault: 'drop', chaos: [{ fault: 'drop-after-commit' }] });
      expect(inFlight()).toBe(0);
      const retry = await h.api('/contacts', { method: 'POST', json: body });
      expect(retry.status).toBe(201);
      expect(contacts()).toBe(before + 1);
      expect(last().flags).toContain('idempotent-replay');
    });

    it('truncate: status and headers, half of the body, then the connection closes', async () => {
      one({ type: 'truncate' }, { method: 'GET', path: '/contacts' });
      const res = await h.api('/contacts?items_per_page=20');
      expect(res.status).toBe(200);
      await expect(res.text()).rejects.toThrow();
      const e = last();
      expect(e.fault).toBe('truncate');
      expect(e.responseBody!.length).toBeGreaterThan(100);
    });

    it('hang: no answer until the client gives up', async () => {
      one({ type: 'hang' }, { method: 'GET', path: '/contacts' });
      const abort = new AbortController();
      const pending = outcome(h.api('/contacts', { signal: abort.signal }));
      await expect.poll(() => h.mock.admin.journal({ path: '/v3.1/contacts' }).length).toBe(1);
      let settled = false;
      void pending.then(() => (settled = true));
      await new Promise((r) => setTimeout(r, 30));
      expect(settled).toBe(false);
      abort.abort();
      expect(await pending).toBe('AbortError');
      expect(last()).toMatchObject({ status: 0, fault: 'hang' });
      h.mock.scenarios.clear();
      expect((await h.api('/contacts?items_per_page=1')).status).toBe(200);
    });
  });

  describe('HTTP', () => {
    it("status: Sage's error array by default; nothing behind it runs", async () => {
      one({ type: 'status', status: 503, retry_after: 30 }, { method: 'POST', path: '/contacts' });
      const before = contacts();
      const res = await h.api('/contacts', { method: 'POST', json: newContact('Never Ltd') });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect((await sageErrors(res))[0]!.$dataCode).toBe('ServiceUnavailable');
      expect(contacts()).toBe(before);
      expect(last()).toMatchObject({
        status: 503,
        errorCodes: ['ServiceUnavailable'],
        errorKeys: ['ServiceUnavailable'],
        chaos: [{ fault: 'status' }],
      });
    });

    it("status and unauthorized on the token endpoint answer in OAuth's shape", async () => {
      const p = pair();
      h.mock.scenarios.apply({
        name: 'test',
        steps: [
          { match: { surface: 'token' }, times: 1, fault: { type: 'status', status: 503, message: 'down for maintenance' } },
          { match: { surface: 'token' }, after: 1, times: 1, fault: { type: 'unauthorized' } },
        ],
      });
      const down = await refresh(p.refresh_token);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ error: 'server_error', error_description: 'down for maintenance' });
      const refused = await refresh(p.refresh_token);
      expect(refused.status).toBe(401);
      expect((await refused.json()).error).toBe('invalid_client');
      // Neither answer used the refresh token: it still works.
      expect((await refresh(p.refresh_token)).status).toBe(200);
    });

    it("a status the catalogue has no entry for keeps the generic entry's code", async () => {
      one({ type: 'status', status: 507 });
      const res = await h.api('/contacts');
      expect(res.status).toBe(507);
      expect((await sageErrors(res))[0]!.$dataCode).toBe('UnexpectedError');
    });

    it('status with an HTML body, as a front proxy sends a 502', async () => {
      one({ type: 'status', status: 502, body: 'html' });
      const res = await h.api('/contacts');
      expect(res.status).toBe(502);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<title>502 Bad Gateway</title>');
      one({ type: 'status', status: 504 });
      const json = await h.api('/contacts');
      expect(json.status).toBe(504);
      expect((await sageErrors(json))[0]!.$dataCode).toBe('GatewayTimeout');
    });

    it("rate-limit: 429 in Sage's format, Retry-After when asked", async () => {
      one({ type: 'rate-limit', retry_after: 7 });
      const res = await h.api('/contacts');
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect((await sageErrors(res))[0]!.$dataCode).toBe('TooManyRequests');
      expect(last().flags).toEqual(['chaos', 'rate-limited']);
    });

    it('unauthorized: 401 on a token that is valid', async () => {
      one({ type: 'unauthorized' }, { surface: 'api' }, { times: 1 });
      const token = h.token();
      const res = await h.api('/contacts', { token });
      expect(res.status).toBe(401);
      expect((await sageErrors(res))[0]!.$dataCode).toBe('AuthorizationFailure');
      expect((await h.api('/contacts', { token })).status).toBe(200);
    });
  });

  describe('Sage-level', () => {
    it("revoke-chain: the request's chain is revoked; its refresh token is refused afterwards", async () => {
      const p = pair();
      one({ type: 'revoke-chain' }, { method: 'GET', path: '/contacts' });
      expect((await h.api('/contacts', { token: p.access_token })).status).toBe(200);
      const res = await refresh(p.refresh_token);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe('invalid_grant');
      expect(h.mock.admin.chains({ client_id: app0 }).find((c) => c.revoked_at !== null)).toBeDefined();
    });

    it("expire-access-token: the request's own token expires and the request is refused 401", async () => {
      const p = pair();
      one({ type: 'expire-access-token' }, { surface: 'api' }, { times: 1 });
      const res = await h.api('/contacts', { token: p.access_token });
      expect(res.status).toBe(401);
      expect(last()).toMatchObject({ tokenState: 'expired', chaos: [{ fault: 'expire-access-token' }] });
      expect((await refresh(p.refresh_token)).status).toBe(200);
    });

    it('supersede-refresh-token: as if another worker refreshed first: invalid_grant', async () => {
      const p = pair();
      one({ type: 'supersede-refresh-token' }, { surface: 'token', path: '/token' }, { times: 1 });
      const res = await refresh(p.refresh_token);
      expect(res.status).toBe(400);
      expect((await res.json()).error_description).toMatch(/superseded/);
      expect(last().chaos).toEqual([{ scenario: 'test', step: 'the-step', fault: 'supersede-refresh-token' }]);
    });

    it("lead-business: the user's lead business moves; a client without X-Business lands elsewhere", async () => {
      const before = (await h.api('/contacts')).headers.get('x-business');
      one({ type: 'lead-business' }, { surface: 'api' }, { times: 1 });
      const res = await h.api('/contacts');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-business')).not.toBe(before);
      expect(h.mock.admin.world().users[0]!.lead_business_id).toBe(res.headers.get('x-business'));
    });

    it("subscription-off: the request's business loses its subscription: 401 (MSE)", async () => {
      one({ type: 'subscription-off' }, { surface: 'api' }, { times: 1 });
      const res = await h.api('/contacts', { business: gb });
      expect(res.status).toBe(401);
      expect((await sageErrors(res))[0]!.$message).toBe('No active subscription. (MSE)');
    });

    it('clock: the virtual clock jumps; the token of the next request has expired', async () => {
      const token = h.token();
      const start = h.mock.clock.now();
      one({ type: 'clock', advance_seconds: 300 }, { surface: 'api' }, { times: 1 });
      expect((await h.api('/contacts', { token })).status).toBe(200);
      expect(h.mock.clock.now() - start).toBe(300_000);
      expect((await h.api('/contacts', { token })).status).toBe(401);
    });

    it("limits: the app's limits are squeezed (here to nothing in flight: 429)", async () => {
      one({ type: 'limits', max_in_flight: 0 }, { surface: 'api' }, { times: 1 });
      const res = await h.api('/contacts');
      expect(res.status).toBe(429);
      expect(h.mock.admin.limits().defaults.concurrency).toBe(0);
    });

    it('churn: a deletion on the page just read makes the walker miss a record; an insertion grows the list', async () => {
      const all = (await (await h.api('/contacts?items_per_page=200', { business: gb })).json()).$items.map((i: { id: string }) => i.id);
      one({ type: 'churn', action: 'delete', count: 1 }, { method: 'GET', path: '/contacts' }, { times: 1 });
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(all.length / 5); page++) {
        const body = await (await h.api(`/contacts?items_per_page=5&page=${page}`, { business: gb })).json();
        seen.push(...body.$items.map((i: { id: string }) => i.id));
      }
      expect(all.length).toBeGreaterThan(10);
      expect(seen.length).toBe(all.length - 1);
      // Page 1 was read, then its first record deleted: everything moved up one place.
      expect(seen.slice(0, 5)).toEqual(all.slice(0, 5));
      expect(seen).not.toContain(all[5]);
      expect(h.mock.admin.journal({ method: 'DELETE' })).toHaveLength(0);
      expect(h.mock.scenarios.status()!.fired[0]!.detail).toBe(`deleted contacts ${all[0]}`);

      one({ type: 'churn', action: 'insert', count: 2 }, { method: 'GET', path: '/contacts' }, { times: 1 });
      const total = (await (await h.api('/contacts?items_per_page=5', { business: gb })).json()).$total;
      expect((await (await h.api('/contacts?items_per_page=5', { business: gb })).json()).$total).toBe(total + 2);
    });
  });

  describe('control plane', () => {
    const scenario: Scenario = {
      name: 'over-http',
      seed: 9,
      steps: [
        { name: 'first-post', match: { method: 'POST', path: '/contacts' }, times: 1, fault: { type: 'status', status: 500 } },
        { name: 'ten-minutes-in', at: { clock_offset_seconds: 600 }, fault: { type: 'revoke-chain', client_id: '*' } },
      ],
    };

    /** Checks a control-plane answer against the OpenAPI document, and returns its JSON. */
    const documented = async (method: string, path: string, res: Response) => {
      const text = await res.text();
      const spec = await ResponseValidator.load();
      expect(spec.validateExchange({ method, path, status: res.status, headers: res.headers, text })).toEqual([]);
      return text ? JSON.parse(text) : undefined;
    };

    it('PUT applies, GET shows counts and what remains, clock steps fire when the clock moves, DELETE clears', async () => {
      const put = await h.admin('/__mock/scenario', { method: 'PUT', json: scenario });
      expect(put.status).toBe(200);
      await documented('PUT', '/__mock/scenario', put.clone());
      expect((await put.json()).status.steps.map((s: { name: string }) => s.name)).toEqual(['first-post', 'ten-minutes-in']);
      expect((await h.api('/contacts', { method: 'POST', json: newContact('A') })).status).toBe(500);
      expect((await h.api('/contacts', { method: 'POST', json: newContact('B') })).status).toBe(201);
      const p = pair();
      expect((await h.admin('/__mock/clock/advance', { method: 'POST', json: { seconds: 601 } })).status).toBe(200);
      expect((await refresh(p.refresh_token)).status).toBe(400);
      const got = await documented('GET', '/__mock/scenario', await h.admin('/__mock/scenario'));
      expect(got.scenario.name).toBe('over-http');
      // Faulted exchanges and events, as the journal serves them, match the document.
      await documented('GET', '/__mock/journal', await h.admin('/__mock/journal'));
      expect(got.status.steps).toMatchObject([
        { name: 'first-post', matched: 2, fired: 1, remaining: 0 },
        { name: 'ten-minutes-in', trigger: 'clock', fired: 1, remaining: 0 },
      ]);
      expect(got.status.fired.map((f: { step: string; path: string | null }) => [f.step, f.path])).toEqual([
        ['first-post', '/v3.1/contacts'],
        ['ten-minutes-in', null],
      ]);
      // The clock step, carried by no request, is journalled as an event.
      const events = h.mock.admin.journal().filter((e) => e.surface === 'chaos');
      expect(events).toMatchObject([
        { path: '/scenario/over-http/ten-minutes-in', flags: ['chaos', 'chaos-event'], responseBody: 'revoked 2 chains' },
      ]);
      await documented('DELETE', '/__mock/scenario', await h.admin('/__mock/scenario', { method: 'DELETE' }));
      expect((await h.admin('/__mock/scenario')).status).toBe(404);
      expect((await h.api('/contacts', { method: 'POST', json: newContact('C') })).status).toBe(201);
    });

    it('PUT refuses a bad scenario with a 422 naming each field, and keeps the active one', async () => {
      h.mock.scenarios.apply(scenario);
      const bad = {
        name: 'bad',
        steps: [
          { match: { path: '/nowhere' }, fault: { type: 'explode' } },
          { at: {}, probability: 3, fault: { type: 'clock', advance_seconds: 1 } },
        ],
      };
      const res = await h.admin('/__mock/scenario', { method: 'PUT', json: bad });
      expect(res.status).toBe(422);
      const errors = await sageErrors(res);
      expect(errors.map((e) => e.$source)).toEqual(['steps[0].fault.type', 'steps[1].at.clock_offset_seconds', 'steps[1].probability']);
      expect(errors[0]!.$message).toMatch(/unknown fault type "explode"/);
      expect(h.mock.scenarios.status()!.name).toBe('over-http');
    });
  });
});

describe.each(ADAPTERS)('a slow scenario fills the in-flight limit through %s', (adapter) => {
  let open!: () => void;
  const held = new Promise<void>((r) => (open = r));
  const h = useHarness(adapter, { sleep: () => held });

  it('150 slow requests are in flight together and the 151st gets 429', async () => {
    h.mock.scenarios.apply({ name: 'slow', steps: [{ match: { surface: 'api' }, fault: { type: 'latency', ms: 2000 } }] });
    const token = h.token();
    const app = h.world.apps[0]!.client_id;
    const requests = Array.from({ length: 150 }, () => h.api('/contacts?items_per_page=1', { token }));
    await expect.poll(() => h.mock.state.limits.appView(app).in_flight, { timeout: 10_000 }).toBe(150);
    const refused = await h.api('/contacts?items_per_page=1', { token });
    expect(refused.status).toBe(429);
    expect(h.mock.admin.journal().at(-1)!.flags).toContain('concurrency-limit-exceeded');
    open();
    const statuses = await Promise.all(requests.map((p) => p.then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(h.mock.state.limits.appView(app).in_flight).toBe(0);
    h.mock.scenarios.clear();
  });
});

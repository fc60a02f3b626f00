/**
 * Scenarios in the core (no transport): reading and refusing files, reproducibility, the random
 * stream apart from the world's, reset and clear, clock steps.
 */
import { describe, expect, it } from 'vitest';
import { createSageMock, type JournalEntry, type Scenario, type SageMock } from '../../mock/index.ts';
import { builtInNames, loadScenario, parseScenario, ScenarioError } from '../../mock/chaos/load.ts';

const noSleep = async () => {};

async function tenant(mock: SageMock) {
  const w = mock.admin.world();
  const t = mock.admin.connect({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id });
  return {
    headers: { authorization: `Bearer ${t.access_token}`, 'content-type': 'application/json' },
    business: w.users[0]!.lead_business_id!,
  };
}

/** The same 60 requests every time: reads, writes and a walk. */
async function workload(mock: SageMock): Promise<void> {
  const { headers } = await tenant(mock);
  for (let i = 0; i < 20; i++) {
    await mock.handle({ method: 'GET', url: `/v3.1/contacts?items_per_page=5&page=${(i % 4) + 1}`, headers });
    await mock.handle({
      method: 'POST',
      url: '/v3.1/contacts',
      headers,
      body: JSON.stringify({ contact: { name: `C${i}`, contact_type_ids: ['CUSTOMER'] } }),
    });
    await mock.handle({ method: 'GET', url: '/v3.1/tax_rates', headers });
  }
}

const FLAKY: Scenario = {
  name: 'flaky',
  seed: 5,
  steps: [
    { name: 'errors', match: { surface: 'api' }, probability: 0.2, fault: { type: 'status', status: 503 } },
    { name: 'drops', match: { method: 'POST', path: '/contacts' }, probability: 0.3, fault: { type: 'drop-after-commit' } },
    { name: 'slow', match: { surface: 'api' }, probability: 0.3, fault: { type: 'latency', ms: 100, jitter_ms: 50 } },
    { name: 'churn', match: { method: 'GET', path: '/contacts' }, after: 2, times: 2, fault: { type: 'churn', action: 'delete' } },
  ],
};

const withoutDurations = (entries: JournalEntry[]) => JSON.stringify(entries.map(({ durationMs: _d, startedMs: _s, ...rest }) => rest));

async function run(scenario: Scenario | null): Promise<{ journal: string; mock: SageMock }> {
  const mock = await createSageMock({ seed: 42, sleep: noSleep });
  if (scenario) mock.scenarios.apply(scenario);
  await workload(mock);
  return { journal: withoutDurations(mock.admin.journal()), mock };
}

describe('reproducible', () => {
  it('the same scenario, seed and requests give a byte-identical journal; another seed differs', async () => {
    const a = await run(FLAKY);
    const b = await run(FLAKY);
    expect(a.journal).toBe(b.journal);
    const faulted = a.mock.admin.journal().filter((e) => e.chaos);
    expect(faulted.length).toBeGreaterThan(10);
    expect(new Set(faulted.flatMap((e) => e.chaos!.map((c) => c.step)))).toEqual(new Set(['errors', 'drops', 'slow', 'churn']));
    const c = await run({ ...FLAKY, seed: 6 });
    expect(c.journal).not.toBe(a.journal);
    expect(a.mock.scenarios.status()).toEqual(b.mock.scenarios.status());
  });

  it("the scenario's stream is its own: applying one changes no world id, and unfired steps change nothing", async () => {
    const plain = await run(null);
    const idle = await run({
      name: 'idle',
      seed: 99,
      steps: [{ match: { method: 'DELETE', path: '/contacts/*' }, probability: 0.5, fault: { type: 'reset' } }],
    });
    expect(idle.mock.admin.world()).toEqual(plain.mock.admin.world());
    expect(idle.journal).toBe(plain.journal);
  });
});

describe('matching', () => {
  it('after skips, times bounds, globs and ids select', async () => {
    const mock = await createSageMock({ seed: 42, sleep: noSleep });
    const w = mock.admin.world();
    const { headers, business } = await tenant(mock);
    const other = w.users[0]!.businesses.find((b) => b.id !== business)!.id;
    mock.scenarios.apply({
      name: 'selective',
      steps: [
        {
          name: 'third-and-fourth',
          match: { method: 'GET', path: '/tax_rates' },
          after: 2,
          times: 2,
          fault: { type: 'status', status: 500 },
        },
        { name: 'one-segment', match: { path: '/contacts/*' }, fault: { type: 'status', status: 501 } },
        { name: 'any-depth', match: { path: '/ledger_accounts/**' }, fault: { type: 'status', status: 502 } },
        { name: 'this-app', match: { client_id: w.apps[0]!.client_id, path: '/bank_accounts' }, fault: { type: 'status', status: 503 } },
        { name: 'other-app', match: { client_id: w.apps[1]!.client_id, path: '/contact_types' }, fault: { type: 'status', status: 504 } },
        { name: 'other-business', match: { business_id: other, path: '/contacts' }, fault: { type: 'status', status: 418 } },
      ],
    });
    const status = async (url: string, extra: Record<string, string> = {}) =>
      (await mock.handle({ method: 'GET', url: `/v3.1${url}`, headers: { ...headers, ...extra } })).status;
    const taxes = [];
    for (let i = 0; i < 6; i++) taxes.push(await status('/tax_rates'));
    expect(taxes).toEqual([200, 200, 500, 500, 200, 200]);
    expect(await status('/contacts/abc')).toBe(501);
    expect(await status('/contacts')).toBe(200);
    expect(await status('/ledger_accounts')).toBe(200);
    const account = JSON.parse((await mock.handle({ method: 'GET', url: '/v3.1/ledger_accounts?items_per_page=1', headers })).body)
      .$items[0].id;
    expect(await status(`/ledger_accounts/${account}`)).toBe(502);
    expect(await status('/bank_accounts')).toBe(503);
    expect(await status('/contact_types')).toBe(200);
    expect(await status('/contacts', { 'x-business': other })).toBe(418);
    expect(mock.scenarios.status()!.steps.map((s) => [s.name, s.matched, s.fired])).toEqual([
      ['third-and-fourth', 6, 2],
      ['one-segment', 1, 1],
      ['any-depth', 1, 1],
      ['this-app', 1, 1],
      ['other-app', 0, 0],
      ['other-business', 1, 1],
    ]);
  });
});

describe('reset and clear', () => {
  it('a reset keeps the scenario and restarts its counters; clear removes it', async () => {
    const mock = await createSageMock({ seed: 42, sleep: noSleep });
    mock.scenarios.apply({ name: 'once', steps: [{ match: { surface: 'api' }, times: 1, fault: { type: 'status', status: 500 } }] });
    let { headers } = await tenant(mock);
    const get = () => mock.handle({ method: 'GET', url: '/v3.1/contacts', headers }).then((r) => r.status);
    expect([await get(), await get()]).toEqual([500, 200]);
    expect(mock.scenarios.status()!.steps[0]).toMatchObject({ fired: 1, remaining: 0, matched: 2 });
    await mock.reset();
    ({ headers } = await tenant(mock));
    expect(mock.scenarios.status()!.steps[0]).toMatchObject({ fired: 0, remaining: 1, matched: 0 });
    expect(mock.scenarios.status()!.fired).toEqual([]);
    expect([await get(), await get()]).toEqual([500, 200]);
    mock.scenarios.clear();
    expect(mock.scenarios.status()).toBeNull();
    await mock.reset();
    ({ headers } = await tenant(mock));
    expect(await get()).toBe(200);
  });

  it('clock steps fire once due, as requests arrive or when the clock is moved, and again after a reset', async () => {
    const mock = await createSageMock({ seed: 42, sleep: noSleep });
    mock.scenarios.apply({
      name: 'offline',
      steps: [
        { name: 'squeeze', at: { clock_offset_seconds: 0 }, fault: { type: 'limits', daily_quota: 5 } },
        { name: 'month', at: { clock_offset_seconds: 60 }, fault: { type: 'clock', advance_seconds: 31 * 86400 } },
        {
          name: 'after-month',
          at: { clock_offset_seconds: 31 * 86400 },
          fault: { type: 'subscription-off', business_id: mock.admin.world().businesses[0]!.id },
        },
      ],
    });
    await mock.chaos.settled();
    expect(mock.admin.limits().defaults.daily_quota).toBe(5);
    expect(mock.admin.world().businesses[0]!.subscription_active).toBe(true);
    const start = mock.clock.now();
    mock.clock.advance(59_000);
    const { headers } = await tenant(mock);
    await mock.handle({ method: 'GET', url: '/v3.1/contacts', headers });
    expect(mock.scenarios.status()!.steps.map((s) => s.fired)).toEqual([1, 0, 0]);
    // Moved through the control plane: due steps fire, and a step that moves the clock makes the next one due.
    mock.admin.advanceClock(1);
    await mock.chaos.settled();
    expect(mock.scenarios.status()!.steps.map((s) => s.fired)).toEqual([1, 1, 1]);
    expect(mock.clock.now() - start).toBe(60_000 + 31 * 86400_000);
    expect(mock.admin.world().businesses[0]!.subscription_active).toBe(false);
    const events = mock.admin.journal().filter((e) => e.surface === 'chaos');
    expect(events.map((e) => e.path)).toEqual(['/scenario/offline/squeeze', '/scenario/offline/month', '/scenario/offline/after-month']);
    await mock.reset();
    await mock.chaos.settled();
    expect(mock.scenarios.status()!.steps.map((s) => s.fired)).toEqual([1, 0, 0]);
    expect(mock.admin.limits().defaults.daily_quota).toBe(5);
    expect(mock.admin.world().businesses[0]!.subscription_active).toBe(true);
  });
});

describe('refused scenarios', () => {
  const refusal = (text: string) => {
    try {
      parseScenario(text, 'file.yaml');
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      return (e as ScenarioError).issues.map((i) => `${i.field}@${i.line}: ${i.message}`);
    }
    throw new Error('accepted');
  };

  it('names the field and the line of every error in a YAML file', () => {
    expect(
      refusal(`name: bad
steps:
  - match: { method: GET, path: /contacts }
    fault: { type: explode }
  - match:
      surface: moon
    probability: 1.5
    fault: { type: reset }
  - at: { }
    fault: { type: clock, advance_seconds: 10 }
  - match: { path: /contacts }
    colour: red
    fault: { type: latency }
`),
    ).toEqual([
      'steps[0].fault.type@4: unknown fault type "explode"',
      'steps[1].match.surface@6: must be one of api, token, authorize',
      'steps[1].probability@7: must be <= 1',
      'steps[2].at.clock_offset_seconds@9: is required',
      'steps[3].colour@12: is not a known field',
      'steps[3].fault.ms@13: is required',
    ]);
  });

  it('refuses matches that can never match and faults a clock step cannot carry', () => {
    expect(
      refusal(`name: impossible
steps:
  - match: { path: /invoices_of_the_moon }
    fault: { type: reset }
  - match: { path: /__mock/world }
    fault: { type: reset }
  - match: { method: DELETE, path: /tax_rates }
    fault: { type: reset }
  - at: { clock_offset_seconds: 5 }
    fault: { type: latency, ms: 5 }
  - at: { clock_offset_seconds: 5 }
    fault: { type: subscription-off }
  - match: { method: POST, path: /contacts }
    fault: { type: churn }
  - match: { surface: token, business_id: abc }
    fault: { type: reset }
  - match: { method: GET, path: /contacts/* }
    fault: { type: churn }
`),
    ).toEqual([
      'steps[0].match.path@3: no route of the api surface matches /invoices_of_the_moon: this step can never match',
      'steps[1].match.path@5: the control plane is never faulted: this path can never match',
      'steps[2].match.path@7: no DELETE route of the api surface matches /tax_rates: this step can never match',
      'steps[3].fault.type@10: latency needs a request: use match, not at',
      'steps[4].fault.business_id@12: a clock step has no request to take the business from: give business_id',
      'steps[5].match.method@13: churn happens between the pages of a walk: match GET',
      'steps[6].match.business_id@15: token requests have no business: this step can never match',
      'steps[7].match.path@17: churn changes the listed resource: match a list path (GET /contacts)',
    ]);
  });

  it('reports a YAML syntax error with its line, and reads JSON too', () => {
    expect(refusal('name: x\nsteps:\n  - match: { path: /contacts\n    fault: x\n')[0]).toMatch(/^\(syntax\)@\d+: /);
    expect(
      parseScenario(JSON.stringify({ name: 'json', steps: [{ match: { path: '/contacts/*' }, fault: { type: 'reset' } }] })).name,
    ).toBe('json');
  });

  it('applies nothing when refused (the active scenario stays), and refuses ids the world does not have', async () => {
    const mock = await createSageMock({ seed: 42 });
    mock.scenarios.apply({ name: 'keep', steps: [{ fault: { type: 'reset' } }] });
    expect(() => mock.scenarios.apply({ name: 'bad', steps: [{ fault: { type: 'nope' } }] } as unknown as Scenario)).toThrow(ScenarioError);
    expect(() => mock.scenarios.apply({ name: 'ghost', steps: [{ match: { client_id: 'ghost-app' }, fault: { type: 'reset' } }] })).toThrow(
      'steps[0].match.client_id: no client ghost-app in this world: this step can never act',
    );
    expect(mock.scenarios.status()!.name).toBe('keep');
  });

  it('every built-in is valid and has its incident paragraph', () => {
    expect(builtInNames()).toEqual([
      'dropped-writes',
      'flaky-network',
      'lead-drift',
      'month-offline',
      'pagination-churn',
      'rate-limit-storm',
      'slow-sage',
      'token-storm',
    ]);
    for (const name of builtInNames()) {
      const s = loadScenario(name);
      expect(s.name).toBe(name);
      expect(s.description!.length, name).toBeGreaterThan(300);
    }
  });
});

/**
 * What an active scenario costs a request it does not fault: `GET /v3.1/contacts` in-process
 * (`mock.handle`, no sockets) on three mocks from the same seed: no scenario; a scenario of
 * twenty request steps whose matches select nothing this request is (other methods, paths,
 * apps, users, businesses); and the same plus five clock steps not yet due. Timed round-robin in
 * one process, so drift of the machine falls on all three; the ratios compare medians.
 *
 * Target (issue 9): an active scenario whose steps match nothing stays within 5% of none.
 * Bounded: about 10 s.
 */
import { round, sampleInterleaved, summarize } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';
import type { Scenario } from '../../mock/chaos/types.ts';

export const name = 'chaos';

const PATH = '/v3.1/contacts';

function idleScenario(clockSteps: boolean): Scenario {
  const steps: Scenario['steps'] = [
    { match: { method: 'POST', path: '/contacts' }, fault: { type: 'drop-after-commit' } },
    { match: { method: 'DELETE', path: '/contacts/*' }, fault: { type: 'reset' } },
    { match: { method: 'GET', path: '/sales_invoices' }, fault: { type: 'latency', ms: 500 } },
    { match: { method: 'GET', path: '/tax_rates' }, probability: 0.5, fault: { type: 'status', status: 503 } },
    { match: { surface: 'token' }, fault: { type: 'supersede-refresh-token' } },
    { match: { method: 'PUT', path: '/contacts/*' }, fault: { type: 'truncate' } },
    { match: { method: 'GET', path: '/ledger_accounts/**' }, fault: { type: 'rate-limit' } },
    { match: { method: 'GET', path: '/contacts', client_id: 'another-app' }, fault: { type: 'unauthorized' } },
    { match: { method: 'GET', path: '/contacts', user_id: 'another-user' }, fault: { type: 'hang' } },
    { match: { method: 'GET', path: '/contacts', business_id: 'another-business' }, fault: { type: 'subscription-off' } },
  ];
  for (let i = 0; i < 10; i++)
    steps.push({ match: { method: 'GET', path: `/bank_accounts/*` }, after: i, fault: { type: 'latency', ms: i } });
  if (clockSteps)
    for (let i = 1; i <= 5; i++) steps.push({ at: { clock_offset_seconds: 86_400 * i }, fault: { type: 'clock', advance_seconds: 1 } });
  return { name: `idle${clockSteps ? '-with-clock' : ''}`, seed: 3, steps };
}

export async function run(): Promise<SuiteResult> {
  const { createSageMock } = await import('../../mock/sage-mock.ts');
  const make = async (scenario: Scenario | null) => {
    const mock = await createSageMock({ seed: 42 });
    const w = mock.admin.world();
    const token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
    if (scenario) {
      // The world's ids the steps name must exist: point the id-matching steps at other real ones.
      const other = JSON.parse(
        JSON.stringify(scenario)
          .replaceAll('another-app', w.apps[1]!.client_id)
          .replaceAll('another-user', w.users[1]!.id)
          .replaceAll('another-business', w.businesses.at(-1)!.id),
      ) as Scenario;
      mock.scenarios.apply(other);
    }
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
    return async () => {
      const res = await mock.handle({ method: 'GET', url: PATH, headers });
      if (res.status !== 200 || res.fault) throw new Error(`GET answered ${res.status}`);
    };
  };
  const none = await make(null);
  const idle = await make(idleScenario(false));
  const idleClock = await make(idleScenario(true));
  const [sNone, sIdle, sClock] = (await sampleInterleaved([none, idle, idleClock], { warmup: 500, iterations: 30_000, maxMs: 8_000 })).map(
    (xs) => summarize(xs!),
  );
  const metrics: Metric[] = [
    { name: 'in-process GET /contacts, no scenario: median', value: round(sNone!.median * 1000), unit: 'µs', note: `n=${sNone!.n}` },
    {
      name: 'in-process GET /contacts, 20 idle request steps: median',
      value: round(sIdle!.median * 1000),
      unit: 'µs',
      note: `n=${sIdle!.n}`,
    },
    {
      name: 'in-process GET /contacts, 20 idle request steps + 5 clock steps not due: median',
      value: round(sClock!.median * 1000),
      unit: 'µs',
      note: `n=${sClock!.n}`,
    },
    {
      name: 'idle scenario / no scenario (median)',
      value: round(sIdle!.median / sNone!.median, 3),
      unit: 'x',
      note: 'target: at most 1.05',
    },
    {
      name: 'idle scenario with clock steps / no scenario (median)',
      value: round(sClock!.median / sNone!.median, 3),
      unit: 'x',
      note: 'target: at most 1.05',
    },
  ];
  return { name, metrics };
}

/**
 * The chaos engine's per-request work (the chaos steps, step.ts) and applying a scenario.
 *
 * On a request (the chaos step, before limits):
 *  1. due clock steps fire (they also fire when the clock is moved through the control plane);
 *  2. each request step whose match selects the request counts it; past `after`, within `times`
 *     and when the seeded draw falls under `probability`, it fires;
 *  3. Sage-level faults change the state, then the request goes on; an HTTP fault, `reset` or
 *     `hang` answers instead of the request (nothing behind it runs or is counted);
 *  4. `latency` is waited in the chaos-latency step, inside the limits step's in-flight window, so
 *     a slow request really occupies a place; `slow-body` keeps its place while the body goes out;
 *  5. after the answer: `drop-after-commit` and `truncate` become the transport's fault
 *     instruction, and `churn` changes the listed resource.
 */
import type { RequestContext, SageMock } from '../context.ts';
import type { MockResponse } from '../core/http.ts';
import { apiError } from '../core/errors.ts';
import { credentialOf } from '../auth/step.ts';
import type { RequestFacts } from './match.ts';
import { checkScenario, ScenarioError, type ScenarioIssue } from './load.ts';
import { answerFor, sageFault } from './faults.ts';
import { churn } from './churn.ts';
import type { ChaosState, CompiledStep, Plan } from './state.ts';
import type { FaultFiring, Scenario, ScenarioApi, ScenarioStatus } from './types.ts';
import { GLOBAL, type AppRecord, type BusinessRecord, type UserRecord } from '../world/types.ts';
import { emptyFacts } from '../journal/journal.ts';

/**
 * The chaos step. A request no step selects costs the step matches and nothing else (no await, no
 * allocation), so an idle scenario stays cheap.
 */
export function chaosRun(ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse> {
  const chaos = ctx.mock.chaos;
  if (!chaos.active || ctx.surface === 'admin') return next();
  if (chaos.due) return chaos.tick().then(() => runSteps(chaos, ctx, next));
  return runSteps(chaos, ctx, next);
}

function runSteps(chaos: ChaosState, ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse> {
  const firing = chaos.active ? chaos.select(ctx, () => requestFacts(ctx)) : null;
  return firing === null ? next() : fault(chaos, ctx, next, firing.steps, firing.facts);
}

async function fault(
  chaos: ChaosState,
  ctx: RequestContext,
  next: () => Promise<MockResponse>,
  steps: CompiledStep[],
  facts: RequestFacts,
): Promise<MockResponse> {
  const scenario = chaos.scenario!;
  const mock = ctx.mock;
  let delayMs = 0;
  let slowBody: number | null = null;
  const later: CompiledStep[] = [];
  for (const step of steps) {
    const f = step.step.fault;
    mark(ctx, scenario, step);
    switch (f.type) {
      case 'latency': {
        const jitter = f.jitter_ms ? Math.round((chaos.draw() * 2 - 1) * f.jitter_ms) : 0;
        const ms = Math.max(0, f.ms + jitter);
        delayMs += ms;
        chaos.log(step, ctx, `waited ${ms} ms`);
        break;
      }
      case 'slow-body':
        slowBody = f.bytes_per_second;
        chaos.log(step, ctx, `body at ${f.bytes_per_second} bytes/s`);
        break;
      case 'drop-after-commit':
      case 'truncate':
      case 'churn':
        later.push(step);
        break;
      case 'reset':
      case 'hang':
      case 'status':
      case 'rate-limit':
      case 'unauthorized': {
        const res = answerFor(f, ctx);
        chaos.log(step, ctx, f.type === 'reset' || f.type === 'hang' ? f.type : `answered ${res.status}`);
        return res;
      }
      default: {
        chaos.log(step, ctx, await sageFault(mock, f, ctx, facts));
        // The request is routed with its user as the fault left them (their new lead business).
        const c = ctx.credential;
        if (f.type === 'lead-business' && c?.ok) {
          const user = mock.state.store.collection<UserRecord>(GLOBAL, 'users').get(c.user.id);
          if (user) ctx.credential = { ...c, user };
        }
        // This request's own token expired at its arrival: that is the verdict it is served under.
        if (f.type === 'expire-access-token' && f.client_id === undefined && f.user_id === undefined && ctx.surface === 'api') {
          ctx.credential = { ok: false, error: 'ExpiredToken' };
          ctx.facts.tokenState = 'expired';
        }
      }
    }
  }
  if (delayMs > 0 || slowBody !== null) chaos.plans.set(ctx, { delayMs, slowBody });
  let res = await next();
  for (const step of later) {
    const f = step.step.fault;
    if (f.type === 'drop-after-commit') {
      res = { ...res, fault: { kind: 'drop' } };
      chaos.log(step, ctx, `committed ${res.status}, then dropped`);
    } else if (f.type === 'truncate') {
      const bytes = Math.floor(Buffer.byteLength(res.body) / 2);
      res = { ...res, fault: { kind: 'truncate', bytes } };
      chaos.log(step, ctx, `${bytes} bytes of ${res.status}, then closed`);
    } else if (f.type === 'churn') {
      chaos.log(step, ctx, await churn(mock, f, ctx, res));
    }
  }
  return res;
}

/**
 * The chaos-latency step, inside the limits step's in-flight window: waits the request's latency,
 * and keeps a slow body's place while the adapter sends it.
 */
export function chaosHold(ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse> {
  const chaos = ctx.mock.chaos;
  const plan = chaos.active ? chaos.plans.get(ctx) : undefined;
  // A request no step selected passes straight on: no promise of its own on the common path.
  return plan ? holdFor(plan, ctx, next) : next();
}

async function holdFor(plan: Plan, ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse> {
  const sleep = ctx.mock.options.sleep;
  if (plan.delayMs > 0) await sleep(plan.delayMs);
  const res = await next();
  if (plan.slowBody === null || ctx.method === 'HEAD' || res.body.length === 0) return res;
  const bytesPerSecond = plan.slowBody;
  const ms = Math.ceil((Buffer.byteLength(res.body) / bytesPerSecond) * 1000);
  // The request keeps its in-flight place until the body has had time to go out.
  const clientId = ctx.auth?.app.client_id;
  const limits = ctx.mock.state.limits;
  if (clientId !== undefined && ctx.surface === 'api' && limits.options.enabled) {
    const counters = limits.counters(clientId, ctx.at);
    counters.inFlight++;
    void sleep(ms).finally(() => counters.inFlight--);
  }
  return { ...res, fault: { kind: 'slow-body', bytesPerSecond } };
}

/**
 * Who sent the request and for which business. On the API: the bearer token as judged at arrival
 * (`credentialOf`, the one verdict limits and auth read too, so asking here costs nothing more);
 * on the token endpoint: the chain of the refresh token in the body.
 */
function requestFacts(ctx: RequestContext): RequestFacts {
  const tokens = ctx.mock.state.tokens;
  if (ctx.surface === 'api') {
    const c = credentialOf(ctx);
    const f = ctx.facts;
    const header = ctx.req.headers['x-business'];
    const businessId = header ? header.trim() : c.ok ? c.user.lead_business_id : null;
    return { clientId: f.clientId, userId: f.userId, chainId: f.chainId, tokenId: f.tokenId, businessId };
  }
  const facts: RequestFacts = { clientId: null, userId: null, chainId: null, tokenId: null, businessId: null };
  if (ctx.surface === 'token' && ctx.req.body) {
    const refresh = new URLSearchParams(ctx.req.body).get('refresh_token');
    const rec = refresh ? tokens.refreshRecord(refresh) : undefined;
    const chain = rec ? tokens.chain(rec.chainId) : undefined;
    if (chain) Object.assign(facts, { clientId: chain.clientId, userId: chain.userId, chainId: chain.id });
  }
  return facts;
}

function mark(ctx: RequestContext, scenario: Scenario, step: CompiledStep): void {
  const f = ctx.facts;
  if (!f.flags.includes('chaos')) f.flags.push('chaos');
  (f.chaos ??= []).push({ scenario: scenario.name, step: step.name, fault: step.step.fault.type });
}

/** A clock step's fault, carried by no request, journalled as an event. */
export function journalEvent(mock: SageMock, scenario: Scenario, step: CompiledStep, firing: FaultFiring, requestId: string): void {
  const journal = mock.state.journal;
  const at = mock.clock.now();
  journal.append({
    seq: journal.nextSeq(),
    requestId,
    time: new Date(at).toISOString(),
    at,
    durationMs: 0,
    startedMs: Math.round((performance.now() - journal.origin) * 1000) / 1000,
    surface: 'chaos',
    method: 'EVENT',
    path: `/scenario/${scenario.name}/${step.name}`,
    query: {},
    headers: {},
    body: JSON.stringify(step.step.fault),
    status: 0,
    responseBody: firing.detail,
    responseHeaders: {},
    ...emptyFacts(),
    flags: ['chaos', 'chaos-event'],
    chaos: [{ scenario: scenario.name, step: step.name, fault: step.step.fault.type }],
    errorCodes: [],
    errorKeys: [],
    fault: null,
  });
}

/** Validates (schema, matches, ids of the world) and installs; a refused scenario changes nothing. */
function applyScenario(mock: SageMock, input: unknown): ScenarioStatus {
  const scenario = structuredClone(checkScenario(input, { routes: mock.router.routes }));
  const issues = worldIssues(mock, scenario);
  if (issues.length > 0) throw new ScenarioError(issues);
  mock.chaos.install(scenario);
  return mock.chaos.status()!;
}

/** `mock.scenarios`: the in-process side of `/__mock/scenario`. */
export function scenarioApi(mock: SageMock): ScenarioApi {
  return {
    apply: (scenario) => applyScenario(mock, scenario),
    clear: () => mock.chaos.clear(),
    status: () => mock.chaos.status(),
  };
}

/** Ids a scenario names must exist in the world now: a step naming an unknown one could never act. */
function worldIssues(mock: SageMock, s: Scenario): ScenarioIssue[] {
  const store = mock.state.store;
  const known = {
    client_id: (id: string) => store.collection<AppRecord>(GLOBAL, 'apps').has(id),
    user_id: (id: string) => store.collection<UserRecord>(GLOBAL, 'users').has(id),
    business_id: (id: string) => store.collection<BusinessRecord>(GLOBAL, 'businesses').has(id),
  };
  const out: ScenarioIssue[] = [];
  s.steps.forEach((step, i) => {
    for (const [where, obj] of [
      ['match', step.match],
      ['fault', step.fault],
    ] as const) {
      if (!obj) continue;
      for (const key of ['client_id', 'user_id', 'business_id'] as const) {
        const v = (obj as Record<string, unknown>)[key];
        if (typeof v === 'string' && v !== '*' && !known[key](v)) {
          out.push({
            field: `steps[${i}].${where}.${key}`,
            line: null,
            message: `no ${key.replace('_id', '')} ${v} in this world: this step can never act`,
          });
        }
      }
    }
  });
  return out;
}

/** A Sage 422 for the control plane from a refused scenario (every issue, each naming its field). */
export function scenarioRefusal(e: ScenarioError): never {
  const err = apiError('RecordInvalid', { source: e.issues[0]?.field ?? 'base', message: e.issues[0]?.message ?? e.message });
  err.items.splice(
    0,
    err.items.length,
    ...e.issues.map((i) => ({
      $severity: 'error' as const,
      $dataCode: 'RecordInvalid',
      $message: `${i.field}${i.line !== null ? ` (line ${i.line})` : ''}: ${i.message}`,
      $source: i.field,
    })),
  );
  throw err;
}

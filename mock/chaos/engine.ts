/**
 * The chaos engine: the active scenario, its seeded random stream, its step counters and the log
 * of firings. It belongs to the mock (not to `mock.state`), so a reset keeps the scenario and
 * restarts its counters, its clock offsets and its stream, as latches are kept; `clear` removes it.
 *
 * Its random stream is seeded from the scenario's `seed` alone, apart from the world's streams:
 * applying a scenario changes no world id, and the same scenario, seed and requests draw the same
 * numbers, so the same requests are faulted.
 *
 * On a request (the chaos pipeline step, before limits):
 *  1. due clock steps fire (they also fire when the clock is moved through the control plane);
 *  2. each request step whose match selects the request counts it; past `after`, within `times`
 *     and when the seeded draw falls under `probability`, it fires;
 *  3. Sage-level faults change the state, then the request goes on; an HTTP fault, `reset` or
 *     `hang` answers instead of the request (nothing behind it runs or is counted);
 *  4. `latency` waits inside the limits step's in-flight window (`hold`), so a slow request
 *     really occupies a place; `slow-body` keeps its place while the body trickles out;
 *  5. after the answer: `drop-after-commit` and `truncate` become the transport's fault
 *     instruction, and `churn` changes the listed resource.
 */
import type { SageMock } from '../core/engine.ts';
import type { RequestContext } from '../core/context.ts';
import type { MockResponse } from '../core/http.ts';
import { createRng, hashSeed, type Rng } from '../core/rng.ts';
import { apiError } from '../core/errors.ts';
import { CompiledMatch, requestFacts, type RequestFacts } from './match.ts';
import { checkScenario, ScenarioError, type ScenarioIssue } from './load.ts';
import { answerFor, churn, sageFault } from './faults.ts';
import type { FaultFiring, Scenario, ScenarioApi, ScenarioFault, ScenarioStatus, ScenarioStep } from './types.ts';
import { GLOBAL, type AppRecord, type BusinessRecord, type UserRecord } from '../world/types.ts';

const FIRED_KEPT = 1000;

interface CompiledStep {
  index: number;
  name: string;
  step: ScenarioStep;
  match: CompiledMatch | null;
  after: number;
  times: number | null;
  probability: number;
  /** Clock steps: seconds after the start. */
  offsetMs: number | null;
  matched: number;
  fired: number;
}

/** What a request carries from the chaos step into the limits window and out again. */
interface Plan {
  delayMs: number;
  slowBody: number | null;
}

/** One firing as the journal writes it on the faulted exchange (`chaos` on the entry). */
export interface ChaosMark {
  scenario: string;
  step: string;
  fault: string;
}

const RESOLVED = Promise.resolve();

export class ChaosEngine {
  readonly #mock: SageMock;
  #scenario: Scenario | null = null;
  #steps: CompiledStep[] = [];
  #requestSteps: CompiledStep[] = [];
  #byMethod = new Map<string, CompiledStep[]>();
  #anyMethod: CompiledStep[] = [];
  #clockSteps: CompiledStep[] = [];
  #rng: Rng = createRng(0);
  /** Request ids of journalled events: a stream of their own, so events never shift the fault draws. */
  #eventIds: Rng = createRng(0);
  #startedAt = 0;
  #fired: FaultFiring[] = [];
  #pending: Promise<void> = RESOLVED;
  #nextDueAt = Number.POSITIVE_INFINITY;
  readonly #plans = new WeakMap<RequestContext, Plan>();

  constructor(mock: SageMock) {
    this.#mock = mock;
  }

  get active(): boolean {
    return this.#scenario !== null;
  }

  get scenario(): Scenario | null {
    return this.#scenario;
  }

  /** Validates (schema, matches, ids of the world) and installs; a refused scenario changes nothing. */
  apply(input: unknown): ScenarioStatus {
    const scenario = structuredClone(checkScenario(input, { routes: this.#mock.router.routes }));
    const issues = this.#worldIssues(scenario);
    if (issues.length > 0) throw new ScenarioError(issues);
    this.#scenario = scenario;
    this.#steps = scenario.steps.map((step, index) => ({
      index,
      name: step.name ?? `step-${index + 1}`,
      step,
      match: step.at ? null : new CompiledMatch(step.match),
      after: step.after ?? 0,
      times: step.times ?? (step.at ? 1 : null),
      probability: step.probability ?? 1,
      offsetMs: step.at ? step.at.clock_offset_seconds * 1000 : null,
      matched: 0,
      fired: 0,
    }));
    this.#requestSteps = this.#steps.filter((s) => s.match !== null);
    // Steps by the method they match (HEAD also runs GET steps); steps of any method in every list.
    this.#anyMethod = this.#requestSteps.filter((s) => s.step.match?.method === undefined);
    this.#byMethod = new Map();
    for (const s of this.#requestSteps) {
      const m = s.step.match?.method?.toUpperCase();
      if (m === undefined) continue;
      for (const key of m === 'GET' ? ['GET', 'HEAD'] : [m]) if (!this.#byMethod.has(key)) this.#byMethod.set(key, this.#requestSteps.filter((x) => x.step.match?.method === undefined || [key, ...(key === 'HEAD' ? ['GET'] : [])].includes(x.step.match.method.toUpperCase())));
    }
    this.#clockSteps = this.#steps.filter((s) => s.offsetMs !== null);
    this.restart();
    return this.status()!;
  }

  clear(): void {
    this.#scenario = null;
    this.#steps = [];
    this.#requestSteps = [];
    this.#byMethod = new Map();
    this.#anyMethod = [];
    this.#clockSteps = [];
    this.#fired = [];
    this.#nextDueAt = Number.POSITIVE_INFINITY;
  }

  /** From the start again (after a reset): counters, clock offsets, random stream, firings. */
  restart(): void {
    if (!this.#scenario) return;
    for (const s of this.#steps) {
      s.matched = 0;
      s.fired = 0;
    }
    this.#rng = createRng(hashSeed(`chaos:${this.#scenario.seed ?? 1}`));
    this.#eventIds = this.#rng.fork('events');
    this.#startedAt = this.#mock.clock.now();
    this.#fired = [];
    this.#updateNextDue();
    void this.tick();
  }

  /** Resolves once every clock step that was due has done its work. */
  settled(): Promise<void> {
    return this.#pending;
  }

  status(): ScenarioStatus | null {
    const s = this.#scenario;
    if (!s) return null;
    return {
      name: s.name,
      description: s.description ?? null,
      seed: s.seed ?? 1,
      started_at: new Date(this.#startedAt).toISOString(),
      steps: this.#steps.map((c) => ({
        index: c.index,
        name: c.name,
        fault: c.step.fault.type,
        trigger: c.offsetMs === null ? 'request' : 'clock',
        matched: c.matched,
        fired: c.fired,
        remaining: c.times === null ? null : c.times - c.fired,
        due_at: c.offsetMs === null ? null : new Date(this.#startedAt + c.offsetMs).toISOString(),
      })),
      fired: this.#fired.map((f) => ({ ...f })),
    };
  }

  /** Fires the clock steps that are due (serially, after any still running). */
  tick(): Promise<void> {
    if (!this.#anyDue()) return this.#pending;
    this.#pending = this.#pending.then(() => this.#fireDue()).catch(() => undefined);
    return this.#pending;
  }

  /**
   * The chaos pipeline step. A request no step selects costs the step matches and nothing else
   * (no await, no allocation beyond the match), so an idle scenario stays cheap.
   */
  run(ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse> {
    if (this.#scenario === null || ctx.surface === 'admin') return next();
    if (this.#mock.clock.now() >= this.#nextDueAt) return this.tick().then(() => this.#runSteps(ctx, next));
    return this.#runSteps(ctx, next);
  }

  #runSteps(ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse> {
    const firing = this.#select(ctx);
    return firing === null ? next() : this.#fault(ctx, next, firing);
  }

  async #fault(ctx: RequestContext, next: () => Promise<MockResponse>, firing: { steps: CompiledStep[]; facts: RequestFacts }): Promise<MockResponse> {
    const scenario = this.#scenario!;
    const facts = firing.facts;
    const plan: Plan = { delayMs: 0, slowBody: null };
    const later: CompiledStep[] = [];
    for (const step of firing.steps) {
      const fault = step.step.fault;
      this.#mark(ctx, scenario, step);
      switch (fault.type) {
        case 'latency': {
          const jitter = fault.jitter_ms ? Math.round((this.#rng.next() * 2 - 1) * fault.jitter_ms) : 0;
          const ms = Math.max(0, fault.ms + jitter);
          plan.delayMs += ms;
          this.#log(step, ctx, `waited ${ms} ms`);
          break;
        }
        case 'slow-body':
          plan.slowBody = fault.bytes_per_second;
          this.#log(step, ctx, `body at ${fault.bytes_per_second} bytes/s`);
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
          const res = answerFor(fault, ctx);
          this.#log(step, ctx, fault.type === 'reset' || fault.type === 'hang' ? fault.type : `answered ${res.status}`);
          return res;
        }
        default: {
          const detail = await sageFault(this.#mock, fault, ctx, facts);
          this.#log(step, ctx, detail);
          // The request is routed with its user as the fault left them (their new lead business).
          const c = ctx.credential;
          if (fault.type === 'lead-business' && c?.ok) {
            const user = this.#mock.state.store.collection<UserRecord>(GLOBAL, 'users').get(c.user.id);
            if (user) ctx.credential = { ...c, user };
          }
          // This request's own token expired at its arrival: that is the verdict it is served under.
          if (fault.type === 'expire-access-token' && fault.client_id === undefined && fault.user_id === undefined && ctx.surface === 'api') {
            ctx.credential = { ok: false, error: 'ExpiredToken' };
            ctx.facts.tokenState = 'expired';
          }
        }
      }
    }
    if (plan.delayMs > 0 || plan.slowBody !== null) this.#plans.set(ctx, plan);
    let res = await next();
    for (const step of later) {
      const fault = step.step.fault;
      if (fault.type === 'drop-after-commit') {
        res = { ...res, fault: { kind: 'drop' } };
        this.#log(step, ctx, `committed ${res.status}, then dropped`);
      } else if (fault.type === 'truncate') {
        const bytes = Math.floor(Buffer.byteLength(res.body) / 2);
        res = { ...res, fault: { kind: 'truncate', bytes } };
        this.#log(step, ctx, `${bytes} bytes of ${res.status}, then closed`);
      } else if (fault.type === 'churn') {
        this.#log(step, ctx, await churn(this.#mock, fault, ctx, res));
      }
    }
    return res;
  }

  /**
   * Inside the limits step's in-flight window: waits the request's latency, and keeps a slow
   * body's place while the adapter sends it.
   */
  async hold(ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse> {
    const plan = this.#scenario === null ? undefined : this.#plans.get(ctx);
    if (!plan) return next();
    const sleep = this.#mock.options.sleep;
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

  #select(ctx: RequestContext): { steps: CompiledStep[]; facts: RequestFacts } | null {
    let steps: CompiledStep[] | null = null;
    let facts: RequestFacts | null = null;
    const steps_ = this.#byMethod.get(ctx.method) ?? this.#anyMethod;
    for (const s of steps_) {
      if (!s.match!.matchesShape(ctx)) continue;
      if (s.match!.needsFacts) {
        facts ??= requestFacts(ctx);
        if (!s.match!.matchesFacts(facts)) continue;
      }
      s.matched++;
      if (s.matched <= s.after) continue;
      if (s.times !== null && s.fired >= s.times) continue;
      if (s.probability < 1 && this.#rng.next() >= s.probability) continue;
      s.fired++;
      (steps ??= []).push(s);
    }
    if (steps === null) return null;
    return { steps, facts: facts ?? requestFacts(ctx) };
  }

  #anyDue(): boolean {
    return this.#mock.clock.now() >= this.#nextDueAt;
  }

  /** When the next clock step is due (Infinity when none is left): one comparison per request. */
  #updateNextDue(): void {
    let next = Number.POSITIVE_INFINITY;
    for (const s of this.#clockSteps) if (s.fired < (s.times ?? 1)) next = Math.min(next, this.#startedAt + s.offsetMs!);
    this.#nextDueAt = next;
  }

  async #fireDue(): Promise<void> {
    const scenario = this.#scenario;
    // A clock step that moves the clock may make the next one due: go round until none is.
    for (let guard = 0; scenario && guard < 10_000 && this.#anyDue(); guard++) {
      const now = this.#mock.clock.now();
      const step = this.#clockSteps.find((s) => s.fired < (s.times ?? 1) && this.#startedAt + s.offsetMs! <= now)!;
      step.fired++;
      this.#updateNextDue();
      const detail = await sageFault(this.#mock, step.step.fault, null, null);
      const firing = this.#log(step, null, detail);
      this.#journalEvent(scenario, step, firing);
    }
  }

  #mark(ctx: RequestContext, scenario: Scenario, step: CompiledStep): void {
    const f = ctx.facts;
    if (!f.flags.includes('chaos')) f.flags.push('chaos');
    (f.chaos ??= []).push({ scenario: scenario.name, step: step.name, fault: step.step.fault.type });
  }

  #log(step: CompiledStep, ctx: RequestContext | null, detail: string): FaultFiring {
    const firing: FaultFiring = {
      step: step.name,
      step_index: step.index,
      fault: step.step.fault.type,
      time: this.#mock.clock.iso(),
      request_id: ctx?.requestId ?? null,
      method: ctx?.method ?? null,
      path: ctx?.fullPath ?? null,
      detail,
    };
    this.#fired.push(firing);
    if (this.#fired.length > FIRED_KEPT) this.#fired.splice(0, this.#fired.length - FIRED_KEPT);
    return firing;
  }

  /** A clock step's fault, journalled as an event (no request carried it). */
  #journalEvent(scenario: Scenario, step: CompiledStep, firing: FaultFiring): void {
    const journal = this.#mock.state.journal;
    const at = this.#mock.clock.now();
    journal.append({
      seq: journal.nextSeq(),
      requestId: this.#eventIds.uuid(),
      time: new Date(at).toISOString(),
      at,
      durationMs: 0,
      surface: 'chaos',
      method: 'EVENT',
      path: `/scenario/${scenario.name}/${step.name}`,
      query: {},
      headers: {},
      body: JSON.stringify(step.step.fault),
      status: 0,
      responseBody: firing.detail,
      responseHeaders: {},
      clientId: null, userId: null, businessId: null, businessSource: null,
      tokenId: null, chainId: null, generation: null, tokenState: null,
      flags: ['chaos', 'chaos-event'],
      chaos: [{ scenario: scenario.name, step: step.name, fault: step.step.fault.type }],
      errorCodes: [],
      fault: null,
    });
  }

  /** Ids a scenario names must exist in the world now: a step naming an unknown one could never act. */
  #worldIssues(s: Scenario): ScenarioIssue[] {
    const store = this.#mock.state.store;
    const known = {
      client_id: (id: string) => store.collection<AppRecord>(GLOBAL, 'apps').has(id),
      user_id: (id: string) => store.collection<UserRecord>(GLOBAL, 'users').has(id),
      business_id: (id: string) => store.collection<BusinessRecord>(GLOBAL, 'businesses').has(id),
    };
    const out: ScenarioIssue[] = [];
    s.steps.forEach((step, i) => {
      for (const [where, obj] of [['match', step.match], ['fault', step.fault]] as const) {
        if (!obj) continue;
        for (const key of ['client_id', 'user_id', 'business_id'] as const) {
          const v = (obj as Record<string, unknown>)[key];
          if (typeof v === 'string' && v !== '*' && !known[key](v)) {
            out.push({ field: `steps[${i}].${where}.${key}`, line: null, message: `no ${key.replace('_id', '')} ${v} in this world: this step can never act` });
          }
        }
      }
    });
    return out;
  }
}

/** `mock.scenarios`: the in-process side of `/__mock/scenario`. */
export function scenarioApi(engine: ChaosEngine): ScenarioApi {
  return {
    apply: (scenario) => engine.apply(scenario),
    clear: () => engine.clear(),
    status: () => engine.status(),
  };
}

/** A Sage 422 for the control plane from a refused scenario (every issue, each naming its field). */
export function scenarioRefusal(e: ScenarioError): never {
  const err = apiError('RecordInvalid', { source: e.issues[0]?.field ?? 'base', message: e.issues[0]?.message ?? e.message });
  err.items.splice(0, err.items.length, ...e.issues.map((i) => ({
    $severity: 'error' as const, $dataCode: 'RecordInvalid', $message: `${i.field}${i.line !== null ? ` (line ${i.line})` : ''}: ${i.message}`, $source: i.field,
  })));
  throw err;
}

export type { ScenarioFault };

/**
 * The chaos state: the active scenario, its compiled steps and counters, its seeded random stream
 * and the log of firings. It belongs to the mock (`mock.chaos`, not `mock.state`), so a reset keeps
 * the scenario and restarts its counters, its clock offsets and its stream, as latches are kept;
 * `clear` removes it.
 *
 * Its random stream is seeded from the scenario's `seed` alone, apart from the world's streams:
 * applying a scenario changes no world id, and the same scenario, seed and requests draw the same
 * numbers, so the same requests are faulted.
 *
 * Below the request context: what a clock step does to the world comes in as hooks from the
 * composition root (`ChaosHooks`), and the chaos steps (engine.ts) do the per-request work.
 */
import { createRng, hashSeed, type Rng } from '../core/rng.ts';
import { CompiledMatch, type MatchedRequest, type RequestFacts } from './match.ts';
import type { FaultFiring, Scenario, ScenarioFault, ScenarioStatus, ScenarioStep } from './types.ts';

const FIRED_KEPT = 1000;
const RESOLVED = Promise.resolve();

export interface CompiledStep {
  index: number;
  name: string;
  step: ScenarioStep;
  match: CompiledMatch | null;
  after: number;
  times: number | null;
  probability: number;
  /** Clock steps: milliseconds after the start. */
  offsetMs: number | null;
  matched: number;
  fired: number;
}

/** What a request carries from the chaos step into the in-flight window (the chaos-latency step). */
export interface Plan {
  delayMs: number;
  slowBody: number | null;
}

/** What a clock step needs from the rest of the mock. */
export interface ChaosHooks {
  /** Clock milliseconds now. */
  now(): number;
  /** Carries out a Sage-level fault that no request carried; says what it did. */
  fire(fault: ScenarioFault): Promise<string>;
  /** Journals a clock step's firing as an event. */
  event(scenario: Scenario, step: CompiledStep, firing: FaultFiring, requestId: string): void;
}

/** A request as the log records it. */
export type LoggedRequest = { requestId: string; method: string; fullPath: string };

export class ChaosState {
  readonly #hooks: ChaosHooks;
  #scenario: Scenario | null = null;
  #steps: CompiledStep[] = [];
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
  /** Per request (its context), what the chaos-latency step has to do. */
  readonly plans = new WeakMap<object, Plan>();

  constructor(hooks: ChaosHooks) {
    this.#hooks = hooks;
  }

  get active(): boolean {
    return this.#scenario !== null;
  }

  get scenario(): Scenario | null {
    return this.#scenario;
  }

  /** Installs a scenario that has already been validated (engine.ts `applyScenario`). */
  install(scenario: Scenario): void {
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
    const requestSteps = this.#steps.filter((s) => s.match !== null);
    // Steps by the method they match (HEAD also runs GET steps); steps of any method in every list.
    const methodOf = (s: CompiledStep) => s.step.match?.method?.toUpperCase();
    this.#anyMethod = requestSteps.filter((s) => methodOf(s) === undefined);
    this.#byMethod = new Map();
    for (const s of requestSteps) {
      const m = methodOf(s);
      if (m === undefined) continue;
      for (const key of m === 'GET' ? ['GET', 'HEAD'] : [m]) {
        if (this.#byMethod.has(key)) continue;
        const accepts = key === 'HEAD' ? ['HEAD', 'GET'] : [key];
        this.#byMethod.set(
          key,
          requestSteps.filter((x) => methodOf(x) === undefined || accepts.includes(methodOf(x)!)),
        );
      }
    }
    this.#clockSteps = this.#steps.filter((s) => s.offsetMs !== null);
    this.restart();
  }

  clear(): void {
    this.#scenario = null;
    this.#steps = [];
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
    this.#startedAt = this.#hooks.now();
    this.#fired = [];
    this.#updateNextDue();
    void this.tick();
  }

  /** Resolves once every clock step that was due has done its work. */
  settled(): Promise<void> {
    return this.#pending;
  }

  /** A uniform draw in [0, 1) from the scenario's stream. */
  draw(): number {
    return this.#rng.next();
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

  /** True when a clock step is due (one comparison). */
  get due(): boolean {
    return this.#hooks.now() >= this.#nextDueAt;
  }

  /** Fires the clock steps that are due (serially, after any still running). */
  tick(): Promise<void> {
    if (!this.due) return this.#pending;
    this.#pending = this.#pending.then(() => this.#fireDue()).catch(() => undefined);
    return this.#pending;
  }

  /**
   * The request steps that fire on this request, in file order, counted and drawn now; null when
   * none does (the common case: no allocation). `factsOf` is asked only when a step matches on ids.
   */
  select(req: MatchedRequest, factsOf: () => RequestFacts): { steps: CompiledStep[]; facts: RequestFacts } | null {
    let steps: CompiledStep[] | null = null;
    let facts: RequestFacts | null = null;
    for (const s of this.#byMethod.get(req.method) ?? this.#anyMethod) {
      if (!s.match!.matchesShape(req)) continue;
      if (s.match!.needsFacts) {
        facts ??= factsOf();
        if (!s.match!.matchesFacts(facts)) continue;
      }
      s.matched++;
      if (s.matched <= s.after) continue;
      if (s.times !== null && s.fired >= s.times) continue;
      if (s.probability < 1 && this.#rng.next() >= s.probability) continue;
      s.fired++;
      (steps ??= []).push(s);
    }
    return steps === null ? null : { steps, facts: facts ?? factsOf() };
  }

  /** Records a firing (on a request, or on none for a clock step). */
  log(step: CompiledStep, req: LoggedRequest | null, detail: string): FaultFiring {
    const firing: FaultFiring = {
      step: step.name,
      step_index: step.index,
      fault: step.step.fault.type,
      time: new Date(this.#hooks.now()).toISOString(),
      request_id: req?.requestId ?? null,
      method: req?.method ?? null,
      path: req?.fullPath ?? null,
      detail,
    };
    this.#fired.push(firing);
    if (this.#fired.length > FIRED_KEPT) this.#fired.splice(0, this.#fired.length - FIRED_KEPT);
    return firing;
  }

  /** When the next clock step is due (Infinity when none is left). */
  #updateNextDue(): void {
    let next = Number.POSITIVE_INFINITY;
    for (const s of this.#clockSteps) if (s.fired < (s.times ?? 1)) next = Math.min(next, this.#startedAt + s.offsetMs!);
    this.#nextDueAt = next;
  }

  async #fireDue(): Promise<void> {
    const scenario = this.#scenario;
    // A clock step that moves the clock may make the next one due: go round until none is.
    for (let guard = 0; scenario && guard < 10_000 && this.due; guard++) {
      const now = this.#hooks.now();
      const step = this.#clockSteps.find((s) => s.fired < (s.times ?? 1) && this.#startedAt + s.offsetMs! <= now)!;
      step.fired++;
      this.#updateNextDue();
      const detail = await this.#hooks.fire(step.step.fault);
      const firing = this.log(step, null, detail);
      this.#hooks.event(scenario, step, firing, this.#eventIds.uuid());
    }
  }
}

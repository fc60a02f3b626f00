/**
 * The chaos engine: the active scenario, its seeded random stream, its step counters and the log
 * of firings. It belongs to the mock (not to `mock.state`), so a reset keeps the scenario and
 * restarts its counters and stream, as latches are kept; `clear` removes it.
 */
import type { SageMock } from '../core/engine.ts';
import type { Scenario, ScenarioApi, ScenarioStatus } from './types.ts';

export class ChaosEngine {
  readonly #mock: SageMock;
  #scenario: Scenario | null = null;
  #startedAt = 0;

  constructor(mock: SageMock) {
    this.#mock = mock;
  }

  get active(): boolean {
    return this.#scenario !== null;
  }

  apply(scenario: Scenario): ScenarioStatus {
    this.#scenario = structuredClone(scenario);
    this.#startedAt = this.#mock.clock.now();
    return this.status()!;
  }

  clear(): void {
    this.#scenario = null;
  }

  /** After a reset: the same scenario, counters and random stream from the start. */
  restart(): void {
    if (this.#scenario) this.#startedAt = this.#mock.clock.now();
  }

  status(): ScenarioStatus | null {
    const s = this.#scenario;
    if (!s) return null;
    return {
      name: s.name,
      description: s.description ?? null,
      seed: s.seed ?? 1,
      started_at: new Date(this.#startedAt).toISOString(),
      steps: s.steps.map((step, index) => ({
        index,
        name: step.name ?? `step-${index + 1}`,
        fault: step.fault.type,
        trigger: step.at ? 'clock' : 'request',
        matched: 0,
        fired: 0,
        remaining: step.times ?? (step.at ? 1 : null),
        due_at: step.at ? new Date(this.#startedAt + step.at.clock_offset_seconds * 1000).toISOString() : null,
      })),
      fired: [],
    };
  }
}

/** `mock.scenarios`. */
export function scenarioApi(engine: ChaosEngine): ScenarioApi {
  return {
    apply: (scenario) => engine.apply(scenario),
    clear: () => engine.clear(),
    status: () => engine.status(),
  };
}

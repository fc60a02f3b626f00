/**
 * Chaos state read by the chaos step. Scenarios install faults here; with none installed the
 * step is a pass-through.
 */
import type { MockResponse } from '../core/http.ts';
import type { ArrivedRequest } from '../journal/journal.ts';

/** What a chaos rule sees of a request. */
export type ChaosRequest = ArrivedRequest;

export interface ChaosRule {
  name: string;
  /** Answer before the request is processed (return a response) or let it through (null). */
  before?(ctx: ChaosRequest): MockResponse | null;
  /** Change or fault the response after the state change committed. */
  after?(ctx: ChaosRequest, res: MockResponse): MockResponse;
}

export class ChaosState {
  #rules: ChaosRule[] = [];
  get active(): boolean {
    return this.#rules.length > 0;
  }
  get rules(): readonly ChaosRule[] {
    return this.#rules;
  }
  add(rule: ChaosRule): void {
    this.#rules.push(rule);
  }
  clear(): void {
    this.#rules = [];
  }
  before(ctx: ChaosRequest): MockResponse | null {
    for (const r of this.#rules) {
      const res = r.before?.(ctx);
      if (res) return res;
    }
    return null;
  }
  after(ctx: ChaosRequest, res: MockResponse): MockResponse {
    return this.#rules.reduce((acc, r) => (r.after ? r.after(ctx, acc) : acc), res);
  }
}

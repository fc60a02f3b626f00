/**
 * Chaos state read by the chaos layer. Scenarios install faults here; with none installed the
 * layer is a pass-through.
 */
import type { RequestContext } from '../core/context.ts';
import type { MockResponse } from '../core/http.ts';

export interface ChaosRule {
  name: string;
  /** Answer before the request is processed (return a response) or let it through (null). */
  before?(ctx: RequestContext): MockResponse | null;
  /** Change or fault the response after the state change committed. */
  after?(ctx: RequestContext, res: MockResponse): MockResponse;
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
  before(ctx: RequestContext): MockResponse | null {
    for (const r of this.#rules) {
      const res = r.before?.(ctx);
      if (res) return res;
    }
    return null;
  }
  after(ctx: RequestContext, res: MockResponse): MockResponse {
    return this.#rules.reduce((acc, r) => (r.after ? r.after(ctx, acc) : acc), res);
  }
}

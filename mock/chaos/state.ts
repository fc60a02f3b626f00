/**
 * Chaos state read by the chaos step. Scenarios install faults here; with none installed the
 * step is a pass-through.
 */
import type { CoreRequest, MockResponse, Surface } from '../core/http.ts';
import type { JournalFacts } from '../journal/journal.ts';

/** What a chaos rule sees of a request (the request context has these fields). */
export interface ChaosRequest {
  readonly req: CoreRequest;
  readonly requestId: string;
  /** Clock time when the request arrived (ms). */
  readonly at: number;
  readonly method: string;
  readonly surface: Surface;
  /** Path below the surface's base (`/contacts` for `/v3.1/contacts`). */
  readonly path: string;
  /** The path as the journal writes it (`/v3.1/contacts`). */
  readonly fullPath: string;
  readonly facts: JournalFacts;
}

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

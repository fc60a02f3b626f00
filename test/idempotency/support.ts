/**
 * Helpers for the idempotency tests: a second writable resource (a probe route registered on the
 * mock's router, resource `ledger_account`) so the tests do not depend on which ledger routes
 * exist yet, and small readers of state.
 */
import type { SageMock } from '../../mock/index.ts';
import type { RequestContext } from '../../mock/context.ts';
import { json } from '../../mock/core/http.ts';
import { invalid } from '../../mock/core/errors.ts';

export const PROBES = 'idempotency_probes';

export interface ProbeControl {
  /** The next probe write answers 500 before writing (a server fault). */
  failNext: boolean;
}

/** Registers `POST /idempotency_probes` (namespace `ledger_account`) once per mock. */
export function addProbeRoute(mock: SageMock): ProbeControl {
  const control: ProbeControl = { failNext: false };
  mock.router.add({
    surface: 'api',
    method: 'POST',
    path: '/idempotency_probes',
    resource: 'ledger_account',
    async handler(ctx: RequestContext) {
      if (control.failNext) {
        control.failNext = false;
        throw new Error('probe fault');
      }
      const data = (ctx.body as { ledger_account?: { name?: unknown } } | undefined)?.ledger_account;
      if (!data || typeof data.name !== 'string' || data.name === '') throw invalid('name', "can't be blank");
      const rec = { id: ctx.mock.state.rng.hexId(), name: data.name };
      await ctx.mock.state.store.collection(ctx.business!.id, PROBES).insert(rec);
      return json(201, rec);
    },
  });
  return control;
}

export function count(mock: SageMock, businessId: string, collection: string): number {
  return mock.state.store.collection(businessId, collection).size();
}

/** Polls a condition (real time, short) until it holds. */
export async function until(cond: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

let n = 0;
/** A fresh, valid idempotency id (32 hex). */
export function freshId(): string {
  n++;
  return n.toString(16).padStart(8, '0').repeat(4);
}

/**
 * Fault instructions from the core (chaos rules added with `mock.state.chaos.add`) carried out by
 * each adapter: drop and reset after the state change committed (the client sees a network error,
 * the server kept the write), delay, an early answer, and a rule that throws.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import type { MockResponse } from '../../mock/index.ts';
import { json } from '../../mock/core/http.ts';

describe.each(ADAPTERS)('fault instructions through %s', (adapter) => {
  const h = useHarness(adapter);
  let gb: string;
  let app0: string;
  beforeEach(() => {
    gb = h.world.users[0]!.lead_business_id!;
    app0 = h.world.apps[0]!.client_id;
  });
  const contacts = () => h.mock.state.store.collection(gb, 'contacts').size();
  const inFlight = () => h.mock.state.limits.appView(app0).in_flight;
  const faultAfter = (kind: 'drop' | 'reset', method = 'POST') =>
    h.mock.state.chaos.add({ name: `${kind}-after-commit`, after: (ctx, res) => (ctx.method === method ? { ...res, fault: { kind } } : res) });
  const networkError = (p: Promise<Response>) => p.then((r) => `answered ${r.status}`, (e: Error) => e.name);

  for (const kind of ['drop', 'reset'] as const) {
    it(`${kind}: the write commits, the client sees a network error, a retry with the same id replays`, async () => {
      faultAfter(kind);
      const before = contacts();
      const body = { contact: { idempotency_id: 'd'.repeat(32), name: 'Dropped Ltd', contact_type_ids: ['CUSTOMER'] } };
      expect(await networkError(h.api('/contacts', { method: 'POST', json: body }))).toBe('TypeError');
      expect(contacts()).toBe(before + 1);
      expect(h.mock.admin.journal().at(-1)).toMatchObject({ status: 201, fault: kind });
      expect(inFlight()).toBe(0);
      h.mock.state.chaos.clear();
      const retry = await h.api('/contacts', { method: 'POST', json: body });
      expect(retry.status).toBe(201);
      expect(contacts()).toBe(before + 1);
      // The connection is usable again afterwards.
      expect((await h.api('/contacts?items_per_page=1')).status).toBe(200);
    });
  }

  it('delay: the answer comes, later than an undelayed one sent after it', async () => {
    h.mock.state.chaos.add({ name: 'slow-tax-rates', after: (ctx, res) => (ctx.path === '/tax_rates' ? { ...res, fault: { kind: 'delay', ms: 400 } } : res) });
    const order: string[] = [];
    const slow = h.api('/tax_rates').then(async (r) => {
      order.push('slow');
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    const quick = await h.api('/contacts?items_per_page=1');
    order.push('quick');
    const slowRes = await slow;
    expect([slowRes.status, quick.status]).toEqual([200, 200]);
    expect((await slowRes.json()).$items.length).toBeGreaterThan(0);
    expect(order).toEqual(['quick', 'slow']);
    expect(h.mock.admin.journal({ path: '/v3.1/tax_rates' }).at(-1)!.fault).toBe('delay');
  });

  it('an early answer: nothing runs behind it, nothing is counted, the journal has it', async () => {
    h.mock.state.chaos.add({ name: 'outage', before: (): MockResponse => json(503, [{ $severity: 'error', $dataCode: 'ServiceUnavailable', $message: 'down', $source: '' }]) });
    const before = contacts();
    const res = await h.api('/contacts', { method: 'POST', json: { contact: { name: 'Never Ltd', contact_type_ids: ['CUSTOMER'] } } });
    expect(res.status).toBe(503);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(contacts()).toBe(before);
    expect(h.mock.state.limits.appView(app0).today_count).toBe(0);
    expect(h.mock.admin.journal().at(-1)).toMatchObject({ status: 503, errorCodes: ['ServiceUnavailable'] });
  });

  it('a rule that throws is a Sage 500, not a crash', async () => {
    h.mock.state.chaos.add({ name: 'broken', after: () => { throw new Error('rule bug'); } });
    const res = await h.api('/contacts');
    expect(res.status).toBe(500);
    expect((await sageErrors(res))[0]!.$dataCode).toBe('UnexpectedError');
    expect(inFlight()).toBe(0);
    h.mock.state.chaos.clear();
    expect((await h.api('/contacts')).status).toBe(200);
  });
});

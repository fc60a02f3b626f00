/**
 * The idempotency state on its own (no adapter): the canonical body form, sweeping of expired ids,
 * and the `business-and-app` scope.
 */
import { describe, expect, it } from 'vitest';
import { createClock, createSageMock } from '../../mock/index.ts';
import { canonicalJson, IdempotencyState } from '../../mock/idempotency/state.ts';

describe('IdempotencyState', () => {
  it('writes bodies canonically: key order does not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 'x', x: null }] })).toBe(canonicalJson({ a: [{ x: null, y: 'x' }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });

  it('sweeps stored ids once their window has passed', () => {
    const clock = createClock();
    const s = new IdempotencyState({ windowSeconds: 60 }, clock);
    const response = { status: 201, headers: {}, body: '{}' };
    s.register({
      key: 'k',
      businessId: 'b',
      clientId: null,
      id: 'i',
      source: 'body',
      resource: 'contact',
      fingerprint: 'f',
      method: 'POST',
      path: '/v3.1/contacts',
      at: clock.now(),
      requestId: 'r',
      response,
      done: Promise.resolve(response),
      waiting: 0,
      replays: 0,
    });
    s.sweep(clock.now() + 59_999);
    expect(s.size).toBe(1);
    expect(s.lookup('k', clock.now() + 59_999).record).toMatchObject({ key: 'k', id: 'i' });
    s.sweep(clock.now() + 60_000);
    expect(s.size).toBe(0);
  });
});

describe('idempotency scope business-and-app', () => {
  it('keeps the ids of two apps apart in one business', async () => {
    const mock = await createSageMock({ seed: 42, idempotency: { scope: 'business-and-app' } });
    const w = mock.admin.world();
    const body = JSON.stringify({ contact: { idempotency_id: 'b'.repeat(32), name: 'Per App', contact_type_ids: ['CUSTOMER'] } });
    const ids: string[] = [];
    for (const app of [w.apps[0]!, w.apps[1]!, w.apps[0]!]) {
      const token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: app.client_id }).access_token;
      const res = await mock.handle({
        method: 'POST',
        url: '/v3.1/contacts',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(201);
      ids.push(JSON.parse(res.body).id);
    }
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe(ids[0]);
    expect(mock.admin.idempotencyRecords().map((r) => r.client_id)).toEqual([w.apps[0]!.client_id, w.apps[1]!.client_id]);
  });
});

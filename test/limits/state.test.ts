/**
 * The limits and idempotency state on their own (no adapter): day numbering, admission,
 * option checks, the canonical body form, sweeping of expired ids, the disable switches.
 */
import { describe, expect, it } from 'vitest';
import { createClock, createSageMock } from '../../mock/index.ts';
import { LimitsState } from '../../mock/limits/state.ts';
import { canonicalJson, IdempotencyState } from '../../mock/idempotency/state.ts';

describe('LimitsState', () => {
  it('counts a day as the UTC calendar day of the clock', () => {
    const clock = createClock({ start: '2026-03-01T23:59:59.999Z' });
    const s = new LimitsState({ dailyQuota: 2 }, clock);
    expect(s.admit('app', clock.now()).ok).toBe(true);
    expect(s.admit('app', clock.now()).ok).toBe(true);
    expect(s.admit('app', clock.now())).toMatchObject({ ok: false, reason: 'quota' });
    clock.advance(1);
    expect(s.admit('app', clock.now()).ok).toBe(true);
    expect(s.appView('app')).toMatchObject({ day: '2026-03-02', today_count: 1, in_flight: 3, total_count: 3, total_rejected: 1 });
    expect(s.dayEnd(clock.now())).toBe(Date.parse('2026-03-03T00:00:00Z'));
  });

  it('checks the quota before concurrency, and counts refusals apart', () => {
    const clock = createClock();
    const s = new LimitsState({ dailyQuota: 3, concurrency: 1 }, clock);
    expect(s.admit('a', clock.now()).ok).toBe(true);
    expect(s.admit('a', clock.now())).toMatchObject({ ok: false, reason: 'concurrency' });
    s.counters('a').inFlight--;
    expect(s.admit('a', clock.now()).ok).toBe(true);
    s.counters('a').inFlight--;
    expect(s.admit('a', clock.now()).ok).toBe(true);
    expect(s.admit('a', clock.now())).toMatchObject({ ok: false, reason: 'quota' });
    expect(s.appView('a').rejected_today).toEqual({ daily_quota: 1, concurrency: 1 });
  });

  it('refuses impossible options', () => {
    expect(() => new LimitsState({ dailyQuota: -1 }, createClock())).toThrow(RangeError);
    expect(() => new LimitsState({ concurrency: 2.5 }, createClock())).toThrow(RangeError);
  });
});

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
      key: 'k', businessId: 'b', clientId: null, id: 'i', source: 'body', resource: 'contact', fingerprint: 'f', method: 'POST',
      path: '/v3.1/contacts', at: clock.now(), requestId: 'r', response, done: Promise.resolve(response), waiting: 0, replays: 0,
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
      const res = await mock.handle({ method: 'POST', url: '/v3.1/contacts', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
      expect(res.status).toBe(201);
      ids.push(JSON.parse(res.body).id);
    }
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe(ids[0]);
    expect(mock.admin.idempotencyRecords().map((r) => r.client_id)).toEqual([w.apps[0]!.client_id, w.apps[1]!.client_id]);
  });
});

describe('disabled layers', () => {
  it('pass every request through: no limits, no replay', async () => {
    const mock = await createSageMock({ seed: 42, limits: { enabled: false, dailyQuota: 0 }, idempotency: { enabled: false } });
    const w = mock.admin.world();
    const token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const body = JSON.stringify({ contact: { idempotency_id: 'a'.repeat(32), name: 'Twice', contact_type_ids: ['CUSTOMER'] } });
    const a = await mock.handle({ method: 'POST', url: '/v3.1/contacts', headers, body });
    const b = await mock.handle({ method: 'POST', url: '/v3.1/contacts', headers, body });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(JSON.parse(a.body).id).not.toBe(JSON.parse(b.body).id);
    expect(mock.admin.limits().apps.every((x) => x.today_count === 0)).toBe(true);
  });
});

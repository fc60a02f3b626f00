/**
 * The limits state on its own (no adapter): day numbering, admission, option checks, the disable
 * switches (idempotency's state is tested in test/idempotency/state.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createClock, createSageMock } from '../../mock/index.ts';
import { LimitsState } from '../../mock/limits/state.ts';

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

/**
 * `idempotency_id` next to the other layers, through both adapters: a readonly token, a 429, the
 * same id in two businesses at once, and a reset while the first request with an id is in flight.
 * A request refused before the idempotency layer never claims its id.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { count, freshId } from './support.ts';

const contact = (id: string, name = 'Acme Ltd') => ({ contact: { idempotency_id: id, name, contact_type_ids: ['CUSTOMER'] } });

describe.each(ADAPTERS)('idempotency next to the other layers through %s', (adapter) => {
  const h = useHarness(adapter);
  let gb: string;
  let ie: string;
  beforeEach(() => {
    gb = h.world.users[0]!.lead_business_id!;
    ie = h.world.businesses.find((b) => b.country === 'IE')!.id;
  });
  const post = (body: unknown, init: { token?: string; business?: string } = {}) =>
    h.api('/contacts', { method: 'POST', json: body, ...init });

  it('a readonly token is refused before its id is claimed: the same id then works with a full token', async () => {
    const id = freshId();
    const before = count(h.mock, gb, 'contacts');
    const refused = await post(contact(id), { token: h.token(0, 'readonly') });
    expect(refused.status).toBe(403);
    expect((await sageErrors(refused))[0]!.$dataCode).toBe('MultiUserAccessDenied');
    expect(h.mock.admin.idempotencyRecords()).toEqual([]);
    const created = await post(contact(id));
    expect(created.status).toBe(201);
    expect(count(h.mock, gb, 'contacts')).toBe(before + 1);
    expect(h.mock.admin.journal().at(-1)!.flags).toEqual(['idempotency-recorded']);
  });

  it('a duplicate refused with 429 is not a replay and claims nothing; its retry replays the first result', async () => {
    h.mock.admin.setLimits({ concurrency: 1 });
    const id = freshId();
    const before = count(h.mock, gb, 'contacts');
    const latch = h.mock.admin.latch({ method: 'POST', path: '/v3.1/contacts', point: 'handler', limit: 1 });
    const first = post(contact(id));
    await latch.waitForHeld(1);
    const limited = await post(contact(id));
    expect(limited.status).toBe(429);
    expect(h.mock.admin.idempotencyRecords()).toMatchObject([{ idempotency_id: id, state: 'in_flight', waiting: 0, replays: 0 }]);
    latch.release();
    const firstRes = await first;
    expect(firstRes.status).toBe(201);
    const retry = await post(contact(id));
    expect(retry.status).toBe(201);
    expect(await retry.text()).toBe(await firstRes.text());
    expect(count(h.mock, gb, 'contacts')).toBe(before + 1);
    expect(h.mock.admin.journal({ flag: 'rate-limited' })).toHaveLength(1);
  });

  it('the same id sent to two businesses at once creates one record in each', async () => {
    const id = freshId();
    const [a, b] = await Promise.all([post(contact(id), { business: gb }), post(contact(id), { business: ie })]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const [ra, rb] = [await a.json(), await b.json()];
    expect(ra.id).not.toBe(rb.id);
    expect(b.headers.get('x-business')).toBe(ie);
    expect(h.mock.state.store.collection(gb, 'contacts').get(ra.id)).toBeDefined();
    expect(h.mock.state.store.collection(ie, 'contacts').get(rb.id)).toBeDefined();
    // Each business replays its own.
    expect((await (await post(contact(id), { business: ie })).json()).id).toBe(rb.id);
  });

  it('after a reset, an id still in flight in the old world is new in the new one', async () => {
    const id = freshId();
    const latch = h.mock.admin.latch({ method: 'POST', path: '/v3.1/contacts', point: 'handler', limit: 1 });
    const old = post(contact(id, 'Old World Ltd'));
    await latch.waitForHeld(1);
    await h.mock.reset();
    const before = count(h.mock, gb, 'contacts');
    const fresh = await post(contact(id, 'New World Ltd'));
    expect(fresh.status).toBe(201);
    expect((await fresh.json()).name).toBe('New World Ltd');
    latch.release();
    expect((await old).status).toBe(201);
    // Only the new world's own request wrote to the new world.
    expect(count(h.mock, gb, 'contacts')).toBe(before + 1);
    expect(h.mock.admin.idempotencyRecords()).toMatchObject([{ idempotency_id: id, state: 'stored', replays: 0 }]);
  });
});

/**
 * Concurrent duplicates of one `idempotency_id`, and the `Idempotency-Key` header (ignored by
 * default as Sage does, honoured on request), through both adapters.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness, type AdapterName, type LiveHarness } from '../support/harness.ts';
import type { SageMockOptions } from '../../mock/index.ts';
import { count, freshId, until } from './support.ts';

function setup(adapter: AdapterName, options: SageMockOptions = {}) {
  const s = { h: useHarness(adapter, options), gb: '' };
  beforeEach(() => {
    s.gb = s.h.world.users[0]!.lead_business_id!;
  });
  return s;
}

const contact = (id: string | undefined, name = 'Acme Ltd') => ({
  contact: { ...(id === undefined ? {} : { idempotency_id: id }), name, contact_type_ids: ['CUSTOMER'] },
});

/** Sends one contact with no body id twice, both times with the same `Idempotency-Key`; both must create (201). */
async function postTwiceWithKey(h: LiveHarness, key: string): Promise<[Response, Response]> {
  const send = () => h.api('/contacts', { method: 'POST', json: contact(undefined), headers: { 'idempotency-key': key } });
  const a = await send();
  const b = await send();
  expect([a.status, b.status]).toEqual([201, 201]);
  return [a, b];
}

describe.each(ADAPTERS)('concurrent duplicates through %s', (adapter) => {
  const s = setup(adapter);

  it('a duplicate sent while the first is still running waits for it: one record, the same answer', async () => {
    const id = freshId();
    const before = count(s.h.mock, s.gb, 'contacts');
    // Hold the first request just before its handler runs (its id is already registered).
    const latch = s.h.mock.admin.latch({ method: 'POST', path: '/v3.1/contacts', point: 'handler', limit: 1 });
    const first = s.h.api('/contacts', { method: 'POST', json: contact(id) });
    await latch.waitForHeld(1);
    const second = s.h.api('/contacts', { method: 'POST', json: contact(id) });
    await until(() => s.h.mock.admin.idempotencyRecords()[0]?.waiting === 1, 'the duplicate to wait');
    expect(count(s.h.mock, s.gb, 'contacts')).toBe(before);
    expect(s.h.mock.admin.idempotencyRecords()[0]!.state).toBe('in_flight');
    latch.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(await b.text()).toBe(await a.text());
    expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 1);
    const flags = s.h.mock.admin.journal({ method: 'POST' }).map((e) => e.flags);
    expect(flags).toContainEqual(['idempotent-replay', 'idempotent-concurrent']);
    expect(flags).toContainEqual(['idempotency-recorded', 'latched']);
  });

  it('twenty parallel requests with one id create one record and all get the same answer', async () => {
    const id = freshId();
    const before = count(s.h.mock, s.gb, 'contacts');
    const all = await Promise.all(Array.from({ length: 20 }, () => s.h.api('/contacts', { method: 'POST', json: contact(id) })));
    const bodies = await Promise.all(all.map((r) => r.text()));
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(bodies).size).toBe(1);
    expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 1);
    expect(s.h.mock.admin.journal({ flag: 'idempotent-replay' })).toHaveLength(19);
  });

  it('parallel requests with different ids each create their record', async () => {
    const before = count(s.h.mock, s.gb, 'contacts');
    const all = await Promise.all(
      Array.from({ length: 10 }, (_, i) => s.h.api('/contacts', { method: 'POST', json: contact(freshId(), `Name ${i}`) })),
    );
    expect(all.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 10);
  });
});

describe.each(ADAPTERS)('the Idempotency-Key header through %s', (adapter) => {
  describe('ignored (default, as Sage does)', () => {
    const s = setup(adapter);

    it('a retry carrying only the header creates a duplicate, and the journal says why', async () => {
      const before = count(s.h.mock, s.gb, 'contacts');
      const [a, b] = await postTwiceWithKey(s.h, 'order-42-attempt');
      expect((await a.json()).id).not.toBe((await b.json()).id);
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 2);
      const flagged = s.h.mock.admin.journal({ flag: 'idempotency-key-header-ignored' });
      expect(flagged).toHaveLength(2);
      expect(flagged[0]!.headers['idempotency-key']).toBe('order-42-attempt');
    });

    it('the body id still works next to an ignored header', async () => {
      const id = freshId();
      const before = count(s.h.mock, s.gb, 'contacts');
      const headers = { 'idempotency-key': 'k1' };
      await s.h.api('/contacts', { method: 'POST', json: contact(id), headers });
      await s.h.api('/contacts', { method: 'POST', json: contact(id), headers: { 'idempotency-key': 'k2' } });
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 1);
      expect(s.h.mock.admin.journal().at(-1)!.flags).toEqual(['idempotency-key-header-ignored', 'idempotent-replay']);
    });
  });

  describe('honoured (opt-in)', () => {
    const s = setup(adapter, { idempotency: { honourIdempotencyKeyHeader: true } });

    it('a retry with the same header replays the first result', async () => {
      const before = count(s.h.mock, s.gb, 'contacts');
      const [a, b] = await postTwiceWithKey(s.h, 'order-42-attempt');
      expect(await b.text()).toBe(await a.text());
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 1);
      expect(s.h.mock.admin.journal().at(-1)!.flags).toEqual(['idempotency-key-header-honoured', 'idempotent-replay']);
      expect(s.h.mock.admin.idempotencyRecords()).toMatchObject([{ source: 'header', idempotency_id: 'order-42-attempt' }]);
    });

    it('a body id wins over the header', async () => {
      const id = freshId();
      const before = count(s.h.mock, s.gb, 'contacts');
      await s.h.api('/contacts', { method: 'POST', json: contact(id), headers: { 'idempotency-key': 'h1' } });
      await s.h.api('/contacts', { method: 'POST', json: contact(id), headers: { 'idempotency-key': 'h2' } });
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 1);
      expect(s.h.mock.admin.idempotencyRecords()).toMatchObject([{ source: 'body', idempotency_id: id }]);
    });
  });
});

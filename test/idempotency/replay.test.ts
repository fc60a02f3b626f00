/**
 * `idempotency_id` replay through both adapters: within and after the 7-day window, PUT, resource
 * and body mismatch, failures, malformed ids, per-business scope, server faults.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness, type AdapterName, type LiveHarness } from '../support/harness.ts';
import type { SageMockOptions } from '../../mock/index.ts';
import { addProbeRoute, count, freshId, PROBES, type ProbeControl } from './support.ts';

const DAY_S = 86_400;
const WINDOW_S = 7 * DAY_S;

function setup(adapter: AdapterName, options: SageMockOptions = {}) {
  const s = { h: useHarness(adapter, options) } as { h: LiveHarness; gb: string; probe: ProbeControl };
  beforeAll(() => {
    s.probe = addProbeRoute(s.h.mock);
  });
  beforeEach(() => {
    s.gb = s.h.world.users[0]!.lead_business_id!;
  });
  return s;
}

const contact = (id: string | undefined, name = 'Acme Ltd', extra: Record<string, unknown> = {}) => ({
  contact: { ...(id === undefined ? {} : { idempotency_id: id }), name, contact_type_ids: ['CUSTOMER'], ...extra },
});

describe.each(ADAPTERS)('idempotency_id through %s', (adapter) => {
  describe('defaults', () => {
    const s = setup(adapter);
    const contacts = () => count(s.h.mock, s.gb, 'contacts');
    const post = (body: unknown, init: { business?: string } = {}) => s.h.api('/contacts', { method: 'POST', json: body, ...init });

    it('replays the first result exactly within the window and creates nothing', async () => {
      const id = freshId();
      const before = contacts();
      const first = await post(contact(id));
      expect(first.status).toBe(201);
      const firstBody = await first.text();
      s.h.mock.clock.advance((WINDOW_S - 1) * 1000);
      const again = await post(contact(id));
      expect(again.status).toBe(201);
      expect(await again.text()).toBe(firstBody);
      expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
      expect(again.headers.get('x-business')).toBe(s.gb);
      expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
      expect(contacts()).toBe(before + 1);
      const flags = s.h.mock.admin.journal({ path: '/v3.1/contacts', method: 'POST' }).map((e) => e.flags);
      expect(flags).toEqual([['idempotency-recorded'], ['idempotent-replay']]);
    });

    it('forgets the id once 7 days of clock time have passed', async () => {
      const id = freshId();
      const first = await (await post(contact(id))).json();
      s.h.mock.clock.advance(WINDOW_S * 1000);
      const res = await post(contact(id));
      expect(res.status).toBe(201);
      const second = await res.json();
      expect(second.id).not.toBe(first.id);
      expect(s.h.mock.state.store.collection(s.gb, 'contacts').get(first.id)).toBeDefined();
      expect(s.h.mock.state.store.collection(s.gb, 'contacts').get(second.id)).toBeDefined();
      const last = s.h.mock.admin.journal({ method: 'POST' }).at(-1)!;
      expect(last.flags).toEqual(['idempotency-window-expired', 'idempotency-recorded']);
      // The new request starts a new window.
      const third = await post(contact(id));
      expect((await third.json()).id).toBe(second.id);
    });

    it('replays a PUT as first answered, even after the record changed, and changes nothing', async () => {
      const created = await (await post(contact(undefined, 'Before'))).json();
      const id = freshId();
      const put = (name: string, idem?: string) =>
        s.h.api(`/contacts/${created.id}`, { method: 'PUT', json: { contact: { ...(idem ? { idempotency_id: idem } : {}), name } } });
      const first = await put('During', id);
      expect(first.status).toBe(200);
      const firstBody = await first.json();
      expect(firstBody.name).toBe('During');
      expect((await put('After')).status).toBe(200);
      s.h.mock.clock.advance(60_000);
      const replay = await put('During', id);
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual(firstBody);
      const stored = s.h.mock.state.store.collection<{ id: string; name: string; updated_at: string }>(s.gb, 'contacts').get(created.id)!;
      expect(stored.name).toBe('After');
    });

    it('answers 422 "Entity type mismatch" when an id is reused on another resource type, changing nothing', async () => {
      const id = freshId();
      expect((await post(contact(id))).status).toBe(201);
      const before = count(s.h.mock, s.gb, PROBES);
      const res = await s.h.api('/idempotency_probes', { method: 'POST', json: { ledger_account: { idempotency_id: id, name: 'Sales' } } });
      expect(res.status).toBe(422);
      const [err] = await sageErrors(res);
      expect(err).toMatchObject({ $dataCode: 'IdempotencyResourceMismatch', $message: 'Entity type mismatch' });
      expect(count(s.h.mock, s.gb, PROBES)).toBe(before);
      expect(s.h.mock.admin.journal().at(-1)!.flags).toContain('idempotency-resource-mismatch');
      // The other way round too: an id first used on the other resource.
      const id2 = freshId();
      expect(
        (await s.h.api('/idempotency_probes', { method: 'POST', json: { ledger_account: { idempotency_id: id2, name: 'Sales' } } })).status,
      ).toBe(201);
      const contactsBefore = contacts();
      const back = await post(contact(id2));
      expect(back.status).toBe(422);
      expect((await sageErrors(back))[0]!.$dataCode).toBe('IdempotencyResourceMismatch');
      expect(contacts()).toBe(contactsBefore);
    });

    it('answers "Entity type mismatch" on every idempotent POST route of the API for an id first used on a contact', async () => {
      const routes = s.h.mock.router.routes.filter(
        (r) =>
          r.surface === 'api' &&
          r.method === 'POST' &&
          !r.path.includes(':') &&
          r.resource &&
          r.resource !== 'contact' &&
          s.h.mock.state.idempotency.supports(r.resource) &&
          r.path !== '/idempotency_probes',
      );
      expect(routes.map((r) => r.path)).toContain('/ledger_accounts');
      const id = freshId();
      expect((await post(contact(id))).status).toBe(201);
      const before = JSON.stringify(s.h.mock.state.store.dump());
      for (const r of routes) {
        const res = await s.h.api(r.path, { method: 'POST', json: { [r.resource!]: { idempotency_id: id } } });
        expect(res.status, r.path).toBe(422);
        expect((await sageErrors(res))[0], r.path).toMatchObject({
          $dataCode: 'IdempotencyResourceMismatch',
          $message: 'Entity type mismatch',
        });
      }
      expect(JSON.stringify(s.h.mock.state.store.dump())).toBe(before);
    });

    it('replays the first result for the same id with a different body (default), and flags it', async () => {
      const id = freshId();
      const first = await (await post(contact(id, 'First Name'))).json();
      const before = contacts();
      const res = await post(contact(id, 'Second Name'));
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual(first);
      expect(contacts()).toBe(before);
      expect(s.h.mock.admin.journal().at(-1)!.flags).toEqual(['idempotency-body-mismatch', 'idempotent-replay']);
    });

    it('treats key order and whitespace as the same body', async () => {
      const id = freshId();
      await post(contact(id));
      const raw = `{ "contact" : { "contact_type_ids":["CUSTOMER"], "name":"Acme Ltd", "idempotency_id":"${id.toUpperCase()}" } }`;
      const res = await s.h.api('/contacts', { method: 'POST', body: raw, headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(201);
      expect(s.h.mock.admin.journal().at(-1)!.flags).toEqual(['idempotent-replay']);
    });

    it('remembers nothing of a first request that failed validation: a corrected retry with the same id runs', async () => {
      const id = freshId();
      const before = contacts();
      const bad = await post({ contact: { idempotency_id: id, contact_type_ids: ['CUSTOMER'] } });
      expect(bad.status).toBe(422);
      expect(s.h.mock.admin.journal().at(-1)!.flags).toEqual(['idempotency-recorded', 'idempotency-not-stored']);
      expect(s.h.mock.admin.idempotencyRecords()).toEqual([]);
      const fixed = await post(contact(id, 'Now Named'));
      expect(fixed.status).toBe(201);
      expect(contacts()).toBe(before + 1);
      // The success is what the id now stands for.
      expect((await post(contact(id, 'Now Named'))).status).toBe(201);
      expect(contacts()).toBe(before + 1);
    });

    it('does not store a server fault: the retry runs again', async () => {
      const id = freshId();
      const body = { ledger_account: { idempotency_id: id, name: 'Sales' } };
      s.probe.failNext = true;
      const fault = await s.h.api('/idempotency_probes', { method: 'POST', json: body });
      expect(fault.status).toBe(500);
      expect(count(s.h.mock, s.gb, PROBES)).toBe(0);
      expect(s.h.mock.admin.idempotencyRecords()).toEqual([]);
      const retry = await s.h.api('/idempotency_probes', { method: 'POST', json: body });
      expect(retry.status).toBe(201);
      expect(count(s.h.mock, s.gb, PROBES)).toBe(1);
    });

    it.each([
      ['too short', 'abc123'],
      ['a hyphenated GUID', '0f8fad5b-d9cb-469f-a165-70867728950e'],
      ['not hex', 'z'.repeat(32)],
      // biome-ignore lint/correctness/noPrecisionLoss: an id sent as a JSON number, precision lost as a client would lose it
      ['a number', 12345678901234567890],
      ['an object', { id: 'x' }],
    ])('refuses a malformed idempotency_id (%s) with a 422 naming it, changing nothing', async (_what, value) => {
      const before = contacts();
      const res = await post({ contact: { idempotency_id: value, name: 'Acme Ltd', contact_type_ids: ['CUSTOMER'] } });
      expect(res.status).toBe(422);
      const [err] = await sageErrors(res);
      expect(err).toMatchObject({ $dataCode: 'RecordInvalid', $source: 'idempotency_id' });
      expect(contacts()).toBe(before);
      expect(s.h.mock.admin.idempotencyRecords()).toEqual([]);
    });

    it('treats null and "" as no id', async () => {
      const before = contacts();
      expect((await post(contact(undefined, 'A', { idempotency_id: null }))).status).toBe(201);
      expect((await post(contact(undefined, 'A', { idempotency_id: '' }))).status).toBe(201);
      expect(contacts()).toBe(before + 2);
      expect(s.h.mock.admin.idempotencyRecords()).toEqual([]);
    });

    it('keeps ids per business: the same id in another business is a new request', async () => {
      const id = freshId();
      const ie = s.h.world.businesses.find((b) => b.country === 'IE')!.id;
      const gbRes = await (await post(contact(id))).json();
      const ieRes = await post(contact(id), { business: ie });
      expect(ieRes.status).toBe(201);
      const ieBody = await ieRes.json();
      expect(ieBody.id).not.toBe(gbRes.id);
      expect(s.h.mock.state.store.collection(ie, 'contacts').get(ieBody.id)).toBeDefined();
      expect(
        s.h.mock.admin
          .idempotencyRecords()
          .map((r) => r.business_id)
          .sort(),
      ).toEqual([s.gb, ie].sort());
    });

    it('shares ids between the apps of a business (scope: business)', async () => {
      const app2 = s.h.world.apps[1]!.client_id;
      const t2 = s.h.mock.admin.mintToken({ user_id: s.h.world.users[0]!.id, client_id: app2 }).access_token;
      const id = freshId();
      const first = await (await post(contact(id))).text();
      const other = await s.h.api('/contacts', { method: 'POST', json: contact(id), token: t2 });
      expect(other.status).toBe(201);
      expect(await other.text()).toBe(first);
    });

    it('lists remembered ids on the control plane', async () => {
      const id = freshId();
      await post(contact(id));
      const res = await s.h.admin('/__mock/idempotency');
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.$total).toBe(1);
      expect(body.$items[0]).toMatchObject({
        business_id: s.gb,
        idempotency_id: id,
        resource: 'contact',
        method: 'POST',
        path: '/v3.1/contacts',
        state: 'stored',
        status: 201,
        created_at: '2026-01-05T09:00:00.000Z',
        expires_at: '2026-01-12T09:00:00.000Z',
      });
    });
  });

  describe('bodyMismatch: reject, replayFailures: true', () => {
    const s = setup(adapter, { idempotency: { bodyMismatch: 'reject', replayFailures: true } });

    it('answers 422 IdempotencyBodyMismatch for the same id with a different body, changing nothing', async () => {
      const id = freshId();
      expect((await s.h.api('/contacts', { method: 'POST', json: contact(id, 'One') })).status).toBe(201);
      const before = count(s.h.mock, s.gb, 'contacts');
      const res = await s.h.api('/contacts', { method: 'POST', json: contact(id, 'Two') });
      expect(res.status).toBe(422);
      expect((await sageErrors(res))[0]!.$dataCode).toBe('IdempotencyBodyMismatch');
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before);
      // The same body still replays.
      expect((await s.h.api('/contacts', { method: 'POST', json: contact(id, 'One') })).status).toBe(201);
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before);
    });

    it('replays a first request that failed validation as that failure', async () => {
      const id = freshId();
      const before = count(s.h.mock, s.gb, 'contacts');
      const bad = await s.h.api('/contacts', { method: 'POST', json: { contact: { idempotency_id: id, contact_type_ids: ['CUSTOMER'] } } });
      expect(bad.status).toBe(422);
      const badBody = await bad.text();
      const fixed = await s.h.api('/contacts', {
        method: 'POST',
        json: { contact: { idempotency_id: id, contact_type_ids: ['CUSTOMER'] } },
      });
      expect(fixed.status).toBe(422);
      expect(await fixed.text()).toBe(badBody);
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before);
      expect(s.h.mock.admin.idempotencyRecords()).toMatchObject([{ idempotency_id: id, status: 422, state: 'stored', replays: 1 }]);
    });
  });

  describe('resources limited to ledger_account', () => {
    const s = setup(adapter, { idempotency: { resources: ['ledger_account'] } });

    it('ignores idempotency_id on a resource outside the list, and flags it', async () => {
      const id = freshId();
      const before = count(s.h.mock, s.gb, 'contacts');
      expect((await s.h.api('/contacts', { method: 'POST', json: contact(id) })).status).toBe(201);
      expect((await s.h.api('/contacts', { method: 'POST', json: contact(id) })).status).toBe(201);
      expect(count(s.h.mock, s.gb, 'contacts')).toBe(before + 2);
      expect(s.h.mock.admin.journal().at(-1)!.flags).toEqual(['idempotency-id-unsupported']);
    });
  });
});

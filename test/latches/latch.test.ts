/**
 * Latches over the control plane (`/__mock/latches`), through both adapters: a language-agnostic
 * way to hold requests in flight until released.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('latches through %s', (adapter) => {
  const h = useHarness(adapter);

  it('is released by an in-process reset, so no latch outlives the world it was set for', async () => {
    const latch = h.mock.admin.latch({ method: 'GET', path: '/v3.1/contacts' });
    const pending = h.api('/contacts');
    await latch.waitForHeld(1);
    await h.mock.reset();
    expect((await pending).status).toBe(200);
    expect(h.mock.admin.latches()).toEqual([]);
    // The next request passes straight through.
    expect((await h.api('/contacts')).status).toBe(200);
    expect(h.mock.admin.journal({ flag: 'latched' })).toEqual([]);
  });

  it('holds matching requests until released; others pass', async () => {
    const created = await h.admin('/__mock/latches', { method: 'POST', json: { method: 'GET', path: '/v3.1/contacts' } });
    expect(created.status).toBe(201);
    const latch = await created.json();
    expect(latch).toMatchObject({ method: 'GET', path: '/v3.1/contacts', point: 'arrival', limit: null, held: 0, released: false });
    let settled = 0;
    const held = [h.api('/contacts'), h.api('/contacts/abc')].map((p) =>
      p.then((r) => {
        settled++;
        return r;
      }),
    );
    const wait = await h.admin(`/__mock/latches/${latch.id}/wait`, { method: 'POST', json: { held: 2, timeout_ms: 5000 } });
    expect(await wait.json()).toMatchObject({ reached: true, latch: { held: 2 } });
    // Not matching: another path, another method.
    expect((await h.api('/tax_rates')).status).toBe(200);
    expect((await h.api('/contacts', { method: 'POST', json: { contact: { name: 'X', contact_type_ids: ['VENDOR'] } } })).status).toBe(201);
    expect(settled).toBe(0);
    const list = await (await h.admin('/__mock/latches')).json();
    expect(list.$items).toMatchObject([{ id: latch.id, held: 2, total: 2 }]);
    const released = await h.admin(`/__mock/latches/${latch.id}/release`, { method: 'POST' });
    expect(await released.json()).toMatchObject({ id: latch.id, released: true });
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 404]);
    expect((await (await h.admin('/__mock/latches')).json()).$items).toEqual([]);
    expect(h.mock.admin.journal({ flag: 'latched' })).toHaveLength(2);
  });

  it('holds only `limit` requests, and reports a wait that was not reached', async () => {
    const latch = await (await h.admin('/__mock/latches', { method: 'POST', json: { path: '/v3.1/tax_rates', limit: 1 } })).json();
    const first = h.api('/tax_rates');
    const wait1 = await (await h.admin(`/__mock/latches/${latch.id}/wait`, { method: 'POST', json: { held: 1 } })).json();
    expect(wait1.reached).toBe(true);
    expect((await h.api('/tax_rates')).status).toBe(200);
    const wait2 = await (await h.admin(`/__mock/latches/${latch.id}/wait`, { method: 'POST', json: { held: 2, timeout_ms: 20 } })).json();
    expect(wait2).toMatchObject({ reached: false, latch: { held: 1 } });
    const all = await (await h.admin('/__mock/latches', { method: 'DELETE' })).json();
    expect(all.$items).toMatchObject([{ id: latch.id, released: true }]);
    expect((await first).status).toBe(200);
  });

  it('holds at the handler point after auth and body parsing', async () => {
    const latch = h.mock.admin.latch({ point: 'handler', path: '/v3.1/contacts' });
    // Refused before the handler point: never held.
    expect((await h.api('/contacts', { token: null })).status).toBe(401);
    expect((await h.api('/contacts', { method: 'POST', body: '{nope', headers: { 'content-type': 'application/json' } })).status).toBe(422);
    expect(latch.held).toBe(0);
    const p = h.api('/contacts');
    await latch.waitForHeld(1);
    latch.release();
    expect((await p).status).toBe(200);
  });

  it('a reset releases held requests', async () => {
    h.mock.admin.latch({ path: '/v3.1/contacts' });
    const p = h.api('/contacts');
    await h.mock.admin.latchHandle(h.mock.admin.latches()[0]!.id).waitForHeld(1);
    await h.admin('/__mock/reset', { method: 'POST' });
    expect((await p).status).toBe(200);
    expect(h.mock.admin.latches()).toEqual([]);
  });

  it('refuses bad latch settings and unknown latches', async () => {
    for (const bad of [{ point: 'somewhere' }, { limit: 0 }, { limit: 'x' }, { method: 3 }, { method: 'G E T' }, { path: 5 }]) {
      const res = await h.admin('/__mock/latches', { method: 'POST', json: bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect((await sageErrors(res))[0]!.$dataCode).toBe('RecordInvalid');
    }
    expect(h.mock.admin.latches()).toEqual([]);
    expect((await h.admin('/__mock/latches/latch-999/release', { method: 'POST' })).status).toBe(404);
    expect((await h.admin('/__mock/latches/latch-999/wait', { method: 'POST', json: { held: 1 } })).status).toBe(404);
    const l = h.mock.admin.latch({ path: '/v3.1/nothing' });
    expect((await h.admin(`/__mock/latches/${l.id}/wait`, { method: 'POST', json: { held: 0 } })).status).toBe(422);
    expect((await h.admin(`/__mock/latches/${l.id}/wait`, { method: 'POST', json: { held: 1, timeout_ms: 10 ** 9 } })).status).toBe(422);
    l.release();
  });
});

import { describe, expect, it } from 'vitest';
import { createSageMock, type SageMock } from '../../mock/index.ts';

async function script(mock: SageMock): Promise<string[]> {
  const w = mock.admin.world();
  const t = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id });
  const h = { authorization: `Bearer ${t.access_token}`, 'content-type': 'application/json' };
  const out: string[] = [t.access_token, t.refresh_token];
  for (let i = 0; i < 3; i++) {
    const res = await mock.handle({
      method: 'POST',
      url: '/v3.1/contacts',
      headers: h,
      body: JSON.stringify({ contact: { name: `C${i}`, contact_type_ids: ['CUSTOMER'] } }),
    });
    out.push(res.body, res.headers['x-request-id']!);
  }
  return out;
}

describe('determinism', () => {
  it('the same seed gives the identical world, byte for byte, in either store', async () => {
    const [a, b, c] = await Promise.all([
      createSageMock({ seed: 42 }),
      createSageMock({ seed: 42 }),
      createSageMock({ seed: 42, store: 'msw-data' }),
    ]);
    const dump = JSON.stringify(a.state.store.dump());
    expect(JSON.stringify(b.state.store.dump())).toBe(dump);
    expect(JSON.stringify(c.state.store.dump())).toBe(dump);
    expect(JSON.stringify(b.admin.world())).toBe(JSON.stringify(a.admin.world()));
  });

  it('a world built again from its snapshot (a reset, or another mock of it) is the seeded world, whatever was written since', async () => {
    const world = { contacts: { GB: 700 } };
    const a = await createSageMock({ seed: 4242, world });
    const seeded = JSON.stringify(a.state.store.dump());
    const gb = a.admin.world().businesses.find((b) => b.country === 'GB')!.id;
    const contacts = [...a.state.store.collection<{ id: string; reference: string; name: string }>(gb, 'contacts').values()];
    expect(contacts).toHaveLength(700);
    // Past the contacts drawn from faker, contacts are combinations of them: ids and references stay unique.
    expect(new Set(contacts.map((c) => c.id)).size).toBe(700);
    expect(new Set(contacts.map((c) => c.reference)).size).toBe(700);
    expect(new Set(contacts.slice(500).map((c) => c.name)).size).toBeGreaterThan(50);

    expect((await script(a)).length).toBe(8);
    expect(JSON.stringify(a.state.store.dump())).not.toBe(seeded);
    await a.reset();
    expect(JSON.stringify(a.state.store.dump())).toBe(seeded);
    const b = await createSageMock({ seed: 4242, world });
    expect(JSON.stringify(b.state.store.dump())).toBe(seeded);
    // The same requests give the same answers in the rebuilt world as in the first one.
    const c = await createSageMock({ seed: 4242, world });
    expect(await script(b)).toEqual(await script(c));
    await a.reset();
    expect(await script(a)).toEqual(await script(await createSageMock({ seed: 4242, world, store: 'msw-data' })));
  });

  it('another seed gives another world', async () => {
    const [a, b] = await Promise.all([createSageMock({ seed: 42 }), createSageMock({ seed: 43 })]);
    const wa = a.admin.world(),
      wb = b.admin.world();
    expect(wb.businesses.map((x) => x.id)).not.toEqual(wa.businesses.map((x) => x.id));
    expect(wb.users.map((x) => x.email)).not.toEqual(wa.users.map((x) => x.email));
    expect(wb.businesses.map((x) => x.country)).toEqual(wa.businesses.map((x) => x.country));
  });

  it('the same requests on the same seed give the same answers, ids, tokens and request ids', async () => {
    const [a, b] = await Promise.all([createSageMock({ seed: 9 }), createSageMock({ seed: 9 })]);
    expect(await script(b)).toEqual(await script(a));
  });

  it('reset returns to the seed world; reset with a new seed changes it', async () => {
    const m = await createSageMock({ seed: 5 });
    const initial = JSON.stringify(m.state.store.dump());
    await script(m);
    m.clock.advance(10_000);
    expect(JSON.stringify(m.state.store.dump())).not.toBe(initial);
    await m.reset();
    expect(JSON.stringify(m.state.store.dump())).toBe(initial);
    expect(m.admin.journal()).toEqual([]);
    await m.reset({ seed: 6 });
    expect(m.admin.world().seed).toBe(6);
    expect(JSON.stringify(m.state.store.dump())).not.toBe(initial);
  });

  it('makes each country its world as described: seven businesses, owners, invitations, apps', async () => {
    const m = await createSageMock({ seed: 1, world: { contacts: { DE: 3 } } });
    const w = m.admin.world();
    expect(w.businesses.map((b) => b.country)).toEqual(['GB', 'IE', 'US', 'CA', 'FR', 'ES', 'DE']);
    expect(w.businesses.map((b) => b.currency)).toEqual(['GBP', 'EUR', 'USD', 'CAD', 'EUR', 'EUR', 'EUR']);
    expect(w.apps[0]!.client_id).toMatch(/^[0-9a-f]+\/[0-9a-f]+$/);
    expect(w.apps[0]!.redirect_uris.length).toBeGreaterThan(0);
    const [owner] = w.users;
    expect(owner!.businesses.map((b) => b.role)).toEqual(['owner', 'owner', 'owner', 'invited']);
    expect(owner!.lead_business_id).toBe(w.businesses[0]!.id);
    const de = w.businesses.find((b) => b.country === 'DE')!;
    expect(m.state.store.collection(de.id, 'contacts').size()).toBe(3);
    expect(m.state.store.collection(w.businesses[0]!.id, 'contacts').size()).toBe(24);
  });
});

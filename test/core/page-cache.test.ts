/**
 * Plain list pages are served from the body made last time while their collection is unchanged:
 * every write (create, update, delete, through the API or the store) shows in the next list, in
 * either store backend, and pages with other queries never get another page's body.
 */
import { describe, expect, it } from 'vitest';
import { createSageMock } from '../../mock/index.ts';
import type { StoreKind } from '../../mock/store/index.ts';

describe.each<StoreKind>(['memory', 'msw-data'])('list page cache (%s store)', (store) => {
  it('a list reflects every write at once, and each query gets its own page', async () => {
    const mock = await createSageMock({ seed: 5, store });
    const w = mock.admin.world();
    const t = mock.admin.connect({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id });
    const headers = { authorization: `Bearer ${t.access_token}`, 'content-type': 'application/json' };
    const list = async (query = '') =>
      JSON.parse((await mock.handle({ method: 'GET', url: `/v3.1/contacts${query}`, headers })).body) as {
        $total: number;
        $next: string | null;
        $items: { id: string; displayed_as: string }[];
      };
    const first = await list();
    expect(await list()).toEqual(first);
    const page2 = await list('?page=2');
    expect(page2.$items[0]!.id).not.toBe(first.$items[0]!.id);
    expect((await list('?items_per_page=5')).$items).toHaveLength(5);

    const created = await mock.handle({
      method: 'POST',
      url: '/v3.1/contacts',
      headers,
      body: JSON.stringify({ contact: { name: 'Cache Co', contact_type_ids: ['CUSTOMER'] } }),
    });
    const id = (JSON.parse(created.body) as { id: string }).id;
    expect((await list()).$total).toBe(first.$total + 1);
    expect((await list('?page=2')).$items.map((c) => c.id)).toContain(id);

    const target = first.$items[0]!;
    await mock.handle({
      method: 'PUT',
      url: `/v3.1/contacts/${target.id}`,
      headers,
      body: JSON.stringify({ contact: { name: 'Renamed Ltd' } }),
    });
    expect((await list()).$items[0]!.displayed_as).toMatch(/^Renamed Ltd/);

    await mock.handle({ method: 'DELETE', url: `/v3.1/contacts/${id}`, headers });
    expect((await list()).$total).toBe(first.$total);
    expect((await list('?page=2')).$items.map((c) => c.id)).not.toContain(id);

    // A write straight to the store shows too.
    const contacts = mock.state.store.collection<{ id: string; displayed_as: string }>(w.users[0]!.lead_business_id!, 'contacts');
    await contacts.put({ ...contacts.get(target.id)!, displayed_as: 'Straight To Store' });
    expect((await list()).$items[0]!.displayed_as).toBe('Straight To Store');
  });
});

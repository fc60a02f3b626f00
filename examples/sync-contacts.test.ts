/**
 * Example: testing an incremental contact sync against sage-mock in-process with MSW.
 * The client under test follows `$next`, pins the business with `X-Business`, and asks only for
 * what changed since its last run with `updated_or_created_since`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createSageMock, type SageMock } from 'sage-mock';
import { sageHandlers } from 'sage-mock/msw';

// --- the client under test -------------------------------------------------------------
const API = 'https://api.accounting.sage.com/v3.1';

async function syncContacts(token: string, businessId: string, since?: string) {
  const seen: { id: string; name: string }[] = [];
  let next: string | null = `/contacts?items_per_page=200&attributes=name${since ? `&updated_or_created_since=${since}` : ''}`;
  while (next) {
    const res = await fetch(`${API}${next}`, { headers: { authorization: `Bearer ${token}`, 'x-business': businessId } });
    if (!res.ok) throw new Error(`sync failed: ${res.status}`);
    if (res.headers.get('x-business') !== businessId) throw new Error('business drift');
    const page = (await res.json()) as { $next: string | null; $items: { id: string; name: string }[] };
    seen.push(...page.$items);
    next = page.$next;
  }
  return seen;
}

// --- the test ---------------------------------------------------------------------------
let mock: SageMock;
const server = setupServer();
beforeAll(async () => {
  mock = await createSageMock({ seed: 42, world: { contacts: { GB: 450 } } });
  server.use(...sageHandlers(mock));
  server.listen();
});
afterAll(() => server.close());

it('syncs every contact once, then only what changed', async () => {
  const world = mock.admin.world();
  const user = world.users[0]!;
  const gb = world.businesses.find((b) => b.country === 'GB')!.id;
  const { access_token } = mock.admin.mintToken({ user_id: user.id, client_id: world.apps[0]!.client_id });

  const first = await syncContacts(access_token, gb);
  expect(first).toHaveLength(450);
  expect(new Set(first.map((c) => c.id)).size).toBe(450);

  mock.clock.advance(60_000);
  const checkpoint = mock.clock.iso();
  const created = await fetch(`${API}/contacts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${access_token}`, 'x-business': gb, 'content-type': 'application/json' },
    body: JSON.stringify({ contact: { name: 'New Customer Ltd', contact_type_ids: ['CUSTOMER'] } }),
  });
  expect(created.status).toBe(201);
  const delta = await syncContacts(access_token, gb, checkpoint);
  expect(delta.map((c) => c.name)).toEqual(['New Customer Ltd']);

  // What the server saw: three pages for the first run, every call pinned to the GB business.
  const calls = mock.admin.journal({ path: '/v3.1/contacts', method: 'GET' });
  expect(calls).toHaveLength(4);
  expect(calls.every((c) => c.businessSource === 'header' && c.businessId === gb)).toBe(true);
});

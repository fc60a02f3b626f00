/** MSW handlers answer on Sage's real origins by default, or on any base URLs given. */
import { afterEach, describe, expect, it } from 'vitest';
import { setupServer, type SetupServer } from 'msw/node';
import { createSageMock } from '../../mock/index.ts';
import { sageHandlers } from '../../mock/adapters/msw.ts';

let server: SetupServer | undefined;
afterEach(() => server?.close());

async function tokenFor(base: string) {
  const w = await (await fetch(`${base}/__mock/world`)).json();
  const t = await (
    await fetch(`${base}/__mock/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: w.users[0].id, client_id: w.apps[0].client_id }),
    })
  ).json();
  return t.access_token as string;
}

describe('sageHandlers base URLs', () => {
  it('serves separate custom origins, one with a path prefix, each only its own paths', async () => {
    const mock = await createSageMock({ seed: 3 });
    server = setupServer(
      ...sageHandlers(mock, { apiBase: 'http://sage.test/gateway', authorizeBase: 'http://login.test', tokenBase: 'http://oauth.test' }),
    );
    server.listen({ onUnhandledFrame: 'error' });
    const token = await tokenFor('http://sage.test/gateway');
    const res = await fetch('http://sage.test/gateway/v3.1/contacts', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect((await res.json()).$next).toBe('/contacts?page=2&items_per_page=20');
    // The API origin does not serve the token endpoint, and the token origin does not serve the API.
    expect((await fetch('http://sage.test/gateway/token', { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(
      404,
    );
    expect((await fetch('http://oauth.test/v3.1/contacts', { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it('serves every surface from one shared base URL', async () => {
    const mock = await createSageMock({ seed: 3 });
    const base = 'http://localhost:9999';
    server = setupServer(...sageHandlers(mock, { apiBase: base, authorizeBase: base, tokenBase: base }));
    server.listen({ onUnhandledFrame: 'error' });
    const token = await tokenFor(base);
    expect((await fetch(`${base}/v3.1/user`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('defaults to the real Sage origins', async () => {
    const mock = await createSageMock({ seed: 3 });
    server = setupServer(...sageHandlers(mock));
    server.listen({ onUnhandledFrame: 'error' });
    const token = await tokenFor('https://api.accounting.sage.com');
    const res = await fetch('https://api.accounting.sage.com/v3.1/businesses', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect((await res.json()).$total).toBe(4);
  });
});

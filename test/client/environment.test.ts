/** The client environment (`clientEnvironment`) and `startServer`: a client configured from it alone works. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { clientEnvironment, createSageMock, type ClientEnvironment } from '../../mock/index.ts';
import { startServer, type StartedServer } from '../../mock/adapters/fastify.ts';
import { sageHandlers, SAGE_ORIGINS } from '../../mock/adapters/msw.ts';

/** What a client does with the environment: refresh, then list contacts of each business. */
async function useEnvironment(env: ClientEnvironment): Promise<number[]> {
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: env.SAGE_REFRESH_TOKEN,
    client_id: env.SAGE_CLIENT_ID,
    client_secret: env.SAGE_CLIENT_SECRET,
  });
  const tok = await fetch(env.SAGE_TOKEN_URL, { method: 'POST', body: form });
  expect(tok.status).toBe(200);
  const { access_token } = (await tok.json()) as { access_token: string };
  const statuses: number[] = [];
  for (const b of env.SAGE_BUSINESS_IDS.split(',')) {
    const res = await fetch(`${env.SAGE_API_URL}/contacts`, { headers: { authorization: `Bearer ${access_token}`, 'x-business': b } });
    expect(res.headers.get('x-business')).toBe(b);
    statuses.push(res.status);
  }
  return statuses;
}

describe('clientEnvironment through fastify (startServer)', () => {
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServer({ seed: 42 });
  });
  afterAll(() => server.close());

  it('gives every variable, pointing at the server, and a working tenant', async () => {
    const env = clientEnvironment(server.mock, server.url);
    const w = server.mock.admin.world();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(env).toEqual({
      SAGE_AUTHORIZE_URL: `${server.url}/oauth2/auth/central`,
      SAGE_TOKEN_URL: `${server.url}/token`,
      SAGE_REVOKE_URL: `${server.url}/revoke`,
      SAGE_API_URL: `${server.url}/v3.1`,
      SAGE_CLIENT_ID: w.apps[0]!.client_id,
      SAGE_CLIENT_SECRET: w.apps[0]!.client_secret,
      SAGE_REDIRECT_URI: w.apps[0]!.redirect_uris[0],
      SAGE_REFRESH_TOKEN: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      SAGE_BUSINESS_IDS: expect.stringMatching(new RegExp(`^${w.users[0]!.lead_business_id}(,[0-9a-f]{32})+$`)),
      SAGE_CONTROL_URL: `${server.url}/__mock`,
    });
    expect(env.SAGE_BUSINESS_IDS.split(',').sort()).toEqual(w.users[0]!.businesses.map((b) => b.id).sort());
    expect(server.mock.admin.chains({ client_id: env.SAGE_CLIENT_ID })).toHaveLength(1);
    expect(await useEnvironment(env)).toEqual(env.SAGE_BUSINESS_IDS.split(',').map(() => 200));
    expect((await fetch(`${env.SAGE_CONTROL_URL}/clock`)).status).toBe(200);
  });

  it('connects the user and app asked for, and refuses unknown ones', () => {
    const w = server.mock.admin.world();
    const env = clientEnvironment(server.mock, server.url, { user_id: w.users[1]!.id, client_id: w.apps[1]!.client_id });
    expect(env.SAGE_CLIENT_ID).toBe(w.apps[1]!.client_id);
    expect(env.SAGE_BUSINESS_IDS.split(',')[0]).toBe(w.users[1]!.lead_business_id);
    expect(() => clientEnvironment(server.mock, server.url, { user_id: 'nobody' })).toThrow(/No user nobody/);
  });
});

describe('clientEnvironment through msw (Sage origins)', () => {
  it('points at the three origins and works through real fetch', async () => {
    const mock = await createSageMock({ seed: 42 });
    const msw = setupServer(...sageHandlers(mock));
    msw.listen({ onUnhandledFrame: 'bypass' });
    try {
      const env = clientEnvironment(mock, SAGE_ORIGINS);
      expect(env.SAGE_API_URL).toBe('https://api.accounting.sage.com/v3.1');
      expect(env.SAGE_TOKEN_URL).toBe('https://oauth.accounting.sage.com/token');
      expect(env.SAGE_REVOKE_URL).toBe('https://oauth.accounting.sage.com/revoke');
      expect(env.SAGE_AUTHORIZE_URL).toBe('https://www.sageone.com/oauth2/auth/central');
      expect(env.SAGE_CONTROL_URL).toBe('https://api.accounting.sage.com/__mock');
      expect((await useEnvironment(env)).every((s) => s === 200)).toBe(true);
    } finally {
      msw.close();
    }
  });
});

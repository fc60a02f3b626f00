/**
 * The authorize origin without a browser, through MSW and Fastify: the consent page's HTML,
 * its form posted back, the code and callback format, and the two headless paths.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness } from '../support/harness.ts';
import { authorize, authorizeUrl, authSnapshot, claims, codeFor, exchange, type App, type User } from './support.ts';

describe.each(ADAPTERS)('authorize and consent through %s', (adapter) => {
  const h = useHarness(adapter);
  let app: App;
  let users: User[];
  beforeEach(() => {
    app = h.world.apps[0]!;
    users = h.world.users;
  });

  const request = (extra: Record<string, string | undefined> = {}) => ({
    client_id: app.client_id,
    response_type: 'code',
    redirect_uri: app.redirect_uris[0],
    scope: 'full_access',
    state: 'abc 123/=&',
    ...extra,
  });

  /** Posts the consent form as a browser would (hidden fields + the person's choices). */
  async function postConsent(fields: Record<string, string | undefined>) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) body.set(k, v);
    return fetch(`${h.bases.authorize}/oauth2/auth/consent`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  it('renders the consent page: app, scope, every seeded account, the request in hidden fields (escaped)', async () => {
    const before = authSnapshot(h);
    const res = await fetch(authorizeUrl(h, request({ state: '"><script>alert(1)</script>', scope: 'readonly' })));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('<form id="consent-form" method="post" action="consent">');
    expect(page).toContain(`<span id="app-name">${app.name}</span>`);
    expect(page).toContain('data-scope="readonly"');
    for (const u of users) expect(page).toContain(`id="user-${u.id}" value="${u.id}"`);
    expect(page).toContain(`name="client_id" value="${app.client_id}"`);
    expect(page).not.toContain('<script>');
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(page).toMatch(/id="allow" name="decision" value="allow"/);
    expect(page).toMatch(/id="deny" name="decision" value="deny"/);
    // Showing the page issues nothing.
    expect(authSnapshot(h)).toBe(before);
    expect(h.mock.admin.journal({ surface: 'authorize' }).at(-1)).toMatchObject({ status: 200, clientId: app.client_id });
  });

  it('Allow with a picked account redirects with code=<REGION>%2F<code>&country=<CC>&state=...', async () => {
    const res = await postConsent({ ...request(), user_id: users[0]!.id, decision: 'allow' });
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^http:\/\/localhost:3000\/callback\?code=GB%2F[0-9a-f]{40}&country=GB&state=abc%20123%2F%3D%26$/);
    const params = new URL(location).searchParams;
    expect(params.get('state')).toBe('abc 123/=&');
    const token = await exchange(h, app, params.get('code')!, app.redirect_uris[0]!);
    expect(token).toMatchObject({ status: 200, body: { requested_by_id: users[0]!.id, scope: 'full_access' } });
  });

  it('Allow with a typed email (any case) works; an unknown email re-renders the page with a notice and issues nothing', async () => {
    const ok = await postConsent({ ...request(), email: `  ${users[2]!.email.toUpperCase()} `, decision: 'allow' });
    expect(ok.status).toBe(302);
    // User 2 leads from Spain: the region and country follow the lead business.
    expect(ok.headers.get('location')).toMatch(/\?code=ES%2F[0-9a-f]{40}&country=ES&/);
    const before = authSnapshot(h);
    const bad = await postConsent({ ...request(), email: 'nobody@example.com', decision: 'allow' });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('location')).toBeNull();
    const page = await bad.text();
    expect(page).toContain('id="notice"');
    expect(page).toContain('nobody@example.com');
    expect(page).toContain('value="nobody@example.com"');
    const none = await postConsent({ ...request(), decision: 'allow' });
    expect(none.status).toBe(422);
    const noDecision = await postConsent({ ...request(), user_id: users[0]!.id });
    expect(noDecision.status).toBe(422);
    expect(authSnapshot(h)).toBe(before);
  });

  it('Deny redirects with error=access_denied and the state', async () => {
    const before = authSnapshot(h);
    const res = await postConsent({ ...request(), user_id: users[0]!.id, decision: 'deny' });
    expect(res.status).toBe(302);
    const params = new URL(res.headers.get('location')!).searchParams;
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe('abc 123/=&');
    expect(params.get('code')).toBeNull();
    expect(authSnapshot(h)).toBe(before);
  });

  it('the posted form is validated again: a tampered redirect_uri or client gets the error page', async () => {
    const before = authSnapshot(h);
    for (const tamper of [{ redirect_uri: 'https://evil.example.com/cb' }, { client_id: 'forged/client' }]) {
      const res = await postConsent({ ...request(tamper), user_id: users[0]!.id, decision: 'allow' });
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('data-error=');
    }
    const json = await fetch(`${h.bases.authorize}/oauth2/auth/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    const huge = await postConsent({ ...request(), user_id: users[0]!.id, decision: 'allow', filler: 'x'.repeat(1024 * 1024) });
    expect(huge.status).toBe(400);
    expect(huge.headers.get('location')).toBeNull();
    expect(authSnapshot(h)).toBe(before);
  });

  it('country picks the code region, the callback country and the token claim', async () => {
    // User 2 leads from Spain and also has a German business.
    const { code, redirectUri, callback } = await codeFor(h, app, users[2]!, { country: 'de' });
    expect(callback.rawQuery).toMatch(/^code=DE%2F[0-9a-f]{40}&country=DE&state=st$/);
    const token = await exchange(h, app, code, redirectUri);
    // Sage's example token spells the country claim in lower case.
    expect(claims(token.body.access_token as string).country).toBe('de');
    expect(h.mock.admin.chains()[0]!.country).toBe('DE');
  });

  it('a registered callback with its own query keeps it, and the parameters follow with &', async () => {
    const registered = await h.mock.admin.registerApp({ name: 'Query App', redirect_uris: ['https://app.example.com/cb?tenant=7'] });
    const { callback } = await codeFor(h, registered, users[1]!, { redirect_uri: 'https://app.example.com/cb?tenant=7' });
    // User 1 leads from Canada.
    expect(callback.location).toMatch(/^https:\/\/app\.example\.com\/cb\?tenant=7&code=CA%2F[0-9a-f]{40}&country=CA&state=st$/);
  });

  it('headless: sage_mock_user (id or email) allows at once; sage_mock_decision=deny denies; an unknown user is an error page', async () => {
    const byEmail = await authorize(authorizeUrl(h, request({ sage_mock_user: users[1]!.email })));
    expect(byEmail.status).toBe(302);
    expect(byEmail.params.get('code')).toMatch(/^CA\/[0-9a-f]{40}$/);
    expect(h.mock.admin.journal({ surface: 'authorize' }).at(-1)!.flags).toEqual(['headless-consent', 'consent-allowed']);
    const denied = await authorize(authorizeUrl(h, request({ sage_mock_user: users[1]!.id, sage_mock_decision: 'deny' })));
    expect(denied.params.get('error')).toBe('access_denied');
    const before = authSnapshot(h);
    const unknown = await authorize(authorizeUrl(h, request({ sage_mock_user: 'ghost@example.com' })));
    expect(unknown.status).toBe(400);
    expect(unknown.location).toBeNull();
    expect(authSnapshot(h)).toBe(before);
  });

  it('headless: a pre-approval answers every request of the client at once; once=true answers one', async () => {
    const res = await h.admin('/__mock/oauth/preapprove', {
      method: 'POST',
      json: { user_id: users[3]!.id, client_id: app.client_id, scope: 'readonly', once: true },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ client_id: app.client_id, user_id: users[3]!.id, scope: 'readonly', once: true });
    const first = await authorize(authorizeUrl(h, request()));
    expect(first.status).toBe(302);
    const token = await exchange(h, app, first.params.get('code')!, app.redirect_uris[0]!);
    expect(token.body).toMatchObject({ scope: 'readonly', requested_by_id: users[3]!.id });
    expect((await authorize(authorizeUrl(h, request()))).status).toBe(200); // the page again

    h.mock.admin.preapprove({ user_id: users[0]!.id, client_id: app.client_id });
    expect((await authorize(authorizeUrl(h, request()))).status).toBe(302);
    expect((await authorize(authorizeUrl(h, request()))).status).toBe(302);
    expect(await (await h.admin('/__mock/oauth/preapprovals')).json()).toEqual({
      $items: [{ client_id: app.client_id, user_id: users[0]!.id, scope: null, once: false }],
    });
    expect(await (await h.admin('/__mock/oauth/preapprovals', { method: 'DELETE' })).json()).toEqual({ cleared: 1 });
    expect((await authorize(authorizeUrl(h, request()))).status).toBe(200);
    // Pre-approval input errors are Sage-format 422s.
    expect(
      (await h.admin('/__mock/oauth/preapprove', { method: 'POST', json: { user_id: 'nobody', client_id: app.client_id } })).status,
    ).toBe(422);
    expect(
      (
        await h.admin('/__mock/oauth/preapprove', {
          method: 'POST',
          json: { user_id: users[0]!.id, client_id: app.client_id, scope: 'all' },
        })
      ).status,
    ).toBe(422);
  });

  it('no scope means full_access [guess]; a repeated parameter is invalid_request', async () => {
    const { code, redirectUri } = await codeFor(h, app, users[0]!, { scope: undefined });
    expect((await exchange(h, app, code, redirectUri)).body.scope).toBe('full_access');
    const url = `${authorizeUrl(h, request({ sage_mock_user: users[0]!.id }))}&scope=readonly`;
    const cb = await authorize(url);
    expect(cb.params.get('error')).toBe('invalid_request');
  });
});

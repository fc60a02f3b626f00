/**
 * The consent page clicked through in a real headless browser: Debian's Chromium driven by
 * playwright-core (which never downloads a browser), against the Fastify server on 127.0.0.1.
 * The app's callback is a small real HTTP server, so the browser follows the real redirect.
 *
 * Chromium comes from `scripts/ensure-chromium.sh` (npm test runs it first). When the binary is
 * missing and we are root, this file runs the script itself; only when it is missing and we are
 * not root is the suite not run, and it says why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import * as oc from 'openid-client';
import { useHarness } from '../support/harness.ts';
import { authorizeUrl, openidConfig, type App } from './support.ts';

const CHROMIUM = process.env.SAGE_MOCK_CHROMIUM ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;
if (!existsSync(CHROMIUM) && isRoot) {
  execFileSync('bash', [new URL('../../scripts/ensure-chromium.sh', import.meta.url).pathname], { stdio: 'inherit', timeout: 600_000 });
}
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(
    `consent-browser: ${CHROMIUM} is missing and we are not root, so the browser tests cannot run; install it with 'sudo apt-get install -y chromium' or run scripts/ensure-chromium.sh as root.`,
  );
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

describe.runIf(available)('consent page in headless Chromium (Fastify)', () => {
  const h = useHarness('fastify', {}, { reset: 'none' });
  let browser: Browser;
  let callbackServer: Server;
  let callbackUrl: string;
  let app: App;
  const received: URLSearchParams[] = [];

  beforeAll(async () => {
    callbackServer = createHttpServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/callback') received.push(url.searchParams); // not /favicon.ico
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>callback</title><p id="done">${url.searchParams.has('code') ? 'connected' : 'not connected'}</p>`);
    });
    await new Promise<void>((resolve) => callbackServer.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(callbackServer.address() as AddressInfo).port}/callback`;
    app = await h.mock.admin.registerApp({ name: 'Browser App', redirect_uris: [callbackUrl] });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => callbackServer?.close(resolve));
  });

  async function openConsent(page: Page, state: string, challenge?: string) {
    await page.goto(
      authorizeUrl(h, {
        client_id: app.client_id,
        response_type: 'code',
        redirect_uri: callbackUrl,
        scope: 'full_access',
        state,
        code_challenge: challenge,
        code_challenge_method: challenge ? 'S256' : undefined,
      }),
    );
    await expect(page.title()).resolves.toContain('Authorize Browser App');
    expect(await page.textContent('#app-name')).toBe('Browser App');
    expect(await page.getAttribute('#scope', 'data-scope')).toBe('full_access');
  }

  it('Allow: pick an account, click Allow, land on the callback with a code that exchanges for tokens', async () => {
    const user = h.mock.admin.world().users[0]!;
    const verifier = oc.randomPKCECodeVerifier();
    const page = await browser.newPage();
    try {
      await openConsent(page, 'browser-allow', await oc.calculatePKCECodeChallenge(verifier));
      await page.check(`#user-${user.id}`);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.click('#allow')]);
      expect(await page.textContent('#done')).toBe('connected');
      const landed = new URL(page.url());
      expect(landed.search).toMatch(/^\?code=GB%2F[0-9a-f]{40}&country=GB&state=browser-allow$/);
      expect(received.at(-1)!.get('code')).toBe(landed.searchParams.get('code'));
      const tokens = await oc.authorizationCodeGrant(openidConfig(h, app, 'basic'), landed, {
        pkceCodeVerifier: verifier,
        expectedState: 'browser-allow',
      });
      expect(tokens.requested_by_id).toBe(user.id);
      expect((await h.api('/user', { token: tokens.access_token })).status).toBe(200);
    } finally {
      await page.close();
    }
  });

  it('a state with quotes, markup, &, +, %, emoji and spaces comes back to the callback unchanged', async () => {
    // (A bare line feed would come back as CR LF: browsers normalise newlines in posted forms.)
    const state = `"q" 's' <b>&amp; + %2F % 😀 é\u00a0\t end  `;
    const page = await browser.newPage();
    try {
      await openConsent(page, state);
      await page.check(`#user-${h.mock.admin.world().users[0]!.id}`);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.click('#allow')]);
      expect(new URL(page.url()).searchParams.get('state')).toBe(state);
      expect(received.at(-1)!.get('state')).toBe(state);
    } finally {
      await page.close();
    }
  });

  it('an unknown email shows a notice on the page; then a typed known email and Allow connect that user', async () => {
    const user = h.mock.admin.world().users[2]!;
    const page = await browser.newPage();
    try {
      await openConsent(page, 'browser-email');
      await page.fill('#email', 'nobody@example.com');
      await page.click('#allow');
      await page.waitForSelector('#notice');
      expect(await page.textContent('#notice')).toContain('nobody@example.com');
      expect(page.url()).toMatch(/\/oauth2\/auth\/consent$/);
      await page.fill('#email', user.email);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.click('#allow')]);
      const landed = new URL(page.url());
      expect(landed.searchParams.get('state')).toBe('browser-email');
      const code = landed.searchParams.get('code')!;
      expect(h.mock.state.tokens.codes.get(code)).toMatchObject({ userId: user.id, clientId: app.client_id, redirectUri: callbackUrl });
    } finally {
      await page.close();
    }
  });

  it('Deny: the callback gets error=access_denied and the state, and no code is issued', async () => {
    const codesBefore = h.mock.state.tokens.codes.all().length;
    const page = await browser.newPage();
    try {
      await openConsent(page, 'browser-deny');
      await page.check(`#user-${h.mock.admin.world().users[1]!.id}`);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.click('#deny')]);
      expect(await page.textContent('#done')).toBe('not connected');
      const landed = new URL(page.url());
      expect(landed.searchParams.get('error')).toBe('access_denied');
      expect(landed.searchParams.get('state')).toBe('browser-deny');
      expect(landed.searchParams.get('code')).toBeNull();
      expect(h.mock.state.tokens.codes.all()).toHaveLength(codesBefore);
    } finally {
      await page.close();
    }
  });

  it('an unregistered callback shows the error page and the browser stays at the authorize origin', async () => {
    const page = await browser.newPage();
    try {
      const res = await page.goto(
        authorizeUrl(h, { client_id: app.client_id, response_type: 'code', redirect_uri: `${callbackUrl}/other`, state: 'x' }),
      );
      expect(res!.status()).toBe(400);
      expect(await page.getAttribute('[data-error]', 'data-error')).toBe('invalid_request');
      expect(page.url().startsWith(h.bases.authorize)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

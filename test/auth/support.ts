/**
 * Helpers for the OAuth tests: real client libraries pointed at a harness (MSW or Fastify), the
 * authorize step without a browser, and raw token-endpoint calls for the cases libraries hide.
 */
import * as oc from 'openid-client';
import { AuthorizationCode } from 'simple-oauth2';
import type { Harness } from '../support/harness.ts';
import type { WorldView } from '../../mock/index.ts';

export type App = WorldView['apps'][number];
export type User = WorldView['users'][number];

/** openid-client v6 (fetch, oauth4webapi) configured for the harness' three origins. */
export function openidConfig(h: Harness, app: App, auth: 'basic' | 'post' = 'basic'): oc.Configuration {
  const server: oc.ServerMetadata = {
    issuer: h.bases.token,
    authorization_endpoint: `${h.bases.authorize}/oauth2/auth/central`,
    token_endpoint: `${h.bases.token}/token`,
    revocation_endpoint: `${h.bases.token}/revoke`,
  };
  const clientAuth = auth === 'basic' ? oc.ClientSecretBasic(app.client_secret) : oc.ClientSecretPost(app.client_secret);
  const config = new oc.Configuration(server, app.client_id, app.client_secret, clientAuth);
  // The Fastify run is plain http on 127.0.0.1.
  if (h.bases.token.startsWith('http:')) oc.allowInsecureRequests(config);
  return config;
}

/** simple-oauth2 (@hapi/wreck over node:http) configured for the harness. */
export function simpleClient(h: Harness, app: App, method: 'header' | 'body' = 'header'): AuthorizationCode {
  return new AuthorizationCode({
    client: { id: app.client_id, secret: app.client_secret },
    auth: {
      tokenHost: h.bases.token,
      tokenPath: '/token',
      revokePath: '/revoke',
      authorizeHost: h.bases.authorize,
      authorizePath: '/oauth2/auth/central',
    },
    options: { authorizationMethod: method },
  });
}

export interface CallbackResult {
  status: number;
  location: string | null;
  params: URLSearchParams;
  /** The raw query text of the callback (to see `GB%2F` as sent). */
  rawQuery: string;
}

/** Follows the authorize URL one hop (no browser): the 302 to the callback, or the page. */
export async function authorize(url: string | URL): Promise<CallbackResult> {
  const res = await fetch(url, { redirect: 'manual' });
  const location = res.headers.get('location');
  await res.arrayBuffer();
  const rawQuery = location ? (location.split('?')[1] ?? '') : '';
  return { status: res.status, location, params: new URLSearchParams(rawQuery), rawQuery };
}

/** The authorize URL with Sage's parameters (and whatever else is given). */
export function authorizeUrl(h: Harness, params: Record<string, string | undefined>): string {
  const url = new URL(`${h.bases.authorize}/oauth2/auth/central`);
  url.searchParams.set('filter', 'apiv3.1');
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

/** A code for `user` through the headless query parameter. */
export async function codeFor(
  h: Harness,
  app: App,
  user: User,
  extra: Record<string, string | undefined> = {},
): Promise<{ code: string; redirectUri: string; callback: CallbackResult }> {
  const redirectUri = extra.redirect_uri ?? app.redirect_uris[0]!;
  const cb = await authorize(
    authorizeUrl(h, {
      client_id: app.client_id,
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: 'full_access',
      state: 'st',
      sage_mock_user: user.id,
      ...extra,
    }),
  );
  const code = cb.params.get('code');
  if (cb.status !== 302 || !code) throw new Error(`no code: ${cb.status} ${cb.location}`);
  return { code, redirectUri, callback: cb };
}

/** A raw POST to the token origin: form fields, optional HTTP Basic (ids form-encoded per RFC 6749). */
export async function tokenPost(
  h: Harness,
  path: '/token' | '/revoke',
  form: Record<string, string | undefined>,
  options: { basic?: { id: string; secret: string }; contentType?: string; body?: string } = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const headers = new Headers({ 'content-type': options.contentType ?? 'application/x-www-form-urlencoded', accept: 'application/json' });
  if (options.basic) {
    const cred = `${encodeURIComponent(options.basic.id)}:${encodeURIComponent(options.basic.secret)}`;
    headers.set('authorization', `Basic ${Buffer.from(cred).toString('base64')}`);
  }
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) if (v !== undefined) params.set(k, v);
  const res = await fetch(`${h.bases.token}${path}`, { method: 'POST', headers, body: options.body ?? params.toString() });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: res.status, body, headers: res.headers };
}

/** A code exchanged through the raw token endpoint (client_secret_post). */
export async function exchange(h: Harness, app: App, code: string, redirectUri: string, verifier?: string) {
  return tokenPost(h, '/token', {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
    client_id: app.client_id,
    client_secret: app.client_secret,
  });
}

export async function refreshRaw(h: Harness, app: App, refreshToken: string) {
  return tokenPost(h, '/token', {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: app.client_id,
    client_secret: app.client_secret,
  });
}

export const SAGE_TOKEN_KEYS = [
  'access_token',
  'scope',
  'token_type',
  'expires_in',
  'refresh_token',
  'refresh_token_expires_in',
  'requested_by_id',
];

/** The claims of a JWT-shaped token. */
export function claims(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A snapshot of everything the OAuth side holds, to assert a refusal changed nothing. */
export function authSnapshot(h: Harness): string {
  const t = h.mock.state.tokens;
  return JSON.stringify({
    chains: t.chains(),
    codes: t.codes.all(),
    preapprovals: t.codes.preapprovals(),
    apps: h.mock.admin.world().apps,
  });
}

export const SEC = 1000;

/**
 * The OAuth side of the control plane (`mock.admin.*` and `/__mock/*` call these): register and
 * remove apps, connect a tenant in one call, pre-approve a user for the headless consent path,
 * list and revoke chains, expire an access token now. Input errors are Sage-format 422s (404 for
 * an unknown chain or token), and a refused call changes nothing.
 */
import type { MockCore } from '../state.ts';
import { apiError } from '../core/errors.ts';
import { COUNTRIES, GLOBAL, type AppRecord, type CountryCode, type UserRecord } from '../world/types.ts';
import { homeCountry } from '../world/access.ts';
import { sageTime } from '../core/records.ts';
import { DEFAULT_SCOPE, SCOPES, type ChainRecord, type Scope, type TokenResponse } from './tokens.ts';
import type { Preapproval } from './codes.ts';

export interface AppView {
  client_id: string;
  client_secret: string;
  name: string;
  redirect_uris: string[];
}

export interface RegisterAppInput {
  /** Default: a new `<hex>/<hex>` id, like Sage's. */
  client_id?: string;
  /** Default: 40 new hex characters. */
  client_secret?: string;
  name?: string;
  redirect_uris: string[];
}

export interface ChainView {
  id: string;
  client_id: string;
  user_id: string;
  scope: Scope;
  country: string;
  generation: number;
  created_at: string;
  revoked_at: string | null;
  revoked_by: 'revoke' | 'admin' | null;
}

export interface PreapprovalView {
  client_id: string;
  user_id: string;
  scope: Scope | null;
  once: boolean;
}

const apps = (mock: MockCore) => mock.state.store.collection<AppRecord>(GLOBAL, 'apps');
const users = (mock: MockCore) => mock.state.store.collection<UserRecord>(GLOBAL, 'users');

export function appView(a: AppRecord): AppView {
  return { client_id: a.client_id, client_secret: a.client_secret, name: a.name, redirect_uris: [...a.redirect_uris] };
}

export async function registerApp(mock: MockCore, input: RegisterAppInput): Promise<AppView> {
  const rng = mock.state.rng;
  const clientId = input.client_id ?? `${rng.hex(20)}/${rng.hex(20)}`;
  if (typeof clientId !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(clientId) || clientId.includes(':')) {
    throw apiError('RecordInvalid', { source: 'client_id', message: 'client_id must be 1 to 200 visible ASCII characters without ":".' });
  }
  if (apps(mock).get(clientId))
    throw apiError('RecordInvalid', { source: 'client_id', message: `An app with client_id ${clientId} is already registered.` });
  const secret = input.client_secret ?? rng.hex(40);
  if (typeof secret !== 'string' || secret.length === 0 || secret.length > 200) {
    throw apiError('RecordInvalid', {
      source: 'client_secret',
      message: 'client_secret must be a non-empty string of at most 200 characters.',
    });
  }
  const name = input.name ?? 'Registered App';
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200) {
    throw apiError('RecordInvalid', { source: 'name', message: 'name must be a non-empty string of at most 200 characters.' });
  }
  const uris = input.redirect_uris;
  if (!Array.isArray(uris) || uris.length === 0 || !uris.every(isCallbackUri)) {
    throw apiError('RecordInvalid', {
      source: 'redirect_uris',
      message: 'redirect_uris must be a non-empty list of absolute URLs without a fragment.',
    });
  }
  const record: AppRecord = {
    id: clientId,
    client_id: clientId,
    client_secret: secret,
    name,
    redirect_uris: [...new Set(uris)],
    created_at: sageTime(mock.clock.now()),
  };
  await apps(mock).insert(record);
  return appView(record);
}

/** Removes an app: its tokens stop working on the API at once (401), its grants at /token too. */
export async function removeApp(mock: MockCore, clientId: string): Promise<void> {
  if (!apps(mock).get(clientId)) throw apiError('RecordNotFound', { message: `No app ${clientId}.` });
  await apps(mock).remove(clientId);
  mock.state.tokens.codes.clearPreapproval(clientId);
}

/** A connected tenant without the browser: what `/token` answers after a consent as `user_id`. */
export function connect(mock: MockCore, input: { user_id: string; client_id: string; scope?: Scope; country?: string }): TokenResponse {
  const user = requireUser(mock, input.user_id);
  requireApp(mock, input.client_id);
  const scope = requireScope(input.scope);
  let country: string | undefined = input.country;
  if (country !== undefined) {
    const upper = typeof country === 'string' ? country.toUpperCase() : '';
    if (!COUNTRIES.includes(upper as CountryCode))
      throw apiError('RecordInvalid', { source: 'country', message: `country must be one of ${COUNTRIES.join(', ')}.` });
    country = upper;
  }
  return mock.state.tokens.startChain({
    userId: user.id,
    clientId: input.client_id,
    scope,
    country: country ?? homeCountry(mock.state.store, user),
  });
}

export function preapprove(mock: MockCore, input: { user_id: string; client_id: string; scope?: Scope; once?: boolean }): PreapprovalView {
  const user = requireUser(mock, input.user_id);
  requireApp(mock, input.client_id);
  const scope = input.scope === undefined ? null : requireScope(input.scope);
  if (input.once !== undefined && typeof input.once !== 'boolean')
    throw apiError('RecordInvalid', { source: 'once', message: 'once must be true or false.' });
  return preapprovalView(
    mock.state.tokens.codes.preapprove({ clientId: input.client_id, userId: user.id, scope, once: input.once ?? false }),
  );
}

export function clearPreapprovals(mock: MockCore, clientId?: string): { cleared: number } {
  return { cleared: mock.state.tokens.codes.clearPreapproval(clientId) };
}

export function preapprovals(mock: MockCore): PreapprovalView[] {
  return mock.state.tokens.codes.preapprovals().map(preapprovalView);
}

export function chains(mock: MockCore, filter: { client_id?: string; user_id?: string } = {}): ChainView[] {
  return mock.state.tokens
    .chains()
    .filter(
      (c) =>
        (filter.client_id === undefined || c.clientId === filter.client_id) &&
        (filter.user_id === undefined || c.userId === filter.user_id),
    )
    .map(chainView);
}

/** Kills a chain: its refresh tokens are refused from now on; its access tokens live out their 300 s. */
export function revokeChain(mock: MockCore, chainId: string): ChainView {
  const tokens = mock.state.tokens;
  if (!tokens.chain(chainId)) throw apiError('RecordNotFound', { message: `No token chain ${chainId}.` });
  tokens.revokeChain(chainId, 'admin');
  return chainView(tokens.chain(chainId)!);
}

/** Makes one access token (by its text or id) expire now; the next API call with it is 401. */
export function expireAccessToken(
  mock: MockCore,
  tokenOrId: string,
): { token_id: string; chain_id: string; generation: number; expired_at: string } {
  const tokens = mock.state.tokens;
  const record = tokens.accessRecord(tokenOrId);
  if (!record) throw apiError('RecordNotFound', { message: 'No such access token.' });
  tokens.expireAccessNow(record.id);
  return {
    token_id: record.id,
    chain_id: record.chainId,
    generation: record.generation,
    expired_at: new Date(record.expiresAt).toISOString(),
  };
}

function chainView(c: ChainRecord): ChainView {
  return {
    id: c.id,
    client_id: c.clientId,
    user_id: c.userId,
    scope: c.scope,
    country: c.country,
    generation: c.generation,
    created_at: new Date(c.createdAt).toISOString(),
    revoked_at: c.revokedAt === null ? null : new Date(c.revokedAt).toISOString(),
    revoked_by: c.revokedBy,
  };
}

function preapprovalView(p: Preapproval): PreapprovalView {
  return { client_id: p.clientId, user_id: p.userId, scope: p.scope, once: p.once };
}

function requireUser(mock: MockCore, userId: unknown): UserRecord {
  const user = typeof userId === 'string' ? users(mock).get(userId) : undefined;
  if (!user) throw apiError('RecordInvalid', { source: 'user_id', message: `No user ${String(userId)}.` });
  return user;
}

function requireApp(mock: MockCore, clientId: unknown): AppRecord {
  const app = typeof clientId === 'string' ? apps(mock).get(clientId) : undefined;
  if (!app) throw apiError('RecordInvalid', { source: 'client_id', message: `No app ${String(clientId)}.` });
  return app;
}

function requireScope(scope: unknown): Scope {
  if (scope === undefined) return DEFAULT_SCOPE;
  if (!SCOPES.includes(scope as Scope))
    throw apiError('RecordInvalid', { source: 'scope', message: 'scope must be full_access or readonly.' });
  return scope as Scope;
}

function isCallbackUri(u: unknown): boolean {
  if (typeof u !== 'string' || u.length > 2000) return false;
  try {
    const url = new URL(u);
    // `#` anywhere: `new URL` drops an empty fragment (`cb#`), so url.hash alone would miss it.
    return !u.includes('#') && url.protocol !== 'javascript:' && url.protocol !== 'data:';
  } catch {
    return false;
  }
}

/** The OAuth functions of `mock.admin` (spread into it by admin/admin.ts). */
export interface OAuthAdmin {
  /** Register an app (client id, secret, redirect URIs); missing id and secret are generated. */
  registerApp(input: RegisterAppInput): Promise<AppView>;
  removeApp(clientId: string): Promise<void>;
  /** Connect a tenant in one call: user + app -> Sage's token response (a new chain). */
  connect(input: { user_id: string; client_id: string; scope?: Scope; country?: string }): TokenResponse;
  /** Headless consent: the client's next authorization requests are approved as this user. */
  preapprove(input: { user_id: string; client_id: string; scope?: Scope; once?: boolean }): PreapprovalView;
  preapprovals(): PreapprovalView[];
  clearPreapprovals(clientId?: string): { cleared: number };
  chains(filter?: { client_id?: string; user_id?: string }): ChainView[];
  revokeChain(chainId: string): ChainView;
  /** Expire one access token now (by token text or token id). */
  expireAccessToken(tokenOrId: string): ReturnType<typeof expireAccessToken>;
}

export function oauthAdmin(mock: MockCore): OAuthAdmin {
  return {
    registerApp: (input) => registerApp(mock, input),
    removeApp: (clientId) => removeApp(mock, clientId),
    connect: (input) => connect(mock, input),
    preapprove: (input) => preapprove(mock, input),
    preapprovals: () => preapprovals(mock),
    clearPreapprovals: (clientId) => clearPreapprovals(mock, clientId),
    chains: (filter) => chains(mock, filter),
    revokeChain: (chainId) => revokeChain(mock, chainId),
    expireAccessToken: (tokenOrId) => expireAccessToken(mock, tokenOrId),
  };
}

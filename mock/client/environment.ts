/**
 * The environment a Sage client needs to talk to a mock: its three base URLs, its app credentials
 * and a connected tenant (a refresh token and the businesses it reaches). `sage-mock scenario run`
 * and the contract kit hand it to the command they run; tests can use it to configure a client.
 *
 *   const { mock, url, close } = await startServer({ seed: 42 });   // from sage-mock/fastify
 *   const env = clientEnvironment(mock, url);   // SAGE_API_URL = `${url}/v3.1`, ...
 */
import type { SageMock } from '../context.ts';
import { connect } from '../auth/control.ts';
import { businessesOf } from '../world/access.ts';
import { GLOBAL, type AppRecord, type UserRecord } from '../world/types.ts';
import type { Scope } from '../auth/tokens.ts';
import { apiError } from '../core/errors.ts';

/** The variables, by name. Every value is a string (ready for `process.env`). */
export interface ClientEnvironment {
  /** Where the client sends the user to consent (`.../oauth2/auth/central`). */
  SAGE_AUTHORIZE_URL: string;
  /** The token endpoint (`.../token`). */
  SAGE_TOKEN_URL: string;
  /** The revoke endpoint (`.../revoke`). */
  SAGE_REVOKE_URL: string;
  /** The API base, with `/v3.1`. */
  SAGE_API_URL: string;
  SAGE_CLIENT_ID: string;
  SAGE_CLIENT_SECRET: string;
  /** The app's first registered redirect URI. */
  SAGE_REDIRECT_URI: string;
  /** A fresh refresh token of a new chain for the connected user (generation 0). */
  SAGE_REFRESH_TOKEN: string;
  /** The businesses the user reaches, lead business first, comma-separated. */
  SAGE_BUSINESS_IDS: string;
  /** The control plane (`.../__mock`). */
  SAGE_CONTROL_URL: string;
}

/** Base URLs of the surfaces: one server URL, or the MSW origins (`sageHandlers` options). */
export type EnvironmentTarget = string | { apiBase: string; authorizeBase: string; tokenBase: string };

export interface ClientEnvironmentOptions {
  /** The user to connect (default: the world's first user). */
  user_id?: string;
  /** The app (default: the world's first app). */
  client_id?: string;
  scope?: Scope;
}

/**
 * Connects a tenant (a new token chain, as `POST /__mock/connect` does) and returns the variables
 * a client needs to reach the mock at `target`.
 */
export function clientEnvironment(mock: SageMock, target: EnvironmentTarget, options: ClientEnvironmentOptions = {}): ClientEnvironment {
  const bases =
    typeof target === 'string'
      ? { apiBase: trim(target), authorizeBase: trim(target), tokenBase: trim(target) }
      : { apiBase: trim(target.apiBase), authorizeBase: trim(target.authorizeBase), tokenBase: trim(target.tokenBase) };
  const store = mock.state.store;
  const users = [...store.collection<UserRecord>(GLOBAL, 'users').values()];
  const apps = [...store.collection<AppRecord>(GLOBAL, 'apps').values()];
  const user = options.user_id === undefined ? users[0] : users.find((u) => u.id === options.user_id);
  const app = options.client_id === undefined ? apps[0] : apps.find((a) => a.client_id === options.client_id);
  if (!user) throw apiError('RecordInvalid', { source: 'user_id', message: `No user ${String(options.user_id)}.` });
  if (!app) throw apiError('RecordInvalid', { source: 'client_id', message: `No app ${String(options.client_id)}.` });
  const pair = connect(mock, { user_id: user.id, client_id: app.client_id, scope: options.scope });
  const ids = businessesOf(store, user.id).map((b) => b.id);
  const lead = user.lead_business_id;
  const ordered = lead && ids.includes(lead) ? [lead, ...ids.filter((id) => id !== lead)] : ids;
  return {
    SAGE_AUTHORIZE_URL: `${bases.authorizeBase}/oauth2/auth/central`,
    SAGE_TOKEN_URL: `${bases.tokenBase}/token`,
    SAGE_REVOKE_URL: `${bases.tokenBase}/revoke`,
    SAGE_API_URL: `${bases.apiBase}/v3.1`,
    SAGE_CLIENT_ID: app.client_id,
    SAGE_CLIENT_SECRET: app.client_secret,
    SAGE_REDIRECT_URI: app.redirect_uris[0] ?? '',
    SAGE_REFRESH_TOKEN: pair.refresh_token,
    SAGE_BUSINESS_IDS: ordered.join(','),
    SAGE_CONTROL_URL: `${bases.apiBase}/__mock`,
  };
}

function trim(base: string): string {
  return base.replace(/\/+$/, '');
}

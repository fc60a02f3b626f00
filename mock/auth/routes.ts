/**
 * OAuth endpoints, served by the core on their own surfaces (engine.classify: `/oauth2/*` is the
 * authorize origin, `/token` and `/revoke` the token origin), so MSW and Fastify serve them alike.
 *
 *   GET  /oauth2/auth/central    authorization request: consent page, error page or redirect
 *   POST /oauth2/auth/consent    the consent page's form (Allow / Deny)
 *   POST /token                  authorization_code and refresh_token grants
 *   POST /revoke                 revoke a refresh chain
 */
import type { RouteDef } from '../context.ts';
import { authorizeHandler, consentHandler } from './authorize.ts';
import { revokeHandler, tokenHandler } from './token-endpoint.ts';

export const AUTHORIZE_PATH = '/oauth2/auth/central';
export const CONSENT_PATH = '/oauth2/auth/consent';

export const authRoutes: RouteDef[] = [
  { surface: 'authorize', method: 'GET', path: AUTHORIZE_PATH, handler: authorizeHandler },
  { surface: 'authorize', method: 'POST', path: CONSENT_PATH, handler: consentHandler },
  { surface: 'token', method: 'POST', path: '/token', handler: tokenHandler },
  { surface: 'token', method: 'POST', path: '/revoke', handler: revokeHandler },
];

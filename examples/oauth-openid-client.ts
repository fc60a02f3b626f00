/**
 * Sage's OAuth flow against the in-process mock (MSW), with openid-client and no browser:
 * pre-approve a user (the headless consent path), authorize with PKCE, exchange the code,
 * call the API, refresh (rotation), then revoke.
 *
 *   node examples/oauth-openid-client.ts
 */
import { setupServer } from 'msw/node';
import * as oc from 'openid-client';
import { createSageMock } from '../mock/index.ts';
import { sageHandlers, SAGE_ORIGINS } from '../mock/adapters/msw.ts';

const mock = await createSageMock({ seed: 42 });
const server = setupServer(...sageHandlers(mock));
server.listen({ onUnhandledFrame: 'error' });

const world = mock.admin.world();
const app = world.apps[0]!;
const user = world.users[0]!;
const redirectUri = app.redirect_uris[0]!;

// Headless consent: the app's authorization requests are approved as this user, no page shown.
mock.admin.preapprove({ user_id: user.id, client_id: app.client_id });

const config = new oc.Configuration(
  {
    issuer: SAGE_ORIGINS.tokenBase,
    authorization_endpoint: `${SAGE_ORIGINS.authorizeBase}/oauth2/auth/central`,
    token_endpoint: `${SAGE_ORIGINS.tokenBase}/token`,
    revocation_endpoint: `${SAGE_ORIGINS.tokenBase}/revoke`,
  },
  app.client_id,
  app.client_secret,
  oc.ClientSecretBasic(app.client_secret),
);

const verifier = oc.randomPKCECodeVerifier();
const state = oc.randomState();
const authorizeUrl = oc.buildAuthorizationUrl(config, {
  filter: 'apiv3.1',
  redirect_uri: redirectUri,
  scope: 'full_access',
  state,
  code_challenge: await oc.calculatePKCECodeChallenge(verifier),
  code_challenge_method: 'S256',
});

// A browser would follow this redirect to the app's callback; we read it instead.
const callback = (await fetch(authorizeUrl, { redirect: 'manual' })).headers.get('location')!;
console.log('callback:', callback);

const tokens = await oc.authorizationCodeGrant(config, new URL(callback), { pkceCodeVerifier: verifier, expectedState: state });
console.log('token response keys:', Object.keys(tokens).join(', '));

const me = await fetch('https://api.accounting.sage.com/v3.1/user', { headers: { authorization: `Bearer ${tokens.access_token}` } });
console.log('GET /user:', me.status, (await me.json()).displayed_as);

mock.clock.advance(300_000); // the access token is now expired: refresh (rotation)
const refreshed = await oc.refreshTokenGrant(config, tokens.refresh_token!);
console.log('refreshed; chain generation:', mock.admin.chains()[0]!.generation);

await oc.tokenRevocation(config, refreshed.refresh_token!);
console.log('revoked at:', mock.admin.chains()[0]!.revoked_at);

server.close();

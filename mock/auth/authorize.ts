/**
 * The authorize origin: `GET /oauth2/auth/central` (Sage: `https://www.sageone.com/oauth2/auth/central?filter=apiv3.1`)
 * and the consent form it renders, posted to `POST /oauth2/auth/consent`.
 *
 * Checks in RFC 6749 §4.1.2.1 order:
 *  1. `client_id` (unknown or missing) and `redirect_uri` (missing, or not exactly one the app
 *     registered; the match is case-sensitive): an HTML error page, never a redirect, since the
 *     callback cannot be trusted.
 *  2. Everything else goes back to the callback as `error=...&error_description=...&state=...`:
 *     `response_type` (missing: invalid_request; not `code`: unsupported_response_type), `scope`
 *     (`full_access` | `readonly`, else invalid_scope), `country`, PKCE (`code_challenge`,
 *     `code_challenge_method` `S256` | `plain`), repeated parameters.
 *  3. The person decides on the consent page: Allow redirects with
 *     `code=<REGION>%2F<code>&country=<CC>&state=...`; Deny with `error=access_denied&state=...`.
 *  4. Sage signs the person in to the country the request named (or the one they picked): when
 *     the account has no business in that country, or no business at all (a Sage developer
 *     account), Sage sends them back with `error=Invalid+request&reason=Email+already+in+use`
 *     (Sage's "Frequently raised errors" and "Troubleshooting oAuth issues" guides), not with
 *     RFC 6749's `invalid_request`. We do the same, whichever way the user was chosen.
 *
 * Headless consent (tests and scripts that have no browser), two documented ways:
 *  - Pre-approval from the control plane: `POST /__mock/oauth/preapprove {user_id, client_id,
 *    scope?, once?}` (in-process `mock.admin.preapprove(...)`). Every later authorization request
 *    of that client is approved as that user at once (302 to the callback, no page) until the
 *    pre-approval is cleared (`DELETE /__mock/oauth/preapprovals`), or after one use with `once`.
 *  - Query parameters on the authorize URL: `sage_mock_user=<user id or email>` approves as that
 *    user; add `sage_mock_decision=deny` to deny. Nothing else about the request changes.
 *
 * [guess] marks behaviour Sage does not document:
 *  - no `scope` means `full_access` (Sage's parameter is optional and its default unstated);
 *    `scopes` is read when `scope` is absent, since one version of Sage's guide spells it so;
 *  - a `country` that is not one of ca de es fr gb ie us (any case) is `invalid_request`;
 *  - an unknown `locale` is ignored (it only sets the page's language attribute);
 *  - without `country`, the code's region and the callback's `country` are the country of the
 *    user's lead business (GB without one; `homeCountry` in world/access.ts);
 *  - the sign-in refusal of step 4 carries the client's `state` too (Sage's example shows only
 *    `error` and `reason`), and a user passes the country check with any business they can
 *    reach in that country (owned or invited);
 *  - an unknown `client_id` is shown as `unauthorized_client`, the name Sage's guide gives the
 *    error "due to an incorrect client_id value" (RFC 6749 would not redirect it either).
 */
import type { RequestContext } from '../context.ts';
import { redirect, type MockResponse } from '../core/http.ts';
import { OAUTH_ERRORS, OAUTH_MESSAGES, oauthText, type OAuthErrorCode, type OAuthMessageKey } from '../core/errors.ts';
import { COUNTRIES, GLOBAL, type CountryCode, type UserRecord } from '../world/types.ts';
import { businessesOf, homeCountry } from '../world/access.ts';
import { DEFAULT_SCOPE, SCOPES, type Scope } from './tokens.ts';
import { PKCE_METHODS, PKCE_VALUE, type PkceMethod } from './codes.ts';
import { findApp, formOf, formTooLarge, isFormRequest, type Form } from './form.ts';
import { consentPage, errorPage, type AuthorizeRequest, type ConsentAccount } from './consent-page.ts';

export type { AuthorizeRequest };
/** Query parameters of the headless path. */
export const HEADLESS_USER_PARAM = 'sage_mock_user';
export const HEADLESS_DECISION_PARAM = 'sage_mock_decision';

/** A validated authorization request. */
/** Client or redirect URI at fault: shown as a page, never sent to the callback. */
class AuthorizePageError extends Error {
  readonly error: OAuthErrorCode;
  readonly key: OAuthMessageKey;
  constructor(key: OAuthMessageKey, params?: Record<string, string | number>) {
    super(oauthText(key, params));
    this.error = OAUTH_MESSAGES[key].error;
    this.key = key;
  }
}

/** Any other fault: sent to the (verified) callback. */
class AuthorizeRedirectError extends Error {
  readonly error: OAuthErrorCode;
  readonly redirectUri: string;
  readonly state: string | null;
  constructor(error: OAuthErrorCode, message: string, redirectUri: string, state: string | null) {
    super(message);
    this.error = error;
    this.redirectUri = redirectUri;
    this.state = state;
  }
}

// ------------------------------------------------------------------ handlers

/** `GET /oauth2/auth/central`: validate, then the page, or straight to the callback (headless). */
export function authorizeHandler(ctx: RequestContext): MockResponse {
  return answer(() => {
    const form = formOf(ctx.query);
    const req = parseAuthorizeRequest(ctx, form);
    const headless = headlessDecision(ctx, form, req);
    if (headless) return headless;
    return consentPage({ req, accounts: accounts(ctx), status: 200 });
  });
}

/** `POST /oauth2/auth/consent`: the consent form, re-validated from scratch (never trusted). */
export function consentHandler(ctx: RequestContext): MockResponse {
  return answer(() => {
    if (!isFormRequest(ctx)) throw new AuthorizePageError('ConsentFormNotUrlencoded');
    if (formTooLarge(ctx)) throw new AuthorizePageError('ConsentFormTooLarge');
    const form = formOf(new URLSearchParams(ctx.req.body ?? ''));
    const req = parseAuthorizeRequest(ctx, form);
    const decision = form.get('decision');
    if (decision === 'deny') return deny(ctx, req);
    if (decision !== 'allow') {
      return consentPage({ req, accounts: accounts(ctx), status: 422, notice: 'Choose Allow or Deny.' });
    }
    const email = form.get('email')?.trim() ?? '';
    const userId = form.get('user_id');
    const user = email !== '' ? userByEmail(ctx, email) : userId ? users(ctx).get(userId) : undefined;
    if (!user) {
      const notice = email !== '' ? `No account uses the email address ${email}.` : 'Choose an account, or type its email address.';
      return consentPage({ req, accounts: accounts(ctx), status: 422, notice, email });
    }
    return allow(ctx, req, user, req.scope);
  });
}

function answer(run: () => MockResponse): MockResponse {
  try {
    return run();
  } catch (e) {
    if (e instanceof AuthorizePageError) return { ...errorPage({ status: 400, error: e.error, message: e.message }), errorKeys: [e.key] };
    if (e instanceof AuthorizeRedirectError) {
      return redirect(
        callback(e.redirectUri, [
          ['error', e.error],
          ['error_description', e.message],
          ['state', e.state],
        ]),
      );
    }
    throw e;
  }
}

// ------------------------------------------------------------------ validation

function parseAuthorizeRequest(ctx: RequestContext, form: Form): AuthorizeRequest {
  for (const name of ['client_id', 'redirect_uri']) {
    if (form.repeated.includes(name)) throw new AuthorizePageError('AuthorizeParameterRepeated', { name });
  }
  const clientId = form.get('client_id');
  if (clientId === null) throw new AuthorizePageError('AuthorizeClientIdRequired');
  const app = findApp(ctx, clientId);
  if (!app) throw new AuthorizePageError('AuthorizeUnknownClient', { clientId });
  ctx.facts.clientId = app.client_id;

  const redirectUri = form.get('redirect_uri');
  if (redirectUri === null) throw new AuthorizePageError('AuthorizeRedirectUriRequired');
  if (!app.redirect_uris.includes(redirectUri)) {
    const near = app.redirect_uris.find((u) => u.toLowerCase() === redirectUri.toLowerCase());
    throw near
      ? new AuthorizePageError('RedirectUriCaseMismatch', { redirectUri, near })
      : new AuthorizePageError('RedirectUriNotRegistered', { redirectUri, app: app.name });
  }

  // From here on the callback is trusted: errors go back to it with the client's state.
  const state = form.params.get('state');
  const fail = (key: OAuthMessageKey, params?: Record<string, string | number>) =>
    new AuthorizeRedirectError(OAUTH_MESSAGES[key].error, oauthText(key, params), redirectUri, state);
  if (form.repeated.length > 0) throw fail('AuthorizeParametersRepeated', { names: form.repeated.join(', ') });

  const responseType = form.get('response_type');
  if (responseType === null) throw fail('ResponseTypeRequired');
  if (responseType !== 'code') throw fail('ResponseTypeUnsupported', { responseType });

  const rawScope = form.get('scope') ?? form.get('scopes');
  const scope = rawScope === null ? DEFAULT_SCOPE : (rawScope as Scope);
  if (!SCOPES.includes(scope)) throw fail('ScopeInvalid', { scope: String(rawScope) });

  const rawCountry = form.get('country');
  const country = rawCountry === null ? null : (rawCountry.toUpperCase() as CountryCode);
  if (country !== null && !COUNTRIES.includes(country)) {
    throw fail('CountryInvalid', { countries: COUNTRIES.map((c) => c.toLowerCase()).join(', ') });
  }

  const rawLocale = form.get('locale');
  const locale = rawLocale !== null && /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(rawLocale) ? rawLocale : null;

  const challenge = form.get('code_challenge');
  const method = form.get('code_challenge_method');
  let pkce: AuthorizeRequest['pkce'] = null;
  if (challenge === null && method !== null) throw fail('ChallengeMethodWithoutChallenge');
  if (challenge !== null) {
    // RFC 7636 §4.3: without a method the challenge is plain.
    const m = (method ?? 'plain') as PkceMethod;
    if (!PKCE_METHODS.includes(m)) throw fail('ChallengeMethodInvalid', { method: String(method) });
    if (!PKCE_VALUE.test(challenge)) throw fail('ChallengeInvalid');
    if (m === 'S256' && !/^[A-Za-z0-9_-]{43}$/.test(challenge)) throw fail('ChallengeS256Length');
    pkce = { challenge, method: m };
  }
  return { app, redirectUri, scope, state, country, locale, pkce };
}

// ------------------------------------------------------------------ decisions

/** The headless path: a `sage_mock_user` query parameter, else a pre-approval of the client. */
function headlessDecision(ctx: RequestContext, form: Form, req: AuthorizeRequest): MockResponse | null {
  const wanted = form.get(HEADLESS_USER_PARAM);
  if (wanted !== null) {
    const user = users(ctx).get(wanted) ?? userByEmail(ctx, wanted);
    if (!user) throw new AuthorizePageError('HeadlessUserUnknown', { param: HEADLESS_USER_PARAM, wanted });
    ctx.facts.flags.push('headless-consent');
    const decision = form.get(HEADLESS_DECISION_PARAM) ?? 'allow';
    if (decision === 'deny') return deny(ctx, req, user);
    if (decision !== 'allow') throw new AuthorizePageError('HeadlessDecisionInvalid', { param: HEADLESS_DECISION_PARAM });
    return allow(ctx, req, user, req.scope);
  }
  const pre = ctx.mock.state.tokens.codes.takePreapproval(req.app.client_id);
  const user = pre ? users(ctx).get(pre.userId) : undefined;
  if (!pre || !user) return null;
  ctx.facts.flags.push('preapproved-consent');
  return allow(ctx, req, user, pre.scope ?? req.scope);
}

function allow(ctx: RequestContext, req: AuthorizeRequest, user: UserRecord, scope: Scope): MockResponse {
  const refused = signInRefusal(ctx, req, user);
  if (refused) return refused;
  const country = req.country ?? homeCountry(ctx.mock.state.store, user);
  const code = ctx.mock.state.tokens.codes.issue({
    userId: user.id,
    clientId: req.app.client_id,
    redirectUri: req.redirectUri,
    scope,
    country,
    pkce: req.pkce,
  });
  ctx.facts.userId = user.id;
  ctx.facts.flags.push('consent-allowed');
  return redirect(
    callback(req.redirectUri, [
      ['code', code.code],
      ['country', country],
      ['state', req.state],
    ]),
  );
}

/** Sage's text for a sign-in to a country where the account has no business (FRE guide). */
export const SIGN_IN_ERROR = { error: 'Invalid request', reason: 'Email already in use' } as const;

/**
 * Step 4: the account must have a business, and one in the requested country when a country was
 * named. Otherwise Sage's redirect, with spaces written `+` as in Sage's example.
 */
function signInRefusal(ctx: RequestContext, req: AuthorizeRequest, user: UserRecord): MockResponse | null {
  const countries = new Set(businessesOf(ctx.mock.state.store, user.id).map((b) => b.country));
  if (countries.size > 0 && (req.country === null || countries.has(req.country))) return null;
  ctx.facts.userId = user.id;
  ctx.facts.flags.push(countries.size === 0 ? 'sign-in-without-business' : 'sign-in-country-mismatch');
  const plus = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
  const query = [`error=${plus(SIGN_IN_ERROR.error)}`, `reason=${plus(SIGN_IN_ERROR.reason)}`];
  if (req.state !== null) query.push(`state=${encodeURIComponent(req.state)}`);
  return redirect(`${req.redirectUri}${separator(req.redirectUri)}${query.join('&')}`);
}

function deny(ctx: RequestContext, req: AuthorizeRequest, user?: UserRecord): MockResponse {
  if (user) ctx.facts.userId = user.id;
  ctx.facts.flags.push('consent-denied');
  return redirect(
    callback(req.redirectUri, [
      ['error', 'access_denied'],
      ['error_description', OAUTH_ERRORS.access_denied],
      ['state', req.state],
    ]),
  );
}

/**
 * The callback URL with parameters appended, each percent-encoded (`GB/...` becomes `GB%2F...`).
 * The registered URI is kept byte for byte; a query it already has is extended with `&`.
 */
function callback(redirectUri: string, params: [string, string | null][]): string {
  const query = params
    .filter((p): p is [string, string] => p[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${redirectUri}${separator(redirectUri)}${query}`;
}

/** `?` for a URI without a query, `&` after one, nothing when the URI already ends in `?` or `&`. */
function separator(uri: string): string {
  if (uri.endsWith('?') || uri.endsWith('&')) return '';
  return uri.includes('?') ? '&' : '?';
}

// ------------------------------------------------------------------ people

function users(ctx: RequestContext) {
  return ctx.mock.state.store.collection<UserRecord>(GLOBAL, 'users');
}

function userByEmail(ctx: RequestContext, email: string): UserRecord | undefined {
  const wanted = email.trim().toLowerCase();
  for (const u of users(ctx).values()) if (u.email.toLowerCase() === wanted) return u;
  return undefined;
}

function accounts(ctx: RequestContext): ConsentAccount[] {
  const store = ctx.mock.state.store;
  return [...users(ctx).values()].map((u) => ({
    id: u.id,
    name: u.displayed_as,
    email: u.email,
    businesses: businessesOf(store, u.id).map((b) => `${b.name} (${b.country})`),
  }));
}

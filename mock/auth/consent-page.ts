/**
 * The HTML of the authorize origin: the consent page and the error page. Plain server-rendered
 * HTML with no script, so it works in any browser (and in a headless one driven by tests).
 * Everything that came from a request or a record is escaped.
 *
 * The page posts to `consent` (relative: `/oauth2/auth/consent` below the authorize base, under
 * any base path) with the authorization request in hidden fields; the core validates them again.
 * Stable hooks for browser tests: `#consent-form`, `input[name=user_id]` (one per account,
 * `#user-<id>`), `#email`, `#allow`, `#deny`, `#notice`, `[data-error]` on the error page.
 */
import { html, type MockResponse } from '../core/http.ts';
import type { Scope } from './scopes.ts';
import type { PkceMethod } from './codes.ts';
import type { AppRecord, CountryCode } from '../world/types.ts';

/** An authorization request, checked (authorize.ts reads it; the consent page shows it). */
export interface AuthorizeRequest {
  app: AppRecord;
  redirectUri: string;
  scope: Scope;
  state: string | null;
  country: CountryCode | null;
  locale: string | null;
  pkce: { challenge: string; method: PkceMethod } | null;
}

export interface ConsentAccount {
  id: string;
  name: string;
  email: string;
  businesses: string[];
}

const SCOPE_TEXT: Record<AuthorizeRequest['scope'], string> = {
  full_access: 'Full access: read and change your accounting data',
  readonly: 'Read only: read your accounting data, change nothing',
};

const HEADERS = {
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  // No form-action directive: the form's redirect may lead to any callback scheme (custom schemes too).
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
};

export function consentPage(input: {
  req: AuthorizeRequest;
  accounts: ConsentAccount[];
  status: number;
  notice?: string;
  email?: string;
}): MockResponse {
  const { req, accounts, notice } = input;
  const hidden: [string, string | null][] = [
    ['client_id', req.app.client_id],
    ['redirect_uri', req.redirectUri],
    ['response_type', 'code'],
    ['scope', req.scope],
    ['state', req.state],
    ['country', req.country?.toLowerCase() ?? null],
    ['locale', req.locale],
    ['code_challenge', req.pkce?.challenge ?? null],
    ['code_challenge_method', req.pkce?.method ?? null],
  ];
  const callbackHost = safeHost(req.redirectUri);
  const body = `
  <main>
    <h1>Connect <span id="app-name">${esc(req.app.name)}</span> to Sage Accounting</h1>
    <p class="muted">Client id <code id="client-id">${esc(req.app.client_id)}</code></p>
    <section class="card">
      <h2>This application asks for</h2>
      <p id="scope" data-scope="${esc(req.scope)}">${esc(SCOPE_TEXT[req.scope])}</p>
      <p class="muted">You will be sent back to <code id="callback-host">${esc(callbackHost)}</code>${req.country ? `, region <strong id="country">${esc(req.country)}</strong>` : ''}.</p>
    </section>
    ${notice ? `<p id="notice" role="alert" class="notice">${esc(notice)}</p>` : ''}
    <form id="consent-form" method="post" action="consent">
      ${hidden
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v!)}">`)
        .join('\n      ')}
      <fieldset class="card">
        <legend>Sign in as</legend>
        ${accounts
          .map(
            (a) => `
        <label class="account" for="user-${esc(a.id)}">
          <input type="radio" name="user_id" id="user-${esc(a.id)}" value="${esc(a.id)}">
          <span><strong>${esc(a.name)}</strong> &lt;${esc(a.email)}&gt;<br>
          <small class="muted">${a.businesses.length > 0 ? esc(a.businesses.join(', ')) : 'no business'}</small></span>
        </label>`,
          )
          .join('')}
        <label for="email">or type the email address of an account</label>
        <input type="email" id="email" name="email" autocomplete="off" value="${esc(input.email ?? '')}">
      </fieldset>
      <div class="actions">
        <button type="submit" id="deny" name="decision" value="deny">Deny</button>
        <button type="submit" id="allow" name="decision" value="allow" class="primary">Allow</button>
      </div>
    </form>
  </main>`;
  return html(input.status, layout(`Authorize ${req.app.name}`, body, req.locale), HEADERS);
}

export function errorPage(input: { status: number; error: string; message: string }): MockResponse {
  const body = `
  <main>
    <h1>This authorization request cannot go on</h1>
    <section class="card" data-error="${esc(input.error)}">
      <p><strong id="error-code">${esc(input.error)}</strong></p>
      <p id="error-message">${esc(input.message)}</p>
      <p class="muted">The application sent an invalid client id or callback URL, so you are not sent back to it.
      Tell the application's developer.</p>
    </section>
  </main>`;
  return html(input.status, layout('Authorization error', body, null), HEADERS);
}

function layout(title: string, body: string, locale: string | null): string {
  return `<!doctype html>
<html lang="${esc((locale ?? 'en').replace('_', '-'))}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} · sage-mock</title>
  <style>
    body { font: 15px/1.45 system-ui, sans-serif; background: #f4f5f7; color: #1b1d21; margin: 0; }
    main { max-width: 38rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { font-size: 1.35rem; } h2 { font-size: 1rem; margin: 0 0 .4rem; }
    .card { background: #fff; border: 1px solid #d8dbe0; border-radius: 8px; padding: 1rem; margin: 1rem 0; }
    .muted { color: #5b616b; } .notice { background: #fff3cd; border: 1px solid #e6c96b; padding: .6rem; border-radius: 6px; }
    .account { display: flex; gap: .6rem; align-items: flex-start; padding: .4rem 0; cursor: pointer; }
    input[type=email] { width: 100%; padding: .4rem; margin-top: .3rem; box-sizing: border-box; }
    .actions { display: flex; gap: .8rem; justify-content: flex-end; }
    button { font: inherit; padding: .5rem 1.4rem; border-radius: 6px; border: 1px solid #9aa0a8; background: #fff; cursor: pointer; }
    button.primary { background: #00815d; border-color: #00815d; color: #fff; }
  </style>
</head>
<body>${body}
</body>
</html>
`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function safeHost(uri: string): string {
  try {
    return new URL(uri).host || uri;
  } catch {
    return uri;
  }
}

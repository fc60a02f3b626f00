/**
 * Form bodies and client authentication for the token origin (`/token`, `/revoke`) and the
 * consent form. Sage's token endpoint takes `application/x-www-form-urlencoded` only; the client
 * authenticates with form fields (`client_id`, `client_secret`) or HTTP Basic.
 *
 * Client ids contain a `/` (`<hex>/<hex>`). RFC 6749 §2.3.1 has clients form-encode the id and
 * secret before Base64 in HTTP Basic, so `abc/def` arrives as `abc%2Fdef`: we always URL-decode
 * and never split on `/`. Many clients skip that step (simple-oauth2's `loose` mode, Python's
 * `requests` HTTPBasicAuth, curl `-u`) and send the id and secret raw, so a secret such as
 * `p+ss%w` would decode into something else, or not at all. [guess] Both readings are tried,
 * decoded first: a client authenticates when either one names a registered app and its secret.
 */
import { oauthError } from '../core/errors.ts';
import type { RequestContext } from '../context.ts';
import { GLOBAL, type AppRecord } from '../world/types.ts';

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

/** Single-valued form fields; a field sent twice is an error (RFC 6749 §3.1, §3.2). */
export interface Form {
  get(name: string): string | null;
  has(name: string): boolean;
  /** Fields that were sent more than once. */
  readonly repeated: string[];
  readonly params: URLSearchParams;
}

export function formOf(params: URLSearchParams): Form {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const k of params.keys()) {
    if (seen.has(k)) repeated.add(k);
    seen.add(k);
  }
  return {
    params,
    repeated: [...repeated],
    has: (name) => params.has(name),
    // An empty value counts as absent, as Rails and Doorkeeper treat it.
    get: (name) => {
      const v = params.get(name);
      return v === null || v === '' ? null : v;
    },
  };
}

/** True when the request body is form-encoded (by its content type). */
export function isFormRequest(ctx: RequestContext): boolean {
  return FORM_TYPE.test(ctx.req.headers['content-type'] ?? '');
}

/** Whether a form body is over `maxBodyBytes` (a cut body always is: see `CoreRequest.bodyCut`). */
export function formTooLarge(ctx: RequestContext): boolean {
  return ctx.req.bodyCut || Buffer.byteLength(ctx.req.body ?? '', 'utf8') > ctx.mock.options.maxBodyBytes;
}

/** The body of a token-origin request: form-encoded, or `invalid_request`. */
export function tokenForm(ctx: RequestContext): Form {
  if (!isFormRequest(ctx)) {
    const type = ctx.req.headers['content-type'] ?? '(none)';
    throw oauthError('FormNotUrlencoded', { type });
  }
  if (formTooLarge(ctx)) throw oauthError('FormTooLarge');
  const form = formOf(new URLSearchParams(ctx.req.body ?? ''));
  if (form.repeated.length > 0) throw oauthError('FormParametersRepeated', { names: form.repeated.join(', ') });
  return form;
}

/** application/x-www-form-urlencoded decoding of one value (`+` is a space). */
function formDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  method: 'client_secret_basic' | 'client_secret_post';
}

/**
 * The credentials a request may mean, most likely first: HTTP Basic read form-decoded, then raw
 * (Basic wins over form fields when both are sent); or the form fields.
 */
function clientCredentials(ctx: RequestContext, form: Form): ClientCredentials[] {
  const header = ctx.req.headers.authorization;
  const basic = header ? /^basic\s+(\S+)\s*$/i.exec(header) : null;
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) throw oauthError('BasicCredentialsMalformed');
    const rawId = decoded.slice(0, colon);
    const rawSecret = decoded.slice(colon + 1);
    const readings: ClientCredentials[] = [];
    const id = formDecode(rawId);
    const secret = formDecode(rawSecret);
    if (id && secret !== null) readings.push({ clientId: id, clientSecret: secret, method: 'client_secret_basic' });
    if (rawId !== id || rawSecret !== secret) readings.push({ clientId: rawId, clientSecret: rawSecret, method: 'client_secret_basic' });
    const formId = form.get('client_id');
    if (formId !== null && !readings.some((r) => r.clientId === formId)) {
      throw oauthError('ClientIdTwoWays');
    }
    return readings;
  }
  // [guess] An Authorization header of another scheme (Bearer...) is ignored, as if absent.
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  if (clientId === null) throw oauthError('ClientAuthenticationRequired');
  if (clientSecret === null) throw oauthError('ClientSecretRequired');
  return [{ clientId, clientSecret, method: 'client_secret_post' }];
}

/** The registered app of the request, authenticated by its secret; `invalid_client` otherwise. */
export function authenticateClient(ctx: RequestContext, form: Form): AppRecord {
  const readings = clientCredentials(ctx, form);
  for (const creds of readings) {
    const app = findApp(ctx, creds.clientId);
    if (app && app.client_secret === creds.clientSecret) {
      ctx.facts.clientId = app.client_id;
      return app;
    }
  }
  // The journal names a registered client even when its secret is wrong (contracts point at it).
  const named = readings.map((c) => findApp(ctx, c.clientId)).find((a) => a !== undefined);
  if (named) ctx.facts.clientId = named.client_id;
  // Unknown client and wrong secret get the same answer: nothing to probe client ids with.
  throw oauthError('ClientAuthenticationFailed');
}

export function findApp(ctx: RequestContext, clientId: string): AppRecord | undefined {
  return ctx.mock.state.store.collection<AppRecord>(GLOBAL, 'apps').get(clientId);
}

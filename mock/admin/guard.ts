/**
 * Who may use the control plane (`/__mock/*`): the check the auth step runs on the admin surface,
 * before the admin token and before the body is read. The same rule for every adapter; each passes
 * where it received the request as data (`MockRequest.receivedOn`).
 *
 * - **Host** (socket servers): a loopback name (`localhost`, `*.localhost`, `127.x.y.z`, `[::1]`) or
 *   the address the server is bound to. A DNS-rebinding page reaches a loopback server under its
 *   own host name, and is refused. A server bound to every interface (`0.0.0.0`, `::`) takes any
 *   Host: it is reachable by any name, and the admin token guards it (the CLI always sets one there).
 * - **Origin**, when the request has one (browsers send it on every cross-origin write): the
 *   server's own origin. For a socket server, an http(s) origin on the same port whose host passes
 *   the Host rule; for an in-process adapter, the origin of the base URL it serves. `Origin: null`
 *   (sandboxed pages, files) is refused.
 * - **POST** needs `Content-Type: application/json`, body or no body: a cross-site page can POST
 *   `text/plain` or a form without asking, never JSON. PUT, PATCH and DELETE cannot be sent across
 *   sites without a CORS preflight (which this server never grants), so they need JSON only when
 *   they carry a body (a body-less `DELETE /__mock/businesses/{id}` is fine).
 *
 * A request with no `receivedOn` (a direct `mock.handle` call) has no Host or Origin to judge; the
 * content-type rule still holds.
 */
import type { RequestContext } from '../context.ts';
import { apiError, type SageApiError } from '../core/errors.ts';
import { isJsonType, isSafeMethod } from '../core/http.ts';

/** The refusal for a control-plane request from where it may not come, or null. */
export function controlPlaneRefusal(ctx: RequestContext): SageApiError | null {
  const on = ctx.req.receivedOn;
  const headers = ctx.req.headers;
  if (on?.address !== undefined) {
    const host = parseHost(headers.host);
    if (!host || !hostAllowed(host.hostname, on.address)) {
      return apiError('ControlPlaneForbidden', {
        source: 'Host',
        message: `The control plane answers only to a loopback host name or ${on.address}.`,
      });
    }
  }
  const origin = headers.origin;
  if (origin !== undefined && on && !ownOrigin(origin, on)) {
    return apiError('ControlPlaneForbidden', { source: 'Origin', message: 'The control plane answers only to pages of its own origin.' });
  }
  const needsJson = ctx.method === 'POST' || (!isSafeMethod(ctx.method) && ctx.req.bodyBytes > 0);
  if (needsJson && !isJsonType(headers['content-type'])) {
    return apiError('UnsupportedMediaType', {
      message: 'Control-plane writes need Content-Type: application/json (an empty body is fine).',
    });
  }
  return null;
}

function parseHost(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(`http://${value}`);
    return url.username || url.password || url.pathname !== '/' || url.search || url.hash ? null : url;
  } catch {
    return null;
  }
}

function hostAllowed(hostname: string, bound: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name)) return true;
  if (bound === '0.0.0.0' || bound === '::') return true;
  return name === bound.toLowerCase() || name === `[${bound.toLowerCase()}]`;
}

function ownOrigin(origin: string, on: { address?: string; port?: number; origin?: string }): boolean {
  if (on.address === undefined) return on.origin === undefined || origin === on.origin;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  return port === on.port && hostAllowed(url.hostname, on.address);
}

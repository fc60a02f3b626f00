/** One API call through a harness, answered as status and parsed JSON body (null when empty). */
import type { Harness } from '../support/harness.ts';

export function caller(h: Pick<Harness, 'api'>) {
  return async (method: string, path: string, json?: unknown, init: { token?: string; business?: string } = {}) => {
    const res = await h.api(path, { method, json, ...init });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

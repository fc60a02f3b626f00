/**
 * A small table router: `{ surface, method, path: '/contacts/:id', ... }`. Unknown paths are a
 * Sage-format 404, known paths with another method a 405 (thrown by the dispatch step).
 */
import type { MockResponse, Surface } from './http.ts';

/**
 * A route's handler. The core does not know the request context (capabilities add to it): the
 * mock's full context type (`mock/context.ts`) fills in `C`.
 */
export type Handler<C> = (ctx: C) => Promise<MockResponse> | MockResponse;

export interface RouteDef<C> {
  surface: Surface;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path below the surface's base (`/contacts/:id` under `/v3.1`). */
  path: string;
  handler: Handler<C>;
  /** Routed to a business (X-Business or lead) and answered with an `X-Business` header. Default true on the API. */
  business?: boolean;
  /** The singular resource name of a write (`contact`): the body namespace and the idempotency scope. */
  resource?: string;
  /** Reads the request body as JSON (default: POST and PUT on the API). */
  body?: boolean;
  /** A control-plane route that needs no admin token (`GET /__mock/health`). */
  public?: boolean;
}

export interface RouteMatch<C> {
  route: RouteDef<C>;
  params: Record<string, string>;
}

interface Compiled<C> {
  route: RouteDef<C>;
  segments: string[];
}

export class Router<C> {
  #routes: Compiled<C>[] = [];
  add(...routes: RouteDef<C>[]): this {
    for (const route of routes) this.#routes.push({ route, segments: split(route.path) });
    return this;
  }
  /** The route for this method and path, or the methods the path allows (for a 405), or nothing. */
  match(surface: Surface, method: string, path: string): RouteMatch<C> | { allowed: string[] } | null {
    const parts = split(path);
    const allowed: string[] = [];
    for (const c of this.#routes) {
      if (c.route.surface !== surface) continue;
      const params = matchSegments(c.segments, parts);
      if (!params) continue;
      if (c.route.method === method) return { route: c.route, params };
      allowed.push(c.route.method);
    }
    return allowed.length > 0 ? { allowed } : null;
  }
  get routes(): readonly RouteDef<C>[] {
    return this.#routes.map((c) => c.route);
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const v = parts[i]!;
    if (p.startsWith(':')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(v);
      } catch {
        return null;
      }
      params[p.slice(1)] = decoded;
    } else if (p !== v) return null;
  }
  return params;
}

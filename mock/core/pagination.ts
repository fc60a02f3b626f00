/**
 * Lists as Sage serves them: the envelope `{$total,$page,$next,$back,$itemsPerPage,$items}`,
 * `$next`/`$back` as relative paths without `/v3.1`, `items_per_page` 1..200 (default 20),
 * a page past the end answered with the last page, items reduced to `id`, `displayed_as`, `$path`
 * unless `attributes` asks for more, `updated_or_created_since` (inclusive), `deleted_since`
 * (exclusive, answered from tombstones) and `sort=attr:asc|desc`.
 *
 * With no filter and no sort a page is sliced straight from the collection: O(page), not O(n).
 */
import { apiError } from './errors.ts';
import { json, type MockResponse } from './http.ts';
import { parseTimestamp } from './records.ts';
import type { Collection, StoredRecord } from './store.ts';

/** What a list answer reads from its request: the query string. */
export interface ListRequest {
  readonly query: URLSearchParams;
}
import type { components } from '../../openapi/types.ts';

/** The list envelope as openapi/sage-mock.openapi.yaml defines it. */
export type ListEnvelope = components['schemas']['ListEnvelope'];

export const DEFAULT_ITEMS_PER_PAGE = 20;
export const MAX_ITEMS_PER_PAGE = 200;

export interface Paging {
  page: number;
  perPage: number;
}

export function parsePaging(query: URLSearchParams): Paging {
  return {
    page: intParam(query, 'page', 1, 1, Number.MAX_SAFE_INTEGER),
    perPage: intParam(query, 'items_per_page', DEFAULT_ITEMS_PER_PAGE, 1, MAX_ITEMS_PER_PAGE),
  };
}

function intParam(query: URLSearchParams, name: string, dflt: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return dflt;
  if (!/^-?\d+$/.test(raw.trim())) throw apiError('InvalidParameter', { source: name, message: `${name} must be a whole number.` });
  const n = Number(raw.trim());
  // `page` has no upper bound: any page past the end answers the last page, however large.
  if (n > max && max === Number.MAX_SAFE_INTEGER) return max;
  if (n < min || n > max) {
    throw apiError('InvalidParameter', {
      source: name,
      message: max === Number.MAX_SAFE_INTEGER ? `${name} must be ${min} or more.` : `${name} must be between ${min} and ${max}.`,
    });
  }
  return n;
}

/** A record whose deletion is remembered, for `deleted_since`. */
export interface Tombstone extends StoredRecord {
  displayed_as: string;
  $path: string;
  deleted_at: string;
}

export type Predicate<T> = (rec: T) => boolean;

export interface ListSpec<T extends StoredRecord> {
  /** URL segment, for `$next`/`$back` (`contacts`). */
  resource: string;
  source: Collection<T> | readonly T[];
  /** The full representation of a record (what `attributes=all` and a single GET show). */
  render(rec: T): Record<string, unknown>;
  /**
   * True when `render` shows `id`, `displayed_as` and `$path` as stored: a list without
   * `attributes` (only those three) then reads them from the record and skips rendering.
   */
  baseAsStored?: boolean;
  /** Per-endpoint filters: query parameter -> predicate factory (throws a 422 on a bad value). */
  filters?: Record<string, (value: string) => Predicate<T>>;
  /** Attributes `sort` accepts. */
  sortable?: readonly string[];
  /** Tombstones of deleted records, for `deleted_since`; absent when the resource cannot be deleted. */
  tombstones?: Collection<Tombstone>;
  /** False for reference lists with no timestamps. */
  timestamps?: boolean;
}

const BASE_ATTRS = ['id', 'displayed_as', '$path'];

/** Bodies of plain list pages, per collection, valid while the collection's version stands. */
const pageCache = new WeakMap<Collection<StoredRecord>, { version: number; bodies: Map<string, string> }>();
/** Pages kept per collection (the page a client polls, and the next few). */
const PAGES_CACHED = 16;
const JSON_TYPE = 'application/json; charset=utf-8';

export function listResponse<T extends StoredRecord>(ctx: ListRequest, spec: ListSpec<T>): MockResponse {
  const q = ctx.query;
  const paging = parsePaging(q);
  const attributes = parseAttributes(q.get('attributes'));

  const deletedSince = q.get('deleted_since');
  if (deletedSince !== null) {
    const since = timestampParam('deleted_since', deletedSince);
    const tombs = spec.tombstones ? [...spec.tombstones.values()].filter((t) => Date.parse(t.deleted_at) > since) : [];
    return envelope(
      ctx,
      spec.resource,
      paging,
      tombs.length,
      (o, n) => tombs.slice(o, o + n),
      (t) => ({ ...t }),
      attributes,
    );
  }

  const predicates: Predicate<T>[] = [];
  const since = q.get('updated_or_created_since');
  if (since !== null && spec.timestamps !== false) {
    const ms = timestampParam('updated_or_created_since', since);
    predicates.push((r) => Date.parse(r.updated_at as string) >= ms || Date.parse(r.created_at as string) >= ms);
  }
  for (const [name, make] of Object.entries(spec.filters ?? {})) {
    const v = q.get(name);
    if (v !== null && v !== '') predicates.push(make(v));
  }
  const sort = parseSort(q.get('sort'), spec.sortable ?? []);

  const src = spec.source;
  if (predicates.length === 0 && !sort && !Array.isArray(src)) {
    const c = src as Collection<T>;
    if (attributes !== null || !spec.baseAsStored)
      return envelope(ctx, spec.resource, paging, c.size(), (o, n) => c.slice(o, n), listRender(spec, attributes), attributes);
    // A plain page (the three base fields) depends on nothing but the collection and the query:
    // served from the body made last time until the collection changes.
    const key = `${spec.resource}?${q.toString()}`;
    let cached = pageCache.get(c);
    if (!cached || cached.version !== c.version()) pageCache.set(c, (cached = { version: c.version(), bodies: new Map() }));
    const body = cached.bodies.get(key);
    if (body !== undefined) return { status: 200, headers: { 'content-type': JSON_TYPE }, body };
    const res = envelope(ctx, spec.resource, paging, c.size(), (o, n) => c.slice(o, n), listRender(spec, attributes), attributes);
    if (cached.bodies.size >= PAGES_CACHED) cached.bodies.clear();
    cached.bodies.set(key, res.body);
    return res;
  }
  const all: T[] = [];
  for (const r of (Array.isArray(src) ? src : (src as Collection<T>).values()) as Iterable<T>) {
    if (predicates.every((p) => p(r))) all.push(r);
  }
  if (sort) all.sort(sort);
  return envelope(ctx, spec.resource, paging, all.length, (o, n) => all.slice(o, o + n), listRender(spec, attributes), attributes);
}

function listRender<T extends StoredRecord>(spec: ListSpec<T>, attributes: string[] | 'all' | null): (rec: T) => Record<string, unknown> {
  return attributes === null && spec.baseAsStored ? (r) => r : spec.render;
}

function envelope<T>(
  ctx: ListRequest,
  resource: string,
  paging: Paging,
  total: number,
  slice: (offset: number, limit: number) => T[],
  render: (rec: T) => Record<string, unknown>,
  attributes: string[] | 'all' | null,
): MockResponse {
  const lastPage = Math.max(1, Math.ceil(total / paging.perPage));
  const page = Math.min(paging.page, lastPage);
  const items = slice((page - 1) * paging.perPage, paging.perPage).map((r) => project(render(r), attributes));
  const body: ListEnvelope = {
    $total: total,
    $page: page,
    $next: page < lastPage ? pageLink(resource, ctx.query, page + 1, paging.perPage) : null,
    $back: page > 1 ? pageLink(resource, ctx.query, page - 1, paging.perPage) : null,
    $itemsPerPage: paging.perPage,
    $items: items,
  };
  return json(200, body);
}

/** `/contacts?page=3&items_per_page=25&...the other parameters as sent`. */
export function pageLink(resource: string, query: URLSearchParams, page: number, perPage: number): string {
  const params = new URLSearchParams({ page: String(page), items_per_page: String(perPage) });
  for (const [k, v] of query) if (k !== 'page' && k !== 'items_per_page') params.append(k, v);
  return `/${resource}?${params.toString()}`;
}

export function parseAttributes(raw: string | null): string[] | 'all' | null {
  if (raw === null || raw.trim() === '') return null;
  if (raw.trim() === 'all') return 'all';
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** List items: `id`, `displayed_as`, `$path`, plus the attributes asked for. */
export function project(full: Record<string, unknown>, attributes: string[] | 'all' | null): Record<string, unknown> {
  if (attributes === 'all') return full;
  // The common list (no attributes): the three base fields, which every record has.
  if (attributes === null && full.id !== undefined && full.displayed_as !== undefined && full.$path !== undefined) {
    return { id: full.id, displayed_as: full.displayed_as, $path: full.$path };
  }
  const out: Record<string, unknown> = {};
  for (const k of BASE_ATTRS) if (k in full) out[k] = full[k];
  for (const k of attributes ?? []) if (k in full) out[k] = full[k];
  return out;
}

function timestampParam(name: string, raw: string): number {
  const ms = parseTimestamp(raw.trim());
  if (ms === null) throw apiError('InvalidParameter', { source: name, message: `${name} must be an ISO 8601 date or date-time.` });
  return ms;
}

function parseSort<T extends StoredRecord>(raw: string | null, sortable: readonly string[]): ((a: T, b: T) => number) | null {
  if (raw === null || raw.trim() === '') return null;
  const keys = raw.split(',').map((part) => {
    const [attr, dir = 'asc'] = part.trim().split(':');
    if (!attr || !sortable.includes(attr) || (dir !== 'asc' && dir !== 'desc')) {
      throw apiError('InvalidParameter', {
        source: 'sort',
        message: `sort must be attribute:asc or attribute:desc with one of: ${sortable.join(', ') || '(none)'}.`,
      });
    }
    return { attr, sign: dir === 'asc' ? 1 : -1 };
  });
  return (a, b) => {
    for (const { attr, sign } of keys) {
      const c = compare(a[attr], b[attr]);
      if (c !== 0) return c * sign;
    }
    return 0;
  };
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en');
}

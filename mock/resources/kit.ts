/**
 * What every resource needs on top of the books (mock/ledger/books.ts) and the field reader
 * (mock/core/fields.ts), both re-exported here: the write envelope (`{"contact": {...}}`), the
 * public view of a record, list and get routes, PUT routes, and list filters.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import { isIsoDate, type Link } from '../core/records.ts';
import { listResponse, type ListSpec, type Predicate } from '../core/pagination.ts';
import type { RouteDef } from '../context.ts';
import type { StoredRecord } from '../store/index.ts';
import { col, found, tombstones } from '../ledger/books.ts';

export { FieldReader } from '../core/fields.ts';
export { addDays, bury, business, col, found, newId, now, today, tombstones } from '../ledger/books.ts';

/** Strip internal fields (leading `_`) from a stored record. */
export function publicView(rec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in rec) if (k.charCodeAt(0) !== 95 /* _ */) out[k] = rec[k];
  return out;
}

/** How a resource shows and lists its records: what `readRoutes` and `updateRoute` need. */
export interface ReadSpec<T extends StoredRecord> {
  /** URL segment and collection name (`contacts`). */
  resource: string;
  /** The full representation (default: `publicView`). */
  render?: (rec: T, ctx: RequestContext) => Record<string, unknown>;
  /** List filters, built once: query parameter -> predicate factory. */
  filters?: ListSpec<T>['filters'];
  /** Attributes `sort` accepts. */
  sortable?: readonly string[];
  /** Deletions leave tombstones (`bury`), which `deleted_since` lists. */
  deletable?: boolean;
}

/** `GET /{resource}` (the Sage list envelope) and `GET /{resource}/:id` (the record, or a 404). */
export function readRoutes<T extends StoredRecord>(spec: ReadSpec<T>): RouteDef[] {
  const render = spec.render ?? publicView;
  const { resource } = spec;
  return [
    {
      surface: 'api', method: 'GET', path: `/${resource}`,
      handler: (ctx) =>
        listResponse(ctx, {
          resource,
          source: col<T>(ctx, resource),
          render: (rec) => render(rec, ctx),
          baseAsStored: spec.render === undefined,
          filters: spec.filters,
          sortable: spec.sortable,
          tombstones: spec.deletable ? tombstones(ctx, resource) : undefined,
        }),
    },
    {
      surface: 'api', method: 'GET', path: `/${resource}/:id`,
      handler: (ctx) => json(200, render(found(col<T>(ctx, resource), ctx.params.id), ctx)),
    },
  ];
}

/**
 * `PUT /{resource}/:id`: the record (else a 404), the body's `singular` namespace read and applied
 * by `update` (which throws the 422s), the result stored and answered 200. `written` runs after
 * the store took it (to keep a resource's own indexes current).
 */
export function updateRoute<T extends StoredRecord>(spec: {
  resource: string;
  singular: string;
  update: (ctx: RequestContext, prev: T, data: Record<string, unknown>) => T;
  render?: (rec: T, ctx: RequestContext) => Record<string, unknown>;
  written?: (ctx: RequestContext, prev: T, next: T) => void;
}): RouteDef {
  const render = spec.render ?? publicView;
  return {
    surface: 'api', method: 'PUT', path: `/${spec.resource}/:id`, resource: spec.singular,
    async handler(ctx) {
      const records = col<T>(ctx, spec.resource);
      const prev = found(records, ctx.params.id);
      const next = spec.update(ctx, prev, envelopeOf(ctx, spec.singular));
      await records.put(next);
      spec.written?.(ctx, prev, next);
      return json(200, render(next, ctx));
    },
  };
}

/**
 * The resource namespace of a write body: `{"contact": {...}}` -> the inner object. A missing or
 * non-object namespace is a 422 naming it.
 */
export function envelopeOf(ctx: RequestContext, singular: string): Record<string, unknown> {
  const body = ctx.body;
  const inner = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)[singular] : undefined;
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
    throw apiError('RecordInvalid', { source: singular, message: `param is missing or the value is empty: ${singular}` });
  }
  return inner as Record<string, unknown>;
}


// ------------------------------------------------------------------ list filters

function dateParam(name: string, v: string): string {
  const d = v.trim();
  if (!isIsoDate(d)) throw apiError('InvalidParameter', { source: name, message: `${name} must be a date (YYYY-MM-DD).` });
  return d;
}

/** `from_date` / `to_date` (inclusive) on a document's `date`. */
export function dateRangeFilters<T extends { date: string }>(): Record<string, (v: string) => Predicate<T>> {
  return {
    from_date(v) {
      const d = dateParam('from_date', v);
      return (r) => r.date >= d;
    },
    to_date(v) {
      const d = dateParam('to_date', v);
      return (r) => r.date <= d;
    },
  };
}

/** A filter on the id of a linked record (`contact_id` -> `contact.id`). */
export function linkFilter<T>(get: (rec: T) => Link | null | undefined): (v: string) => Predicate<T> {
  return (v) => {
    const id = v.trim();
    return (r) => get(r)?.id === id;
  };
}

/** A filter on a mnemonic id from a reference list, refusing ids the list does not have. */
export function mnemonicFilter<T>(name: string, allowed: readonly string[], get: (rec: T) => Link): (v: string) => Predicate<T> {
  return (v) => {
    const ids = v.split(',').map((s) => s.trim().toUpperCase());
    if (!ids.every((id) => allowed.includes(id))) {
      throw apiError('InvalidParameter', { source: name, message: `${name} must be one of: ${allowed.join(', ')}.` });
    }
    return (r) => ids.includes(get(r).id);
  };
}

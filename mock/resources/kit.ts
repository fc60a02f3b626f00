/**
 * What every resource needs on top of the books (mock/ledger/books.ts) and the field reader
 * (mock/core/fields.ts), both re-exported here: the write envelope (`{"contact": {...}}`), the
 * public view of a record, list, get, PUT and DELETE routes, small resources from one table
 * (`recordRoutes`), `nested_attributes`/`show_legacy_id`/`attributes` on reads, and list filters.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { FieldReader } from '../core/fields.ts';
import { json, noContent } from '../core/http.ts';
import { isIsoDate, publicView, type Link } from '../core/records.ts';
import { listResponse, parseAttributes, project, type ListSpec, type Predicate } from '../core/pagination.ts';
import type { RouteDef } from '../context.ts';
import type { StoredRecord } from '../store/index.ts';
import { bury, col, found, newId, now, tombstones } from '../ledger/books.ts';

export { FieldReader };
export { addDays, bury, business, col, found, newId, now, today, tombstones } from '../ledger/books.ts';

export { publicView };

/**
 * Full records by resource, for `nested_attributes`: `readRoutes` and the reference lists register
 * theirs, so a link `{id, displayed_as, $path}` in any response can be expanded where it points.
 */
const resolvers = new Map<string, (ctx: RequestContext, id: string) => Record<string, unknown> | undefined>();

export function registerResolver(
  resource: string,
  resolve: (ctx: RequestContext, id: string) => Record<string, unknown> | undefined,
): void {
  resolvers.set(resource, resolve);
}

/** A link to record `id` of `resource` (any served resource or reference list), or undefined if there is none. */
export function linkTo(ctx: RequestContext, resource: string, id: string): { id: string; displayed_as: string; $path: string } | undefined {
  const full = resolvers.get(resource)?.(ctx, id);
  return full ? { id, displayed_as: String(full.displayed_as ?? id), $path: `/${resource}/${id}` } : undefined;
}

function isLink(v: unknown): v is { id: string; $path: string } {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    typeof o.$path === 'string' &&
    Object.keys(o).every((k) => k === 'id' || k === 'displayed_as' || k === '$path')
  );
}

function expandLink(ctx: RequestContext, v: unknown, attributes: string[] | 'all'): unknown {
  if (!isLink(v)) return v;
  const resource = v.$path.split('/')[1] ?? '';
  const full = resolvers.get(resource)?.(ctx, v.id);
  return full ? project(full, attributes) : v;
}

/**
 * A record as a GET asked for it: `nested_attributes=all` (or `a,b`) expands the links it carries
 * into the records they point to (one level); `show_legacy_id=true` adds `legacy_id`, null for
 * every record since none of the mock's records comes from an older Sage product (*guess*).
 * Lists apply it to each item (before `attributes` picks what the item shows).
 */
export function asAsked(ctx: RequestContext, full: Record<string, unknown>): Record<string, unknown> {
  let out = full;
  const nested = parseAttributes(ctx.query.get('nested_attributes'));
  if (nested) {
    out = { ...out };
    for (const [k, v] of Object.entries(out)) {
      out[k] = Array.isArray(v) ? v.map((x) => expandLink(ctx, x, nested)) : expandLink(ctx, v, nested);
    }
  }
  if (ctx.query.get('show_legacy_id') === 'true') out = { ...out, legacy_id: null };
  return out;
}

/** What a single GET shows: `asAsked`, and with `attributes=a,b` only the base attributes and those. */
export function singleView(ctx: RequestContext, full: Record<string, unknown>): Record<string, unknown> {
  const out = asAsked(ctx, full);
  const attributes = parseAttributes(ctx.query.get('attributes'));
  if (attributes && attributes !== 'all')
    return project(out, ctx.query.get('show_legacy_id') === 'true' ? [...attributes, 'legacy_id'] : attributes);
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
  /** Plain pages (no `attributes`) read the base fields straight from the stored record (default: when there is no `render`). */
  baseAsStored?: boolean;
  /** Runs before the list or the record is read (to build records kept for later). */
  prepare?: (ctx: RequestContext) => Promise<void>;
}

/** `GET /{resource}` (the Sage list envelope) and `GET /{resource}/:id` (the record, or a 404). */
export function readRoutes<T extends StoredRecord>(spec: ReadSpec<T>): RouteDef[] {
  const render = spec.render ?? publicView;
  const { resource } = spec;
  registerResolver(resource, (ctx, id) => {
    const rec = col<T>(ctx, resource).get(id);
    return rec ? render(rec, ctx) : undefined;
  });
  return [
    {
      surface: 'api',
      method: 'GET',
      path: `/${resource}`,
      handler: async (ctx) => {
        await spec.prepare?.(ctx);
        return listResponse(ctx, {
          resource,
          source: col<T>(ctx, resource),
          render: (rec) => asAsked(ctx, render(rec, ctx)),
          baseAsStored: spec.baseAsStored ?? spec.render === undefined,
          filters: spec.filters,
          sortable: spec.sortable,
          tombstones: spec.deletable ? tombstones(ctx, resource) : undefined,
        });
      },
    },
    {
      surface: 'api',
      method: 'GET',
      path: `/${resource}/:id`,
      handler: async (ctx) => {
        await spec.prepare?.(ctx);
        return json(200, singleView(ctx, render(found(col<T>(ctx, resource), ctx.params.id), ctx)));
      },
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
    surface: 'api',
    method: 'PUT',
    path: `/${spec.resource}/:id`,
    resource: spec.singular,
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
 * `DELETE /{resource}/:id`: the record (else a 404), `refuse` may answer a 422 (`base`) instead,
 * then the record is removed and tombstoned for `deleted_since`, `after` runs (to update what
 * embeds it), and the answer is 204.
 */
export function deleteRoute<T extends StoredRecord & { id: string; displayed_as: unknown }>(spec: {
  resource: string;
  prepare?: (ctx: RequestContext) => Promise<void>;
  refuse?: (ctx: RequestContext, rec: T) => string | undefined;
  after?: (ctx: RequestContext, rec: T) => Promise<void>;
}): RouteDef {
  return {
    surface: 'api',
    method: 'DELETE',
    path: `/${spec.resource}/:id`,
    async handler(ctx) {
      await spec.prepare?.(ctx);
      const records = col<T>(ctx, spec.resource);
      const rec = found(records, ctx.params.id);
      const refusal = spec.refuse?.(ctx, rec);
      if (refusal) throw apiError('RecordInvalid', { source: 'base', message: refusal });
      await records.remove(rec.id);
      await bury(ctx, spec.resource, rec);
      await spec.after?.(ctx, rec);
      return noContent();
    },
  };
}

/** A record `recordRoutes` serves: the common attributes, and whatever its table reads. */
export type SimpleRecord = StoredRecord & { id: string; displayed_as: string; $path: string; created_at: string; updated_at: string };
type Rec = SimpleRecord;

/** What `recordRoutes` needs to serve a small resource. */
export interface RecordSpec {
  resource: string;
  singular: string;
  /** Reads the body's fields into a patch (422s through `f`); `prev` on PUT. */
  read: (ctx: RequestContext, f: FieldReader, prev: Rec | undefined) => Record<string, unknown>;
  displayed: (rec: Rec) => string;
  filters?: Record<string, (v: string) => Predicate<Rec>>;
  methods: readonly ('POST' | 'PUT' | 'DELETE')[];
  /** The full representation (default: the stored record). */
  render?: (rec: Rec, ctx: RequestContext) => Record<string, unknown>;
  /** A record that cannot be deleted: the 422's message. */
  undeletable?: (ctx: RequestContext, rec: Rec) => string | undefined;
}

/**
 * A small resource from one table: list (its filters, `attributes`, `updated_or_created_since`,
 * `deleted_since` when it deletes), get, and the methods it allows: POST (`read` the body's fields,
 * 201), PUT (200), DELETE (`deleteRoute`, 204).
 */
export function recordRoutes(spec: RecordSpec): RouteDef[] {
  const { resource, singular } = spec;
  const render = spec.render ?? ((rec: Rec) => publicView(rec));
  const routes: RouteDef[] = [
    ...readRoutes<Rec>({
      resource,
      render,
      filters: spec.filters,
      deletable: spec.methods.includes('DELETE'),
      sortable: ['created_at', 'updated_at'],
    }),
  ];
  if (spec.methods.includes('POST')) {
    routes.push({
      surface: 'api',
      method: 'POST',
      path: `/${resource}`,
      resource: singular,
      async handler(ctx) {
        const f = new FieldReader(envelopeOf(ctx, singular));
        const patch = spec.read(ctx, f, undefined);
        f.check();
        const id = newId(ctx);
        const at = now(ctx);
        const rec = { id, displayed_as: '', $path: `/${resource}/${id}`, created_at: at, updated_at: at, ...patch } as Rec;
        rec.displayed_as = spec.displayed(rec);
        await col<Rec>(ctx, resource).insert(rec);
        return json(201, render(rec, ctx));
      },
    });
  }
  if (spec.methods.includes('PUT')) {
    routes.push({
      surface: 'api',
      method: 'PUT',
      path: `/${resource}/:id`,
      resource: singular,
      async handler(ctx) {
        const records = col<Rec>(ctx, resource);
        const prev = found(records, ctx.params.id);
        const f = new FieldReader(envelopeOf(ctx, singular));
        const patch = spec.read(ctx, f, prev);
        f.check();
        const next = { ...prev, ...patch, updated_at: now(ctx) } as Rec;
        next.displayed_as = spec.displayed(next);
        await records.put(next);
        return json(200, render(next, ctx));
      },
    });
  }
  if (spec.methods.includes('DELETE')) routes.push(deleteRoute<Rec>({ resource, refuse: spec.undeletable }));
  return routes;
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

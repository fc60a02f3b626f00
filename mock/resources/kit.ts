/**
 * What every resource needs: its business's collections, ids and timestamps from the mock,
 * the write envelope (`{"contact": {...}}`), field readers that collect Sage's 422s, 404s, tombstones.
 */
import type { RequestContext } from '../context.ts';
import { apiError, Violations, type ApiErrorCode } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { parseDecimal, type Dec } from '../core/money.ts';
import { isIsoDate, publicView, sageTime } from '../core/records.ts';
import { listResponse, parseAttributes, project, type ListSpec, type Predicate, type Tombstone } from '../core/pagination.ts';
import type { RouteDef } from '../context.ts';
import type { Collection, StoredRecord } from '../store/index.ts';
import type { BusinessRecord } from '../world/types.ts';

export function business(ctx: RequestContext): BusinessRecord {
  if (!ctx.business) throw apiError('UnexpectedError', { message: 'No business was routed for this request.' });
  return ctx.business;
}

/** A collection of the routed business. */
export function col<T extends StoredRecord = StoredRecord>(ctx: RequestContext, name: string): Collection<T> {
  return ctx.mock.state.store.collection<T>(business(ctx).id, name);
}

export function tombstones(ctx: RequestContext, resource: string): Collection<Tombstone> {
  return col<Tombstone>(ctx, `${resource}:deleted`);
}

export function newId(ctx: RequestContext): string {
  return ctx.mock.state.rng.hexId();
}

export function now(ctx: RequestContext): string {
  return sageTime(ctx.mock.clock.now());
}

/** The record (of a collection, or of any id -> record map), or a Sage 404. */
export function found<T>(c: { get(id: string): T | undefined }, id: string | undefined): T {
  const rec = id === undefined ? undefined : c.get(id);
  if (!rec) throw apiError('RecordNotFound', { message: `Record not found: ${id ?? ''}` });
  return rec;
}

/** Remember a deletion for `deleted_since`. */
export async function bury(ctx: RequestContext, resource: string, rec: { id: string; displayed_as: unknown; $path?: unknown }): Promise<void> {
  const t = tombstones(ctx, resource);
  const stone: Tombstone = {
    id: rec.id,
    displayed_as: String(rec.displayed_as ?? ''),
    $path: String(rec.$path ?? `/${resource}/${rec.id}`),
    deleted_at: now(ctx),
  };
  if (t.has(rec.id)) await t.put(stone);
  else await t.insert(stone);
}

export { publicView };

/**
 * Full records by resource, for `nested_attributes`: `readRoutes` and the reference lists register
 * theirs, so a link `{id, displayed_as, $path}` in any response can be expanded where it points.
 */
const resolvers = new Map<string, (ctx: RequestContext, id: string) => Record<string, unknown> | undefined>();

export function registerResolver(resource: string, resolve: (ctx: RequestContext, id: string) => Record<string, unknown> | undefined): void {
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
  return typeof o.id === 'string' && typeof o.$path === 'string' && Object.keys(o).every((k) => k === 'id' || k === 'displayed_as' || k === '$path');
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
  if (attributes && attributes !== 'all') return project(out, ctx.query.get('show_legacy_id') === 'true' ? [...attributes, 'legacy_id'] : attributes);
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
      surface: 'api', method: 'GET', path: `/${resource}`,
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
      surface: 'api', method: 'GET', path: `/${resource}/:id`,
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
    surface: 'api', method: 'DELETE', path: `/${spec.resource}/:id`,
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
  const routes: RouteDef[] = [...readRoutes<Rec>({ resource, render, filters: spec.filters, deletable: spec.methods.includes('DELETE'), sortable: ['created_at', 'updated_at'] })];
  if (spec.methods.includes('POST')) {
    routes.push({
      surface: 'api', method: 'POST', path: `/${resource}`, resource: singular,
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
      surface: 'api', method: 'PUT', path: `/${resource}/:id`, resource: singular,
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

/**
 * Reads fields of a write body, collecting every violation (Sage reports all fields at once).
 * Messages follow Rails' wording, as Sage's do: "can't be blank", "is invalid".
 */
export class FieldReader {
  readonly v = new Violations();
  readonly data: Record<string, unknown>;
  readonly prefix: string;
  constructor(data: Record<string, unknown>, prefix = '') {
    this.data = data;
    this.prefix = prefix;
  }
  src(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }
  has(key: string): boolean {
    return this.data[key] !== undefined;
  }
  fail(key: string, message: string): undefined {
    this.v.add(this.src(key), message);
    return undefined;
  }
  /** The field breaks a rule of the error catalogue (its message, its key in the journal). */
  rule(key: string, code: ApiErrorCode): undefined {
    this.v.rule(this.src(key), code);
    return undefined;
  }
  string(key: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      return opts.required ? this.fail(key, "can't be blank") : raw === null ? undefined : (raw as string | undefined);
    }
    if (typeof raw !== 'string') return this.fail(key, 'is invalid');
    if (opts.max !== undefined && [...raw].length > opts.max) return this.fail(key, `is too long (maximum is ${opts.max} characters)`);
    return raw;
  }
  boolean(key: string): boolean | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'boolean') return this.fail(key, 'is invalid');
    return raw;
  }
  integer(key: string, opts: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return undefined;
    const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n)) return this.fail(key, 'is not a number');
    if (opts.min !== undefined && n < opts.min) return this.fail(key, `must be greater than or equal to ${opts.min}`);
    if (opts.max !== undefined && n > opts.max) return this.fail(key, `must be less than or equal to ${opts.max}`);
    return n;
  }
  money(key: string, opts: { required?: boolean; min?: number } = {}): Dec | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null || raw === '') return opts.required ? this.fail(key, "can't be blank") : undefined;
    const d = parseDecimal(raw);
    if (!d) return this.fail(key, 'is not a number');
    if (opts.min !== undefined && d.lt(opts.min)) return this.fail(key, `must be greater than or equal to ${opts.min}`);
    return d;
  }
  date(key: string, opts: { required?: boolean } = {}): string | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null || raw === '') return opts.required ? this.fail(key, "can't be blank") : undefined;
    if (!isIsoDate(raw)) return this.fail(key, 'is not a valid date');
    return raw;
  }
  array(key: string, opts: { required?: boolean } = {}): unknown[] | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return opts.required ? this.fail(key, "can't be blank") : undefined;
    if (!Array.isArray(raw)) return this.fail(key, 'is invalid');
    if (opts.required && raw.length === 0) return this.fail(key, "can't be blank");
    return raw;
  }
  object(key: string): Record<string, unknown> | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'object' || Array.isArray(raw)) return this.fail(key, 'is invalid');
    return raw as Record<string, unknown>;
  }
  /** An id that must name a record of `c` (same business); `what` for the message. */
  ref<T extends StoredRecord>(key: string, c: Collection<T>, opts: { required?: boolean; what?: string } = {}): T | undefined {
    const id = this.string(key, { required: opts.required });
    if (id === undefined) return undefined;
    const rec = c.get(id);
    if (!rec) return this.fail(key, `${opts.what ?? 'record'} is invalid or does not exist in this business`);
    return rec;
  }
  /** Throws the collected 422 if anything failed. */
  check(): void {
    this.v.throwIfAny();
  }
}

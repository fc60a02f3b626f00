/**
 * The books of the routed business: its collections, new ids and timestamps from the mock's seeded
 * generator and clock, 404s for unknown ids, tombstones for `deleted_since`, and clock dates.
 * Everything the ledger and the resources read and write goes through these.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { sageTime } from '../core/records.ts';
import type { Tombstone } from '../core/pagination.ts';
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
export async function bury(
  ctx: RequestContext,
  resource: string,
  rec: { id: string; displayed_as: unknown; $path?: unknown },
): Promise<void> {
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

/** Today's date on the mock's clock (`2026-01-05`). */
export function today(ctx: RequestContext): string {
  return new Date(ctx.mock.clock.now()).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

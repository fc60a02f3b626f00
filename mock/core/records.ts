/** Shapes every Sage record shares: timestamps, links, `$path`. */

/** Sage's timestamp text: ISO 8601, UTC, whole seconds (`2026-01-05T09:00:00Z`). */
export function sageTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export interface Link {
  id: string;
  displayed_as: string;
  $path: string;
}

/** A link to a related record: `{id, displayed_as, $path}` (`$path` without `/v3.1`). */
export function link(resource: string, id: string, displayed_as: string): Link {
  return { id, displayed_as, $path: `/${resource}/${id}` };
}

/** A link to an item of a reference list by its mnemonic id, named as the list names it (else by the id). */
export function refLink(resource: string, items: readonly { id: string; displayed_as: string }[], id: string): Link {
  return link(resource, id, items.find((x) => x.id === id)?.displayed_as ?? id);
}

/** ISO date (`2026-01-31`) check, for date fields and filters. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** A date-time or date filter value -> ms, or null when it is not one. */
export function parseTimestamp(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return null;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isFinite(ms) ? ms : null;
}

/** Strip internal fields (leading `_`) from a stored record. */
export function publicView(rec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in rec) if (k.charCodeAt(0) !== 95 /* _ */) out[k] = rec[k];
  return out;
}

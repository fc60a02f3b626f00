/**
 * Document numbers per business: `SI-1`, `SI-2`, ... A number is taken only when a document is
 * posted (created as UNPAID, or released from DRAFT / PRO_FORMA) and never given back: a voided
 * invoice keeps its number, so the series has no gaps and no repeats. Numbers are taken inside the
 * business's write lock, after validation, so a rejected request never consumes one. (Sage warns
 * that parallel POSTs of numbered records race; here they are serialized per business.)
 */
import type { RequestContext } from '../context.ts';
import type { StoredRecord } from '../store/index.ts';
import { col } from './books.ts';

export const COUNTERS = 'counters';

interface CounterRecord extends StoredRecord {
  id: string;
  next: number;
}

/** Takes the next number of `series`. */
export async function takeNumber(ctx: RequestContext, series: string): Promise<number> {
  const counters = col<CounterRecord>(ctx, COUNTERS);
  const prev = counters.get(series);
  const n = prev?.next ?? 1;
  if (prev) await counters.put({ id: series, next: n + 1 });
  else await counters.insert({ id: series, next: n + 1 });
  return n;
}

/**
 * Two servers loaded in alternating rounds (a, b, b, a, a, b, ...), so that drift of the machine
 * falls on both alike; the totals sum the rounds of each.
 */
import type autocannon from 'autocannon';

export interface Totals {
  requests: number;
  seconds: number;
  failures: number;
  /** Each round's p50 and p99, in ms. */
  p50: number[];
  p99: number[];
}

export async function alternateRounds<K extends string>(
  keys: readonly [K, K],
  rounds: number,
  load: (key: K) => Promise<autocannon.Result>,
): Promise<Record<K, Totals>> {
  const totals = Object.fromEntries(keys.map((k) => [k, { requests: 0, seconds: 0, failures: 0, p50: [], p99: [] }])) as unknown as Record<
    K,
    Totals
  >;
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? keys : ([keys[1], keys[0]] as const);
    for (const k of order) {
      const r = await load(k);
      const t = totals[k];
      t.requests += r.requests.total;
      t.seconds += r.duration;
      t.failures += r.non2xx + r.errors + r.timeouts;
      t.p50.push(r.latency.p50);
      t.p99.push(r.latency.p99);
    }
  }
  return totals;
}

/** The `limits` and `errors` plans: 429 backoff, at most 150 in flight, bounded 5xx retries. */
import type { JournalEntry } from '../../mock/index.ts';
import { describe, seqs } from '../evidence.ts';
import { fail, notApplicable, pass, warn, type CaseContext, type ContractCase } from '../model.ts';
import { attemptChains, gapMs, list, SOURCES } from './support.ts';

/** A retry sooner than this after a 429 or 5xx without Retry-After is not a wait. */
const MIN_WAIT_MS = 50;
/** The most retries of one request that still count as bounded. */
const MAX_RETRIES = 6;
const MAX_IN_FLIGHT = 150;

const retryAfterMs = (e: JournalEntry) => {
  const v = e.responseHeaders['retry-after'];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) * 1000 : null;
};
const isNetworkFault = (e: JournalEntry) => e.fault !== null && e.fault !== 'delay';
const transient = (e: JournalEntry) => e.status >= 500 || isNetworkFault(e);

/**
 * The largest set of exchanges open at one moment of real time (`startedMs` to
 * `startedMs + durationMs`), oldest first: a sweep over arrivals and departures, a departure
 * before an arrival at the same instant.
 */
function mostOverlapping(entries: JournalEntry[]): JournalEntry[] {
  // An exchange of no measurable duration was never open alongside another.
  const points = entries
    .filter((e) => e.durationMs > 0)
    .flatMap((e) => [
      { t: e.startedMs, open: true, e },
      { t: e.startedMs + e.durationMs, open: false, e },
    ]);
  points.sort((a, b) => a.t - b.t || Number(a.open) - Number(b.open));
  const open = new Set<JournalEntry>();
  let best: JournalEntry[] = [];
  for (const p of points) {
    if (!p.open) {
      open.delete(p.e);
      continue;
    }
    open.add(p.e);
    if (open.size > best.length) best = [...open];
  }
  return best.sort((a, b) => a.seq - b.seq);
}

/** A batch goes once no new read has come for this long (the first batch, a client's first burst, gets longer). */
const QUIET_MS = 50;
const FIRST_QUIET_MS = 200;

function holdInBatches(path: RegExp) {
  return async (ctx: CaseContext, signal: AbortSignal) => {
    const tick = () => new Promise((r) => setTimeout(r, 10));
    let latch = ctx.mock.admin.latch({ method: 'GET', path });
    let held = 0;
    let quietSince = performance.now();
    let quiet = FIRST_QUIET_MS;
    while (!signal.aborted) {
      await tick();
      if (latch.held !== held) {
        held = latch.held;
        quietSince = performance.now();
      } else if (held > 0 && performance.now() - quietSince >= quiet) {
        const done = latch;
        latch = ctx.mock.admin.latch({ method: 'GET', path });
        done.release();
        held = 0;
        quiet = QUIET_MS;
      }
    }
    latch.release();
  };
}

export const limitCases: ContractCase[] = [
  {
    id: 'limits.backoff-429',
    title: 'After a 429 it waits, honours Retry-After, and backs off under repeated 429s',
    rule: 'Over its limits an app gets 429. Retrying at once only adds load: wait (Retry-After when present), and wait longer each time the 429 repeats.',
    source: SOURCES.bestPractices,
    arrange: {
      // Real time in the journal: the waits are measured between arrivals.
      mock: { clock: { mode: 'system' } },
      scenario: () => ({
        name: 'rate-limit-burst',
        steps: [
          { match: { method: 'GET', path: '/contacts' }, times: 1, fault: { type: 'rate-limit', retry_after: 1 } },
          { match: { method: 'GET', path: '/contacts' }, after: 1, times: 2, fault: { type: 'rate-limit' } },
        ],
      }),
      task: (ctx) => ({ business_id: ctx.businessId, sync: { resources: ['contacts'] } }),
      anyExitCode: true,
    },
    judge({ journal }) {
      const chains = attemptChains(journal, (e) => e.status === 429);
      if (chains.length === 0) return notApplicable('the client met no 429');
      for (const chain of chains) {
        for (let i = 0; i + 1 < chain.length; i++) {
          const [a, b] = [chain[i]!, chain[i + 1]!];
          if (a.status !== 429) continue;
          const gap = gapMs(a, b);
          const ra = retryAfterMs(a);
          if (ra !== null && gap < ra - 20)
            return fail(`${describe(b)} came ${gap} ms after the 429 of ${describe(a)}, which said Retry-After: ${ra / 1000}`, [
              a.seq,
              b.seq,
            ]);
          if (ra === null && gap < MIN_WAIT_MS)
            return fail(`${describe(b)} retried ${gap} ms after the 429 of ${describe(a)}: no wait`, [a.seq, b.seq]);
        }
        // Repeated 429s without Retry-After: the waits must grow.
        const waits = chain.slice(0, -1).flatMap((a, i) => (a.status === 429 && retryAfterMs(a) === null ? [gapMs(a, chain[i + 1]!)] : []));
        if (waits.length >= 2 && waits[waits.length - 1]! <= waits[0]! * 1.2) {
          return fail(`repeated 429s on ${describe(chain[0]!)} were retried after ${waits.join(', ')} ms: no backoff`, seqs(chain));
        }
      }
      const retried = chains.filter((c) => c.length > 1 && c.at(-1)!.status !== 429);
      if (retried.length === 0)
        return warn(`gave up after the 429 of ${describe(chains[0]![0]!)} instead of retrying later`, seqs(chains[0]!));
      const chain = retried[0]!;
      const waits = chain.slice(0, -1).map((a, i) => gapMs(a, chain[i + 1]!));
      return pass(
        `after ${chain.length - 1} 429s on ${describe(chain[0]!)} it waited ${waits.join(', ')} ms (Retry-After honoured, then backing off)`,
        seqs(chain),
      );
    },
  },
  {
    id: 'limits.max-in-flight',
    title: 'Never more than 150 requests in flight at once',
    rule: 'Sage allows each app 150 concurrent requests; the 151st gets 429. A client bounds its parallelism (a pool), however much work it has.',
    source: SOURCES.bestPractices,
    arrange: {
      mock: { world: { contacts: { GB: 220 } } },
      // Reads by id are held in flight in batches: a batch is let go once no new read has come for
      // 50 ms (200 ms for the first), so whatever the client sends at once is in flight at once,
      // over MSW or a socket, however the machine schedules it.
      during: holdInBatches(/^\/v3\.1\/contacts\/[0-9a-f]{32}$/),
      task: (ctx) => ({ business_id: ctx.businessId, sync: { resources: ['contacts'], details: true } }),
    },
    judge({ journal, ctx }) {
      const limits = ctx.mock.admin.limits();
      const app = limits.apps.find((a) => a.client_id === ctx.clientId);
      const peak = app?.peak_in_flight ?? 0;
      // A scenario may squeeze the limit (rate-limit-storm: 5): refusals below Sage's 150 are not this rule's.
      const limit = app?.limits.concurrency ?? limits.defaults.concurrency;
      const refused = limit >= MAX_IN_FLIGHT ? journal.filter((e) => e.flags.includes('concurrency-limit-exceeded')) : [];
      // From the journal's real timing: the exchanges of the client's app open at one moment.
      const overlap = mostOverlapping(journal.filter((e) => e.surface === 'api' && e.clientId === ctx.clientId));
      const timed = `by journal timing ${overlap.length} overlapped at once (${list(overlap)})`;
      if (refused.length > 0) {
        return fail(
          `${refused.length} requests were refused 429 with ${limit} others in flight (${list(refused)}); peak ${peak} in flight; ${timed}`,
          [...new Set([...seqs(refused), ...seqs(overlap)])],
        );
      }
      if (peak > MAX_IN_FLIGHT || overlap.length > MAX_IN_FLIGHT) {
        return fail(`${Math.max(peak, overlap.length)} requests were in flight at once (limit ${MAX_IN_FLIGHT}): ${timed}`, seqs(overlap));
      }
      const reads = journal.filter((e) => e.method === 'GET' && /^\/v3\.1\/contacts\/[0-9a-f]{32}$/.test(e.path));
      if (reads.length === 0) return notApplicable('the client read no contact by id');
      return pass(`at most ${peak} requests in flight (limit ${MAX_IN_FLIGHT}) over ${reads.length} reads by id; ${timed}`, seqs(overlap));
    },
  },
  {
    id: 'errors.5xx-bounded',
    title: 'Retries 5xx and network errors a bounded number of times, with backoff',
    rule: "500 and 503 are transient on Sage's side, and so is a dropped connection: retry, wait longer each time, and give up after a few attempts rather than hammering a sick service.",
    source: SOURCES.errors,
    arrange: {
      mock: { clock: { mode: 'system' } },
      scenario: () => ({
        name: 'sick-ledger-accounts',
        steps: [
          { match: { method: 'GET', path: '/ledger_accounts' }, times: 1, fault: { type: 'reset' } },
          { match: { method: 'GET', path: '/ledger_accounts' }, fault: { type: 'status', status: 503 } },
        ],
      }),
      task: (ctx) => ({ business_id: ctx.businessId, sync: { resources: ['ledger_accounts'] } }),
      anyExitCode: true,
    },
    judge({ journal }) {
      const chains = attemptChains(journal, transient);
      if (chains.length === 0) return notApplicable('the client met no 5xx or network error');
      const chain = chains.reduce((a, b) => (b.length > a.length ? b : a));
      const retries = chain.length - 1;
      if (retries === 0) return warn(`did not retry after ${describe(chain[0]!)} (${chain[0]!.fault ?? chain[0]!.status})`, seqs(chain));
      const waits = chain.slice(0, -1).map((a, i) => gapMs(a, chain[i + 1]!));
      const quick = waits.findIndex((w) => w < MIN_WAIT_MS);
      if (quick >= 0)
        return fail(
          `${describe(chain[quick + 1]!)} retried ${waits[quick]} ms after ${describe(chain[quick]!)}: no backoff (${retries} retries, waits ${waits.join(', ')} ms)`,
          seqs(chain),
        );
      if (retries > MAX_RETRIES)
        return fail(
          `${describe(chain[0]!)} was tried ${chain.length} times: retries are not bounded (at most ${MAX_RETRIES})`,
          seqs(chain),
        );
      if (waits.length >= 2 && waits[waits.length - 1]! <= waits[0]! * 1.2)
        return fail(`retries of ${describe(chain[0]!)} waited ${waits.join(', ')} ms: no backoff`, seqs(chain));
      return pass(`${retries} retries of ${describe(chain[0]!)} with growing waits (${waits.join(', ')} ms), then it stopped`, seqs(chain));
    },
  },
];

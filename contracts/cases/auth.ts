/** The `auth` plan: access-token expiry, refresh-token rotation, single-flight refresh, invalid_grant. */
import type { JournalEntry } from '../../mock/index.ts';
import { describe, isApi, seqs } from '../evidence.ts';
import { fail, notApplicable, pass, warn, type ContractCase } from '../model.ts';
import type { ContractTask } from '../task.ts';
import { list, refreshes, runOf, SOURCES } from './support.ts';

const SIX_MINUTES = 360;
/** Offline for 32 days: the newest refresh token is past its 31 days. */
const MONTH_OFFLINE = 32 * 86_400;

/** The generation of the refresh token a grant presented (a successful one records the new pair's). */
const presented = (e: JournalEntry) => (e.status === 200 ? (e.generation ?? 0) - 1 : e.generation);
const syncTask = (businessId: string): ContractTask => ({
  business_id: businessId,
  sync: { resources: ['contacts', 'ledger_accounts', 'tax_rates'] },
});

export const authCases: ContractCase[] = [
  {
    id: 'auth.no-expired-token-use',
    title: 'Never calls the API with an expired access token',
    rule: 'Access tokens expire 300 seconds after they are issued; a client refreshes before expiry (from expires_in) instead of sending a dead token. Refreshing only after a 401 works but costs a round trip: a warning.',
    source: SOURCES.auth,
    arrange: {
      task: (ctx) => syncTask(ctx.businessId),
      runs: 2,
      advanceSecondsBetweenRuns: SIX_MINUTES,
    },
    judge({ journal }) {
      const api = journal.filter(isApi);
      const expired = api.filter((e) => e.tokenState === 'expired');
      if (api.length === 0) return notApplicable('the client made no API call');
      if (expired.length === 0) return pass(`none of ${api.length} API calls carried an expired access token`);
      // Each expired token may be sent once (then refreshed); more is using a token known to be dead.
      const byToken = new Map<string, JournalEntry[]>();
      for (const e of expired) byToken.set(e.tokenId ?? '?', [...(byToken.get(e.tokenId ?? '?') ?? []), e]);
      const reused = [...byToken.values()].find((uses) => uses.length > 1);
      if (reused) {
        return fail(
          `${reused.length} API calls carried one access token after it had expired (${list(reused)}): the client kept using a token the 401 already showed dead`,
          seqs(reused),
        );
      }
      // One expired use per token, each followed by a refresh: the client refreshes only after a 401.
      return warn(
        `${describe(expired[0]!)} carried an expired access token and got 401; the client refreshes only after a 401 instead of before expiry`,
        seqs(expired),
      );
    },
  },
  {
    id: 'auth.rotation',
    title: 'Stores the newest refresh token and never presents a superseded one',
    rule: 'Every refresh returns a new refresh token and retires the old one; presenting a retired refresh token is refused with invalid_grant. The client must store the newest one (here in SAGE_STATE_DIR) before it next refreshes.',
    source: SOURCES.auth,
    arrange: {
      task: (ctx) => syncTask(ctx.businessId),
      runs: 3,
      advanceSecondsBetweenRuns: SIX_MINUTES,
    },
    judge({ journal, runs }) {
      const grants = refreshes(journal);
      if (grants.length === 0) return notApplicable('the client never refreshed a token');
      // A refresh token presented in a later run that an earlier run had already rotated.
      const stale = grants.find((g) => {
        if (!g.flags.includes('refresh-token-superseded')) return false;
        const run = runOf(runs, g.seq);
        return grants.some((w) => w.status === 200 && w.chainId === g.chainId && presented(w) === presented(g) && runOf(runs, w.seq) < run);
      });
      if (stale) {
        const rotated = grants.find((w) => w.status === 200 && w.chainId === stale.chainId && presented(w) === presented(stale))!;
        return fail(
          `run ${runOf(runs, stale.seq) + 1} presented the refresh token that run ${runOf(runs, rotated.seq) + 1} had already rotated (${describe(rotated)}): ${describe(stale)} got invalid_grant; the newest refresh token was not stored`,
          [rotated.seq, stale.seq],
        );
      }
      // Superseded by the client's own refresh (in this run: two at once), or by another party
      // (a scenario's supersede-refresh-token: "another worker"), which no client can prevent.
      const ownRotation = (g: JournalEntry) =>
        grants.some((w) => w !== g && w.status === 200 && w.chainId === g.chainId && presented(w) === presented(g));
      const supersededAll = grants.filter((g) => g.flags.includes('refresh-token-superseded'));
      const superseded = supersededAll.filter(ownRotation);
      if (superseded.length > 0)
        return fail(`${list(superseded)} presented a superseded refresh token and got invalid_grant`, seqs(superseded));
      const foreign =
        supersededAll.length > 0 ? `; ${list(supersededAll)} met a refresh token another party had rotated (not this client)` : '';
      const later = grants.filter((g) => runOf(runs, g.seq) > 0 && g.status === 200);
      if (later.length === 0)
        return warn(`the later runs never refreshed, so rotation across runs could not be shown${foreign}`, seqs(grants));
      return pass(
        `${grants.length} refreshes over ${runs.length} runs, each presenting the newest refresh token of its chain${foreign}`,
        seqs(grants),
      );
    },
  },
  {
    id: 'auth.single-flight',
    title: 'Never refreshes one token chain twice at once',
    rule: 'Of two refreshes with the same refresh token only one wins; the other gets invalid_grant and holds a dead token. A client with parallel work shares one refresh (single flight).',
    source: SOURCES.auth,
    arrange: {
      task: (ctx) => syncTask(ctx.businessId),
      runs: 2,
      advanceSecondsBetweenRuns: SIX_MINUTES,
    },
    judge({ journal, runs }) {
      const grants = refreshes(journal);
      if (grants.length === 0) return notApplicable('the client never refreshed a token');
      const groups = new Map<string, JournalEntry[]>();
      for (const g of grants) {
        if (g.chainId === null) continue;
        const key = `${runOf(runs, g.seq)}/${g.chainId}/${presented(g)}`;
        groups.set(key, [...(groups.get(key) ?? []), g]);
      }
      const twice = [...groups.values()].find((g) => g.length > 1);
      if (twice) {
        const losers = twice.filter((g) => g.status !== 200).length;
        return fail(
          `${twice.length} refreshes presented one refresh token in run ${runOf(runs, twice[0]!.seq) + 1} (${list(twice)}): ${losers} got invalid_grant; refreshes are not single-flight`,
          seqs(twice),
        );
      }
      return pass(`${grants.length} refreshes, each presenting a different refresh token`, seqs(grants));
    },
  },
  {
    id: 'auth.invalid-grant-stops',
    title: 'After invalid_grant, stops and asks for a reconnect instead of retrying',
    rule: 'invalid_grant (a revoked authorisation, or a refresh token past its 31 days) is final: retrying cannot succeed. The client stops and reports that the user must connect again.',
    source: SOURCES.troubleshooting,
    arrange: {
      task: (ctx) => syncTask(ctx.businessId),
      // Run 1 connects; its chain is revoked; run 2 meets invalid_grant (revoked). The user
      // reconnects; run 3 works; 32 days pass; run 4 meets invalid_grant (past 31 days).
      runs: 4,
      advanceSecondsBetweenRuns: SIX_MINUTES,
      between(ctx, index) {
        if (index === 0) for (const chain of ctx.mock.admin.chains({ client_id: ctx.clientId })) ctx.mock.admin.revokeChain(chain.id);
        if (index === 1) ctx.reconnect();
        if (index === 2) ctx.mock.admin.advanceClock(MONTH_OFFLINE - SIX_MINUTES);
      },
      anyExitCode: true,
    },
    judge({ runJournal, runs }) {
      const halves = [
        { run: 1, cause: 'revoked' },
        { run: 3, cause: 'expired' },
      ].map(({ run, cause }) => judgeStop(runJournal(run), runs[run]?.report?.outcome, run + 1, cause as 'revoked' | 'expired'));
      const failed = halves.filter((h) => h.verdict === 'fail');
      const all = (hs: typeof halves) => hs.flatMap((h) => h.evidence);
      if (failed.length > 0) return fail(failed.map((h) => h.reason).join('; '), all(failed));
      const warned = halves.filter((h) => h.verdict === 'warn');
      if (warned.length > 0) return warn(warned.map((h) => h.reason).join('; '), all(warned));
      const met = halves.filter((h) => h.verdict === 'pass');
      if (met.length === 0) return notApplicable(halves.map((h) => h.reason).join('; '));
      return pass(halves.map((h) => h.reason).join('; '), all(met));
    },
  },
];

const CAUSES = { revoked: 'the authorisation was revoked', expired: 'the refresh token was past its 31 days' } as const;

/** One run that met (or should have met) invalid_grant for `cause`: did the client stop and say so? */
function judgeStop(run: JournalEntry[], outcome: string | undefined, n: number, cause: keyof typeof CAUSES) {
  const refused = run.find((e) => e.surface === 'token' && e.errorCodes.includes('invalid_grant'));
  if (!refused) return notApplicable(`run ${n} (${CAUSES[cause]}) never met invalid_grant (the client did not refresh)`);
  // What the server saw: the flag names why the grant was refused.
  const why = refused.flags.includes(`refresh-token-${cause}`)
    ? CAUSES[cause]
    : `its refresh token was ${refused.flags.find((f) => f.startsWith('refresh-token-'))?.slice('refresh-token-'.length) ?? 'refused'}`;
  const at = `run ${n}, ${why}: after invalid_grant (${describe(refused)})`;
  const after = run.filter((e) => e.seq > refused.seq);
  const again = after.filter((e) => e.surface === 'token');
  if (again.length > 0)
    return fail(`${at} the client asked for tokens ${again.length} more times (${list(again)}) instead of stopping`, [
      refused.seq,
      ...seqs(again),
    ]);
  const calls = after.filter(isApi);
  if (calls.length > 0)
    return fail(`${at} the client went on calling the API without a valid token (${list(calls)})`, [refused.seq, ...seqs(calls)]);
  if (outcome !== 'reconnect_required')
    return warn(`${at} the client stopped but did not report outcome "reconnect_required"`, [refused.seq]);
  return pass(`run ${n} (${why}) stopped at the first invalid_grant (${describe(refused)}) and reported that the user must reconnect`, [
    refused.seq,
  ]);
}

/**
 * The naive reference client fails every case, each for the reason the case states, with evidence
 * that shows the mistake (in-process through MSW).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, runContracts, type CaseResult, type ContractRunResult } from '../../contracts/index.ts';
import { naiveClient } from '../../examples/clients/naive-client.ts';

const expected: Record<string, { reason: RegExp; evidence: (r: CaseResult) => void }> = {
  'auth.no-expired-token-use': {
    reason: /API calls carried one access token after it had expired .*kept using a token the 401 already showed dead/,
    evidence: (r) => expect(r.exchanges.every((x) => x.tokenState === 'expired' && x.status === 401)).toBe(true),
  },
  'auth.rotation': {
    reason: /^run 2 presented the refresh token that run 1 had already rotated .*the newest refresh token was not stored$/,
    evidence: (r) => {
      expect(r.exchanges.map((x) => x.status)).toEqual([200, 400]);
      expect(r.exchanges[1]!.flags).toContain('refresh-token-superseded');
    },
  },
  'auth.single-flight': {
    reason: /^\d+ refreshes presented one refresh token in run 2 .*refreshes are not single-flight$/,
    evidence: (r) => {
      expect(r.exchanges.every((x) => x.path === '/token')).toBe(true);
      expect(new Set(r.exchanges.map((x) => x.generation)).size).toBe(1);
    },
  },
  'auth.invalid-grant-stops': {
    reason:
      /^run 2, the authorisation was revoked: after invalid_grant \(POST \/token \(#\d+\)\) the client asked for tokens \d+ more times/,
    evidence: (r) => {
      expect(r.exchanges[0]!.responseBody).toContain('invalid_grant');
      expect(r.exchanges.slice(1).every((x) => x.path === '/token')).toBe(true);
    },
  },
  'routing.x-business-always': {
    reason: /^POST \/contacts \(#\d+\) sent without X-Business: it went to the lead business GB/,
    evidence: (r) => {
      expect(r.exchanges[0]!.requestHeaders['x-business']).toBeUndefined();
      expect(r.exchanges[0]!.businessSource).toBe('lead');
      expect(new Set(r.exchanges.map((x) => x.method))).toEqual(new Set(['GET', 'POST', 'PUT', 'DELETE']));
    },
  },
  'routing.lead-drift-safe': {
    reason: /^POST \/contacts \(#\d+\) landed in business IE \(the new lead business, no X-Business\); the task named GB$/,
    evidence: (r) => expect(r.exchanges.every((x) => x.businessSource === 'lead' && x.method !== 'GET')).toBe(true),
  },
  'business.discovery': {
    reason: /^GET \/business \(#\d+\): Sage has no such endpoint \(404 RouteNotFound\)$/,
    evidence: (r) => expect(r.exchanges[0]).toMatchObject({ path: '/v3.1/business', status: 404 }),
  },
  'sync.complete': {
    reason: /^reported 200 of 450 contacts; the walk stopped at GET \/contacts \(#\d+\) whose \$next was \/contacts\?page=2/,
    evidence: (r) => expect(r.exchanges).toHaveLength(1),
  },
  'sync.incremental': {
    reason: /^run 2 listed \/contacts without updated_or_created_since .*: it downloaded all 451 contacts again$/,
    evidence: (r) => expect(r.exchanges.every((x) => x.query.updated_or_created_since === undefined)).toBe(true),
  },
  'writes.idempotency-id': {
    reason:
      /^invoice CTR-IDEM-A is in the books 2 times: the retry POST \/sales_invoices \(#\d+\) after the lost answer of POST \/sales_invoices \(#\d+\) carried only an Idempotency-Key header, which Sage ignores$/,
    evidence: (r) => {
      expect(r.exchanges[0]!.fault).toBe('drop');
      expect(r.exchanges.every((x) => x.flags.includes('idempotency-key-header-ignored'))).toBe(true);
      expect(r.exchanges[1]!.status).toBe(201);
    },
  },
  'writes.no-blind-retry-of-422': {
    reason: /^POST \/sales_invoices \(#\d+\) got 422 \(RecordInvalid\) and was re-sent unchanged 2 times/,
    evidence: (r) => {
      expect(r.exchanges.map((x) => x.status)).toEqual([422, 422, 422]);
      expect(new Set(r.exchanges.map((x) => x.requestBody)).size).toBe(1);
    },
  },
  'limits.backoff-429': {
    reason: /^GET \/contacts \(#\d+\) came \d+ ms after the 429 of GET \/contacts \(#\d+\), which said Retry-After: 1$/,
    evidence: (r) => expect(r.exchanges[0]).toMatchObject({ status: 429, responseHeaders: { 'retry-after': '1' } }),
  },
  'limits.max-in-flight': {
    reason:
      /^\d+ requests were refused 429 with 150 others in flight .*peak 150 in flight; by journal timing (1[5-9]\d|[2-9]\d\d) overlapped at once \(GET \/contacts\/\S+ \(#\d+\)/,
    evidence: (r) => {
      expect(r.exchanges.every((x) => x.status === 429 && x.flags.includes('concurrency-limit-exceeded'))).toBe(true);
      // After the refusals, the overlapping exchanges: more than 150 seqs in all.
      expect(r.evidence.length).toBeGreaterThan(150);
    },
  },
  'errors.5xx-bounded': {
    reason: /^GET \/ledger_accounts \(#\d+\) retried \d+ ms after GET \/ledger_accounts \(#\d+\): no backoff/,
    evidence: (r) => expect(r.exchanges.some((x) => x.status === 503)).toBe(true),
  },
  'reference-data.per-business': {
    reason:
      /^tax_rate_id GB_STANDARD in invoice_lines\[0\] of POST \/sales_invoices \(#\d+\) \(business GB\) was not read from that business's \/tax_rates: it was never read \(hard-coded\)$/,
    evidence: (r) => expect(r.exchanges[0]!.requestBody).toContain('"GB_STANDARD"'),
  },
  'money.exact': {
    reason: /^POST \/sales_invoices \(#\d+\) sent tax_amount 0\.06000000000000001: a binary-float artefact$/,
    evidence: (r) => expect(r.exchanges[0]!.requestBody).toContain('0.06000000000000001'),
  },
};

let run: ContractRunResult;
beforeAll(async () => {
  run = await runContracts({ client: naiveClient });
}, 120_000);

describe('the naive client', () => {
  it('is judged on every case', () => {
    expect(Object.keys(expected).sort()).toEqual(CASES.map((c) => c.id).sort());
    expect(run.ok).toBe(false);
  });
  for (const [id, want] of Object.entries(expected)) {
    it(`${id}: fails for the stated reason`, () => {
      const r = run.results.find((x) => x.id === id)!;
      expect({ verdict: r.verdict, reason: r.reason }).toMatchObject({ verdict: 'fail', reason: expect.stringMatching(want.reason) });
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.exchanges.map((x) => x.seq)).toEqual(r.evidence.slice(0, r.exchanges.length));
      want.evidence(r);
    });
  }
});

/**
 * The runner: hung, crashing and throwing clients get `error` with their stderr or message; a
 * crash does not hide a breach; bad input is refused; tasks and reports follow their JSON Schemas;
 * a function client can also run against a server; a scenario can be laid over every case.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CASES, ContractInputError, runContracts, type ContractEnv } from '../../contracts/index.ts';
import { goodClient } from '../../examples/clients/good-client.ts';
import { loadScenario } from '../../mock/index.ts';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../contracts/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);

describe('clients that hang, crash or throw', () => {
  it('a shell client that outlives its timeout is killed and gets error, with its stderr', async () => {
    const started = performance.now();
    const run = await runContracts({
      client: { command: 'echo "waiting for Sage" >&2; sleep 30' },
      cases: ['business.discovery'],
      timeoutMs: 300,
    });
    expect(run.results[0]).toMatchObject({
      verdict: 'error',
      reason: expect.stringMatching(/^run 1 did not finish within 300 ms: .*waiting for Sage/),
    });
    expect(run.results[0]!.runs[0]!.timedOut).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000); // the sleep was killed, not waited for
    expect(run.ok).toBe(false);
  });

  it('a shell client that crashes gets error with the tail of its stderr', async () => {
    const run = await runContracts({ client: { command: 'echo "Traceback: KeyError SAGE_TASKS" >&2; exit 3' }, cases: ['sync.complete'] });
    expect(run.results[0]).toMatchObject({ verdict: 'error', reason: 'run 1 exited with code 3: Traceback: KeyError SAGE_TASKS' });
  });

  it('a function client that throws gets error with its message; one that hangs times out', async () => {
    const thrown = await runContracts({
      client: async () => {
        throw new Error('no task today');
      },
      cases: ['business.discovery'],
    });
    expect(thrown.results[0]).toMatchObject({ verdict: 'error', reason: expect.stringContaining('Error: no task today') });
    let aborted = false;
    const hung = await runContracts({
      client: (_env, { signal }) => new Promise(() => signal.addEventListener('abort', () => (aborted = true))),
      cases: ['business.discovery'],
      timeoutMs: 100,
    });
    expect(hung.results[0]).toMatchObject({
      verdict: 'error',
      reason: 'run 1 did not finish within 100 ms: the client did not finish within 100 ms',
    });
    expect(aborted).toBe(true);
  });

  it('a crash does not hide a breach the journal already shows', async () => {
    const client = async (env: ContractEnv) => {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: env.SAGE_REFRESH_TOKEN!,
        client_id: env.SAGE_CLIENT_ID!,
        client_secret: env.SAGE_CLIENT_SECRET!,
      });
      const { access_token } = (await (await fetch(env.SAGE_TOKEN_URL!, { method: 'POST', body: form })).json()) as {
        access_token: string;
      };
      await fetch(`${env.SAGE_API_URL}/contacts`, { headers: { authorization: `Bearer ${access_token}` } });
      throw new Error('crashed after the request');
    };
    const run = await runContracts({ client, cases: ['routing.x-business-always'] });
    expect(run.results[0]).toMatchObject({
      verdict: 'fail',
      reason: expect.stringMatching(/^GET \/contacts \(#2\) sent without X-Business: it went to the lead business GB/),
    });
  });
});

describe('warnings', () => {
  it('refreshing only after a 401 is a warn, not a fail', async () => {
    // Keeps its tokens between runs but ignores expires_in: the second run meets one 401, then refreshes.
    const client = async (env: ContractEnv) => {
      const file = `${env.SAGE_STATE_DIR}/tokens.json`;
      const saved = await import('node:fs/promises').then((fs) =>
        fs.readFile(file, 'utf8').then(JSON.parse, () => ({ refresh: env.SAGE_REFRESH_TOKEN })),
      );
      const refresh = async () => {
        const form = new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: saved.refresh,
          client_id: env.SAGE_CLIENT_ID!,
          client_secret: env.SAGE_CLIENT_SECRET!,
        });
        const t = (await (await fetch(env.SAGE_TOKEN_URL!, { method: 'POST', body: form })).json()) as {
          access_token: string;
          refresh_token: string;
        };
        Object.assign(saved, { access: t.access_token, refresh: t.refresh_token });
        await import('node:fs/promises').then((fs) => fs.writeFile(file, JSON.stringify(saved)));
      };
      if (!saved.access) await refresh();
      const call = () => fetch(`${env.SAGE_API_URL}/businesses`, { headers: { authorization: `Bearer ${saved.access}` } });
      if ((await call()).status === 401) {
        await refresh();
        await call();
      }
    };
    const run = await runContracts({ client, cases: ['auth.no-expired-token-use', 'auth.rotation'] });
    expect(run.results.map((r) => [r.id, r.verdict, r.reason])).toEqual([
      [
        'auth.no-expired-token-use',
        'warn',
        expect.stringMatching(
          /^GET \/businesses \(#\d+\) carried an expired access token and got 401; the client refreshes only after a 401 instead of before expiry$/,
        ),
      ],
      ['auth.rotation', 'pass', '3 refreshes over 3 runs, each presenting the newest refresh token of its chain'],
    ]);
    expect(run.ok).toBe(true);
  });
});

describe('bad input', () => {
  it('unknown plans and cases, and commands that do not exist, are refused before anything runs', async () => {
    await expect(runContracts({ client: goodClient, plans: ['auth', 'speed'] })).rejects.toThrow(
      new ContractInputError(
        'unknown plan "speed"; plans: all, auth, routing, business, sync, writes, limits, errors, reference-data, money',
      ),
    );
    await expect(runContracts({ client: goodClient, cases: ['auth.rotation', 'auth.rotate'] })).rejects.toThrow(
      /unknown case "auth\.rotate"/,
    );
    await expect(runContracts({ client: { command: 'sage-client-that-is-not-there' } })).rejects.toThrow(
      /client command not found: sage-client-that-is-not-there \(not on PATH\)/,
    );
    await expect(runContracts({ client: { command: '   ' } })).rejects.toThrow(/the client command is empty/);
  });
});

describe('the task and report files', () => {
  it('every case hands the client a task that follows contracts/task.schema.json, in SAGE_TASK and SAGE_TASK_FILE alike', async () => {
    const validate = ajv.compile(schema('task.schema.json'));
    const seen: { id: string; env: ContractEnv; file: string }[] = [];
    let i = 0;
    await runContracts({
      client: async (env) => {
        seen.push({ id: CASES[i]!.id, env, file: readFileSync(env.SAGE_TASK_FILE!, 'utf8') });
      },
      onResult: () => i++,
    });
    expect(new Set(seen.map((s) => s.id)).size).toBe(CASES.length);
    for (const s of seen) {
      expect(s.file).toBe(s.env.SAGE_TASK);
      expect({ id: s.id, valid: validate(JSON.parse(s.env.SAGE_TASK!)), errors: validate.errors }).toEqual({
        id: s.id,
        valid: true,
        errors: null,
      });
      for (const k of [
        'SAGE_AUTHORIZE_URL',
        'SAGE_TOKEN_URL',
        'SAGE_REVOKE_URL',
        'SAGE_API_URL',
        'SAGE_CLIENT_ID',
        'SAGE_CLIENT_SECRET',
        'SAGE_REDIRECT_URI',
        'SAGE_REFRESH_TOKEN',
        'SAGE_BUSINESS_IDS',
        'SAGE_CONTROL_URL',
        'SAGE_NOW',
        'SAGE_STATE_DIR',
        'SAGE_REPORT_FILE',
      ]) {
        expect(s.env[k], `${s.id} ${k}`).toBeTruthy();
      }
      expect(s.env.SAGE_API_URL).toMatch(/\/v3\.1$/);
    }
    // A task that breaks the schema is refused by it (the schema is not a pass-everything).
    expect(validate({ business_id: 'x', sync: { resources: ['everything'] } })).toBe(false);
  });

  it('the good client writes reports that follow contracts/report.schema.json', async () => {
    const validate = ajv.compile(schema('report.schema.json'));
    const reports: unknown[] = [];
    const run = await runContracts({
      client: async (env, options) => {
        await goodClient(env, options);
        reports.push(JSON.parse(readFileSync(env.SAGE_REPORT_FILE!, 'utf8')));
      },
      cases: ['sync.incremental', 'writes.no-blind-retry-of-422', 'auth.invalid-grant-stops', 'routing.x-business-always'],
    });
    expect(run.ok).toBe(true);
    expect(reports).toHaveLength(8);
    for (const r of reports) expect({ valid: validate(r), errors: validate.errors }).toEqual({ valid: true, errors: null });
    expect(validate({ outcome: 'fine' })).toBe(false);
  });
});

describe('transports and scenarios', () => {
  it('a function client can run against a Fastify server instead of MSW', async () => {
    const run = await runContracts({ client: goodClient, plans: ['routing', 'business'], transport: 'server' });
    expect(run.results.map((r) => [r.id, r.verdict])).toEqual([
      ['routing.x-business-always', 'pass'],
      ['routing.lead-drift-safe', 'pass'],
      ['business.discovery', 'pass'],
    ]);
  });

  it('a scenario laid over the cases reaches the client', async () => {
    const run = await runContracts({
      client: goodClient,
      cases: ['business.discovery'],
      scenario: {
        name: 'one-503',
        steps: [{ match: { method: 'GET', path: '/businesses' }, times: 1, fault: { type: 'status', status: 503 } }],
      },
    });
    // The good client retried the 503 and went on.
    expect(run.results[0]).toMatchObject({ verdict: 'pass', reason: expect.stringMatching(/^GET \/businesses \(#3\) came before/) });
  });

  it("a scenario laid over the cases faults the client only, never the case's own reads of the books", async () => {
    const run = await runContracts({
      client: goodClient,
      cases: ['sync.incremental'],
      scenario: { name: 'contacts-down', steps: [{ match: { method: 'GET', path: '/contacts' }, fault: { type: 'status', status: 503 } }] },
    });
    // The case arranges changes by reading /contacts itself: that worked; the client met only 503s.
    expect(run.results[0]!.reason).not.toMatch(/could not run/);
    expect(run.results[0]!.runs.length).toBeGreaterThan(0);
  });

  it('a scenario laid over a case that has its own runs both (e.g. a built-in over errors.5xx-bounded)', async () => {
    const run = await runContracts({
      client: goodClient,
      cases: ['errors.5xx-bounded', 'routing.lead-drift-safe'],
      scenario: {
        name: 'one-503',
        steps: [{ match: { method: 'GET', path: '/businesses' }, times: 1, fault: { type: 'status', status: 503 } }],
      },
    });
    expect(run.results.map((r) => [r.id, r.verdict])).toEqual([
      ['routing.lead-drift-safe', 'pass'],
      ['errors.5xx-bounded', 'pass'],
    ]);
  });
});

describe("the kit uses only the package's public surface", () => {
  it('every import from mock/ in contracts/ is sage-mock, sage-mock/msw or sage-mock/fastify', () => {
    const root = new URL('../../contracts/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const reached = files.flatMap((f) => {
      const text = readFileSync(new URL(f, root), 'utf8');
      return [...text.matchAll(/(?:from |import\()'((?:\.\.\/)+mock\/[^']+)'/g)].map((m) =>
        new URL(m[1]!, new URL(f, root)).pathname.replace(/^.*\/mock\//, 'mock/'),
      );
    });
    expect(reached.length).toBeGreaterThan(0);
    expect(new Set(reached)).toEqual(new Set(['mock/index.ts', 'mock/adapters/msw.ts', 'mock/adapters/fastify.ts']));
  });
});

describe('auth.invalid-grant-stops arranges both causes of invalid_grant', () => {
  /**
   * Keeps its rotated refresh token in SAGE_STATE_DIR and stops at invalid_grant, except that it
   * reads "The refresh token is expired." as something another refresh cures (a common confusion
   * with access-token expiry) and tries again, up to three times.
   */
  const client = (retryExpired: boolean) => async (env: ContractEnv) => {
    const file = join(env.SAGE_STATE_DIR!, 'token');
    let refresh = existsSync(file) ? readFileSync(file, 'utf8') : env.SAGE_REFRESH_TOKEN!;
    for (let attempt = 0; ; attempt++) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refresh,
        client_id: env.SAGE_CLIENT_ID!,
        client_secret: env.SAGE_CLIENT_SECRET!,
      });
      const tokens = (await (await fetch(env.SAGE_TOKEN_URL!, { method: 'POST', body: form })).json()) as {
        refresh_token?: string;
        error?: string;
        error_description?: string;
      };
      if (tokens.refresh_token) {
        refresh = tokens.refresh_token;
        writeFileSync(file, refresh);
        break;
      }
      if (retryExpired && /expired/.test(tokens.error_description ?? '') && attempt < 3) continue;
      writeFileSync(env.SAGE_REPORT_FILE!, JSON.stringify({ outcome: 'reconnect_required' }));
      return;
    }
    writeFileSync(env.SAGE_REPORT_FILE!, JSON.stringify({ outcome: 'done' }));
  };

  it('a revoked chain (run 2) and a refresh token past its 31 days (run 4): a client that stops at both passes', async () => {
    const run = await runContracts({ client: client(false), cases: ['auth.invalid-grant-stops'] });
    const r = run.results[0]!;
    expect(r.verdict).toBe('pass');
    expect(r.runs).toHaveLength(4);
    expect(r.reason).toMatch(
      /^run 2 \(the authorisation was revoked\) stopped at the first invalid_grant \(POST \/token \(#\d+\)\) .*; run 4 \(the refresh token was past its 31 days\) stopped at the first invalid_grant/,
    );
    expect(r.exchanges.map((x) => x.responseBody)).toEqual([expect.stringContaining('revoked'), expect.stringContaining('expired')]);
  });

  it('retrying after the 31-day invalid_grant fails, for that reason, with the refusal and the retries as evidence', async () => {
    const run = await runContracts({ client: client(true), cases: ['auth.invalid-grant-stops'] });
    const r = run.results[0]!;
    expect(r.verdict).toBe('fail');
    expect(r.reason).toMatch(
      /^run 4, the refresh token was past its 31 days: after invalid_grant \(POST \/token \(#\d+\)\) the client asked for tokens 3 more times/,
    );
    expect(r.exchanges).toHaveLength(4);
    expect(r.exchanges.every((x) => x.path === '/token' && (x.responseBody ?? '').includes('The refresh token is expired.'))).toBe(true);
  });
});

describe("limits.max-in-flight from the journal's real timing", () => {
  it('shows the exchanges that overlapped at the busiest moment, each open while the others were', async () => {
    const run = await runContracts({ client: goodClient, cases: ['limits.max-in-flight'] });
    const r = run.results[0]!;
    expect(r.verdict).toBe('pass');
    const m = /^at most (\d+) requests in flight \(limit 150\) over 220 reads by id; by journal timing (\d+) overlapped at once \(/.exec(
      r.reason,
    );
    expect(m, r.reason).not.toBeNull();
    const overlapped = Number(m![2]);
    // The good client keeps 16 in flight; the server held its bursts, so they overlapped.
    expect(overlapped).toBeGreaterThan(1);
    expect(overlapped).toBeLessThanOrEqual(16);
    expect(r.evidence).toHaveLength(overlapped);
    const shown = r.exchanges;
    expect(shown).toHaveLength(Math.min(overlapped, 12));
    const latestStart = Math.max(...shown.map((x) => x.startedMs));
    for (const x of shown) expect(x.startedMs + x.durationMs).toBeGreaterThan(latestStart);
  });
});

describe('auth.rotation under token-storm', () => {
  it('a refresh token superseded by "another worker" (the scenario) is not the client\'s breach', async () => {
    const run = await runContracts({ client: goodClient, cases: ['auth.rotation'], scenario: loadScenario('token-storm') });
    expect(run.results[0]!.verdict).not.toBe('fail');
    expect(run.results[0]!.reason).toMatch(/met a refresh token another party had rotated \(not this client\)$/);
  });
});

describe('limits.max-in-flight under a squeezed limit', () => {
  it('429s from a limit a scenario squeezed below 150 are not a breach of 150', async () => {
    // Reads 20 contacts by id at once, no retries: with the limit squeezed to 15, 5 are refused.
    const client = async (env: ContractEnv) => {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: env.SAGE_REFRESH_TOKEN!,
        client_id: env.SAGE_CLIENT_ID!,
        client_secret: env.SAGE_CLIENT_SECRET!,
      });
      const { access_token } = (await (await fetch(env.SAGE_TOKEN_URL!, { method: 'POST', body: form })).json()) as {
        access_token: string;
      };
      const headers = { authorization: `Bearer ${access_token}`, 'x-business': JSON.parse(env.SAGE_TASK!).business_id };
      const page = (await (await fetch(`${env.SAGE_API_URL}/contacts`, { headers })).json()) as { $items: { id: string }[] };
      await Promise.all(page.$items.map((c) => fetch(`${env.SAGE_API_URL}/contacts/${c.id}`, { headers }).then((r) => r.arrayBuffer())));
    };
    const run = await runContracts({
      client,
      cases: ['limits.max-in-flight'],
      scenario: { name: 'squeeze', steps: [{ match: { surface: 'api' }, times: 1, fault: { type: 'limits', max_in_flight: 15 } }] },
    });
    expect(run.results[0]).toMatchObject({
      verdict: 'pass',
      reason: expect.stringMatching(/^at most 15 requests in flight \(limit 150\) over 20 reads by id; by journal timing 20 overlapped/),
    });
  });
});

describe('reference-data.per-business judges writes that reached a business', () => {
  it('an invoice write refused 401 before routing (no business) is not compared', async () => {
    const client = async (env: ContractEnv) => {
      const body = {
        sales_invoice: {
          contact_id: 'x',
          date: '2026-01-05',
          invoice_lines: [{ description: 'x', ledger_account_id: 'y', tax_rate_id: 'GB_STANDARD', quantity: 1, unit_price: 1 }],
        },
      };
      await fetch(`${env.SAGE_API_URL}/sales_invoices`, {
        method: 'POST',
        headers: { authorization: 'Bearer not-a-token', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    };
    const run = await runContracts({ client, cases: ['reference-data.per-business'] });
    expect(run.results[0]).toMatchObject({ verdict: 'not-applicable', reason: 'the client wrote no sales invoice' });
  });
});

describe('a laid-over scenario that stops the client', () => {
  it('work left undone after the client stopped the right way is not-applicable, not a fail', async () => {
    const run = await runContracts({
      client: goodClient,
      cases: ['sync.incremental', 'auth.invalid-grant-stops'],
      scenario: loadScenario('month-offline'),
    });
    const incremental = run.results.find((r) => r.id === 'sync.incremental')!;
    expect(incremental).toMatchObject({
      verdict: 'not-applicable',
      reason: expect.stringMatching(
        /^the scenario stopped the client \(run \d reported reconnect_required\), so this could not be judged: /,
      ),
    });
    // A breach is still a breach: only work left undone is excused.
    expect(run.results.find((r) => r.id === 'auth.invalid-grant-stops')!.verdict).not.toBe('not-applicable');
  });
});

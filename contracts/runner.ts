/**
 * The runner: for each case, a fresh fake Sage (in-process through MSW for a function client, or
 * a Fastify server for a shell command), the scenario, the task, the client's runs with the clock
 * moved between them, then the judge. Only the package's public exports are used.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { clientEnvironment, createSageMock, type JournalEntry, type Scenario, type SageMock } from '../mock/index.ts';
import { sageHandlers } from '../mock/adapters/msw.ts';
import { checkCommand, describeClient, runClient, type Client, type ContractEnv } from './client.ts';
import { toExchange, type Exchange } from './evidence.ts';
import {
  planOf,
  type CaseContext,
  type ClientReport,
  type ContractCase,
  type Judgement,
  type Plan,
  type RunRecord,
  type Verdict,
} from './model.ts';
import { selectCases } from './catalogue.ts';

export interface RunOptions {
  /** A shell command (`{ command }`) or a TypeScript function `(env) => Promise<void>`. */
  client: Client;
  /** Plans to run (`auth`, `writes`, ... or `all`; default all). */
  plans?: string[];
  /** Case ids to run (with `plans`: the union). */
  cases?: string[];
  /** A function client goes through MSW in-process (default) or a Fastify server on 127.0.0.1. */
  transport?: 'msw' | 'server';
  /** Per run of the client (default 20 s). */
  timeoutMs?: number;
  /** World seed (default 42). */
  seed?: number;
  /** A scenario applied on top of each case's own (e.g. to see how a client copes with a slow Sage). */
  scenario?: Scenario;
  /** Called after each case (progress). */
  onResult?: (result: CaseResult) => void;
}

export interface RunSummary {
  index: number;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  durationMs: number;
  stderrTail: string;
  requests: number;
}

export interface CaseResult {
  id: string;
  plan: Plan;
  title: string;
  rule: string;
  source: { title: string; url: string };
  verdict: Verdict;
  reason: string;
  evidence: number[];
  /** The evidence exchanges, secrets masked. */
  exchanges: Exchange[];
  runs: RunSummary[];
  durationMs: number;
}

export interface ContractRunResult {
  client: string;
  startedAt: string;
  durationMs: number;
  results: CaseResult[];
  counts: Record<Verdict, number>;
  /** True when no case failed or errored. */
  ok: boolean;
}

const EVIDENCE_SHOWN = 12;

export async function runContracts(options: RunOptions): Promise<ContractRunResult> {
  const cases = selectCases({ plans: options.plans, cases: options.cases });
  if (typeof options.client !== 'function') checkCommand(options.client.command, options.client.cwd);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const results: CaseResult[] = [];
  const msw = typeof options.client === 'function' && (options.transport ?? 'msw') === 'msw' ? new MswTransport() : null;
  try {
    for (const c of cases) {
      const result = await runCase(c, options, msw);
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    msw?.close();
  }
  const counts: Record<Verdict, number> = { pass: 0, fail: 0, warn: 0, 'not-applicable': 0, error: 0 };
  for (const r of results) counts[r.verdict]++;
  return {
    client: describeClient(options.client),
    startedAt,
    durationMs: Math.round(performance.now() - started),
    results,
    counts,
    ok: counts.fail === 0 && counts.error === 0,
  };
}

/** One MSW interceptor for a whole run; each case gets its own origin. */
class MswTransport {
  #server: ReturnType<typeof setupServer> | null = null;
  #n = 0;
  attach(mock: SageMock): { base: string; detach: () => void } {
    if (!this.#server) {
      this.#server = setupServer();
      this.#server.listen({ onUnhandledFrame: 'bypass' });
    }
    const base = `https://case-${++this.#n}.sage-mock.test`;
    this.#server.use(...sageHandlers(mock, { apiBase: base, authorizeBase: base, tokenBase: base }));
    return { base, detach: () => this.#server?.resetHandlers() };
  }
  close(): void {
    this.#server?.close();
    this.#server = null;
  }
}

async function runCase(c: ContractCase, options: RunOptions, msw: MswTransport | null): Promise<CaseResult> {
  const started = performance.now();
  const mockOptions = { seed: options.seed ?? 42, ...c.arrange.mock };
  let mock: SageMock;
  let base: string;
  let stop: () => Promise<void> | void;
  if (msw) {
    mock = await createSageMock(mockOptions);
    const attached = msw.attach(mock);
    base = attached.base;
    stop = attached.detach;
  } else {
    // `sage-mock/fastify`, loaded only when a server is needed.
    const { startServer } = await import('../mock/adapters/fastify.ts');
    const server = await startServer(mockOptions);
    mock = server.mock;
    base = server.url;
    stop = server.close;
  }
  const dir = await mkdtemp(join(tmpdir(), `sage-contract-${c.id}-`));
  const runs: RunRecord[] = [];
  let judgement: Judgement;
  try {
    judgement = await arrangeRunJudge(c, options, mock, base, dir, runs);
  } catch (e) {
    judgement = { verdict: 'error', reason: `the case could not run: ${(e as Error).message}`, evidence: [] };
  } finally {
    await stop();
    await rm(dir, { recursive: true, force: true });
  }
  const byseq = new Map(mock.admin.journal().map((e) => [e.seq, e]));
  return {
    id: c.id,
    plan: planOf(c),
    title: c.title,
    rule: c.rule,
    source: c.source,
    verdict: judgement.verdict,
    reason: judgement.reason,
    evidence: judgement.evidence,
    exchanges: judgement.evidence.slice(0, EVIDENCE_SHOWN).flatMap((s) => (byseq.has(s) ? [toExchange(byseq.get(s)!)] : [])),
    runs: runs.map((r) => ({
      index: r.index,
      exitCode: r.exitCode,
      signal: r.signal,
      timedOut: r.timedOut,
      durationMs: Math.round(r.durationMs),
      stderrTail: r.stderrTail,
      requests: r.toSeq - r.fromSeq,
    })),
    durationMs: Math.round(performance.now() - started),
  };
}

async function arrangeRunJudge(
  c: ContractCase,
  options: RunOptions,
  mock: SageMock,
  base: string,
  dir: string,
  runs: RunRecord[],
): Promise<Judgement> {
  const world = mock.admin.world();
  const user = world.users[0]!;
  const app = world.apps[0]!;
  const caseApp = world.apps[1]!;
  const businessId = c.arrange.business?.(world, user.id) ?? user.lead_business_id!;
  const caseToken = () => mock.admin.mintToken({ user_id: user.id, client_id: caseApp.client_id }).access_token;
  const api: CaseContext['api'] = async (method, path, opts = {}) => {
    const res = await mock.handle({
      method,
      url: `/v3.1${path}`,
      headers: {
        authorization: `Bearer ${caseToken()}`,
        'x-business': opts.businessId ?? businessId,
        ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    let body: unknown = res.body;
    try {
      body = res.body ? JSON.parse(res.body) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body };
  };
  let reconnecting = false;
  const ctx: CaseContext = {
    reconnect: () => {
      reconnecting = true;
    },
    mock,
    world,
    userId: user.id,
    clientId: app.client_id,
    businessId,
    leadBusinessId: user.lead_business_id!,
    api,
    async all(path, opts = {}) {
      const out: unknown[] = [];
      const sep = path.includes('?') ? '&' : '?';
      let next: string | null = `${path}${sep}items_per_page=200${opts.attributes ? `&attributes=${opts.attributes}` : ''}`;
      while (next) {
        const res = await api('GET', next, { businessId: opts.businessId });
        if (res.status !== 200) throw new Error(`GET ${next}: ${res.status}`);
        out.push(...res.body.$items);
        next = res.body.$next;
      }
      return out;
    },
  };

  // The user's scenario faults the client's requests only, never the case's own reads of the books.
  const laid = options.scenario && {
    ...options.scenario,
    steps: options.scenario.steps.map((s) =>
      s.at || s.match?.client_id !== undefined ? s : { ...s, match: { ...s.match, client_id: app.client_id } },
    ),
  };
  const scenarios = [c.arrange.scenario?.(ctx) as Scenario | undefined, laid].filter((s): s is Scenario => s !== undefined);
  if (scenarios.length > 0) {
    // The case's steps first, then the user's; the user's seed drives the random draws.
    const seed = options.scenario?.seed;
    mock.scenarios.apply(
      scenarios.length === 1
        ? scenarios[0]!
        : {
            name: scenarios.map((s) => s.name).join('.'),
            ...(seed === undefined ? {} : { seed }),
            steps: scenarios.flatMap((s) => s.steps),
          },
    );
  }
  await c.arrange.before?.(ctx);
  const task = await c.arrange.task(ctx);
  const stateDir = join(dir, 'state');
  await mkdir(stateDir);
  const taskFile = join(dir, 'task.json');
  const reportFile = join(dir, 'report.json');
  const taskJson = JSON.stringify(task);
  await writeFile(taskFile, taskJson);
  const env: ContractEnv = {
    ...clientEnvironment(mock, base, { user_id: user.id, client_id: app.client_id }),
    SAGE_TASK: taskJson,
    SAGE_TASK_FILE: taskFile,
    SAGE_STATE_DIR: stateDir,
    SAGE_REPORT_FILE: reportFile,
  };
  const count = c.arrange.runs ?? 1;
  const timeoutMs = options.timeoutMs ?? 20_000;
  for (let i = 0; i < count; i++) {
    if (reconnecting) {
      // A new authorisation: a new chain's refresh token, and the client starts from nothing.
      reconnecting = false;
      env.SAGE_REFRESH_TOKEN = clientEnvironment(mock, base, { user_id: user.id, client_id: app.client_id }).SAGE_REFRESH_TOKEN;
      await rm(stateDir, { recursive: true, force: true });
      await mkdir(stateDir);
    }
    const fromSeq = lastSeq(mock);
    await rm(reportFile, { force: true });
    // The virtual clock's time as the run starts: the client's "now" (plus the real time it takes).
    env.SAGE_NOW = mock.admin.clock().now;
    const stopDuring = new AbortController();
    const during = c.arrange.during?.(ctx, stopDuring.signal);
    const outcome = await runClient(options.client, env, timeoutMs);
    stopDuring.abort();
    await during;
    const { report, reportError } = await readReport(reportFile);
    runs.push({ index: i, fromSeq, toSeq: lastSeq(mock), report, reportError, ...outcome });
    if (outcome.timedOut) break;
    if (i < count - 1) {
      if (c.arrange.advanceSecondsBetweenRuns) mock.admin.advanceClock(c.arrange.advanceSecondsBetweenRuns);
      await c.arrange.between?.(ctx, i);
    }
  }

  const inRuns = (e: JournalEntry) => runs.some((r) => e.seq > r.fromSeq && e.seq <= r.toSeq);
  const all = mock.admin.journal().filter(inRuns);
  const last = runs[runs.length - 1]!;
  const hung = runs.find((r) => r.timedOut);
  if (hung)
    return {
      verdict: 'error',
      reason: `run ${hung.index + 1} did not finish within ${timeoutMs} ms: ${tail(hung.stderrTail)}`,
      evidence: [],
    };
  const judgement = await c.judge({
    ctx,
    task,
    runs,
    journal: all,
    runJournal: (i) => all.filter((e) => e.seq > runs[i]!.fromSeq && e.seq <= runs[i]!.toSeq),
    report: last.report,
  });
  // Work left undone because a laid-over scenario stopped the client the right way (invalid_grant:
  // reconnect_required; bounded retries spent: gave_up) cannot be judged: not-applicable.
  if (options.scenario && judgement.verdict === 'fail' && judgement.undone && (mock.scenarios.status()?.fired.length ?? 0) > 0) {
    const stopped = runs.find((r) => r.report?.outcome === 'reconnect_required' || r.report?.outcome === 'gave_up');
    if (stopped) {
      return {
        verdict: 'not-applicable',
        reason: `the scenario stopped the client (run ${stopped.index + 1} reported ${stopped.report!.outcome}), so this could not be judged: ${judgement.reason}`,
        evidence: judgement.evidence,
      };
    }
  }
  // A crash does not hide a breach the journal already shows; otherwise it is an error.
  const crashed = c.arrange.anyExitCode ? undefined : runs.find((r) => r.exitCode !== 0);
  if (crashed && (judgement.verdict !== 'fail' || judgement.undone)) {
    const how = crashed.signal ? `was killed by ${crashed.signal}` : `exited with code ${crashed.exitCode}`;
    return { verdict: 'error', reason: `run ${crashed.index + 1} ${how}: ${tail(crashed.stderrTail)}`, evidence: judgement.evidence };
  }
  return judgement;
}

function lastSeq(mock: SageMock): number {
  return mock.admin.journal({ limit: 1 })[0]?.seq ?? 0;
}

async function readReport(file: string): Promise<{ report: ClientReport | null; reportError: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { report: null, reportError: null };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return { report: null, reportError: 'the report is not a JSON object' };
    return { report: parsed as ClientReport, reportError: null };
  } catch (e) {
    return { report: null, reportError: `the report is not JSON: ${(e as Error).message}` };
  }
}

/** The last line or two of a stderr, for a one-line reason. */
function tail(text: string): string {
  const lines = text.trim().split('\n').filter(Boolean);
  const last = lines.slice(-2).join(' | ');
  return last.length > 300 ? `…${last.slice(-300)}` : last || '(no stderr)';
}

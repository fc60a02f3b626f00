/**
 * The contract kit's model: a case arranges a situation on a fresh fake Sage (world, optional
 * scenario, a task for the client, how many runs and how the virtual clock moves between them),
 * runs the client, and judges it from what the server saw (the journal), the books and the
 * client's own report. Everything here uses the package's public surface only.
 */
import type { JournalEntry, SageMock, SageMockOptions, WorldView } from '../mock/index.ts';
import type { ContractTask } from './task.ts';

export type Verdict = 'pass' | 'fail' | 'warn' | 'not-applicable' | 'error';

/** The order verdicts are ranked in when several findings meet (worst last). */
export const VERDICT_RANK: Record<Verdict, number> = { 'not-applicable': 0, pass: 1, warn: 2, fail: 3, error: 4 };

/** What a judge decides: a verdict, a one-line reason, and the journal entries (by `seq`) behind it. */
export interface Judgement {
  verdict: Verdict;
  reason: string;
  evidence: number[];
  /**
   * The failure is work left undone (records not reported, documents not in the books) rather
   * than a breach the journal shows: when the client also crashed, the crash is the verdict.
   */
  undone?: boolean;
}

export const PLANS = ['auth', 'routing', 'business', 'sync', 'writes', 'limits', 'errors', 'reference-data', 'money'] as const;
export type Plan = (typeof PLANS)[number];

/** Where a rule comes from: the fact in Sage's documentation. */
export interface RuleSource {
  title: string;
  url: string;
}

/** What a case sees while it arranges and judges: the mock, the world, who the client is. */
export interface CaseContext {
  readonly mock: SageMock;
  readonly world: WorldView;
  /** The user the client acts for (connected through `SAGE_REFRESH_TOKEN`). */
  readonly userId: string;
  /** The client's app. */
  readonly clientId: string;
  /** The business the task names. */
  readonly businessId: string;
  /** The user's lead business when the case started. */
  readonly leadBusinessId: string;
  /**
   * Calls the API as the case itself (another app of the same user, never the client's), e.g. to
   * read the books or change records between runs. Its exchanges are outside the client's runs.
   */
  // biome-ignore lint/suspicious/noExplicitAny: any Sage resource; cases read the fields they need.
  api(method: string, path: string, options?: { body?: unknown; businessId?: string }): Promise<{ status: number; body: any }>;
  /** Every record of a list endpoint of a business (walks `$next`), with `attributes` as given. */
  // biome-ignore lint/suspicious/noExplicitAny: any Sage resource; cases read the fields they need.
  all(path: string, options?: { businessId?: string; attributes?: string }): Promise<any[]>;
  /**
   * The user connects the client again (a new authorisation, as after "reconnect required" in
   * production): the next run gets a new `SAGE_REFRESH_TOKEN` and an empty `SAGE_STATE_DIR`.
   */
  reconnect(): void;
}

/** One run of the client, as the runner saw it. */
export interface RunRecord {
  index: number;
  /** Journal `seq` range of the run: entries with `fromSeq < seq <= toSeq`. */
  fromSeq: number;
  toSeq: number;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** The end of the client's stderr (or the message and stack a function client threw). */
  stderrTail: string;
  durationMs: number;
  /** The report file's JSON after this run (null when none was written or it was not JSON). */
  report: ClientReport | null;
  reportError: string | null;
}

/** What a client may write to `SAGE_REPORT_FILE` (see contracts/report.schema.json). */
export interface ClientReport {
  outcome?: 'done' | 'reconnect_required' | 'gave_up' | string;
  message?: string;
  synced?: Record<string, { ids?: string[]; deleted_ids?: string[] }>;
  contacts?: { created?: Record<string, string>; updated?: string[]; deleted?: string[] };
  sales_invoices?: { key: string; id?: string | null; total_amount?: string; status?: 'created' | 'rejected' | string; errors?: unknown }[];
  [k: string]: unknown;
}

export interface JudgeInput {
  ctx: CaseContext;
  task: ContractTask;
  runs: RunRecord[];
  /** The client's exchanges, every run, oldest first (arrangement calls between runs excluded). */
  journal: JournalEntry[];
  /** The exchanges of run `i` (0-based). */
  runJournal(i: number): JournalEntry[];
  /** The report after the last run. */
  report: ClientReport | null;
}

export interface Arrange {
  /** Options for the fresh mock this case runs on (seed, world size, limits, clock...). */
  mock?: SageMockOptions;
  /** A scenario (in the scenarios capability's format) applied before the first run. */
  scenario?: (ctx: CaseContext) => unknown;
  /** Which business the task names (default: the user's lead business). */
  business?: (world: WorldView, userId: string) => string;
  /** Before the first run (after the scenario). */
  before?: (ctx: CaseContext) => Promise<void> | void;
  /** The task handed to the client (`SAGE_TASK`, `SAGE_TASK_FILE`). */
  task: (ctx: CaseContext) => Promise<ContractTask> | ContractTask;
  /** How many times the client runs (default 1). */
  runs?: number;
  /** Seconds the virtual clock moves forward between two runs (default 0). */
  advanceSecondsBetweenRuns?: number;
  /** After run `index` (0-based) and the clock move, before the next run. */
  between?: (ctx: CaseContext, index: number) => Promise<void> | void;
  /**
   * Runs alongside each run of the client (e.g. to hold and release requests); `signal` aborts
   * when the run has ended, and the runner waits for it to return.
   */
  during?: (ctx: CaseContext, signal: AbortSignal) => Promise<void>;
  /** The client may stop with a non-zero exit code without that being an error (e.g. must reconnect). */
  anyExitCode?: boolean;
}

export interface ContractCase {
  id: string;
  title: string;
  /** The Sage rule the case enforces, in one or two sentences. */
  rule: string;
  source: RuleSource;
  arrange: Arrange;
  judge: (input: JudgeInput) => Promise<Judgement> | Judgement;
}

export function planOf(c: { id: string }): Plan {
  return c.id.slice(0, c.id.indexOf('.')) as Plan;
}

export const pass = (reason: string, evidence: number[] = []): Judgement => ({ verdict: 'pass', reason, evidence });
export const fail = (reason: string, evidence: number[] = []): Judgement => ({ verdict: 'fail', reason, evidence });
/** A failure that is work left undone (see `Judgement.undone`). */
export const undone = (reason: string, evidence: number[] = []): Judgement => ({ verdict: 'fail', reason, evidence, undone: true });
export const warn = (reason: string, evidence: number[] = []): Judgement => ({ verdict: 'warn', reason, evidence });
export const notApplicable = (reason: string, evidence: number[] = []): Judgement => ({ verdict: 'not-applicable', reason, evidence });

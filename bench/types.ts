/**
 * The bench contract. Every module in `bench/suites/*.ts` exports
 * `export const name: string` and `export async function run(): Promise<SuiteResult>`;
 * `bench/run.ts` runs them (each in its own Node process) and writes `bench/results/latest.*`.
 */

export interface Metric {
  name: string;
  value: number;
  /** `ms`, `req/s`, `MB`, `x` (a ratio), `count`, ... */
  unit: string;
  note?: string;
}

export interface SuiteResult {
  name: string;
  metrics: Metric[];
  notes?: string[];
}

/** What a suite module exports. */
export interface SuiteModule {
  name: string;
  run(): Promise<SuiteResult>;
}

export interface MachineInfo {
  node: string;
  platform: string;
  arch: string;
  cpuModel: string;
  cpus: number;
  totalMemoryMB: number;
  /** 1-minute load average when the suite started: other work on the machine skews timings. */
  loadAverage1m: number;
}

/** One suite's entry in `latest.json`. */
export interface SuiteRecord extends SuiteResult {
  /** The suite file, relative to the repository root. */
  file: string;
  status: 'ok' | 'failed';
  /** Wall time of the whole suite, including its child processes. */
  durationMs: number;
  /** True when the suite took longer than the 60 s budget of the bench contract. */
  overBudget: boolean;
  /** When this suite ran (a one-suite run keeps the other suites' earlier entries). */
  date: string;
  machine: MachineInfo;
  error?: string;
}

export interface BenchReport {
  /** When `latest.json` was last written. */
  date: string;
  machine: MachineInfo;
  suites: SuiteRecord[];
}

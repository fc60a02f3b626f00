/**
 * `npm run bench [-- <suite> ...]` (`node bench/run.ts [suite ...]`).
 *
 * Imports every module in `bench/suites/*.ts`, runs each suite's `run()` in its own Node process
 * (a clean heap per suite, a hard time limit, one crash does not stop the rest), then writes
 * `bench/results/latest.json` and `bench/results/latest.md` and prints the table.
 * Running some suites only replaces their entries and keeps the others' earlier results.
 *
 * BENCH_SUITE_TIMEOUT_MS (default 120000) kills a suite that runs away; the contract budget per
 * suite is 60 s, and a suite over it is flagged in the results.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { callInChild } from './lib/child.ts';
import { round } from './lib/stats.ts';
import type { BenchReport, MachineInfo, SuiteModule, SuiteRecord, SuiteResult } from './types.ts';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const SUITES_DIR = join(BENCH_DIR, 'suites');
const RESULTS_DIR = join(BENCH_DIR, 'results');
const BUDGET_MS = 60_000;
const TIMEOUT_MS = Number(process.env.BENCH_SUITE_TIMEOUT_MS ?? 120_000);

interface FoundSuite {
  name: string;
  file: string;
  url: string;
}

function machine(): MachineInfo {
  const c = cpus();
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpuModel: c[0]?.model.trim() ?? 'unknown',
    cpus: c.length,
    totalMemoryMB: Math.round(totalmem() / 1024 / 1024),
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
  };
}

async function findSuites(): Promise<FoundSuite[]> {
  const files = (await readdir(SUITES_DIR)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  const found: FoundSuite[] = [];
  for (const f of files) {
    const path = join(SUITES_DIR, f);
    const url = pathToFileURL(path).href;
    const mod = (await import(url)) as Partial<SuiteModule>;
    if (typeof mod.name !== 'string' || typeof mod.run !== 'function') {
      throw new Error(`${relative(ROOT, path)} must export \`name: string\` and \`run(): Promise<SuiteResult>\``);
    }
    found.push({ name: mod.name, file: relative(ROOT, path), url });
  }
  return found;
}

function select(all: FoundSuite[], wanted: string[]): FoundSuite[] {
  if (wanted.length === 0) return all;
  const chosen = wanted.map((w) => all.find((s) => s.name === w || basename(s.file, '.ts') === w));
  const missing = wanted.filter((_, i) => !chosen[i]);
  if (missing.length > 0) {
    console.error(`Unknown suite(s): ${missing.join(', ')}. Available: ${all.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  return [...new Set(chosen as FoundSuite[])];
}

async function runSuite(suite: FoundSuite): Promise<SuiteRecord> {
  const info = machine();
  const started = performance.now();
  const date = new Date().toISOString();
  console.error(`[bench] ${suite.name}: running (${suite.file})`);
  try {
    const result = await callInChild<SuiteResult>(suite.url, 'run', [], { timeoutMs: TIMEOUT_MS });
    const durationMs = Math.round(performance.now() - started);
    console.error(`[bench] ${suite.name}: done in ${(durationMs / 1000).toFixed(1)} s`);
    return {
      ...result,
      name: suite.name,
      file: suite.file,
      status: 'ok',
      durationMs,
      overBudget: durationMs > BUDGET_MS,
      date,
      machine: info,
    };
  } catch (err) {
    const durationMs = Math.round(performance.now() - started);
    const error = err instanceof Error ? err.message : String(err);
    console.error(`[bench] ${suite.name}: FAILED after ${(durationMs / 1000).toFixed(1)} s\n${error}`);
    return {
      name: suite.name,
      metrics: [],
      file: suite.file,
      status: 'failed',
      durationMs,
      overBudget: durationMs > BUDGET_MS,
      date,
      machine: info,
      error,
    };
  }
}

async function previousReport(): Promise<BenchReport | null> {
  try {
    return JSON.parse(await readFile(join(RESULTS_DIR, 'latest.json'), 'utf8')) as BenchReport;
  } catch {
    return null;
  }
}

/** Keeps earlier entries of suites that still exist and were not run this time, in suite order. */
function merge(all: FoundSuite[], fresh: SuiteRecord[], previous: BenchReport | null): SuiteRecord[] {
  const byName = new Map<string, SuiteRecord>();
  for (const s of previous?.suites ?? []) if (all.some((a) => a.name === s.name)) byName.set(s.name, s);
  for (const s of fresh) byName.set(s.name, s);
  return all.map((a) => byName.get(a.name)).filter((s): s is SuiteRecord => s !== undefined);
}

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return String(round(value, 3));
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Written ${report.date} by \`npm run bench\` on Node ${m.node}, ${m.platform}/${m.arch}, ` +
      `${m.cpus} × ${m.cpuModel}, ${Math.round(m.totalMemoryMB / 1024)} GB RAM.`,
    '',
  ];
  for (const s of report.suites) {
    const flags = [s.status === 'failed' ? 'FAILED' : '', s.overBudget ? 'over the 60 s budget' : ''].filter(Boolean).join(', ');
    const load = s.machine?.loadAverage1m === undefined ? '' : `, load average ${s.machine.loadAverage1m} at start`;
    lines.push(
      `## ${s.name}`,
      '',
      `\`${s.file}\`, ran ${s.date}${load}, took ${(s.durationMs / 1000).toFixed(1)} s${flags ? ` (**${flags}**)` : ''}.`,
      '',
    );
    if (s.error) lines.push('```', s.error, '```', '');
    if (s.metrics.length > 0) {
      lines.push('| Metric | Value | Unit | Note |', '| --- | ---: | --- | --- |');
      for (const x of s.metrics) lines.push(`| ${cell(x.name)} | ${formatValue(x.value)} | ${x.unit} | ${cell(x.note ?? '')} |`);
      lines.push('');
    }
    for (const n of s.notes ?? []) lines.push(`- ${n}`);
    if ((s.notes ?? []).length > 0) lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const all = await findSuites();
  const chosen = select(
    all,
    process.argv.slice(2).filter((a) => a !== '--'),
  );
  const fresh: SuiteRecord[] = [];
  // One at a time: suites measure speed, and two at once would share the cores.
  for (const s of chosen) fresh.push(await runSuite(s));

  const report: BenchReport = { date: new Date().toISOString(), machine: machine(), suites: merge(all, fresh, await previousReport()) };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = renderMarkdown(report);
  await writeFile(join(RESULTS_DIR, 'latest.md'), `${md}\n`);
  console.log(md);
  if (fresh.some((s) => s.status === 'failed')) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

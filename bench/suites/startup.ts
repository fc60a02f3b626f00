/**
 * Start-up: `sage-mock serve` from spawn to its first answer, with the default world, against
 * bare Fastify 5 from spawn to its first answer, in the same run (alternating, several times each).
 *
 * The bin runs the build in dist/ when it is up to date and the TypeScript source otherwise, so
 * the suite first builds dist/ when it is stale (and says so). Each process is spawned with the
 * flags of the bin's shebang (a spawn by `process.execPath` does not read the shebang). The clock
 * starts at spawn and stops when the answer to `GET /__mock/clock` (bare: `GET /`) has arrived;
 * the client polls the port the process prints as soon as it prints it. Loopback only.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../lib/server.ts';
import { round, summarize } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'startup';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/sage-mock.js', import.meta.url));
const BARE = fileURLToPath(new URL('../lib/bare.js', import.meta.url));
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 7);

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Spawn to first answer, in ms. */
async function time(args: string[], ready: RegExp, path: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = ready.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before it listened: ${out}`)));
    });
    const status = await get(`${base}${path}`);
    const ms = performance.now() - t0;
    if (status !== 200) throw new Error(`${args.join(' ')}: first answer ${status}`);
    return ms;
  } finally {
    child.kill('SIGKILL');
  }
}

export async function run(): Promise<SuiteResult> {
  const notes: string[] = [];
  const built = `${ROOT}dist/mock/cli.js`;
  if (!existsSync(built) || statSync(built).mtimeMs < newest(`${ROOT}mock`)) {
    execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.build.json`], { stdio: 'inherit' });
    notes.push('dist/ was older than mock/: the suite built it first (npm run build), as `npm install` does.');
  }
  // A client warm-up: the first request of this process is not what gets timed.
  await time([BARE, `${ROOT}package.json`], /listening (\S+)/, '/').catch(() => undefined);
  const mock: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    mock.push(await time([...SERVER_NODE_FLAGS, BIN, 'serve', '--port', '0'], /ready on (\S+)/, '/__mock/clock'));
    bare.push(await time([...SERVER_NODE_FLAGS, BARE, `${ROOT}package.json`], /listening (\S+)/, '/'));
  }
  const m = summarize(mock);
  const b = summarize(bare);
  const metrics: Metric[] = [
    {
      name: 'sage-mock serve: spawn to first answer',
      value: round(m.median),
      unit: 'ms',
      note: `median of ${m.n} (${round(m.min)}-${round(m.max)} ms); target <= 300 ms`,
    },
    {
      name: 'bare Fastify: spawn to first answer',
      value: round(b.median),
      unit: 'ms',
      note: `median of ${b.n} (${round(b.min)}-${round(b.max)} ms)`,
    },
    { name: 'sage-mock / bare Fastify', value: round(m.median / b.median, 3), unit: 'x' },
  ];
  notes.push(
    'sage-mock: `bin/sage-mock.js serve --port 0` (default world, seed 42, system clock) running dist/; bare Fastify: bench/lib/bare.js (plain JavaScript), one route.',
  );
  return { name, metrics, notes };
}

/** `sage-mock contract ...` as a real process: list, run with reports, exit codes, bad input refused. */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CASES } from '../../contracts/index.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin/sage-mock.js');
const node = process.execPath;
const exec = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(node, [bin, 'contract', ...args], { cwd: repo, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('sage-mock contract', () => {
  it('list shows every case with its rule and source', async () => {
    const { code, stdout } = await cli('list');
    expect(code).toBe(0);
    for (const c of CASES) expect(stdout).toContain(c.id);
    expect(stdout.match(/ source: Sage Developer/g)).toHaveLength(CASES.length);
    const writes = await cli('list', '--plan', 'writes');
    expect(writes.stdout.match(/^writes\.\S+/gm)).toEqual(['writes.idempotency-id', 'writes.no-blind-retry-of-422']);
  });

  it('run: a passing client exits 0 and writes JUnit, JSON and HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
    const { code, stdout } = await cli(
      'run',
      '--client',
      `${node} examples/clients/good-client.ts`,
      '--plan',
      'routing,money',
      '--junit',
      join(dir, 'out.xml'),
      '--json',
      join(dir, 'out.json'),
      '--html',
      join(dir, 'out.html'),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^case\s+verdict\s+reason$/m);
    expect(stdout).toMatch(/^routing\.x-business-always\s+PASS\s+all \d+ business-scoped requests/m);
    expect(stdout).toMatch(/^3 cases: 3 pass/m);
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(json.results.map((r: { id: string; verdict: string }) => [r.id, r.verdict])).toEqual([
      ['routing.x-business-always', 'pass'],
      ['routing.lead-drift-safe', 'pass'],
      ['money.exact', 'pass'],
    ]);
    const xml = readFileSync(join(dir, 'out.xml'), 'utf8');
    expect(xml).toMatch(/<testsuites name="sage-mock contracts" tests="3" failures="0" errors="0" skipped="0">/);
    expect(xml).toContain('<testsuite name="routing"');
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toContain('<section class="case pass" id="money.exact"');
  });

  it('run: a failing client exits 1; the table and JUnit say why (socket faults over a real server)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
    const cases = [
      'writes.no-blind-retry-of-422',
      'business.discovery',
      'writes.idempotency-id',
      'limits.max-in-flight',
      'errors.5xx-bounded',
    ];
    const { code, stdout } = await cli(
      'run',
      '--client',
      `${node} examples/clients/naive-client.ts`,
      ...cases.flatMap((c) => ['--case', c]),
      '--junit',
      join(dir, 'out.xml'),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^business\.discovery\s+FAIL\s+GET \/business \(#\d+\): Sage has no such endpoint/m);
    expect(stdout).toMatch(/^writes\.no-blind-retry-of-422\s+FAIL\s+POST \/sales_invoices \(#\d+\) got 422/m);
    // The dropped connection, the 151st request and the reset socket happen on a real socket here.
    expect(stdout).toMatch(
      /^writes\.idempotency-id\s+FAIL\s+invoice CTR-IDEM-A is in the books 2 times: .*carried only an Idempotency-Key header/m,
    );
    expect(stdout).toMatch(/^limits\.max-in-flight\s+FAIL\s+\d+ requests were refused 429 with 150 others in flight/m);
    expect(stdout).toMatch(/^errors\.5xx-bounded\s+FAIL\s+GET \/ledger_accounts \(#\d+\) retried \d+ ms after .*: no backoff/m);
    const xml = readFileSync(join(dir, 'out.xml'), 'utf8');
    expect(xml).toMatch(/tests="5" failures="5"/);
    expect(xml).toMatch(/<failure message="POST \/sales_invoices \(#\d+\) got 422/);
  });

  it('run --scenario lays a scenario file over the cases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
    const file = join(dir, 'sick-businesses.yaml');
    writeFileSync(
      file,
      'name: sick-businesses\nsteps:\n  - match: { method: GET, path: /businesses }\n    times: 2\n    fault: { type: status, status: 503 }\n',
    );
    const { code, stdout } = await cli(
      'run',
      '--client',
      `${node} examples/clients/good-client.ts`,
      '--case',
      'business.discovery',
      '--scenario',
      file,
      '--json',
      join(dir, 'out.json'),
    );
    expect(code).toBe(0);
    // The good client retried the two 503s, so its discovery call is the third exchange.
    expect(stdout).toMatch(/^business\.discovery\s+PASS\s+GET \/businesses \(#4\) came before/m);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).results[0].runs[0].requests).toBeGreaterThanOrEqual(5);
  });

  it('Ctrl-C stops the run and the client it started', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
    const pidFile = join(dir, 'client.pid');
    const child = spawn(node, [bin, 'contract', 'run', '--client', `echo $$ > ${pidFile}; exec sleep 60`, '--case', 'business.discovery'], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    for (let i = 0; i < 500 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // Alive: it exists and is not a zombie waiting to be reaped.
    const alive = () => {
      try {
        return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z';
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(true);
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(130);
    expect(stderr).toContain('sage-mock contract: SIGINT, stopped');
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive()).toBe(false);
  });

  it('refuses bad input clearly, before running anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
    mkdirSync(join(dir, 'a-folder'));
    const cases: [string[], RegExp][] = [
      [['run', '--client', 'no-such-sage-client --sync'], /client command not found: no-such-sage-client \(not on PATH\)/],
      [['run', '--client', './missing/client.sh'], /client command not found: \.\/missing\/client\.sh \(no such file\)/],
      [['run', '--client', 'true', '--plan', 'auth,bogus'], /unknown plan "bogus"; plans: all, auth, routing/],
      [['run', '--client', 'true', '--case', 'auth.nope'], /unknown case "auth\.nope"/],
      [
        ['run', '--client', 'true', '--junit', join(dir, 'no/such/dir/out.xml')],
        /cannot write the JUnit report to .*: the folder .* does not exist/,
      ],
      [['run', '--client', 'true', '--html', join(dir, 'a-folder')], /cannot write the HTML report to .*: it is a folder/],
      [['run', '--client', 'true', '--scenario', 'no-such-scenario'], /scenario refused/],
      [['run'], /--client "<command>" is required/],
      [['frobnicate'], /unknown subcommand frobnicate/],
    ];
    const answers = await Promise.all(cases.map(([args]) => cli(...args)));
    for (const [i, [args, message]] of cases.entries()) {
      const { code, stderr, stdout } = answers[i]!;
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(message);
      expect(stdout).not.toContain('verdict');
    }
  });
});

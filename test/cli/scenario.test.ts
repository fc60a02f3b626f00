/** `sage-mock scenario ...` and `serve --scenario`, as a real process (Node 24). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/sage-mock.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sage-mock-scenario-'));

async function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const [code] = await once(child, 'exit');
  return { code: code as number | null, out, err };
}

/** A client that uses only the SAGE_* environment: refresh, then create one contact twice with one idempotency_id. */
const CLIENT = `
const e = process.env;
const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: e.SAGE_REFRESH_TOKEN, client_id: e.SAGE_CLIENT_ID, client_secret: e.SAGE_CLIENT_SECRET });
const tok = await (await fetch(e.SAGE_TOKEN_URL, { method: 'POST', body: form })).json();
const headers = { authorization: 'Bearer ' + tok.access_token, 'x-business': e.SAGE_BUSINESS_IDS.split(',')[0], 'content-type': 'application/json' };
const body = JSON.stringify({ contact: { name: 'Retry Ltd', contact_type_ids: ['CUSTOMER'], idempotency_id: 'f'.repeat(32) } });
const outcomes = [];
for (let i = 0; i < 2; i++) {
  try { outcomes.push((await fetch(e.SAGE_API_URL + '/contacts', { method: 'POST', headers, body })).status); }
  catch (x) { outcomes.push(x.name); }
}
const journal = await (await fetch(e.SAGE_CONTROL_URL + '/journal?method=POST&path=/v3.1/contacts')).json();
console.log(JSON.stringify({ outcomes, posts: journal.length, vars: Object.keys(e).filter((k) => k.startsWith('SAGE_')).sort() }));
process.exit(Number(process.argv[2] ?? 0));
`;

describe('sage-mock scenario', () => {
  it('list names every built-in with its incident; show prints one', async () => {
    const list = await cli(['scenario', 'list']);
    expect(list.code).toBe(0);
    expect(
      list.out
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual([
      'dropped-writes',
      'flaky-network',
      'lead-drift',
      'month-offline',
      'pagination-churn',
      'rate-limit-storm',
      'slow-sage',
      'token-storm',
    ]);
    const show = await cli(['scenario', 'show', 'dropped-writes']);
    expect(show.code).toBe(0);
    expect(show.out).toMatch(/^name: dropped-writes\n/);
    expect(show.out).toContain('type: drop-after-commit');
    const missing = await cli(['scenario', 'show', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no built-in scenario nope');
  });

  it('validate: 0 for a good file, 2 with the field and line for a bad one', async () => {
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'name: good\nsteps:\n  - match: { method: GET, path: /contacts }\n    fault: { type: latency, ms: 10 }\n');
    const ok = await cli(['scenario', 'validate', good]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('valid scenario good (1 step)');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'name: bad\nsteps:\n  - match: { method: GET, path: /contacts }\n    probability: 7\n    fault: { type: teleport }\n',
    );
    const no = await cli(['scenario', 'validate', bad]);
    expect(no.code).toBe(2);
    expect(no.err).toContain(`${bad}: steps[0].probability (line 4): must be <= 1`);
    expect(no.err).toContain(`${bad}: steps[0].fault.type (line 5): unknown fault type "teleport"`);
  });

  it("run: a fresh server with the scenario, the client environment, the faults that fired, the command's exit code", async () => {
    const client = join(dir, 'client.mjs');
    writeFileSync(client, CLIENT);
    const r = await cli(['scenario', 'run', 'dropped-writes', '--clock', 'frozen', '--', process.execPath, client, '3']);
    expect(r.code).toBe(3);
    const seen = JSON.parse(r.out.trim()) as { outcomes: unknown[]; posts: number; vars: string[] };
    // The first create was committed, then its connection dropped; the retry replayed it.
    expect(seen.outcomes).toEqual(['TypeError', 201]);
    expect(seen.posts).toBe(2);
    expect(seen.vars).toEqual([
      'SAGE_API_URL',
      'SAGE_AUTHORIZE_URL',
      'SAGE_BUSINESS_IDS',
      'SAGE_CLIENT_ID',
      'SAGE_CLIENT_SECRET',
      'SAGE_CONTROL_URL',
      'SAGE_REDIRECT_URI',
      'SAGE_REFRESH_TOKEN',
      'SAGE_REVOKE_URL',
      'SAGE_TOKEN_URL',
    ]);
    expect(r.err).toContain('scenario dropped-writes: 1 fault fired');
    expect(r.err).toMatch(/contact \(drop-after-commit\) on POST \/v3\.1\/contacts \[[0-9a-f-]{36}\]: committed 201, then dropped/);
  });

  it("run passes SIGINT and SIGTERM on to the command, reports, and exits with the command's code", async () => {
    // The command says when it is ready, then waits; on SIGTERM it exits 7, on SIGINT it dies of it.
    const waiter = join(dir, 'waiter.mjs');
    writeFileSync(
      waiter,
      `
process.on('SIGTERM', () => { console.log('command got SIGTERM'); process.exit(7); });
if (process.argv[2] === 'int') process.on('SIGINT', () => { console.log('command got SIGINT'); process.kill(process.pid, 'SIGKILL'); });
console.log('ready');
setInterval(() => {}, 1000);
`,
    );
    for (const [signal, mode, code, said] of [
      ['SIGTERM', 'term', 7, 'command got SIGTERM'],
      ['SIGINT', 'int', 128 + 9, 'command got SIGINT'],
    ] as const) {
      const child = spawn(process.execPath, [BIN, 'scenario', 'run', 'dropped-writes', '--', process.execPath, waiter, mode], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.includes('ready')) resolve();
        });
        child.once('exit', (c) => reject(new Error(`exited ${c} before the command was ready: ${err}`)));
      });
      child.kill(signal);
      const [exit, killedBy] = await once(child, 'exit');
      expect(out).toContain(said);
      // sage-mock itself was not killed: it waited for the command, printed its report, closed the server.
      expect(killedBy).toBeNull();
      expect(exit).toBe(code);
      expect(err).toContain('scenario dropped-writes: 0 faults fired');
    }
  });

  it('run refuses a bad scenario with exit 2 before starting anything', async () => {
    const bad = join(dir, 'bad-run.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', steps: [{ at: { clock_offset_seconds: 1 }, fault: { type: 'reset' } }] }));
    const r = await cli(['scenario', 'run', bad, '--', process.execPath, '-e', 'console.log("ran")']);
    expect(r.code).toBe(2);
    expect(r.out).not.toContain('ran');
    expect(r.err).toContain('steps[0].fault.type (line 1): reset needs a request');
  });
});

describe('sage-mock serve --scenario', () => {
  it('serves with the scenario active (its world options too) and shows it on the control plane', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--clock', 'frozen', '--scenario', 'pagination-churn'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const m = /ready on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (c) => reject(new Error(`exited ${c}`)));
      });
      expect(out).toContain('scenario   pagination-churn (2 steps, seed 13)');
      const got = await (await fetch(`${base}/__mock/scenario`)).json();
      expect(got.status.steps.map((s: { name: string; fired: number }) => [s.name, s.fired])).toEqual([
        ['delete-behind-the-walker', 0],
        ['insert-during-the-walk', 0],
      ]);
      const world = await (await fetch(`${base}/__mock/world`)).json();
      const tok = await (
        await fetch(`${base}/__mock/tokens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user_id: world.users[0].id, client_id: world.apps[0].client_id }),
        })
      ).json();
      const page = await (await fetch(`${base}/v3.1/contacts`, { headers: { authorization: `Bearer ${tok.access_token}` } })).json();
      expect(page.$total).toBe(60);
      const after = await (await fetch(`${base}/v3.1/contacts`, { headers: { authorization: `Bearer ${tok.access_token}` } })).json();
      expect(after.$total).toBe(60 - 1 - 1 + 1);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const bad = await cli(['serve', '--port', '0', '--scenario', 'no-such-scenario']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no built-in scenario or file named no-such-scenario');
  });
});

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/sage-mock.js', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const ready = new Promise<string>((resolve, reject) => {
    const check = () => {
      const m = /ready on (http:\/\/\S+)/.exec(stdout);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  return { child, ready, out: () => stdout, err: () => stderr };
}

describe('sage-mock serve', () => {
  it('prints its base URLs, serves the API on 127.0.0.1, and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const p = run(['serve', '--port', '0', '--seed', '42', '--clock', 'frozen']);
      const base = await p.ready;
      expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(p.out()).toContain(`authorize  ${base}/oauth2/auth/central`);
      expect(p.out()).toContain(`token      ${base}/token`);
      expect(p.out()).toContain(`api        ${base}/v3.1`);
      const world = await (await fetch(`${base}/__mock/world`)).json();
      expect(world.seed).toBe(42);
      const tok = await (
        await fetch(`${base}/__mock/tokens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user_id: world.users[0].id, client_id: world.apps[0].client_id }),
        })
      ).json();
      const res = await fetch(`${base}/v3.1/contacts`, { headers: { authorization: `Bearer ${tok.access_token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-business')).toBe(world.users[0].lead_business_id);
      p.child.kill(signal);
      const [code] = await once(p.child, 'exit');
      expect(code).toBe(0);
      expect(p.out()).toContain('sage-mock: stopped');
    }
  });

  it('prints the banner the README shows for the default seed (42)', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /```\n(sage-mock [\d.]+ seed 42[\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    const p = run(['serve', '--port', '0']);
    const base = await p.ready;
    const printed = p
      .out()
      .trim()
      .split('\n')
      .map((l) => l.replaceAll(base, 'http://127.0.0.1:4010'));
    p.child.kill('SIGTERM');
    await once(p.child, 'exit');
    // Every line but the clock's time (real time: the server's default clock is the system's).
    const withoutTime = (lines: string[]) => lines.map((l) => l.replace(/ at \S+Z$/, ''));
    expect(withoutTime(printed.slice(0, shown.length))).toEqual(withoutTime(shown));
  });

  it('never prints an admin token the user gave, and prints the one it makes up beyond loopback', async () => {
    const given = run(['serve', '--port', '0', '--admin-token', 'my-own-secret-token']);
    const base = await given.ready;
    expect(given.out()).not.toContain('my-own-secret-token');
    expect(given.out()).toContain('control plane token: the one given with --admin-token');
    expect((await fetch(`${base}/__mock/world`)).status).toBe(403);
    expect((await fetch(`${base}/__mock/world`, { headers: { 'x-sage-mock-admin-token': 'my-own-secret-token' } })).status).toBe(200);
    given.child.kill('SIGTERM');
    await once(given.child, 'exit');

    const made = run(['serve', '--port', '0', '--host', '0.0.0.0']);
    await made.ready;
    const token = /X-Sage-Mock-Admin-Token\): ([0-9a-f]{32})/.exec(made.out())?.[1];
    expect(token).toBeDefined();
    made.child.kill('SIGTERM');
    await once(made.child, 'exit');
  });

  it('seeds contacts in one business with --contacts GB=N, the others keeping their 24', async () => {
    const p = run(['serve', '--port', '0', '--clock', 'frozen', '--contacts', 'gb=1234']);
    try {
      const base = await p.ready;
      const world = await (await fetch(`${base}/__mock/world`)).json();
      const count = async (business: string) => {
        const tok = await (
          await fetch(`${base}/__mock/tokens`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ user_id: world.users[0].id, client_id: world.apps[0].client_id }),
          })
        ).json();
        const res = await fetch(`${base}/v3.1/contacts`, {
          headers: { authorization: `Bearer ${tok.access_token}`, 'x-business': business },
        });
        return ((await res.json()) as { $total: number }).$total;
      };
      const byCountry = Object.fromEntries(world.businesses.map((b: { id: string; country: string }) => [b.country, b.id]));
      expect(await count(byCountry.GB)).toBe(1234);
      expect(await count(byCountry.IE)).toBe(24);
    } finally {
      p.child.kill('SIGTERM');
      await once(p.child, 'exit');
    }
  });

  it('refuses bad options with exit code 2 and a message', async () => {
    for (const args of [
      ['serve', '--port', 'abc'],
      ['serve', '--clock', 'sundial'],
      ['launch'],
      ['serve', '--nope'],
      ['serve', '--contacts', 'XX=5'],
      ['serve', '--contacts', 'GB=many'],
      ['serve', '--request-timeout', '-5'],
      ['serve', '--seed', '4294967296'],
    ]) {
      const p = run(args);
      p.ready.catch(() => undefined);
      const [code] = await once(p.child, 'exit');
      expect(code, args.join(' ')).toBe(2);
      expect(p.err().length).toBeGreaterThan(0);
    }
  });
});

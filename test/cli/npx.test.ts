/**
 * `npx sage-mock serve`, then the `npx` process is killed (what a CI step or a process manager
 * does): the server drains and exits too, instead of staying behind on its port.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('sage-mock run through npx', () => {
  it('stops when the npx process is sent SIGTERM', async () => {
    const child = spawn('npx', ['--no-install', 'sage-mock', 'serve', '--port', '0', '--clock', 'frozen'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.PATH}` },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /ready on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`npx exited ${code}`)));
    });
    expect((await fetch(`${base}/__mock/health`)).status).toBe(200);
    child.kill('SIGTERM');
    await once(child, 'exit');
    // The server notices within a second or so; give it up to 20 s.
    let up = true;
    for (let i = 0; i < 100 && up; i++) {
      await new Promise((r) => setTimeout(r, 200));
      up = await fetch(`${base}/__mock/health`).then(
        () => true,
        () => false,
      );
    }
    expect(up).toBe(false);
  });
});

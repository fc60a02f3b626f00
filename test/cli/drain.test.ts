/**
 * SIGTERM drains: the server stops accepting, answers the requests held by a latch and those in
 * flight, then exits 0; a request that never finishes is cut at --drain-timeout, and the exit is
 * still 0. The server is the CLI, as a real process.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/sage-mock.js', import.meta.url));

function serve(args: string[] = []) {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--clock', 'frozen', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /ready on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
  });
  return { child, ready, out: () => out };
}

const json = { 'content-type': 'application/json' };

describe('sage-mock serve on SIGTERM', () => {
  // Under the full suite's load this test has twice run past 30 s without its cause being found:
  // it gets 60 s and one retry, and a socket the server destroys counts as answered (then the
  // status check below fails, instead of the test hanging).
  it('answers every latched and in-flight request, refuses new connections, and exits 0', { timeout: 60_000, retry: 1 }, async () => {
    const p = serve();
    const base = await p.ready;
    const world = await (await fetch(`${base}/__mock/world`)).json();
    const { access_token } = await (
      await fetch(`${base}/__mock/tokens`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ user_id: world.users[0].id, client_id: world.apps[0].client_id }),
      })
    ).json();
    const latch = await (
      await fetch(`${base}/__mock/latches`, { method: 'POST', headers: json, body: JSON.stringify({ path: '/v3.1/contacts' }) })
    ).json();
    const held = Array.from({ length: 50 }, () =>
      fetch(`${base}/v3.1/contacts?items_per_page=1`, { headers: { authorization: `Bearer ${access_token}` } }).then(
        (r) => r.status,
        (e: Error) => e.message,
      ),
    );
    const wait = await (
      await fetch(`${base}/__mock/latches/${latch.id}/wait`, { method: 'POST', headers: json, body: JSON.stringify({ held: 50 }) })
    ).json();
    expect(wait.reached).toBe(true);
    // And 25 more in flight, not held: their bodies are half sent when the signal comes.
    const { hostname, port } = new URL(base);
    const body = JSON.stringify({ contact: { name: 'Drained Ltd', contact_type_ids: ['CUSTOMER'] } });
    const active = await Promise.all(
      Array.from({ length: 25 }, async () => {
        const socket = connect(Number(port), hostname);
        await once(socket, 'connect');
        socket.on('error', () => undefined);
        let answer = '';
        socket.setEncoding('utf8').on('data', (d: string) => (answer += d));
        // `Expect: 100-continue`: the server's "100 Continue" proves it has read the request's head
        // (the request is in flight) before the signal comes.
        const accepted = new Promise<void>((resolve) => {
          const check = () => {
            if (!answer.includes('100 Continue')) return;
            socket.off('data', check);
            resolve();
          };
          socket.on('data', check);
        });
        socket.write(
          `POST /v3.1/contacts HTTP/1.1\r\nhost: localhost\r\nauthorization: Bearer ${access_token}\r\ncontent-type: application/json\r\nexpect: 100-continue\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
        );
        await accepted;
        return { socket, answered: once(socket, 'close').then(() => answer) };
      }),
    );
    p.child.kill('SIGTERM');
    await once(p.child.stdout, 'data');
    for (const a of active) a.socket.end(body.slice(10));
    const answers = await Promise.all(active.map((a) => a.answered));
    // The status of the final answer (after the interim 100).
    expect(answers.map((t) => /HTTP\/1\.1 (\d{3}) (?!Continue)/.exec(t)?.[1])).toEqual(Array(25).fill('201'));
    expect(await Promise.all(held)).toEqual(Array(50).fill(200));
    const [code] = await once(p.child, 'exit');
    expect(code).toBe(0);
    expect(p.out()).toContain('sage-mock: SIGTERM, draining');
    expect(p.out()).toContain('sage-mock: stopped');
    await expect(fetch(`${base}/__mock/health`)).rejects.toThrow();
  });

  it('closes a request that never finishes at --drain-timeout, and still exits 0', async () => {
    const p = serve(['--drain-timeout', '200', '--request-timeout', '0']);
    const base = await p.ready;
    const { hostname, port } = new URL(base);
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    // A body that never comes in full; the "100 Continue" shows the server has the request in flight.
    let answer = '';
    socket.setEncoding('utf8').on('data', (d: string) => (answer += d));
    socket.write(
      'POST /v3.1/contacts HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\nexpect: 100-continue\r\ncontent-length: 100\r\n\r\n{',
    );
    socket.on('error', () => undefined);
    const closed = once(socket, 'close');
    while (!answer.includes('100 Continue')) await once(socket, 'data');
    p.child.kill('SIGTERM');
    const [code] = await once(p.child, 'exit');
    expect(code).toBe(0);
    await closed;
  });
});

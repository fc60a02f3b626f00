/**
 * What only a real socket shows: a client that trickles its body, and a client still sending a body
 * over the hard limit when the 413 comes back. The server runs in its own process (the CLI), as
 * users run it: a reset under a client still writing shows only across processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/sage-mock.js', import.meta.url));

async function serve(args: string[]): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--clock', 'frozen', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /ready on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
  });
  return { child, base };
}

describe('the server over real sockets', () => {
  let server: { child: ChildProcess; base: string };
  beforeAll(async () => {
    server = await serve(['--request-timeout', '300']);
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await once(server.child, 'exit');
  });

  it('lets every client read the 413 of a body over the hard limit (no reset while it is still sending)', async () => {
    const answers: string[] = [];
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    for (let i = 0; i < 16; i++) {
      // Half with a content length, half chunked (the limit is found while reading).
      const body =
        i % 2 === 0
          ? big
          : new ReadableStream({
              start(c) {
                for (let o = 0; o < big.length; o += 65_536) c.enqueue(big.subarray(o, o + 65_536));
                c.close();
              },
            });
      try {
        const res = await fetch(`${server.base}/v3.1/contacts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          duplex: 'half',
        } as RequestInit);
        const errors = await res.json();
        answers.push(`${res.status} ${errors[0].$dataCode}`);
      } catch (e) {
        answers.push(String((e as { cause?: { code?: string } }).cause?.code ?? e));
      }
    }
    expect(answers).toEqual(Array(16).fill('413 RequestTooLarge'));
  });

  it('answers 408 to a client that trickles its body past the request timeout, and closes the connection', async () => {
    const { hostname, port } = new URL(server.base);
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    socket.write('POST /v3.1/contacts HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"con');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    // One more byte now and then, never the whole body.
    const trickle = setInterval(() => socket.writable && socket.write('t'), 50);
    await once(socket, 'close');
    clearInterval(trickle);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toMatch(/x-request-id: [0-9a-f-]{36}/);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))[0]).toMatchObject({ $severity: 'error', $dataCode: 'RequestTimeout' });
  });
});

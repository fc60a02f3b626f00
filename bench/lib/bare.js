// The baseline: bare Fastify 5 answering every GET with a fixed body (the JSON sage-mock gives for
// the same request), in its own process. `node bench/lib/bare.js <body file>` prints
// `listening <url>` once it listens on 127.0.0.1. Plain JavaScript, so that its start-up does not
// include loading Node's TypeScript stripper.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const body = readFileSync(process.argv[2], 'utf8');
const app = Fastify({ logger: false });
app.get('/*', (_req, reply) => {
  void reply.header('content-type', 'application/json; charset=utf-8');
  return reply.send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const addr = app.server.address();
process.stdout.write(`listening http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}\n`);
process.on('message', (msg) => {
  if (msg === 'rss-collected') globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  if (msg === 'rss' || msg === 'rss-collected') process.send({ rss: process.memoryUsage().rss });
});
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));

// The baseline: bare Fastify 5 answering every GET with a fixed body (the JSON sage-mock gives for
// the same request), in its own process. `node bench/lib/bare.js <body file>` prints
// `listening <url>` once it listens on 127.0.0.1. Plain JavaScript, so that its start-up does not
// include loading Node's TypeScript stripper.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const body = readFileSync(process.argv[2], 'utf8');
// The body limit and parser of the sage-mock adapter (5 MiB, raw buffers), for the body flood.
const app = Fastify({ logger: false, bodyLimit: 5 * 1024 * 1024 });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, buf, done) => done(null, buf));
app.get('/*', (_req, reply) => {
  void reply.header('content-type', 'application/json; charset=utf-8');
  return reply.send(body);
});
// A POST is refused as sage-mock refuses an unauthenticated one (401 and a small JSON body).
app.post('/*', (_req, reply) => {
  void reply.code(401).header('content-type', 'application/json; charset=utf-8');
  return reply.send('[{"$severity":"error","$dataCode":"AuthorizationFailure","$message":"No access token.","$source":""}]');
});
await app.listen({ host: '127.0.0.1', port: 0 });
const addr = app.server.address();
process.stdout.write(`listening http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}\n`);
process.on('message', (msg) => {
  if (msg === 'rss-collected') globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  if (msg === 'rss' || msg === 'rss-collected') process.send({ rss: process.memoryUsage().rss });
});
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));

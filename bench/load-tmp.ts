import autocannon from 'autocannon';
import { startServerProcess } from './lib/server.ts';
const s = await startServerProcess('memory', {}, { execArgv: process.argv.slice(2) });
const r0 = await autocannon({ url: `${s.url}/v3.1/contacts`, connections: 50, duration: 3, headers: { authorization: `Bearer ${s.token}` } });
const r = await autocannon({ url: `${s.url}/v3.1/contacts`, connections: 50, duration: 6, headers: { authorization: `Bearer ${s.token}` } });
console.log('req/s', r.requests.average, 'p99', r.latency.p99, 'non2xx', r.non2xx);
await s.close();

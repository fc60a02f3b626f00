/**
 * The long fuzz run: `npm run fuzz` (10,000 generated requests through the core), or
 * `npm run fuzz -- 50000 [seed]`. Prints the count of answers by status class and every failure
 * (a 5xx, an error not in Sage's format, a refusal that changed state); exits 1 on any.
 */
import { createSageMock } from '../mock/index.ts';
import { fuzz, fuzzWorld } from '../test/fuzz/requests.ts';

const numRuns = Number(process.argv[2] ?? 10_000);
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const mock = await createSageMock({ journalCapacity: 1000 });
const w = await fuzzWorld(mock);
const started = performance.now();
const r = await fuzz(mock, w, { numRuns, seed });
const seconds = (performance.now() - started) / 1000;
console.log(`sage-mock fuzz: ${r.requests} requests in ${seconds.toFixed(1)} s, seed ${r.seed}`);
console.log(
  `  by status: ${Object.entries(r.byStatus)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(`  failures: ${r.failures.length}`);
for (const f of r.failures.slice(0, 20)) console.log(`    ${f}`);
if (r.error) console.log(r.error.split('\n').slice(0, 30).join('\n'));
process.exitCode = r.failures.length > 0 ? 1 : 0;

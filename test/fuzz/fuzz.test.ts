/**
 * Generated bad requests through the core (test/fuzz/requests.ts): no 5xx, Sage's error array,
 * nothing changed by a refusal. Sized to run in seconds; `npm run fuzz` runs 10,000 or more.
 */
import { expect, it } from 'vitest';
import { createSageMock } from '../../mock/index.ts';
import { fuzz, fuzzWorld } from './requests.ts';

it("answers 400 generated requests without a 5xx, in Sage's format, changing nothing when it refuses", async () => {
  const mock = await createSageMock({ journalCapacity: 100 });
  const w = await fuzzWorld(mock);
  const seed = Number(process.env.FUZZ_SEED ?? 20261130);
  const r = await fuzz(mock, w, { numRuns: 400, seed });
  expect(r.failures.slice(0, 5), r.error).toEqual([]);
  expect(r.requests).toBe(400);
  // The generated mix reaches both refusals and successes.
  expect(r.byStatus['4xx']).toBeGreaterThan(100);
  expect(r.byStatus['2xx']).toBeGreaterThan(10);
});

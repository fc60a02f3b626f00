/**
 * Each contract case as a vitest test, so a team adds the plan to its own suite:
 *
 *   import { contractTests } from 'sage-mock/contracts/vitest';
 *   contractTests(myClient, { plans: ['auth', 'writes'] });
 *
 * A test fails when its case's verdict is not among `accept` (default: pass, warn and
 * not-applicable), with the reason and the evidence in the message.
 */
import { describe, it } from 'vitest';
import { selectCases } from './catalogue.ts';
import type { Client } from './client.ts';
import type { Verdict } from './model.ts';
import { runContracts, type CaseResult, type RunOptions } from './runner.ts';

export interface ContractTestOptions extends Omit<RunOptions, 'client' | 'onResult'> {
  /** Verdicts that let the test pass (default `pass`, `warn`, `not-applicable`). */
  accept?: Verdict[];
  /** Per test (default 60 s). */
  testTimeoutMs?: number;
  /** Called with each result (to assert more, or to collect a report). */
  onResult?: (result: CaseResult) => void;
}

export function contractTests(client: Client, options: ContractTestOptions = {}): void {
  const { accept = ['pass', 'warn', 'not-applicable'], testTimeoutMs = 60_000, onResult, ...run } = options;
  const cases = selectCases({ plans: run.plans, cases: run.cases });
  describe('sage-mock contracts', () => {
    for (const c of cases) {
      it(`${c.id}: ${c.title}`, { timeout: testTimeoutMs }, async () => {
        const { results } = await runContracts({ ...run, client, plans: undefined, cases: [c.id] });
        const result = results[0]!;
        onResult?.(result);
        if (!accept.includes(result.verdict)) {
          throw new Error(
            `${c.id}: ${result.verdict}: ${result.reason}${
              result.evidence.length
                ? ` (evidence ${result.evidence
                    .slice(0, 10)
                    .map((s) => `#${s}`)
                    .join(', ')})`
                : ''
            }\nrule: ${c.rule}`,
          );
        }
      });
    }
  });
}

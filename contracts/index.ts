/**
 * sage-mock's contract kit: judge any Sage client against Sage's rules from what the server saw.
 *
 *   import { runContracts } from 'sage-mock/contracts';
 *   const run = await runContracts({ client: { command: 'python3 my_client.py' }, plans: ['auth'] });
 */
export { runContracts, type RunOptions, type CaseResult, type ContractRunResult, type RunSummary } from './runner.ts';
export { CASES, PLAN_NAMES, selectCases } from './catalogue.ts';
export { ContractInputError, type Client, type ClientFunction, type ContractEnv } from './client.ts';
export {
  PLANS,
  planOf,
  type ContractCase,
  type Verdict,
  type Judgement,
  type JudgeInput,
  type CaseContext,
  type Arrange,
  type RunRecord,
  type ClientReport,
  type Plan,
  type RuleSource,
} from './model.ts';
export type { ContractTask, TaskInvoice, TaskInvoiceLine, SyncResource } from './task.ts';
export type { Exchange } from './evidence.ts';
export { formatTable, toJUnit, toJson, toHtml } from './reports.ts';
export { pass, fail, warn, undone, notApplicable } from './model.ts';

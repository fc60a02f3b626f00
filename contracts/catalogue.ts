/** Every contract case, the plans that group them, and the selection the CLI and runContracts make. */
import { authCases } from './cases/auth.ts';
import { routingCases } from './cases/routing.ts';
import { syncCases } from './cases/sync.ts';
import { writeCases } from './cases/writes.ts';
import { limitCases } from './cases/limits.ts';
import { ledgerCases } from './cases/ledger.ts';
import { ContractInputError } from './client.ts';
import { PLANS, planOf, type ContractCase } from './model.ts';

export const CASES: readonly ContractCase[] = [...authCases, ...routingCases, ...syncCases, ...writeCases, ...limitCases, ...ledgerCases];

/** Plan names a user can ask for: each case's prefix, and `all`. */
export const PLAN_NAMES: readonly string[] = ['all', ...PLANS];

/**
 * The cases of the plans and case ids given (their union, in catalogue order); every case when
 * neither is given. An unknown plan or case id is refused, naming the known ones.
 */
export function selectCases(selection: { plans?: string[]; cases?: string[] } = {}): ContractCase[] {
  const plans = selection.plans?.map((p) => p.trim()).filter(Boolean) ?? [];
  const ids = selection.cases?.map((c) => c.trim()).filter(Boolean) ?? [];
  for (const p of plans) {
    if (!PLAN_NAMES.includes(p)) throw new ContractInputError(`unknown plan "${p}"; plans: ${PLAN_NAMES.join(', ')}`);
  }
  for (const id of ids) {
    if (!CASES.some((c) => c.id === id))
      throw new ContractInputError(`unknown case "${id}"; run "sage-mock contract list" to see the cases`);
  }
  if (plans.length === 0 && ids.length === 0) return [...CASES];
  return CASES.filter((c) => plans.includes('all') || plans.includes(planOf(c)) || ids.includes(c.id));
}

/**
 * Reading amounts of ledger requests: a number or a numeric string (`FieldReader.money`), within
 * the bounds of `amountProblem` (mock/core/money.ts), so ledger arithmetic stays exact and cheap.
 *
 * - `rounded: currency`: an amount the ledger keeps to the currency's minor unit (debits, credits,
 *   payment and allocation amounts, discount and tax amounts): any number of decimals is read and
 *   rounded half away from zero, then bounded.
 * - otherwise a value kept as sent (unit price, quantity, discount percentage): bounded, with at
 *   most 20 significant digits.
 */
import { amountProblem, roundMoney, type Dec } from '../core/money.ts';
import type { FieldReader } from '../core/fields.ts';

export function readAmount(
  f: FieldReader,
  key: string,
  opts: { required?: boolean; min?: number; rounded?: string } = {},
): Dec | undefined {
  const raw = f.money(key, { required: opts.required, min: opts.min });
  if (raw === undefined) return undefined;
  const value = opts.rounded === undefined ? raw : roundMoney(raw, opts.rounded);
  const problem = amountProblem(value, { exact: opts.rounded === undefined });
  return problem ? f.fail(key, problem) : value;
}

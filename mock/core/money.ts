/**
 * Money: exact decimal arithmetic (decimal.js), never binary floats.
 *
 * - Requests may send numbers or strings (`110`, `"110.00"`); both parse to the same decimal.
 *   JS numbers are read through their shortest text form, so `0.1` is exactly 0.1.
 * - Amounts are rounded to the currency's minor unit (2 for GBP, EUR, USD, CAD) with
 *   ROUND_HALF_UP (half away from zero), the rule Sage's UI shows for tax on a line.
 * - Responses render Sage's decimal strings: at least one decimal place, no trailing zeros
 *   beyond it (`"110.0"`, `"12.5"`, `"0.03"`), as Ruby's BigDecimal does.
 */
import { Decimal } from 'decimal.js';

// 100 significant digits: with the bounds below (`amountProblem`), every product and sum the ledger
// makes from request values is exact (at most 20 x 20 digit factors, then a percentage of that);
// only the division of a tax-inclusive price is rounded, and at 100 digits before its final rounding.
export const Dec = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal from a request value, or null when it is not a finite number or numeric string. */
export function parseDecimal(value: unknown): Dec | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Dec(value) : null;
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return new Dec(value.trim());
  return null;
}

const MINOR_UNITS: Record<string, number> = { GBP: 2, EUR: 2, USD: 2, CAD: 2, JPY: 0 };

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** Round to the currency's minor unit, half away from zero. */
export function roundMoney(value: Dec, currency = 'GBP'): Dec {
  return value.toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP);
}

/** Sage's decimal string: `"110.0"`, `"12.5"`, `"-0.03"`. */
export function formatDecimal(value: Dec | number | string): string {
  const d = value instanceof Dec ? value : new Dec(value);
  const text = d.toFixed();
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '.0') : `${text}.0`;
}

export const ZERO = new Dec(0);

export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/**
 * Bounds on amounts a request may send [guess: Sage documents none; it stores money in
 * fixed-precision columns]. They keep every sum and product the ledger makes exact within `Dec`'s
 * precision, so a posting that balances really balances (without them `1e39 + 0.01` debits
 * "balanced" a `1e39` credit), and keep a pathological number (a 1 MiB string of digits
 * multiplied by another) from stalling the process for a minute.
 * - every amount, quantity and price: `|value| < 10^13` (13 integer digits);
 * - a value kept as sent (unit prices, quantities, percentages): at most 20 significant digits.
 *   Amounts the ledger rounds to the currency's minor unit may carry any number of decimals.
 */
export const AMOUNT_LIMIT = new Dec('1e13');
export const MAX_SIGNIFICANT_DIGITS = 20;

/** Why `value` is out of the bounds above (a Rails-style message), or null when it is within them. */
export function amountProblem(value: Dec, opts: { exact?: boolean } = {}): string | null {
  if (value.abs().gte(AMOUNT_LIMIT)) return `must be greater than -${AMOUNT_LIMIT.toFixed()} and less than ${AMOUNT_LIMIT.toFixed()}`;
  if (opts.exact && value.sd() > MAX_SIGNIFICANT_DIGITS)
    return `has too many digits (maximum is ${MAX_SIGNIFICANT_DIGITS} significant digits)`;
  return null;
}

/** A decimal from a value the mock itself stored (`"110.0"`) or computed. */
export function dec(value: Dec | string | number): Dec {
  return value instanceof Dec ? value : new Dec(value);
}

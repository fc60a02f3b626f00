/**
 * The trial balance of a business, read straight from its ledger entries: per ledger account the
 * total debits, total credits and the balance (debits - credits), and the grand totals. Every
 * posting the mock writes is balanced, so `total_debit` always equals `total_credit` and
 * `difference` is `"0.0"`; a user's test asserts that their client left the books consistent.
 */
import { dec, formatDecimal, ZERO, type Dec } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import type { Store } from '../store/index.ts';
import type { BusinessRecord } from '../world/types.ts';
import { LEDGER_ACCOUNTS, type LedgerAccountRecord } from '../world/records/ledger_accounts.ts';
import { LEDGER_ENTRIES, type LedgerEntryRecord } from './entry_records.ts';

export interface TrialBalanceRow {
  ledger_account: Link;
  nominal_code: number;
  name: string;
  ledger_account_type: string;
  debit: string;
  credit: string;
  /** Debits minus credits: positive is a debit balance. */
  balance: string;
}

export interface TrialBalance {
  business_id: string;
  currency: string;
  /** Accounts with at least one entry, by nominal code. */
  accounts: TrialBalanceRow[];
  total_debit: string;
  total_credit: string;
  /** `total_debit - total_credit`: always `"0.0"` unless the books are broken. */
  difference: string;
  balanced: boolean;
  entry_count: number;
  transaction_count: number;
}

export function trialBalance(store: Store, business: BusinessRecord): TrialBalance {
  const accounts = store.collection<LedgerAccountRecord>(business.id, LEDGER_ACCOUNTS);
  const sums = new Map<string, { debit: Dec; credit: Dec }>();
  const transactions = new Set<string>();
  let totalDebit = ZERO;
  let totalCredit = ZERO;
  let count = 0;
  for (const e of store.collection<LedgerEntryRecord>(business.id, LEDGER_ENTRIES).values()) {
    const debit = dec(e.debit);
    const credit = dec(e.credit);
    const s = sums.get(e.ledger_account_id) ?? { debit: ZERO, credit: ZERO };
    s.debit = s.debit.plus(debit);
    s.credit = s.credit.plus(credit);
    sums.set(e.ledger_account_id, s);
    totalDebit = totalDebit.plus(debit);
    totalCredit = totalCredit.plus(credit);
    transactions.add(e.transaction_id);
    count++;
  }
  const rows: TrialBalanceRow[] = [];
  for (const [id, s] of sums) {
    const a = accounts.get(id);
    rows.push({
      ledger_account: link('ledger_accounts', id, a?.displayed_as ?? id),
      nominal_code: a?.nominal_code ?? 0,
      name: a?.name ?? '',
      ledger_account_type: a?.ledger_account_type.id ?? '',
      debit: formatDecimal(s.debit),
      credit: formatDecimal(s.credit),
      balance: formatDecimal(s.debit.minus(s.credit)),
    });
  }
  rows.sort((x, y) => x.nominal_code - y.nominal_code || x.ledger_account.id.localeCompare(y.ledger_account.id));
  const difference = totalDebit.minus(totalCredit);
  return {
    business_id: business.id,
    currency: business.currency,
    accounts: rows,
    total_debit: formatDecimal(totalDebit),
    total_credit: formatDecimal(totalCredit),
    difference: formatDecimal(difference),
    balanced: difference.isZero(),
    entry_count: count,
    transaction_count: transactions.size,
  };
}

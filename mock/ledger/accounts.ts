/**
 * Accounts the ledger posts to: ledger accounts (the chart, with its control accounts), the bank
 * accounts backed by BANK ledger accounts, and tax rates. Their records are the world's
 * (mock/world/records/), re-exported here for the ledger's modules; what the ledger adds is finding
 * the control accounts every posting needs.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import type { Collection } from '../store/index.ts';
import { LEDGER_ACCOUNTS, type LedgerAccountRecord } from '../world/records/ledger_accounts.ts';
import { col } from './books.ts';
import type { Side } from './parties.ts';

export { LEDGER_ACCOUNTS, buildLedgerAccount, ledgerAccountTypeLink, type LedgerAccountRecord } from '../world/records/ledger_accounts.ts';
export { BANK_ACCOUNTS, type BankAccountRecord } from '../world/records/bank_accounts.ts';
export { TAX_RATES, type TaxRateRecord } from '../world/records/tax_rates.ts';

/**
 * Control name -> ledger account id, per ledger_accounts collection: every invoice, payment and
 * allocation needs its control accounts, and a chart holds hundreds of accounts. Control names are
 * Sage's alone (no client sets or changes one, no ledger account is deleted), so the ids hold; a
 * lookup that does not confirm its account indexes the chart afresh.
 */
const controlIndexes = new WeakMap<Collection<LedgerAccountRecord>, Map<string, string>>();

function indexControls(accounts: Collection<LedgerAccountRecord>): Map<string, string> {
  const index = new Map<string, string>();
  for (const a of accounts.values()) if (a.control_name !== null && !index.has(a.control_name)) index.set(a.control_name, a.id);
  controlIndexes.set(accounts, index);
  return index;
}

/** The control account of a business (`trade_debtors`, `trade_creditors`, `sales_tax`, `purchase_tax`, ...). */
export function controlAccount(accounts: Collection<LedgerAccountRecord>, control: string): LedgerAccountRecord | undefined {
  const lookup = (index: Map<string, string>) => {
    const id = index.get(control);
    const a = id === undefined ? undefined : accounts.get(id);
    return a?.control_name === control ? a : undefined;
  };
  const cached = controlIndexes.get(accounts);
  return (cached && lookup(cached)) ?? lookup(indexControls(accounts));
}

export interface ControlAccounts {
  debtors: LedgerAccountRecord;
  creditors: LedgerAccountRecord;
  salesTax: LedgerAccountRecord;
  purchaseTax: LedgerAccountRecord;
}

/** The business's control accounts; read during validation so a write never fails half-way. */
export function controlAccounts(ctx: RequestContext): ControlAccounts {
  const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
  const get = (name: string) => {
    const a = controlAccount(accounts, name);
    if (!a) throw apiError('UnexpectedError', { message: `The business has no ${name} control account.` });
    return a;
  };
  return { debtors: get('trade_debtors'), creditors: get('trade_creditors'), salesTax: get('sales_tax'), purchaseTax: get('purchase_tax') };
}

/**
 * Trade debtors and trade creditors carry what contacts owe and are owed: only invoices, payments
 * and allocations post to them (with the contact), never an invoice or journal line [guess], so
 * they keep equalling the contacts' balances.
 */
export function isContactControl(a: LedgerAccountRecord): boolean {
  return a.control_name === 'trade_debtors' || a.control_name === 'trade_creditors';
}

/** The control account of a side. */
export function controlOf(c: ControlAccounts, side: Side): LedgerAccountRecord {
  return side === 'customer' ? c.debtors : c.creditors;
}

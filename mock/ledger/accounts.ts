/**
 * Accounts the ledger posts to: ledger accounts (the chart, with its control accounts), the bank
 * accounts backed by BANK ledger accounts, and tax rates. Their record shapes live here, below the
 * resources that serve them (/ledger_accounts, /bank_accounts, /tax_rates), because the ledger
 * reads them and moves their balances.
 */
import type { RequestContext } from '../core/context.ts';
import { apiError } from '../core/errors.ts';
import { link, refLink, type Link } from '../core/records.ts';
import type { Collection } from '../store/index.ts';
import { LEDGER_ACCOUNT_TYPES } from '../world/reference.ts';
import { col } from './books.ts';
import type { Side } from './parties.ts';

export interface LedgerAccountRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  ledger_account_type: Link;
  included_in_chart: boolean;
  name: string;
  display_name: string;
  nominal_code: number;
  ledger_account_classification: Link | null;
  tax_rate: Link | null;
  fixed_tax_rate: boolean;
  visible_in_banking: boolean;
  visible_in_expenses: boolean;
  visible_in_journals: boolean;
  visible_in_other_payments: boolean;
  visible_in_other_receipts: boolean;
  visible_in_reporting: boolean;
  visible_in_sales: boolean;
  visible_in_purchasing: boolean;
  is_control_account: boolean;
  control_name: string | null;
  balance: string;
  [key: string]: unknown;
}

export const LEDGER_ACCOUNTS = 'ledger_accounts';

export function ledgerAccountTypeLink(id: string): Link {
  return refLink('ledger_account_types', LEDGER_ACCOUNT_TYPES, id);
}

/** The one place a ledger account record is shaped. */
export function buildLedgerAccount(input: {
  id: string;
  at: string;
  name: string;
  nominal_code: number;
  type: string;
  control: string | null;
  visibleIn: readonly string[];
  tax_rate?: Link | null;
}): LedgerAccountRecord {
  const vis = (k: string) => input.visibleIn.includes(k);
  return {
    id: input.id,
    displayed_as: `${input.name} (${input.nominal_code})`,
    $path: `/ledger_accounts/${input.id}`,
    created_at: input.at,
    updated_at: input.at,
    ledger_account_type: ledgerAccountTypeLink(input.type),
    included_in_chart: true,
    name: input.name,
    display_name: input.name,
    nominal_code: input.nominal_code,
    ledger_account_classification: null,
    tax_rate: input.tax_rate ?? null,
    fixed_tax_rate: false,
    visible_in_banking: vis('banking'),
    visible_in_expenses: vis('expenses'),
    visible_in_journals: vis('journals'),
    visible_in_other_payments: vis('other_payments'),
    visible_in_other_receipts: vis('other_receipts'),
    visible_in_reporting: vis('reporting'),
    visible_in_sales: vis('sales'),
    visible_in_purchasing: vis('purchasing'),
    is_control_account: input.control !== null,
    control_name: input.control,
    balance: '0.0',
  };
}

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

export interface BankAccountRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  bank_account_details: { account_name: string; account_number: string; sort_code: string; bic: string; iban: string };
  ledger_account: Link;
  bank_account_type: Link;
  balance: string;
  nominal_code: number;
  editable: boolean;
  deletable: boolean;
  currency: Link;
  [key: string]: unknown;
}

export const BANK_ACCOUNTS = 'bank_accounts';

export interface TaxRateRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  name: string;
  agency: string | null;
  percentage: string;
  percentages: { percentage: string; from_date: string; to_date: string | null }[];
  is_visible: boolean;
  retailer: boolean;
  editable: boolean;
  deletable: boolean;
  is_combined_rate: boolean;
  [key: string]: unknown;
}

export const TAX_RATES = 'tax_rates';

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

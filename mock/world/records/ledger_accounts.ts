/** The ledger account record: its shape and the one place it is built (seeding and POST). */
import { refLink, type Link } from '../../core/records.ts';
import { LEDGER_ACCOUNT_TYPES } from '../reference.ts';

/** Where an account is offered, as Sage's `visible_in` filter and `visible_in_*` flags name them (no `purchasing`: Sage has none). */
export const VISIBLE_IN = ['sales', 'expenses', 'journals', 'banking', 'other_payments', 'other_receipts', 'reporting'] as const;

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
  is_control_account: boolean;
  control_name: string | null;
  /** Debits minus credits, kept by the ledger; shown through `balance_details` (`show_balance_details=true`). */
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
    is_control_account: input.control !== null,
    control_name: input.control,
    balance: '0.0',
  };
}

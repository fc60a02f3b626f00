/**
 * /ledger_accounts: the business's chart of accounts (nominal codes and names per country),
 * filtered by `visible_in` (sales, purchasing, expenses, journals, banking, other_payments,
 * other_receipts, reporting) and `ledger_account_type_id`.
 */
import type { RouteDef } from '../core/router.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import { link, type Link } from '../core/records.ts';
import { listResponse, type Predicate } from '../core/pagination.ts';
import { LEDGER_ACCOUNT_TYPES } from '../world/reference.ts';
import { col, found, publicView } from './kit.ts';

export const VISIBLE_IN = ['sales', 'purchasing', 'expenses', 'journals', 'banking', 'other_payments', 'other_receipts', 'reporting'] as const;

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
  const t = LEDGER_ACCOUNT_TYPES.find((x) => x.id === id);
  return link('ledger_account_types', id, t?.displayed_as ?? id);
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

/** The control account of a business (`trade_debtors`, `trade_creditors`, `sales_tax`, `purchase_tax`, ...). */
export function controlAccount(accounts: Iterable<LedgerAccountRecord>, control: string): LedgerAccountRecord | undefined {
  for (const a of accounts) if (a.control_name === control) return a;
  return undefined;
}

const filters: Record<string, (v: string) => Predicate<LedgerAccountRecord>> = {
  visible_in(v) {
    const key = v.trim();
    if (!(VISIBLE_IN as readonly string[]).includes(key)) {
      throw apiError('InvalidParameter', { source: 'visible_in', message: `visible_in must be one of: ${VISIBLE_IN.join(', ')}.` });
    }
    return (a) => a[`visible_in_${key}`] === true;
  },
  ledger_account_type_id(v) {
    const ids = v.split(',').map((s) => s.trim().toUpperCase());
    return (a) => ids.includes(a.ledger_account_type.id);
  },
  search(v) {
    const s = v.trim().toLowerCase();
    return (a) => a.name.toLowerCase().includes(s) || String(a.nominal_code).includes(s);
  },
};

export const ledgerAccountRoutes: RouteDef[] = [
  {
    surface: 'api', method: 'GET', path: '/ledger_accounts',
    handler: (ctx) =>
      listResponse(ctx, {
        resource: LEDGER_ACCOUNTS,
        source: col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS),
        render: publicView,
        filters,
        sortable: ['nominal_code', 'name', 'created_at', 'updated_at'],
      }),
  },
  {
    surface: 'api', method: 'GET', path: '/ledger_accounts/:id',
    handler: (ctx) => json(200, publicView(found(col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), ctx.params.id))),
  },
];

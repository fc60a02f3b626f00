/**
 * /ledger_entries: the debits and credits of every transaction (/transactions), read-only. The
 * entries of a reversed transaction and of its reversal are `deleted: true` [guess: see
 * transactions.ts]. Filters: `from_date`, `to_date`, `transaction_id`, `transaction_type_id`,
 * `ledger_account_id`, `journal_code_id` (never matches: the mock keeps no journal codes on
 * entries), `updated_or_created_since`.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { link } from '../core/records.ts';
import { LEDGER_ACCOUNTS, type LedgerAccountRecord } from '../ledger/accounts.ts';
import { LEDGER_ENTRIES, TRANSACTIONS, type LedgerEntryRecord, type TransactionRecord } from '../ledger/entry_records.ts';
import { col, dateRangeFilters, readRoutes } from './kit.ts';
import { contactLink, typeFilter } from './transactions.ts';

function renderEntry(e: LedgerEntryRecord, ctx: RequestContext): Record<string, unknown> {
  const account = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS).get(e.ledger_account_id);
  const t = col<TransactionRecord>(ctx, TRANSACTIONS).get(e.transaction_id);
  return {
    id: e.id,
    displayed_as: e.details || (account?.displayed_as ?? e.ledger_account_id),
    $path: `/ledger_entries/${e.id}`,
    created_at: e.created_at,
    updated_at: e.updated_at,
    date: e.date,
    credit: e.credit,
    debit: e.debit,
    ledger_account: link('ledger_accounts', e.ledger_account_id, account?.displayed_as ?? e.ledger_account_id),
    transaction: link('transactions', e.transaction_id, t?.displayed_as ?? e.transaction_id),
    contact: contactLink(ctx, e.contact_id),
    deleted: e.deleted,
    tax_rate: null,
    description: e.details,
    journal_code: null,
  };
}

const idFilter = (get: (r: LedgerEntryRecord) => string) => (v: string) => {
  const id = v.trim();
  return (r: LedgerEntryRecord) => get(r) === id;
};

export const ledgerEntryRoutes: RouteDef[] = readRoutes<LedgerEntryRecord>({
  resource: LEDGER_ENTRIES,
  render: renderEntry,
  filters: {
    ...dateRangeFilters<LedgerEntryRecord>(),
    transaction_id: idFilter((r) => r.transaction_id),
    transaction_type_id: typeFilter<LedgerEntryRecord>((r) => r.transaction_type),
    ledger_account_id: idFilter((r) => r.ledger_account_id),
    journal_code_id: () => () => false,
  },
});

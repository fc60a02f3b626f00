/**
 * /transactions: the books as Sage shows them, read-only (their entries: /ledger_entries). Every posted
 * document's `transaction` link resolves here. A transaction is one posting (mock/ledger/entries.ts):
 * its `origin` is the document (still shown when the document is gone, with what is known of it),
 * `total` the sum of its debits. A void, a delete or an edit of a posted document writes a reversal:
 * the reversed transaction and its reversal are both `deleted: true` (and their entries too), so
 * summing the live entries, or all of them, gives the same balances [guess].
 *
 * Filters: `from_date`, `to_date` (on `date`), `updated_from_date`, `updated_to_date`,
 * `transaction_type_id`, `updated_or_created_since`.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { link, parseTimestamp, type Link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import { transactionTypeLink } from '../ledger/artefacts.ts';
import { TRANSACTIONS, type TransactionRecord } from '../ledger/entry_records.ts';
import { CONTACTS, currencyLink, type ContactRecord } from '../ledger/parties.ts';
import { business, col, dateRangeFilters, readRoutes } from './kit.ts';

export function contactLink(ctx: RequestContext, id: string | null): Link | null {
  if (!id) return null;
  const c = col<ContactRecord>(ctx, CONTACTS).get(id);
  return link('contacts', id, c?.displayed_as ?? id);
}

/** The document a transaction came from, as Sage's `TransactionOrigin` shows it. */
function origin(ctx: RequestContext, t: TransactionRecord): Record<string, unknown> {
  const doc = col<Record<string, unknown> & { id: string }>(ctx, t.origin.resource).get(t.origin.id);
  return {
    id: t.origin.id,
    displayed_as: (doc?.displayed_as as string | undefined) ?? t.origin.displayed_as,
    $path: `/${t.origin.resource}/${t.origin.id}`,
    links: [],
    due_date: (doc?.due_date as string | undefined) ?? null,
    outstanding_amount: (doc?.outstanding_amount as string | undefined) ?? null,
    currency: currencyLink(business(ctx).currency),
    status: (doc?.status as Link | undefined) ?? null,
    sent: (doc?.sent as boolean | undefined) ?? null,
  };
}

function renderTransaction(t: TransactionRecord, ctx: RequestContext): Record<string, unknown> {
  return {
    id: t.id,
    displayed_as: t.displayed_as,
    $path: t.$path,
    created_at: t.created_at,
    updated_at: t.updated_at,
    date: t.date,
    deleted: t.deleted,
    reference: t.reference,
    total: t.total,
    total_in_transaction_currency: t.total,
    contact: contactLink(ctx, t.contact_id),
    transaction_type: transactionTypeLink(t.transaction_type_id),
    origin: origin(ctx, t),
    audit_trail_id: t.audit_trail_id,
    number_of_attachments: 0,
  };
}

export const typeFilter =
  <T>(get: (r: T) => string) =>
  (v: string): Predicate<T> => {
    const ids = v.split(',').map((s) => s.trim().toUpperCase());
    return (r) => ids.includes(get(r));
  };

function updatedBound(name: string, cmp: (a: number, b: number) => boolean) {
  return (v: string): Predicate<TransactionRecord> => {
    const ms = parseTimestamp(v.trim());
    if (ms === null) throw apiError('InvalidParameter', { source: name, message: `${name} must be an ISO 8601 date or date-time.` });
    return (r) => cmp(Date.parse(r.updated_at), ms);
  };
}

export const transactionRoutes: RouteDef[] = [
  ...readRoutes<TransactionRecord>({
    resource: TRANSACTIONS,
    render: renderTransaction,
    filters: {
      ...dateRangeFilters<TransactionRecord>(),
      updated_from_date: updatedBound('updated_from_date', (a, b) => a >= b),
      // [guess] a date alone means the whole of that day.
      updated_to_date: (v) => updatedBound('updated_to_date', (a, b) => a < b + (v.trim().length === 10 ? 86_400_000 : 1))(v),
      transaction_type_id: typeFilter<TransactionRecord>((r) => r.transaction_type_id),
    },
  }),
];

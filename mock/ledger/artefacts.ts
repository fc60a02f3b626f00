/**
 * Artefacts: the documents money is allocated to (sales and purchase invoices, sales and purchase
 * credit notes, payments on account). Each keeps the trail of what was allocated to it
 * (`_allocations`: by which contact payment or contact allocation, when, how much) and derives
 * from it `total_paid`, `outstanding_amount` (= total - allocated) and its status:
 *
 *   DRAFT, PRO_FORMA, VOID  as set by the document's own life (create, release, void)
 *   PAID                    nothing outstanding (also a zero-value invoice [guess])
 *   UNPAID                  nothing allocated yet
 *   PART_PAID               some allocated, some outstanding
 *
 * so the amounts and the status can never disagree. Payments and allocations change artefacts
 * only through `allocate` and `deallocate` (mock/ledger/allocation.ts).
 *
 * Invoices are debits of their contact (what a customer owes, what the business owes a vendor);
 * credit notes and payments on account are credits, set against invoices by allocations.
 */
import type { RequestContext } from '../context.ts';
import { dec, formatDecimal, sum, ZERO, type Dec } from '../core/money.ts';
import { refLink, type Link } from '../core/records.ts';
import type { StoredRecord } from '../store/index.ts';
import { ARTEFACT_STATUSES, TRANSACTION_TYPES } from '../world/reference.ts';
import { col } from './books.ts';
import type { Side } from './parties.ts';

export const SALES_INVOICES = 'sales_invoices';
export const PURCHASE_INVOICES = 'purchase_invoices';
export const SALES_CREDIT_NOTES = 'sales_credit_notes';
export const PURCHASE_CREDIT_NOTES = 'purchase_credit_notes';
export const PAYMENTS_ON_ACCOUNT = 'payments_on_account';
export const CONTACT_OPENING_BALANCES = 'contact_opening_balances';
export const SALES_QUICK_ENTRIES = 'sales_quick_entries';
export const PURCHASE_QUICK_ENTRIES = 'purchase_quick_entries';
export const SALES_CORRECTIVE_INVOICES = 'sales_corrective_invoices';
export const PURCHASE_CORRECTIVE_INVOICES = 'purchase_corrective_invoices';

/** One payment or allocation applied to an artefact. */
export interface AllocationTrace {
  kind: 'contact_payment' | 'contact_allocation';
  /** The contact payment or contact allocation. */
  id: string;
  transaction_type: string;
  date: string;
  reference: string;
  /** Positive: the amount this payment or allocation settled of the artefact. */
  amount: string;
}

/** The fields every artefact shares. */
export interface ArtefactFields extends StoredRecord {
  id: string;
  displayed_as: string;
  $path: string;
  updated_at: string;
  contact: Link;
  date: string;
  reference: string;
  total_amount: string;
  outstanding_amount: string;
  total_paid: string;
  payments_allocations_total_amount: string;
  status: Link;
  last_paid: string | null;
  _allocations: AllocationTrace[];
}

export const UNPOSTED = ['DRAFT', 'PRO_FORMA'] as const;
export const PAYABLE = ['UNPAID', 'PART_PAID'] as const;

export function statusLink(id: string): Link {
  return refLink('artefact_statuses', ARTEFACT_STATUSES, id);
}

export function transactionTypeLink(id: string): Link {
  return refLink('transaction_types', TRANSACTION_TYPES, id);
}

export function isPosted(status: string): boolean {
  return !(UNPOSTED as readonly string[]).includes(status) && status !== 'VOID';
}

/** The status the amounts call for, keeping the states only the document's life sets. */
export function deriveStatus(current: string, outstanding: Dec, paid: Dec): string {
  if ((UNPOSTED as readonly string[]).includes(current) || current === 'VOID') return current;
  if (outstanding.isZero()) return 'PAID';
  return paid.isZero() ? 'UNPAID' : 'PART_PAID';
}

/** The artefact with its amounts and status recomputed from `allocations`. */
export function settle<T extends ArtefactFields>(rec: T, allocations: AllocationTrace[]): T {
  const paid = sum(allocations.map((a) => dec(a.amount)));
  const outstanding = rec.status.id === 'VOID' ? ZERO : dec(rec.total_amount).minus(paid);
  const status = deriveStatus(rec.status.id, outstanding, paid);
  const dates = allocations.map((a) => a.date).sort();
  const next: T = {
    ...rec,
    _allocations: allocations,
    total_paid: formatDecimal(paid),
    payments_allocations_total_amount: formatDecimal(paid),
    outstanding_amount: formatDecimal(outstanding),
    status: status === rec.status.id ? rec.status : statusLink(status),
    last_paid: dates.at(-1) ?? null,
  };
  if ('editable' in rec) (next as Record<string, unknown>).editable = status !== 'VOID' && allocations.length === 0;
  return next;
}

/** What an artefact is: a debit of its contact (invoice) or a credit (credit note, payment on account). */
export type ArtefactKind = 'invoice' | 'credit_note' | 'payment_on_account';

/** An artefact found by id in the routed business, with where it lives and which side it is on. */
export interface ArtefactRef {
  resource: string;
  kind: ArtefactKind;
  side: Side;
  record: ArtefactFields;
}

/**
 * The collections that hold artefacts, with their kind and side (a payment on account carries its
 * own side; a contact opening balance its own side and kind).
 */
const ARTEFACT_COLLECTIONS: readonly { resource: string; kind: ArtefactKind; side?: Side }[] = [
  { resource: SALES_INVOICES, kind: 'invoice', side: 'customer' },
  { resource: PURCHASE_INVOICES, kind: 'invoice', side: 'vendor' },
  { resource: SALES_CREDIT_NOTES, kind: 'credit_note', side: 'customer' },
  { resource: PURCHASE_CREDIT_NOTES, kind: 'credit_note', side: 'vendor' },
  { resource: PAYMENTS_ON_ACCOUNT, kind: 'payment_on_account' },
  { resource: CONTACT_OPENING_BALANCES, kind: 'invoice' },
  { resource: SALES_QUICK_ENTRIES, kind: 'invoice', side: 'customer' },
  { resource: PURCHASE_QUICK_ENTRIES, kind: 'invoice', side: 'vendor' },
  { resource: SALES_CORRECTIVE_INVOICES, kind: 'credit_note', side: 'customer' },
  { resource: PURCHASE_CORRECTIVE_INVOICES, kind: 'credit_note', side: 'vendor' },
];

export function findArtefact(ctx: RequestContext, id: string): ArtefactRef | undefined {
  for (const c of ARTEFACT_COLLECTIONS) {
    const record = col<ArtefactFields & { _side?: Side; _kind?: ArtefactKind }>(ctx, c.resource).get(id);
    if (record) return { resource: c.resource, kind: record._kind ?? c.kind, side: c.side ?? record._side ?? 'customer', record };
  }
  return undefined;
}

/** Every artefact of the routed business, with kind and side (for /unallocated_artefacts). */
export function* allArtefacts(ctx: RequestContext): Generator<ArtefactRef> {
  for (const c of ARTEFACT_COLLECTIONS) {
    for (const record of col<ArtefactFields & { _side?: Side; _kind?: ArtefactKind }>(ctx, c.resource).values()) {
      yield { resource: c.resource, kind: record._kind ?? c.kind, side: c.side ?? record._side ?? 'customer', record };
    }
  }
}

export function artefactLink(rec: { id: string; displayed_as: string; $path: string }): Link {
  return { id: rec.id, displayed_as: rec.displayed_as, $path: rec.$path };
}

/** True when the artefact can still take money: an open invoice or credit note, or a payment on account with a rest. */
export function isOpen(ref: ArtefactRef): boolean {
  if (ref.kind !== 'payment_on_account') return (PAYABLE as readonly string[]).includes(ref.record.status.id);
  return dec(ref.record.outstanding_amount).gt(0);
}

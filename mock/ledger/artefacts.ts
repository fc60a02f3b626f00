/**
 * Artefacts: the documents money is allocated to (sales and purchase invoices, payments on
 * account). Each keeps the trail of what was allocated to it (`_allocations`: by which contact
 * payment or contact allocation, when, how much) and derives from it `total_paid`,
 * `outstanding_amount` (= total - allocated) and its status:
 *
 *   DRAFT, PRO_FORMA, VOID  as set by the document's own life (create, release, void)
 *   PAID                    nothing outstanding (also a zero-value invoice [guess])
 *   UNPAID                  nothing allocated yet
 *   PART_PAID               some allocated, some outstanding
 *
 * so the amounts and the status can never disagree. Payments and allocations change artefacts
 * only through `allocate` and `deallocate`.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { dec, formatDecimal, sum, ZERO, type Dec } from '../core/money.ts';
import { link, refLink, type Link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import { isIsoDate } from '../core/records.ts';
import type { StoredRecord } from '../store/index.ts';
import { ARTEFACT_STATUSES, TRANSACTION_TYPES } from '../world/reference.ts';
import { FieldReader, business, col, now } from '../resources/kit.ts';
import { readAmount } from './amounts.ts';
import { CONTACTS, isCustomer, isVendor, type ContactRecord } from '../world/records/contacts.ts';
import { LEDGER_ACCOUNTS, controlAccount, type LedgerAccountRecord } from '../resources/ledger_accounts.ts';

/** Which side of the ledger a document sits on: customers (trade debtors) or vendors (trade creditors). */
export type Side = 'customer' | 'vendor';

export const SALES_INVOICES = 'sales_invoices';
export const PURCHASE_INVOICES = 'purchase_invoices';
export const PAYMENTS_ON_ACCOUNT = 'payments_on_account';

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

/** A payment on account: the unallocated rest of a contact payment, itself allocatable later. */
export interface PaymentOnAccountRecord extends ArtefactFields {
  created_at: string;
  contact_name: string;
  contact_reference: string;
  net_amount: string;
  tax_amount: string;
  currency: Link;
  exchange_rate: string;
  _side: Side;
  _payment_id: string;
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

/** An artefact found by id in the routed business, with where it lives and which side it is on. */
export interface ArtefactRef {
  resource: string;
  kind: 'invoice' | 'payment_on_account';
  side: Side;
  record: ArtefactFields;
}

export function findArtefact(ctx: RequestContext, id: string): ArtefactRef | undefined {
  const sales = col<ArtefactFields>(ctx, SALES_INVOICES).get(id);
  if (sales) return { resource: SALES_INVOICES, kind: 'invoice', side: 'customer', record: sales };
  const purchase = col<ArtefactFields>(ctx, PURCHASE_INVOICES).get(id);
  if (purchase) return { resource: PURCHASE_INVOICES, kind: 'invoice', side: 'vendor', record: purchase };
  const poa = col<PaymentOnAccountRecord>(ctx, PAYMENTS_ON_ACCOUNT).get(id);
  if (poa) return { resource: PAYMENTS_ON_ACCOUNT, kind: 'payment_on_account', side: poa._side, record: poa };
  return undefined;
}

export function artefactLink(rec: { id: string; displayed_as: string; $path: string }): Link {
  return { id: rec.id, displayed_as: rec.displayed_as, $path: rec.$path };
}

/** True when the artefact can still take money: an open invoice, or a payment on account with a rest. */
export function isOpen(ref: ArtefactRef): boolean {
  if (ref.kind === 'invoice') return (PAYABLE as readonly string[]).includes(ref.record.status.id);
  return dec(ref.record.outstanding_amount).gt(0);
}

/** Adds `trace` to each artefact (by id). Validation happened before. */
export async function allocate(ctx: RequestContext, items: { artefactId: string; trace: AllocationTrace }[]): Promise<void> {
  for (const { artefactId, trace } of items) {
    const ref = findArtefact(ctx, artefactId);
    if (!ref) throw apiError('UnexpectedError', { message: `Artefact ${artefactId} vanished during a write.` });
    const next = settle({ ...ref.record, updated_at: now(ctx) }, [...ref.record._allocations, trace]);
    await col<ArtefactFields>(ctx, ref.resource).put(next);
  }
}

/** Removes every trace of a payment or allocation from the artefacts it touched. */
export async function deallocate(ctx: RequestContext, artefactIds: Iterable<string>, kind: AllocationTrace['kind'], id: string): Promise<void> {
  for (const artefactId of new Set(artefactIds)) {
    const ref = findArtefact(ctx, artefactId);
    if (!ref) continue;
    const rest = ref.record._allocations.filter((t) => !(t.kind === kind && t.id === id));
    const next = settle({ ...ref.record, updated_at: now(ctx) }, rest);
    await col<ArtefactFields>(ctx, ref.resource).put(next);
  }
}

/** An artefact's payments and allocations as Sage lists them (`show_payments_allocations=true`). */
export function renderPaymentsAllocations(rec: ArtefactFields): Record<string, unknown>[] {
  return rec._allocations.map((t) => {
    const type = transactionTypeLink(t.transaction_type);
    const self = link(t.kind === 'contact_payment' ? 'contact_payments' : 'contact_allocations', t.id, t.reference || type.displayed_as);
    return {
      displayed_as: self.displayed_as,
      date: t.date,
      type: type.displayed_as,
      reference: t.reference,
      amount: t.amount,
      discount: '0.0',
      contact_payment: t.kind === 'contact_payment' ? self : null,
      contact_allocation: t.kind === 'contact_allocation' ? self : null,
      negative_payment: false,
    };
  });
}

/** A payment on account as nested in its contact payment. */
export function renderPaymentOnAccount(p: PaymentOnAccountRecord): Record<string, unknown> {
  return {
    id: p.id,
    displayed_as: p.displayed_as,
    $path: p.$path,
    created_at: p.created_at,
    updated_at: p.updated_at,
    contact_name: p.contact_name,
    contact_reference: p.contact_reference,
    contact: p.contact,
    date: p.date,
    reference: p.reference,
    net_amount: p.net_amount,
    tax_amount: p.tax_amount,
    total_amount: p.total_amount,
    outstanding_amount: p.outstanding_amount,
    currency: p.currency,
    exchange_rate: p.exchange_rate,
    base_currency_net_amount: p.net_amount,
    base_currency_tax_amount: p.tax_amount,
    base_currency_total_amount: p.total_amount,
    base_currency_outstanding_amount: p.outstanding_amount,
    status: p.status,
  };
}

// ------------------------------------------------------------------ shared readers and lookups

/**
 * The contact of a document on `side`: it must exist in this business and be a customer (or a
 * vendor). Sage answers both a missing contact and a contact of the wrong type with
 * "can't find customer" ("can't find vendor" [guess] for purchases) on the contact field.
 */
export function readParty(f: FieldReader, ctx: RequestContext, side: Side | undefined, key = 'contact_id', required = true): ContactRecord | undefined {
  const id = f.string(key, { required });
  // No side (the transaction type could not be read): only whether the id is there can be checked.
  if (id === undefined || side === undefined) return undefined;
  const c = col<ContactRecord>(ctx, CONTACTS).get(id);
  if (!c || !(side === 'customer' ? isCustomer(c) : isVendor(c))) {
    return f.rule(key, side === 'customer' ? 'CustomerNotFound' : 'VendorNotFound');
  }
  return c;
}

/**
 * `currency_id`, when sent, must be the business's own currency [guess]: the mock keeps one currency
 * per business (no exchange rates), so a foreign-currency document is refused rather than silently
 * booked in the base currency.
 */
export function readCurrency(ctx: RequestContext, f: FieldReader): void {
  const currency = f.string('currency_id');
  if (currency !== undefined && currency !== business(ctx).currency) f.rule('currency_id', 'CurrencyNotBusiness');
}

/**
 * `transaction_type_id` of a payment or allocation: required, and one of `allowed` ("is invalid"
 * otherwise). Undefined when missing or not allowed (the violation is recorded on `f`).
 */
export function readTransactionType<T extends string>(f: FieldReader, allowed: readonly T[]): T | undefined {
  const raw = f.string('transaction_type_id', { required: true });
  const type = raw !== undefined && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
  if (raw !== undefined && !type) f.fail('transaction_type_id', 'is invalid');
  return type;
}

/** One line of `allocated_artefacts` that passed every check. */
export interface AllocatedItem {
  ref: ArtefactRef;
  amount: Dec;
}

/**
 * How `allocated_artefacts[].amount` is signed:
 * - `positive`: every amount settles something, so it must be > 0 (contact payments);
 * - `by_kind`: invoices take positive amounts, payments on account negative ones, never 0
 *   (contact allocations) [guess: Sage's sign convention for credits].
 */
export type AllocationSign = 'positive' | 'by_kind';

const SIGN_RULES: Record<AllocationSign, { ok: (a: Dec) => boolean; message: string; fits: (ref: ArtefactRef, a: Dec) => boolean }> = {
  positive: { ok: (a) => a.gt(0), message: 'must be greater than 0', fits: () => true },
  by_kind: { ok: (a) => !a.isZero(), message: 'must be other than 0', fits: (ref, a) => a.gt(0) === (ref.kind === 'invoice') },
};

/** What the transaction type of a payment or allocation may allocate to. */
export interface AllocationTarget {
  side: Side;
  kinds: readonly ArtefactRef['kind'][];
  /** The message on `artefact_id` for an artefact of another side or kind. */
  message: string;
}

export interface AllocatedArtefactsRules {
  /** Undefined when the transaction type could not be read: artefacts are then only looked up. */
  target: AllocationTarget | undefined;
  /** The contact every artefact must belong to, when it could be read. */
  contact: ContactRecord | undefined;
  sign: AllocationSign;
  /** Read `discount` (settlement discounts are refused: the mock keeps no discount ledger accounts). */
  discount: boolean;
}

/**
 * Reads `allocated_artefacts[]` (`artefact_id`, `amount`, optionally `discount`): each item an
 * object, the artefact one of this business on the target's side and of an allowed kind, of the
 * contact, still open ("You can only pay unpaid or part-paid invoices."), and never taking more
 * in all than is outstanding (amounts to one artefact add up). Violations go to `f`; the items
 * that passed every check come back.
 */
export function readAllocatedArtefacts(ctx: RequestContext, f: FieldReader, raw: unknown[], rules: AllocatedArtefactsRules): AllocatedItem[] {
  const currency = business(ctx).currency;
  const sign = SIGN_RULES[rules.sign];
  const items: AllocatedItem[] = [];
  const taken = new Map<string, Dec>();
  raw.forEach((item, i) => {
    const src = `allocated_artefacts[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return f.fail(src, 'is invalid');
    const af = new FieldReader(item as Record<string, unknown>, src);
    const artefactId = af.string('artefact_id', { required: true });
    const amount = readAmount(af, 'amount', { required: true, rounded: currency });
    if (amount && !sign.ok(amount)) af.fail('amount', sign.message);
    if (rules.discount) {
      const discount = readAmount(af, 'discount', { rounded: currency });
      if (discount && !discount.isZero()) af.rule('discount', 'DiscountNotSupported');
    }
    const ref = artefactId === undefined ? undefined : findArtefact(ctx, artefactId);
    if (artefactId !== undefined && !ref) af.fail('artefact_id', 'artefact is invalid or does not exist in this business');
    const target = rules.target;
    if (ref && target) {
      if (!target.kinds.includes(ref.kind) || ref.side !== target.side) af.fail('artefact_id', target.message);
      else if (rules.contact && ref.record.contact.id !== rules.contact.id) af.fail('artefact_id', 'belongs to another contact');
      else if (!isOpen(ref)) af.rule('artefact_id', 'InvoiceNotPayable');
      else if (amount && sign.ok(amount)) {
        if (!sign.fits(ref, amount)) af.rule('amount', 'AllocationWrongSign');
        else {
          const cumulative = (taken.get(ref.record.id) ?? ZERO).plus(amount.abs());
          taken.set(ref.record.id, cumulative);
          if (cumulative.gt(dec(ref.record.outstanding_amount))) af.rule('amount', 'AllocationExceedsOutstanding');
        }
      }
    }
    f.v.items.push(...af.v.items);
    if (af.v.empty && ref && amount) items.push({ ref, amount });
  });
  return items;
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

/** Today's date on the mock's clock (`2026-01-05`). */
export function today(ctx: RequestContext): string {
  return new Date(ctx.mock.clock.now()).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ list filters

function dateParam(name: string, v: string): string {
  const d = v.trim();
  if (!isIsoDate(d)) throw apiError('InvalidParameter', { source: name, message: `${name} must be a date (YYYY-MM-DD).` });
  return d;
}

/** `from_date` / `to_date` (inclusive) on a document's `date`. */
export function dateRangeFilters<T extends { date: string }>(): Record<string, (v: string) => Predicate<T>> {
  return {
    from_date(v) {
      const d = dateParam('from_date', v);
      return (r) => r.date >= d;
    },
    to_date(v) {
      const d = dateParam('to_date', v);
      return (r) => r.date <= d;
    },
  };
}

/** A filter on the id of a linked record (`contact_id` -> `contact.id`). */
export function linkFilter<T>(get: (rec: T) => Link | null | undefined): (v: string) => Predicate<T> {
  return (v) => {
    const id = v.trim();
    return (r) => get(r)?.id === id;
  };
}

/** A filter on a mnemonic id from a reference list, refusing ids the list does not have. */
export function mnemonicFilter<T>(name: string, allowed: readonly string[], get: (rec: T) => Link): (v: string) => Predicate<T> {
  return (v) => {
    const ids = v.split(',').map((s) => s.trim().toUpperCase());
    if (!ids.every((id) => allowed.includes(id))) {
      throw apiError('InvalidParameter', { source: name, message: `${name} must be one of: ${allowed.join(', ')}.` });
    }
    return (r) => ids.includes(get(r).id);
  };
}

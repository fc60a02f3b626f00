/**
 * Allocation: setting payments, credit notes and payments on account against invoices. Contact
 * payments and contact allocations read their `allocated_artefacts[]` here, and change the
 * artefacts they touch only through `allocate` and `deallocate`, which keep each artefact's trail
 * (`_allocations`) and recompute its amounts and status (mock/ledger/artefacts.ts).
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { FieldReader } from '../core/fields.ts';
import { dec, ZERO, type Dec } from '../core/money.ts';
import { link } from '../core/records.ts';
import { readAmount } from './amounts.ts';
import { business, col, now } from './books.ts';
import type { ContactRecord, Side } from './parties.ts';
import {
  findArtefact,
  isOpen,
  settle,
  transactionTypeLink,
  type AllocationTrace,
  type ArtefactFields,
  type ArtefactRef,
} from './artefacts.ts';

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
export async function deallocate(
  ctx: RequestContext,
  artefactIds: Iterable<string>,
  kind: AllocationTrace['kind'],
  id: string,
): Promise<void> {
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
      links: [],
      stripe_transaction_id: null,
      artefact: { id: rec.id, displayed_as: rec.displayed_as, $path: rec.$path },
    };
  });
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
 * - `positive`: every amount settles something, so it must be > 0 (refunds);
 * - `by_kind`: invoices take positive amounts, credit notes and payments on account negative
 *   ones, never 0 (receipts, vendor payments, contact allocations) [guess: Sage's sign
 *   convention for credits].
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
  /**
   * What the document being edited (a PUT) already allocates, by artefact id: given back before
   * the new amounts are checked, so an artefact it settled in full is open again to it.
   */
  own?: ReadonlyMap<string, Dec>;
}

/**
 * Reads `allocated_artefacts[]` (`artefact_id`, `amount`, optionally `discount`): each item an
 * object, the artefact one of this business on the target's side and of an allowed kind, of the
 * contact, still open ("You can only pay unpaid or part-paid invoices."), and never taking more
 * in all than is outstanding (amounts to one artefact add up). Violations go to `f`; the items
 * that passed every check come back.
 */
export function readAllocatedArtefacts(
  ctx: RequestContext,
  f: FieldReader,
  raw: unknown[],
  rules: AllocatedArtefactsRules,
): AllocatedItem[] {
  const currency = business(ctx).currency;
  const sign = SIGN_RULES[rules.sign];
  const items: AllocatedItem[] = [];
  const taken = new Map<string, Dec>();
  const own = rules.own ?? new Map<string, Dec>();
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
      else if (!isOpen(ref) && !(own.get(ref.record.id)?.gt(0) && ref.record.status.id !== 'VOID'))
        af.rule('artefact_id', 'InvoiceNotPayable');
      else if (amount && sign.ok(amount)) {
        if (!sign.fits(ref, amount)) af.rule('amount', 'AllocationWrongSign');
        else {
          const cumulative = (taken.get(ref.record.id) ?? ZERO).plus(amount.abs());
          taken.set(ref.record.id, cumulative);
          if (cumulative.gt(dec(ref.record.outstanding_amount).plus(own.get(ref.record.id) ?? ZERO)))
            af.rule('amount', 'AllocationExceedsOutstanding');
        }
      }
    }
    f.v.items.push(...af.v.items);
    if (af.v.empty && ref && amount) items.push({ ref, amount });
  });
  return items;
}

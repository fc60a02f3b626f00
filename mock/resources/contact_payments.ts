/**
 * /contact_payments: money in or out of a bank account for a contact, allocated to artefacts.
 *
 * - `transaction_type_id`: CUSTOMER_RECEIPT, CUSTOMER_REFUND (customers: else "can't find
 *   customer"), VENDOR_PAYMENT, VENDOR_REFUND (vendors: else "can't find vendor" [guess]).
 * - `bank_account_id` must be a bank account of this business; `total_amount` > 0 (and under
 *   10^13, mock/ledger/amounts.ts); `reference` at most 25 characters (Sage's description);
 *   `currency_id`, if sent, the business's own [guess: the mock keeps one currency per business].
 * - `allocated_artefacts[]` (`artefact_id`, `amount` > 0): receipts settle the customer's sales
 *   invoices, vendor payments the vendor's purchase invoices; only UNPAID or PART_PAID invoices
 *   ("You can only pay unpaid or part-paid invoices."), never more than is outstanding, never more
 *   in all than the payment. The rest of a receipt or payment becomes a payment on account
 *   (`payment_on_account`), which contact allocations can later set against invoices.
 * - Refunds give back a payment on account: they must be allocated in full to the contact's
 *   payments on account [guess: Sage also refunds credit notes, which the mock does not serve].
 * - Settlement discounts (`discount`) are refused: the mock keeps no discount ledger accounts.
 *
 * Ledger: a receipt debits the bank's ledger account and credits trade debtors (the customer); a
 * customer refund the reverse; a vendor payment debits trade creditors and credits the bank; a
 * vendor refund the reverse. DELETE (204) reverses that, frees the artefacts it settled, and is
 * refused while its payment on account has been allocated.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { Dec, dec, formatDecimal, sum } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import { artefactLink, transactionTypeLink } from '../ledger/artefacts.ts';
import {
  allocate,
  deallocate,
  readAllocatedArtefacts,
  readTransactionType,
  type AllocatedItem,
  type AllocationTarget,
} from '../ledger/allocation.ts';
import {
  PAYMENTS_ON_ACCOUNT,
  buildPaymentOnAccount,
  renderPaymentOnAccount,
  type PaymentOnAccountRecord,
} from '../ledger/payments_on_account.ts';
import { BANK_ACCOUNTS, controlAccounts, controlOf, type BankAccountRecord } from '../ledger/accounts.ts';
import { currencyLink, readCurrency, readParty, type ContactRecord, type Side } from '../ledger/parties.ts';
import { post, postedFields, reverse, type PostedDocument } from '../ledger/entries.ts';
import { readAmount } from '../ledger/amounts.ts';
import {
  FieldReader,
  bury,
  business,
  col,
  dateRangeFilters,
  envelopeOf,
  found,
  linkFilter,
  mnemonicFilter,
  newId,
  now,
  publicView,
  readRoutes,
} from './kit.ts';

export const CONTACT_PAYMENTS = 'contact_payments';

export const PAYMENT_TYPES = ['CUSTOMER_RECEIPT', 'CUSTOMER_REFUND', 'VENDOR_PAYMENT', 'VENDOR_REFUND'] as const;
type PaymentType = (typeof PAYMENT_TYPES)[number];

export interface ContactPaymentRecord extends PostedDocument {
  links: never[];
  payment_method: Link | null;
  contact: Link;
  bank_account: Link;
  net_amount: string;
  tax_amount: string;
  total_amount: string;
  currency: Link;
  exchange_rate: string;
  reference: string;
  allocated_artefacts: { id: string; artefact: Link; amount: string; discount: string }[];
  tax_rate: Link | null;
  editable: boolean;
  _payment_on_account_id: string | null;
}

const sideOf = (t: PaymentType): Side => (t.startsWith('CUSTOMER') ? 'customer' : 'vendor');
const isRefund = (t: PaymentType) => t.endsWith('REFUND');

/**
 * Signed effect on the bank's ledger account (debit positive): money in for receipts and vendor
 * refunds, out for vendor payments and customer refunds. The control account takes the opposite.
 */
const bankSign = (t: PaymentType) => (t === 'CUSTOMER_RECEIPT' || t === 'VENDOR_REFUND' ? 1 : -1);

interface ReadPayment {
  type: PaymentType;
  contact: ContactRecord;
  bank: BankAccountRecord;
  date: string;
  total: Dec;
  reference: string;
  paymentMethod: string | undefined;
  items: AllocatedItem[];
}

/**
 * What a payment type may allocate to, always on the type's own side: receipts and vendor payments
 * the contact's invoices (positive amounts) and credit notes (negative amounts, [guess]); refunds
 * its payments on account and credit notes (positive amounts).
 */
function targetOf(t: PaymentType): AllocationTarget {
  return {
    side: sideOf(t),
    kinds: isRefund(t) ? ['payment_on_account', 'credit_note'] : ['invoice', 'credit_note'],
    message: `cannot be allocated to a ${t.toLowerCase().replace('_', ' ')}`,
  };
}

function readPayment(ctx: RequestContext, data: Record<string, unknown>, own?: ReadonlyMap<string, Dec>): ReadPayment {
  const f = new FieldReader(data);
  const type = readTransactionType(f, PAYMENT_TYPES);
  const contact = readParty(f, ctx, type && sideOf(type));
  const bank = f.ref('bank_account_id', col<BankAccountRecord>(ctx, BANK_ACCOUNTS), { required: true, what: 'bank account' });
  const date = f.date('date', { required: true });
  const total = readAmount(f, 'total_amount', { required: true, rounded: business(ctx).currency });
  if (total && !total.gt(0)) f.fail('total_amount', 'must be greater than 0');
  // Sage's description: a payment's reference has at most 25 characters.
  const reference = f.string('reference', { max: 25 });
  readCurrency(ctx, f);
  const paymentMethod = f.string('payment_method_id');
  const raw = f.array('allocated_artefacts') ?? [];
  const items = readAllocatedArtefacts(ctx, f, raw, {
    target: type && targetOf(type),
    contact,
    sign: type && isRefund(type) ? 'positive' : 'by_kind',
    discount: true,
    own,
  });
  if (f.v.empty && type && total) {
    const allocated = sum(items.map((x) => x.amount));
    if (allocated.gt(total)) f.rule('base', 'AllocationExceedsPayment');
    else if (allocated.lt(0)) f.rule('base', 'CreditsExceedInvoices');
    else if (isRefund(type) && !allocated.eq(total)) f.rule('base', 'RefundNotAllocated');
  }
  f.check();
  return { type: type!, contact: contact!, bank: bank!, date: date!, total: total!, reference: reference ?? '', paymentMethod, items };
}

function renderPayment(p: ContactPaymentRecord, ctx: RequestContext): Record<string, unknown> {
  const out = publicView(p);
  const poa = p._payment_on_account_id ? col<PaymentOnAccountRecord>(ctx, PAYMENTS_ON_ACCOUNT).get(p._payment_on_account_id) : undefined;
  out.base_currency_net_amount = p.net_amount;
  out.base_currency_tax_amount = p.tax_amount;
  out.base_currency_total_amount = p.total_amount;
  out.base_currency_currency_charge = '0.0';
  out.payment_on_account = poa ? renderPaymentOnAccount(poa) : null;
  return out;
}

/** Posts a read payment as document `id` (created at `createdAt`), settles its artefacts and keeps its rest on account. */
async function writePayment(ctx: RequestContext, r: ReadPayment, id: string, createdAt: string): Promise<ContactPaymentRecord> {
  const controls = controlAccounts(ctx);
  const currency = business(ctx).currency;
  const at = now(ctx);
  const type = transactionTypeLink(r.type);
  const path = `/${CONTACT_PAYMENTS}/${id}`;
  const displayed = r.reference || type.displayed_as;
  const allocated = r.items.map((x) => ({
    id: newId(ctx),
    artefact: artefactLink(x.ref.record),
    amount: formatDecimal(x.amount),
    discount: '0.0',
  }));
  const surplus = r.total.minus(sum(r.items.map((x) => x.amount)));

  const sign = bankSign(r.type);
  const txn = await post(ctx, {
    transaction_type: r.type,
    origin: { resource: CONTACT_PAYMENTS, id },
    date: r.date,
    reference: r.reference,
    contact_id: r.contact.id,
    lines: [
      { ledger_account_id: r.bank.ledger_account.id, amount: r.total.times(sign), details: displayed },
      {
        ledger_account_id: controlOf(controls, sideOf(r.type)).id,
        amount: r.total.times(-sign),
        contact_id: r.contact.id,
        details: displayed,
      },
    ],
  });
  await allocate(
    ctx,
    r.items.map((x) => ({
      artefactId: x.ref.record.id,
      trace: {
        kind: 'contact_payment' as const,
        id,
        transaction_type: r.type,
        date: r.date,
        reference: r.reference,
        amount: formatDecimal(x.amount.abs()),
      },
    })),
  );

  let poaId: string | null = null;
  if (surplus.gt(0)) {
    poaId = newId(ctx);
    const poa = buildPaymentOnAccount({
      id: poaId,
      paymentId: id,
      path,
      at,
      contact: r.contact,
      date: r.date,
      reference: r.reference,
      amount: surplus,
      currency,
      side: sideOf(r.type),
    });
    await col<PaymentOnAccountRecord>(ctx, PAYMENTS_ON_ACCOUNT).insert(poa);
  }

  return {
    ...postedFields({ resource: CONTACT_PAYMENTS, id, displayed_as: displayed, at, transactionId: txn, type: r.type }),
    created_at: createdAt,
    links: [],
    payment_method: r.paymentMethod ? link('payment_methods', r.paymentMethod, r.paymentMethod) : null,
    contact: link('contacts', r.contact.id, r.contact.displayed_as),
    bank_account: link('bank_accounts', r.bank.id, r.bank.displayed_as),
    date: r.date,
    net_amount: formatDecimal(r.total),
    tax_amount: '0.0',
    total_amount: formatDecimal(r.total),
    currency: currencyLink(currency),
    exchange_rate: '1.0',
    reference: r.reference,
    allocated_artefacts: allocated,
    tax_rate: null,
    editable: true,
    _payment_on_account_id: poaId,
  };
}

async function createPayment(ctx: RequestContext) {
  const r = readPayment(ctx, envelopeOf(ctx, 'contact_payment'));
  const rec = await writePayment(ctx, r, newId(ctx), now(ctx));
  await col<ContactPaymentRecord>(ctx, CONTACT_PAYMENTS).insert(rec);
  return json(201, renderPayment(rec, ctx));
}

/** The payment on account of a payment, refused (422) once allocated: undoing the payment would take it back. */
function unallocatedRest(ctx: RequestContext, rec: ContactPaymentRecord): PaymentOnAccountRecord | undefined {
  const poa = rec._payment_on_account_id
    ? col<PaymentOnAccountRecord>(ctx, PAYMENTS_ON_ACCOUNT).get(rec._payment_on_account_id)
    : undefined;
  if (poa && poa._allocations.length > 0) throw apiError('PaymentOnAccountAllocated', { source: 'base' });
  return poa;
}

/** Reverses a payment's posting, frees the artefacts it settled and drops its payment on account. */
async function undoPayment(ctx: RequestContext, rec: ContactPaymentRecord, poa: PaymentOnAccountRecord | undefined): Promise<void> {
  if (rec.transaction) await reverse(ctx, rec.transaction.id);
  await deallocate(
    ctx,
    rec.allocated_artefacts.map((a) => a.artefact.id),
    'contact_payment',
    rec.id,
  );
  if (poa) await col<PaymentOnAccountRecord>(ctx, PAYMENTS_ON_ACCOUNT).remove(poa.id);
}

/**
 * PUT: the payment as it stands with the fields sent changed (`allocated_artefacts`, when sent,
 * replaces the list), checked as a new payment would be, with what this payment already allocated
 * given back to its artefacts first. Then its posting is reversed and the new one written under the
 * same id [guess: Sage documents the fields, not how an edit posts]. Refused while its payment on
 * account is allocated.
 */
async function updatePayment(ctx: RequestContext) {
  const payments = col<ContactPaymentRecord>(ctx, CONTACT_PAYMENTS);
  const prev = found(payments, ctx.params.id);
  const data = envelopeOf(ctx, 'contact_payment');
  const poa = unallocatedRest(ctx, prev);
  const own = new Map<string, Dec>();
  for (const a of prev.allocated_artefacts) own.set(a.artefact.id, (own.get(a.artefact.id) ?? new Dec(0)).plus(dec(a.amount).abs()));
  const merged = {
    transaction_type_id: prev.transaction_type.id,
    contact_id: prev.contact.id,
    bank_account_id: prev.bank_account.id,
    date: prev.date,
    total_amount: prev.total_amount,
    reference: prev.reference,
    payment_method_id: prev.payment_method?.id,
    allocated_artefacts: prev.allocated_artefacts.map((a) => ({ artefact_id: a.artefact.id, amount: a.amount })),
    ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
  };
  const r = readPayment(ctx, merged, own);
  await undoPayment(ctx, prev, poa);
  const next = await writePayment(ctx, r, prev.id, prev.created_at);
  await payments.put(next);
  return json(200, renderPayment(next, ctx));
}

async function deletePayment(ctx: RequestContext) {
  const payments = col<ContactPaymentRecord>(ctx, CONTACT_PAYMENTS);
  const rec = found(payments, ctx.params.id);
  await undoPayment(ctx, rec, unallocatedRest(ctx, rec));
  await payments.remove(rec.id);
  await bury(ctx, CONTACT_PAYMENTS, rec);
  return noContent();
}

export const contactPaymentRoutes: RouteDef[] = [
  ...readRoutes<ContactPaymentRecord>({
    resource: CONTACT_PAYMENTS,
    render: renderPayment,
    filters: {
      contact_id: linkFilter<ContactPaymentRecord>((p) => p.contact),
      bank_account_id: linkFilter<ContactPaymentRecord>((p) => p.bank_account),
      transaction_type_id: mnemonicFilter<ContactPaymentRecord>('transaction_type_id', PAYMENT_TYPES, (p) => p.transaction_type),
      ...dateRangeFilters<ContactPaymentRecord>(),
    },
    sortable: ['created_at', 'updated_at', 'date'],
    deletable: true,
  }),
  { surface: 'api', method: 'POST', path: '/contact_payments', resource: 'contact_payment', handler: createPayment },
  { surface: 'api', method: 'PUT', path: '/contact_payments/:id', resource: 'contact_payment', handler: updatePayment },
  { surface: 'api', method: 'DELETE', path: '/contact_payments/:id', resource: 'contact_payment', handler: deletePayment },
];

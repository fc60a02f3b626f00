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
import { type Dec, formatDecimal, sum } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import {
  PAYMENTS_ON_ACCOUNT, allocate, artefactLink, controlAccounts, controlOf, dateRangeFilters, deallocate, linkFilter, mnemonicFilter,
  readAllocatedArtefacts, readCurrency, readParty, readTransactionType, renderPaymentOnAccount, settle, statusLink, transactionTypeLink,
  type AllocatedItem, type AllocationTarget, type PaymentOnAccountRecord, type Side,
} from '../ledger/artefacts.ts';
import { post, postedFields, reverse, type PostedDocument } from '../ledger/entries.ts';
import { readAmount } from '../ledger/amounts.ts';
import { BANK_ACCOUNTS, type BankAccountRecord } from './bank_accounts.ts';
import { currencyLink, type ContactRecord } from './contacts.ts';
import { FieldReader, bury, business, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';

export const CONTACT_PAYMENTS = 'contact_payments';

export const PAYMENT_TYPES = ['CUSTOMER_RECEIPT', 'CUSTOMER_REFUND', 'VENDOR_PAYMENT', 'VENDOR_REFUND'] as const;
type PaymentType = (typeof PAYMENT_TYPES)[number];

export interface ContactPaymentRecord extends PostedDocument {
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
 * What a payment type may allocate to: receipts and vendor payments the contact's invoices, refunds
 * its payments on account, always on the type's own side.
 */
function targetOf(t: PaymentType): AllocationTarget {
  return {
    side: sideOf(t),
    kinds: [isRefund(t) ? 'payment_on_account' : 'invoice'],
    message: `cannot be allocated to a ${t.toLowerCase().replace('_', ' ')}`,
  };
}

function readPayment(ctx: RequestContext, data: Record<string, unknown>): ReadPayment {
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
  const items = readAllocatedArtefacts(ctx, f, raw, { target: type && targetOf(type), contact, sign: 'positive', discount: true });
  if (f.v.empty && type && total) {
    const allocated = sum(items.map((x) => x.amount));
    if (allocated.gt(total)) f.rule('base', 'AllocationExceedsPayment');
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

async function createPayment(ctx: RequestContext) {
  const r = readPayment(ctx, envelopeOf(ctx, 'contact_payment'));
  const controls = controlAccounts(ctx);
  const currency = business(ctx).currency;
  const at = now(ctx);
  const id = newId(ctx);
  const type = transactionTypeLink(r.type);
  const path = `/${CONTACT_PAYMENTS}/${id}`;
  const displayed = r.reference || type.displayed_as;
  const allocated = r.items.map((x) => ({ id: newId(ctx), artefact: artefactLink(x.ref.record), amount: formatDecimal(x.amount), discount: '0.0' }));
  const surplus = r.total.minus(sum(r.items.map((x) => x.amount)));

  const sign = bankSign(r.type);
  const txn = await post(ctx, {
    transaction_type: r.type,
    origin: { resource: CONTACT_PAYMENTS, id },
    date: r.date,
    lines: [
      { ledger_account_id: r.bank.ledger_account.id, amount: r.total.times(sign), details: displayed },
      { ledger_account_id: controlOf(controls, sideOf(r.type)).id, amount: r.total.times(-sign), contact_id: r.contact.id, details: displayed },
    ],
  });
  await allocate(ctx, r.items.map((x) => ({
    artefactId: x.ref.record.id,
    trace: { kind: 'contact_payment' as const, id, transaction_type: r.type, date: r.date, reference: r.reference, amount: formatDecimal(x.amount) },
  })));

  let poaId: string | null = null;
  if (surplus.gt(0)) {
    poaId = newId(ctx);
    const poa: PaymentOnAccountRecord = settle({
      id: poaId,
      // [guess] Sage serves no payments_on_account endpoint: the path is that of the payment.
      displayed_as: r.reference || 'Payment on Account',
      $path: path,
      created_at: at,
      updated_at: at,
      contact_name: r.contact.name,
      contact_reference: r.contact.reference,
      contact: link('contacts', r.contact.id, r.contact.displayed_as),
      date: r.date,
      reference: r.reference,
      net_amount: formatDecimal(surplus),
      tax_amount: '0.0',
      total_amount: formatDecimal(surplus),
      outstanding_amount: formatDecimal(surplus),
      total_paid: '0.0',
      payments_allocations_total_amount: '0.0',
      currency: currencyLink(currency),
      exchange_rate: '1.0',
      status: statusLink('UNPAID'),
      last_paid: null,
      _allocations: [],
      _side: sideOf(r.type),
      _payment_id: id,
    }, []);
    await col<PaymentOnAccountRecord>(ctx, PAYMENTS_ON_ACCOUNT).insert(poa);
  }

  const rec: ContactPaymentRecord = {
    ...postedFields({ resource: CONTACT_PAYMENTS, id, displayed_as: displayed, at, transactionId: txn, type: r.type }),
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
  await col<ContactPaymentRecord>(ctx, CONTACT_PAYMENTS).insert(rec);
  return json(201, renderPayment(rec, ctx));
}

async function deletePayment(ctx: RequestContext) {
  const payments = col<ContactPaymentRecord>(ctx, CONTACT_PAYMENTS);
  const rec = found(payments, ctx.params.id);
  const poas = col<PaymentOnAccountRecord>(ctx, PAYMENTS_ON_ACCOUNT);
  const poa = rec._payment_on_account_id ? poas.get(rec._payment_on_account_id) : undefined;
  if (poa && poa._allocations.length > 0) throw apiError('PaymentOnAccountAllocated', { source: 'base' });
  if (rec.transaction) await reverse(ctx, rec.transaction.id);
  await deallocate(ctx, rec.allocated_artefacts.map((a) => a.artefact.id), 'contact_payment', rec.id);
  if (poa) await poas.remove(poa.id);
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
  { surface: 'api', method: 'DELETE', path: '/contact_payments/:id', resource: 'contact_payment', handler: deletePayment },
];

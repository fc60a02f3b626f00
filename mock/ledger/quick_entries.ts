/**
 * Quick entries: an invoice or credit note in one line (`quick_entry_type_id` INVOICE or
 * CREDIT_NOTE [guess: the ids], `ledger_account_id`, `net_amount`, `tax_rate_id`, `tax_amount`),
 * for a customer (sales) or a vendor (purchases). They are artefacts that payments and allocations
 * settle, and post as the documents they stand for: a sales invoice debits trade debtors with the
 * total and credits the line's account with the net and sales tax with the tax; a credit note the
 * mirror; purchases the mirror of sales. `contact_id`, `date`, `reference` and `ledger_account_id`
 * are required (Sage's description), `net_amount` too [guess]; the tax is the `tax_amount` sent,
 * else 0 at a 0% rate, else computed from the net [guess]; `total_amount`, when sent, must be net
 * plus tax; `due_date` defaults to the date plus the contact's credit days. PUT re-posts, DELETE
 * reverses (204), both refused while payments or allocations touch it.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { FieldReader } from '../core/fields.ts';
import { dec, formatDecimal, roundMoney, ZERO } from '../core/money.ts';
import { link, refLink, type Link } from '../core/records.ts';
import { readAmount } from './amounts.ts';
import {
  LEDGER_ACCOUNTS,
  TAX_RATES,
  controlAccounts,
  controlOf,
  isContactControl,
  type LedgerAccountRecord,
  type TaxRateRecord,
} from './accounts.ts';
import { renderPaymentsAllocations } from './allocation.ts';
import { SALES_QUICK_ENTRIES, PURCHASE_QUICK_ENTRIES, settle, statusLink, transactionTypeLink, type ArtefactFields } from './artefacts.ts';
import { addDays, bury, business, col, newId, now } from './books.ts';
import { post, reverse, transactionLink } from './entries.ts';
import { currencyLink, markContactUsed, readCurrency, readParty, type Side } from './parties.ts';

export { SALES_QUICK_ENTRIES, PURCHASE_QUICK_ENTRIES };

export const QUICK_ENTRY_TYPES = [
  { id: 'INVOICE', displayed_as: 'Invoice' },
  { id: 'CREDIT_NOTE', displayed_as: 'Credit Note' },
] as const;

export interface QuickEntryRecord extends ArtefactFields {
  created_at: string;
  transaction: Link | null;
  transaction_type: Link;
  deleted_at: string | null;
  quick_entry_type: Link;
  contact_name: string;
  contact_reference: string;
  due_date: string;
  ledger_account: Link;
  details: string;
  net_amount: string;
  tax_rate: Link | null;
  tax_amount: string;
  _kind: 'invoice' | 'credit_note';
  _side: Side;
}

const resourceOf = (side: Side) => (side === 'customer' ? SALES_QUICK_ENTRIES : PURCHASE_QUICK_ENTRIES);

export async function writeQuickEntry(
  ctx: RequestContext,
  side: Side,
  data: Record<string, unknown>,
  prev?: QuickEntryRecord,
): Promise<QuickEntryRecord> {
  if (prev && prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  const currency = business(ctx).currency;
  const merged = prev
    ? {
        quick_entry_type_id: prev.quick_entry_type.id,
        contact_id: prev.contact.id,
        date: prev.date,
        due_date: prev.due_date,
        reference: prev.reference,
        ledger_account_id: prev.ledger_account.id,
        details: prev.details,
        net_amount: prev.net_amount,
        tax_rate_id: prev.tax_rate?.id,
        tax_amount: prev.tax_amount,
        ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
      }
    : data;
  const f = new FieldReader(merged);
  const type = f.string('quick_entry_type_id', { required: true });
  if (type !== undefined && !QUICK_ENTRY_TYPES.some((t) => t.id === type)) f.fail('quick_entry_type_id', 'is invalid');
  const contact = readParty(f, ctx, side);
  const date = f.date('date', { required: true });
  const sentDue = f.date('due_date');
  const reference = f.string('reference', { required: true, max: 25 });
  const ledger = f.ref('ledger_account_id', col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), { required: true, what: 'ledger account' });
  if (ledger && isContactControl(ledger)) f.rule('ledger_account_id', 'ContactControlAccount');
  const details = f.string('details', { max: 255 }) ?? '';
  const net = readAmount(f, 'net_amount', { required: true, min: 0, rounded: currency });
  const tax = f.ref('tax_rate_id', col<TaxRateRecord>(ctx, TAX_RATES), { what: 'tax rate' });
  const sentTax = readAmount(f, 'tax_amount', { min: 0, rounded: currency });
  const sentTotal = readAmount(f, 'total_amount', { min: 0, rounded: currency });
  readCurrency(ctx, f);
  const rate = tax ? dec(tax.percentage) : ZERO;
  const taxAmount = rate.isZero() ? ZERO : (sentTax ?? (net ? roundMoney(net.times(rate).div(100), currency) : ZERO));
  if (net && sentTotal && !sentTotal.eq(net.plus(taxAmount))) f.fail('total_amount', 'must equal the net amount plus the tax amount');
  if (date && sentDue && sentDue < date) f.rule('due_date', 'DueBeforeDate');
  f.check();
  const total = net!.plus(taxAmount);
  const kind = type === 'CREDIT_NOTE' ? 'credit_note' : 'invoice';
  const txType = `${side === 'customer' ? 'SALES' : 'PURCHASE'}_QUICK_ENTRY_${type}`;
  const resource = resourceOf(side);
  const id = prev?.id ?? newId(ctx);
  const at = now(ctx);
  if (prev?.transaction) await reverse(ctx, prev.transaction.id);
  const controls = controlAccounts(ctx);
  const sign = (side === 'customer' ? -1 : 1) * (kind === 'credit_note' ? -1 : 1);
  const txn = await post(ctx, {
    transaction_type: txType,
    origin: { resource, id },
    date: date!,
    reference: reference!,
    contact_id: contact!.id,
    lines: [
      { ledger_account_id: ledger!.id, amount: net!.times(sign), details: details || reference! },
      {
        ledger_account_id: (side === 'customer' ? controls.salesTax : controls.purchaseTax).id,
        amount: taxAmount.times(sign),
        details: reference!,
      },
      { ledger_account_id: controlOf(controls, side).id, amount: total.times(-sign), contact_id: contact!.id, details: reference! },
    ],
  });
  const rec: QuickEntryRecord = settle(
    {
      id,
      displayed_as: reference!,
      $path: `/${resource}/${id}`,
      created_at: prev?.created_at ?? at,
      updated_at: at,
      transaction: transactionLink(txn, txType),
      transaction_type: transactionTypeLink(txType),
      deleted_at: null,
      analysis_type_categories: [],
      quick_entry_type: refLink('quick_entry_types', QUICK_ENTRY_TYPES, type!),
      contact_name: contact!.name,
      contact_reference: contact!.reference,
      contact: link('contacts', contact!.id, contact!.displayed_as),
      date: date!,
      due_date: sentDue ?? addDays(date!, contact!.credit_days),
      reference: reference!,
      ledger_account: link('ledger_accounts', ledger!.id, ledger!.displayed_as),
      details,
      net_amount: formatDecimal(net!),
      tax_rate: tax ? link('tax_rates', tax.id, tax.displayed_as) : null,
      tax_amount: formatDecimal(taxAmount),
      tax_breakdown: [],
      total_amount: formatDecimal(total),
      outstanding_amount: formatDecimal(total),
      total_paid: '0.0',
      payments_allocations_total_amount: '0.0',
      currency: currencyLink(currency),
      exchange_rate: '1.0',
      inverse_exchange_rate: '1.0',
      status: statusLink('UNPAID'),
      last_paid: null,
      tax_address_region: null,
      migrated: false,
      trade_of_asset: false,
      ...(side === 'vendor' ? { gst_amount: null, pst_amount: null, tax_recoverable: null } : {}),
      _allocations: [],
      _kind: kind,
      _side: side,
    },
    [],
  );
  const records = col<QuickEntryRecord>(ctx, resource);
  if (prev) await records.put(rec);
  else await records.insert(rec);
  await markContactUsed(ctx, contact!.id);
  return rec;
}

export async function removeQuickEntry(ctx: RequestContext, side: Side, prev: QuickEntryRecord): Promise<void> {
  if (prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  if (prev.transaction) await reverse(ctx, prev.transaction.id);
  await col<QuickEntryRecord>(ctx, resourceOf(side)).remove(prev.id);
  await bury(ctx, resourceOf(side), prev);
}

/** The representation: the base currency amounts, and `payments_allocations` when asked for. */
export function renderQuickEntry(r: QuickEntryRecord, withPayments: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r))
    if (!k.startsWith('_') && k !== 'total_paid' && k !== 'payments_allocations_total_amount' && k !== 'last_paid') out[k] = v;
  out.base_currency_net_amount = r.net_amount;
  out.base_currency_tax_amount = r.tax_amount;
  out.base_currency_tax_breakdown = [];
  out.base_currency_total_amount = r.total_amount;
  out.base_currency_outstanding_amount = r.outstanding_amount;
  if (withPayments) out.payments_allocations = renderPaymentsAllocations(r);
  return out;
}

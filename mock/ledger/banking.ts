/**
 * Money moving through bank accounts without an invoice: other payments and receipts (money out or
 * in against ledger accounts, with their tax), bank transfers between two bank accounts, and bank
 * deposits (cash and cheques paid in from a cash-in-hand account). Each posts one balanced
 * transaction; an edit reverses it and posts again under the same id, a delete reverses it.
 *
 * Other payments (`OTHER_PAYMENT`, `OTHER_RECEIPT`): `bank_account_id`, `date`, `total_amount` and
 * `payment_lines[]` (`ledger_account_id`, `total_amount`, optional `net_amount`, `tax_amount`,
 * `tax_rate_id`, `details`). A line's tax is the `tax_amount` sent, else 0 at a 0% rate, else
 * computed from its total (round(total x rate / (100 + rate))) [guess]; its net is the rest, and
 * `net_amount`, when sent, must agree. The lines must add up to `total_amount` [guess: 422 on
 * `base`]. A receipt debits the bank and credits each line's account with its net and the sales
 * tax account with the tax; a payment the mirror (purchase tax). Lines cannot post to trade
 * debtors or creditors [guess]. `contact_id`, when sent, is any contact of the business.
 *
 * Bank transfers: `from_bank_account_id` and `to_bank_account_id` (two different bank accounts of
 * this business [guess]), `date`, `amount` > 0: debit the destination's ledger account, credit
 * the source's. Bank deposits: the same with `cash_amount` + `cheque_amount` = `total_amount`.
 */
import type { RequestContext } from '../context.ts';
import { FieldReader } from '../core/fields.ts';
import { dec, formatDecimal, roundMoney, sum, ZERO, type Dec } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import { readAmount } from './amounts.ts';
import {
  BANK_ACCOUNTS,
  LEDGER_ACCOUNTS,
  TAX_RATES,
  controlAccounts,
  isContactControl,
  type BankAccountRecord,
  type LedgerAccountRecord,
  type TaxRateRecord,
} from './accounts.ts';
import { transactionTypeLink } from './artefacts.ts';
import { bury, business, col, newId, now } from './books.ts';
import { post, postedFields, reverse, type PostedDocument, type PostingLine } from './entries.ts';
import { CONTACTS, markContactUsed, readCurrency, type ContactRecord } from './parties.ts';

export const OTHER_PAYMENTS = 'other_payments';
export const BANK_TRANSFERS = 'bank_transfers';
export const BANK_DEPOSITS = 'bank_deposits';

export const OTHER_PAYMENT_TYPES = ['OTHER_PAYMENT', 'OTHER_RECEIPT'] as const;
type OtherType = (typeof OTHER_PAYMENT_TYPES)[number];

const bankLink = (b: BankAccountRecord): Link => link('bank_accounts', b.id, b.displayed_as);

/** A posted banking document: the fields of every posted document, and its own. */
export type BankingRecord = PostedDocument & Record<string, unknown>;

/** Writes `rec` (new, or replacing `prev` whose posting is reversed first) with the posting of `lines`. */
async function write(
  ctx: RequestContext,
  resource: string,
  type: string,
  rec: Record<string, unknown> & { date: string; reference: string; displayed_as: string },
  lines: PostingLine[],
  prev?: BankingRecord,
): Promise<BankingRecord> {
  if (prev?.transaction) await reverse(ctx, prev.transaction.id);
  const id = prev?.id ?? newId(ctx);
  const txn = await post(ctx, { transaction_type: type, origin: { resource, id }, date: rec.date, reference: rec.reference, lines });
  const fields = postedFields({ resource, id, displayed_as: rec.displayed_as, at: now(ctx), transactionId: txn, type });
  const out = { ...fields, ...rec, created_at: prev?.created_at ?? fields.created_at } as BankingRecord;
  if (prev) await col<BankingRecord>(ctx, resource).put(out);
  else await col<BankingRecord>(ctx, resource).insert(out);
  return out;
}

/** Deletes a banking document: its posting reversed, a tombstone left. */
export async function removeBanking(ctx: RequestContext, resource: string, prev: BankingRecord): Promise<void> {
  if (prev.transaction) await reverse(ctx, prev.transaction.id);
  await col<BankingRecord>(ctx, resource).remove(prev.id);
  await bury(ctx, resource, prev);
}

/** A body merged over a document being edited: the fields not sent keep their values. */
export function mergeOver(current: Record<string, unknown>, sent: Record<string, unknown>): Record<string, unknown> {
  return { ...current, ...Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)) };
}

// ------------------------------------------------------------------ other payments and receipts

interface OtherLine {
  ledger: LedgerAccountRecord;
  tax: TaxRateRecord | undefined;
  net: Dec;
  taxAmount: Dec;
  total: Dec;
  details: string;
}

function readOtherLine(ctx: RequestContext, raw: unknown, i: number, f: FieldReader): OtherLine | undefined {
  const src = `payment_lines[${i}]`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return f.fail(src, 'is invalid');
  const currency = business(ctx).currency;
  const lf = new FieldReader(raw as Record<string, unknown>, src);
  const ledger = lf.ref('ledger_account_id', col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), { required: true, what: 'ledger account' });
  if (ledger && isContactControl(ledger)) lf.rule('ledger_account_id', 'ContactControlAccount');
  const tax = lf.ref('tax_rate_id', col<TaxRateRecord>(ctx, TAX_RATES), { what: 'tax rate' });
  const total = readAmount(lf, 'total_amount', { required: true, min: 0, rounded: currency });
  const net = readAmount(lf, 'net_amount', { min: 0, rounded: currency });
  const sentTax = readAmount(lf, 'tax_amount', { min: 0, rounded: currency });
  const details = lf.string('details', { max: 255 }) ?? '';
  f.v.items.push(...lf.v.items);
  if (!lf.v.empty || !ledger || !total) return undefined;
  const rate = tax ? dec(tax.percentage) : ZERO;
  const taxAmount = rate.isZero()
    ? ZERO
    : (sentTax ?? (net ? total.minus(net) : roundMoney(total.times(rate).div(rate.plus(100)), currency)));
  if (net && !net.plus(taxAmount).eq(total)) return f.fail(`${src}.net_amount`, 'plus the tax amount must equal the total amount');
  if (taxAmount.gt(total)) return f.fail(`${src}.tax_amount`, 'cannot be more than the total amount');
  return { ledger, tax, net: total.minus(taxAmount), taxAmount, total, details };
}

export interface OtherPaymentInput {
  type: OtherType;
  bank: BankAccountRecord;
  contact: ContactRecord | undefined;
  date: string;
  total: Dec;
  reference: string;
  paymentMethod: string | undefined;
  lines: OtherLine[];
}

export function readOtherPayment(ctx: RequestContext, data: Record<string, unknown>): OtherPaymentInput {
  const f = new FieldReader(data);
  const rawType = f.string('transaction_type_id', { required: true });
  const type = rawType !== undefined && (OTHER_PAYMENT_TYPES as readonly string[]).includes(rawType) ? (rawType as OtherType) : undefined;
  if (rawType !== undefined && !type) f.fail('transaction_type_id', 'is invalid');
  // Sage's description does not list bank_account_id as required; the mock needs the bank the money moves through.
  const bank = f.ref('bank_account_id', col<BankAccountRecord>(ctx, BANK_ACCOUNTS), { required: true, what: 'bank account' });
  const contact = f.ref('contact_id', col<ContactRecord>(ctx, CONTACTS), { what: 'contact' });
  const date = f.date('date', { required: true });
  const total = readAmount(f, 'total_amount', { required: true, rounded: business(ctx).currency });
  if (total && !total.gt(0)) f.fail('total_amount', 'must be greater than 0');
  const reference = f.string('reference', { max: 25 }) ?? '';
  const paymentMethod = f.string('payment_method_id');
  readCurrency(ctx, f);
  const raw = f.array('payment_lines', { required: true }) ?? [];
  const lines = raw.map((r, i) => readOtherLine(ctx, r, i, f));
  if (f.v.empty && total && lines.every((l) => l) && !sum(lines.map((l) => l!.total)).eq(total)) f.rule('base', 'PaymentLinesTotal');
  f.check();
  return { type: type!, bank: bank!, contact, date: date!, total: total!, reference, paymentMethod, lines: lines as OtherLine[] };
}

export async function writeOtherPayment(ctx: RequestContext, r: OtherPaymentInput, prev?: BankingRecord): Promise<BankingRecord> {
  const controls = controlAccounts(ctx);
  const sign = r.type === 'OTHER_RECEIPT' ? 1 : -1;
  const taxAccount = r.type === 'OTHER_RECEIPT' ? controls.salesTax : controls.purchaseTax;
  const displayed = r.reference || transactionTypeLink(r.type).displayed_as;
  const net = sum(r.lines.map((l) => l.net));
  const tax = sum(r.lines.map((l) => l.taxAmount));
  const rec = {
    payment_method: r.paymentMethod ? link('payment_methods', r.paymentMethod, r.paymentMethod) : null,
    contact: r.contact ? link('contacts', r.contact.id, r.contact.displayed_as) : null,
    bank_account: bankLink(r.bank),
    tax_address_region: null,
    date: r.date,
    net_amount: formatDecimal(net),
    tax_amount: formatDecimal(tax),
    total_amount: formatDecimal(r.total),
    reference: r.reference,
    displayed_as: displayed,
    payment_lines: r.lines.map((l) => ({
      id: newId(ctx),
      displayed_as: l.details || l.ledger.displayed_as,
      analysis_type_categories: [],
      ledger_account: link('ledger_accounts', l.ledger.id, l.ledger.displayed_as),
      details: l.details,
      tax_rate: l.tax ? link('tax_rates', l.tax.id, l.tax.displayed_as) : null,
      net_amount: formatDecimal(l.net),
      tax_amount: formatDecimal(l.taxAmount),
      total_amount: formatDecimal(l.total),
      tax_breakdown: [],
      is_purchase_for_resale: false,
      trade_of_asset: false,
      gst_amount: null,
      pst_amount: null,
      tax_recoverable: null,
    })),
    editable: true,
    deletable: true,
    total_itc_amount: '0.0',
    base_currency_total_itc_amount: '0.0',
    total_itr_amount: '0.0',
    base_currency_total_itr_amount: '0.0',
    part_recoverable: false,
    withholding_tax_rate: null,
    withholding_tax_amount: '0.0',
  };
  const lines: PostingLine[] = [
    { ledger_account_id: r.bank.ledger_account.id, amount: r.total.times(sign), details: displayed },
    ...r.lines.map((l) => ({ ledger_account_id: l.ledger.id, amount: l.net.times(-sign), details: l.details || displayed })),
    { ledger_account_id: taxAccount.id, amount: tax.times(-sign), details: displayed },
  ];
  const out = await write(ctx, OTHER_PAYMENTS, r.type, rec, lines, prev);
  if (r.contact) await markContactUsed(ctx, r.contact.id);
  return out;
}

/** The body a PUT is merged over: the other payment as a create would send it. */
export function otherPaymentBody(p: BankingRecord): Record<string, unknown> {
  const lines = p.payment_lines as {
    ledger_account: Link;
    tax_rate: Link | null;
    net_amount: string;
    tax_amount: string;
    total_amount: string;
    details: string;
  }[];
  return {
    transaction_type_id: p.transaction_type.id,
    bank_account_id: (p.bank_account as Link).id,
    contact_id: (p.contact as Link | null)?.id,
    date: p.date,
    total_amount: p.total_amount,
    reference: p.reference,
    payment_method_id: (p.payment_method as Link | null)?.id,
    payment_lines: lines.map((l) => ({
      ledger_account_id: l.ledger_account.id,
      tax_rate_id: l.tax_rate?.id,
      net_amount: l.net_amount,
      tax_amount: l.tax_amount,
      total_amount: l.total_amount,
      details: l.details,
    })),
  };
}

// ------------------------------------------------------------------ transfers and deposits

function readTwoBanks(ctx: RequestContext, f: FieldReader): { from?: BankAccountRecord; to?: BankAccountRecord } {
  const banks = col<BankAccountRecord>(ctx, BANK_ACCOUNTS);
  const from = f.ref('from_bank_account_id', banks, { required: true, what: 'bank account' });
  const to = f.ref('to_bank_account_id', banks, { required: true, what: 'bank account' });
  if (from && to && from.id === to.id) f.rule('to_bank_account_id', 'SameBankAccount');
  return { from, to };
}

export function readTransfer(ctx: RequestContext, data: Record<string, unknown>) {
  const f = new FieldReader(data);
  const { from, to } = readTwoBanks(ctx, f);
  const date = f.date('date', { required: true });
  const amount = readAmount(f, 'amount', { required: true, rounded: business(ctx).currency });
  if (amount && !amount.gt(0)) f.fail('amount', 'must be greater than 0');
  const reference = f.string('reference', { max: 25 }) ?? '';
  const description = f.string('description', { max: 255 }) ?? '';
  f.check();
  return { from: from!, to: to!, date: date!, amount: amount!, reference, description };
}

export async function writeTransfer(ctx: RequestContext, r: ReturnType<typeof readTransfer>, prev?: BankingRecord): Promise<BankingRecord> {
  const displayed = r.reference || r.description || transactionTypeLink('BANK_TRANSFER').displayed_as;
  return write(
    ctx,
    BANK_TRANSFERS,
    'BANK_TRANSFER',
    {
      from_bank_account: bankLink(r.from),
      to_bank_account: bankLink(r.to),
      date: r.date,
      reference: r.reference,
      amount: formatDecimal(r.amount),
      description: r.description,
      displayed_as: displayed,
    },
    [
      { ledger_account_id: r.to.ledger_account.id, amount: r.amount, details: displayed },
      { ledger_account_id: r.from.ledger_account.id, amount: r.amount.neg(), details: displayed },
    ],
    prev,
  );
}

export function transferBody(t: BankingRecord): Record<string, unknown> {
  return {
    from_bank_account_id: (t.from_bank_account as Link).id,
    to_bank_account_id: (t.to_bank_account as Link).id,
    date: t.date,
    amount: t.amount,
    reference: t.reference,
    description: t.description,
  };
}

export function readDeposit(ctx: RequestContext, data: Record<string, unknown>) {
  const currency = business(ctx).currency;
  const f = new FieldReader(data);
  const { from, to } = readTwoBanks(ctx, f);
  const date = f.date('date', { required: true });
  const reference = f.string('reference', { required: true, max: 25 });
  const cash = readAmount(f, 'cash_amount', { required: true, min: 0, rounded: currency });
  const cheque = readAmount(f, 'cheque_amount', { min: 0, rounded: currency }) ?? ZERO;
  const total = readAmount(f, 'total_amount', { min: 0, rounded: currency });
  if (cash && f.v.empty) {
    if (total && !total.eq(cash.plus(cheque))) f.fail('total_amount', 'must equal the cash amount plus the cheque amount');
    else if (!cash.plus(cheque).gt(0)) f.fail('cash_amount', 'must be greater than 0');
  }
  f.check();
  return { from: from!, to: to!, date: date!, reference: reference!, cash: cash!, cheque };
}

export async function writeDeposit(ctx: RequestContext, r: ReturnType<typeof readDeposit>): Promise<BankingRecord> {
  const total = r.cash.plus(r.cheque);
  return write(
    ctx,
    BANK_DEPOSITS,
    'BANK_DEPOSIT',
    {
      from_bank_account: bankLink(r.from),
      to_bank_account: bankLink(r.to),
      date: r.date,
      reference: r.reference,
      cash_amount: formatDecimal(r.cash),
      cheque_amount: formatDecimal(r.cheque),
      total_amount: formatDecimal(total),
      displayed_as: r.reference,
    },
    [
      { ledger_account_id: r.to.ledger_account.id, amount: total, details: r.reference },
      { ledger_account_id: r.from.ledger_account.id, amount: total.neg(), details: r.reference },
    ],
  );
}

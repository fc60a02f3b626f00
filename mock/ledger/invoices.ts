/**
 * Sales and purchase invoices: the one implementation both resources use (`sales_invoices.ts` and
 * `purchase_invoices.ts` only describe how they differ, as an `InvoiceKind`).
 *
 * Lines: `description`, `ledger_account_id`, `tax_rate_id` (both of the routed business: another
 * business's ids, or another country's tax rates, do not exist here), `unit_price`, `quantity`
 * (default 1 on sales, required on purchases), optional `discount_amount` / `discount_percentage`,
 * `unit_price_includes_tax`, `tax_amount`.
 *
 * Amounts per line, exact decimals rounded to the currency's minor unit (half away from zero):
 *   net   = round(quantity x unit_price - discount)
 *   tax   = the `tax_amount` sent (rounded); 0 for a 0% rate, whatever was sent
 *   total = net + tax
 * (with `unit_price_includes_tax`: total = round(quantity x unit_price - discount), net = total - tax).
 * Sage's v3.1 description makes `tax_amount` required unless the rate is of a "zero", "exempt" or
 * "no_tax" type (then it is inferred as 0.0), so a line with a rate above 0% and no `tax_amount` is
 * a 422 "can't be blank" on `invoice_lines[i].tax_amount`. The option `ledger.computeMissingTax`
 * [not Sage] computes it instead: round(net x rate / 100), or with `unit_price_includes_tax`
 * round(total x rate / (100 + rate)). The invoice's totals are the sums of its lines;
 * `tax_analysis` groups them by tax rate.
 * A discount amount and percentage never disagree (one is computed from the other) and a discount
 * never takes a line below zero; prices, quantities and amounts are bounded (mock/ledger/amounts.ts)
 * so all of this stays exact. A line cannot post to trade debtors or creditors [guess]: those
 * control accounts must keep equalling what contacts owe.
 *
 * Header: `reference` at most 25 characters, `vendor_reference` 31, `void_reason` 200 (Sage's
 * description); `due_date` not before `date` [guess]; `currency_id`, if sent, the business's own.
 *
 * Life: created UNPAID (posted: numbered, ledger entries written), or DRAFT / PRO_FORMA (not
 * posted, `SI-DRAFT`); `POST /{id}/release` posts a draft (201); PUT edits (a posted invoice is
 * re-posted: its transaction reversed, the new one written); payments and allocations move it to
 * PART_PAID and PAID; DELETE voids a sales invoice (200, `void_reason` required unless DRAFT) and
 * deletes a purchase invoice (204), both refused while payments or allocations exist.
 */
import type { LedgerOptions } from './options.ts';
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError, invalid } from '../core/errors.ts';
import { json, noContent, type MockResponse } from '../core/http.ts';
import { Dec, dec, formatDecimal, roundMoney, sum, ZERO } from '../core/money.ts';
import { isIsoDate, link, type Link } from '../core/records.ts';
import { ARTEFACT_STATUSES } from '../world/reference.ts';
import { FieldReader, bury, business, col, envelopeOf, found, newId, now, publicView, readRoutes } from '../resources/kit.ts';
import { LEDGER_ACCOUNTS, type LedgerAccountRecord } from '../resources/ledger_accounts.ts';
import { TAX_RATES, type TaxRateRecord } from '../resources/tax_rates.ts';
import { currencyLink, type ContactRecord } from '../world/records/contacts.ts';
import {
  UNPOSTED, addDays, controlAccounts, controlOf, dateRangeFilters, isContactControl, isPosted, linkFilter, mnemonicFilter, readCurrency, readParty,
  renderPaymentsAllocations, settle, statusLink, transactionTypeLink,
  type AllocationTrace, type ArtefactFields, type ControlAccounts, type Side,
} from './artefacts.ts';
import { markContactUsed, post, reverse, transactionLink, type Posting } from './entries.ts';
import { takeNumber } from './numbering.ts';
import { readAmount } from './amounts.ts';

export type { LedgerOptions };

/** How sales and purchase invoices differ. */
export interface InvoiceKind {
  resource: string;
  singular: string;
  transactionType: string;
  side: Side;
  dueDateRequired: boolean;
  quantityRequired: boolean;
  /** Numbered series prefix (`SI-`), or null when the invoice carries the vendor's own reference. */
  numberPrefix: string | null;
  /** `status_id` values a create accepts (the first is the default). */
  createStatuses: readonly string[];
  /** Optional string fields of this kind (`terms_and_conditions`, `vendor_reference`). */
  extraFields: readonly string[];
  /** Their longest lengths, as Sage's description gives them (`vendor_reference`: 31); 2000 otherwise. */
  extraFieldMax: Readonly<Record<string, number>>;
  /** Fields this kind always shows with a fixed value (`sent: false`). */
  fixedFields: Readonly<Record<string, unknown>>;
  /** DELETE: void (200 with the void invoice) or delete (204). */
  deleteMode: 'void' | 'delete';
}

export interface InvoiceLineRecord {
  id: string;
  displayed_as: string;
  description: string;
  ledger_account: Link;
  quantity: string;
  unit_price: string;
  unit_price_includes_tax: boolean;
  discount_amount: string;
  discount_percentage: string;
  net_amount: string;
  tax_rate: Link;
  tax_amount: string;
  total_amount: string;
}

export interface InvoiceRecord extends ArtefactFields {
  created_at: string;
  deleted_at: string | null;
  transaction: Link | null;
  transaction_type: Link;
  contact_name: string;
  contact_reference: string;
  due_date: string;
  notes: string;
  net_amount: string;
  tax_amount: string;
  payments_allocations_total_discount: string;
  currency: Link;
  exchange_rate: string;
  total_quantity: string;
  total_discount_amount: string;
  void_reason: string | null;
  editable: boolean;
  invoice_lines: InvoiceLineRecord[];
  tax_analysis: { tax_rate: Link; net_amount: string; tax_amount: string; total_amount: string }[];
  invoice_number?: string;
  invoice_number_prefix?: string;
}

/** A line read and priced, before it gets an id. */
interface PricedLine {
  description: string;
  ledger: LedgerAccountRecord;
  tax: TaxRateRecord;
  quantity: Dec;
  unitPrice: Dec;
  includesTax: boolean;
  discount: Dec;
  discountPct: Dec;
  net: Dec;
  taxAmount: Dec;
  total: Dec;
}

/** Everything an invoice record is composed from. */
interface InvoiceState {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  status: string;
  number: string | null;
  transaction: Link | null;
  contact: { id: string; displayed_as: string; name: string; reference: string };
  date: string;
  due_date: string;
  reference: string;
  notes: string;
  extras: Record<string, string>;
  lines: InvoiceLineRecord[];
  void_reason: string | null;
  allocations: AllocationTrace[];
}

// ------------------------------------------------------------------ reading and pricing

function priceLine(
  input: { quantity: Dec; unitPrice: Dec; discount?: Dec; discountPct?: Dec; taxAmount?: Dec; includesTax: boolean },
  rate: Dec,
  currency: string,
) {
  const gross = input.quantity.times(input.unitPrice);
  const { discount, discountPct } = lineDiscount(gross, input.discount, input.discountPct, currency);
  const base = roundMoney(gross.minus(discount), currency);
  // A 0% rate (zero, exempt, no tax) has no tax, whatever was sent (Sage infers 0.0). A rate above
  // 0% comes with its tax amount (readLine requires it), unless `ledger.computeMissingTax` is on.
  const given = rate.isZero() ? ZERO : input.taxAmount !== undefined ? roundMoney(input.taxAmount, currency) : undefined;
  if (input.includesTax) {
    const tax = given ?? roundMoney(base.times(rate).div(rate.plus(100)), currency);
    return { gross, discount, discountPct, net: base.minus(tax), taxAmount: tax, total: base };
  }
  const tax = given ?? roundMoney(base.times(rate).div(100), currency);
  return { gross, discount, discountPct, net: base, taxAmount: tax, total: base.plus(tax) };
}

/**
 * A line's discount as an amount and as a percentage of `quantity x unit_price`, the one computed
 * from the other so the line never shows two that disagree [guess: when both are sent, the amount
 * wins]: a percentage gives the amount rounded to the minor unit; an amount gives the percentage
 * rounded to two decimals (0 on a line worth nothing).
 */
function lineDiscount(gross: Dec, amount: Dec | undefined, pct: Dec | undefined, currency: string): { discount: Dec; discountPct: Dec } {
  if (amount !== undefined) {
    const discount = roundMoney(amount, currency);
    return { discount, discountPct: gross.isZero() ? ZERO : discount.div(gross).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP) };
  }
  if (pct !== undefined) return { discount: roundMoney(gross.times(pct).div(100), currency), discountPct: pct };
  return { discount: ZERO, discountPct: ZERO };
}

/**
 * Whether a line must carry its `tax_amount`. Sage's v3.1 description (sales and purchase invoice
 * lines): "required in v3.1, unless the tax rate is of a "zero", "exempt" or "no_tax" type. Then the
 * tax_amount is inferred as 0.0". The seeded rates of those types are exactly the 0% ones. Until
 * the line's rate is known (missing, or not of this business) nothing is asked of `tax_amount`:
 * the rate's own error says what is wrong. `ledger.computeMissingTax` lifts the requirement.
 */
function taxAmountRequired(ctx: RequestContext, tax: TaxRateRecord | undefined): boolean {
  return tax !== undefined && dec(tax.percentage).gt(0) && !ctx.mock.options.ledger.computeMissingTax;
}

function readLine(ctx: RequestContext, kind: InvoiceKind, raw: unknown, i: number, f: FieldReader): PricedLine | undefined {
  const src = `invoice_lines[${i}]`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return f.fail(src, 'is invalid');
  const currency = business(ctx).currency;
  const lf = new FieldReader(raw as Record<string, unknown>, src);
  const description = lf.string('description', { required: true });
  const ledger = lf.ref('ledger_account_id', col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), { required: true, what: 'ledger account' });
  // [guess] A line on trade debtors or creditors would move the control account without a contact,
  // so the control account would no longer equal what contacts owe: refused, as on journals.
  if (ledger && isContactControl(ledger)) lf.rule('ledger_account_id', 'ContactControlAccount');
  const tax = lf.ref('tax_rate_id', col<TaxRateRecord>(ctx, TAX_RATES), { required: true, what: 'tax rate' });
  const unitPrice = readAmount(lf, 'unit_price', { required: true });
  const quantity = readAmount(lf, 'quantity', { required: kind.quantityRequired });
  const discount = readAmount(lf, 'discount_amount', { min: 0, rounded: currency });
  const discountPct = readAmount(lf, 'discount_percentage', { min: 0 });
  if (discountPct?.gt(100)) lf.fail('discount_percentage', 'must be less than or equal to 100');
  const taxAmount = readAmount(lf, 'tax_amount', { rounded: currency, required: taxAmountRequired(ctx, tax) });
  const includesTax = lf.boolean('unit_price_includes_tax') ?? false;
  if (lf.v.empty && description && ledger && tax && unitPrice) {
    const q = quantity ?? new Dec(1);
    const priced = priceLine({ quantity: q, unitPrice, discount, discountPct, taxAmount, includesTax }, dec(tax.percentage), currency);
    // [guess] A discount takes the line's value down to zero at most, never below.
    if (priced.discount.gt(0) && priced.discount.gt(priced.gross)) lf.rule('discount_amount', 'DiscountExceedsLine');
    else {
      f.v.items.push(...lf.v.items);
      return { description, ledger, tax, quantity: q, unitPrice, includesTax, ...priced };
    }
  }
  f.v.items.push(...lf.v.items);
  return undefined;
}

/** Longest `reference` of an invoice (Sage's description: 25 characters). */
const REFERENCE_MAX = 25;
/** Longest `void_reason` of a sales invoice (Sage's description: 200 characters). */
const VOID_REASON_MAX = 200;

/**
 * The due date of an invoice: as sent, else the date plus the contact's credit days. It cannot be
 * before the invoice date [guess], nor past 9999-12-31 (when the default would be, an explicit
 * `due_date` is asked for). Violations go to `f`.
 */
function dueDateOf(f: FieldReader, date: string | undefined, due: string | undefined, creditDays: number): string | undefined {
  if (date === undefined) return due;
  if (due === undefined) {
    const derived = addDays(date, creditDays);
    return isIsoDate(derived) ? derived : f.fail('due_date', "can't be blank");
  }
  return due < date ? f.rule('due_date', 'DueBeforeDate') : due;
}

interface InvoiceInput {
  contact?: ContactRecord;
  date?: string;
  /** On create, the due date sent or derived; on update, the one sent or kept (checked when either date changed). */
  due_date?: string;
  reference?: string;
  notes?: string;
  extras: Record<string, string>;
  lines?: PricedLine[];
  status?: string;
}

/** Reads and checks an invoice body: every violation at once, then the record-level rules. */
function readInvoice(ctx: RequestContext, kind: InvoiceKind, data: Record<string, unknown>, prev?: InvoiceRecord): InvoiceInput {
  const creating = prev === undefined;
  const f = new FieldReader(data);
  const contact = readParty(f, ctx, kind.side, 'contact_id', creating);
  const date = f.date('date', { required: creating });
  const sentDue = f.date('due_date', { required: creating && kind.dueDateRequired });
  // The due date the invoice will have, checked against the date it will have (once `due_date`
  // itself was read without a fault).
  const dueRead = !f.v.items.some((i) => i.$source === 'due_date');
  const due_date = !dueRead ? undefined : prev === undefined
    ? contact && dueDateOf(f, date, sentDue, contact.credit_days)
    : date !== undefined || sentDue !== undefined ? dueDateOf(f, date ?? prev.date, sentDue ?? prev.due_date, 0) : undefined;
  const reference = f.string('reference', { max: REFERENCE_MAX });
  const notes = f.string('notes', { max: 2000 });
  const extras: Record<string, string> = {};
  for (const k of kind.extraFields) {
    const v = f.string(k, { max: kind.extraFieldMax[k] ?? 2000 });
    if (v !== undefined) extras[k] = v;
  }
  readCurrency(ctx, f);
  let status: string | undefined;
  if (creating) {
    const s = f.string('status_id');
    if (s !== undefined && !kind.createStatuses.includes(s)) f.fail('status_id', 'is invalid');
    else status = s ?? kind.createStatuses[0];
  }
  let lines: PricedLine[] | undefined;
  const raw = f.array('invoice_lines', { required: creating || f.has('invoice_lines') });
  if (raw) {
    const read = raw.map((r, i) => readLine(ctx, kind, r, i, f));
    if (read.every((l) => l !== undefined)) {
      lines = read as PricedLine[];
      if (sum(lines.map((l) => l.total)).lt(0)) f.rule('base', 'NegativeInvoiceTotal');
    }
  }
  f.check();
  return { contact, date, due_date, reference, notes, extras, lines, status };
}

// ------------------------------------------------------------------ composing the record

function lineRecord(id: string, l: PricedLine): InvoiceLineRecord {
  return {
    id,
    displayed_as: l.description,
    description: l.description,
    ledger_account: link('ledger_accounts', l.ledger.id, l.ledger.displayed_as),
    quantity: formatDecimal(l.quantity),
    unit_price: formatDecimal(l.unitPrice),
    unit_price_includes_tax: l.includesTax,
    discount_amount: formatDecimal(l.discount),
    discount_percentage: formatDecimal(l.discountPct),
    net_amount: formatDecimal(l.net),
    tax_rate: link('tax_rates', l.tax.id, l.tax.displayed_as),
    tax_amount: formatDecimal(l.taxAmount),
    total_amount: formatDecimal(l.total),
  };
}

function taxAnalysis(lines: readonly InvoiceLineRecord[]): InvoiceRecord['tax_analysis'] {
  const groups = new Map<string, { tax_rate: Link; net: Dec; tax: Dec }>();
  for (const l of lines) {
    const g = groups.get(l.tax_rate.id) ?? { tax_rate: l.tax_rate, net: ZERO, tax: ZERO };
    g.net = g.net.plus(dec(l.net_amount));
    g.tax = g.tax.plus(dec(l.tax_amount));
    groups.set(l.tax_rate.id, g);
  }
  return [...groups.values()].map((g) => ({
    tax_rate: g.tax_rate,
    net_amount: formatDecimal(g.net),
    tax_amount: formatDecimal(g.tax),
    total_amount: formatDecimal(g.net.plus(g.tax)),
  }));
}

function displayName(kind: InvoiceKind, s: InvoiceState): string {
  if (kind.numberPrefix) return s.number ?? `${kind.numberPrefix}DRAFT`;
  return s.extras.vendor_reference || s.reference || s.contact.name;
}

/** The one place an invoice record is shaped; amounts and status come from its lines and allocations. */
function compose(kind: InvoiceKind, s: InvoiceState, currency: string): InvoiceRecord {
  const net = sum(s.lines.map((l) => dec(l.net_amount)));
  const tax = sum(s.lines.map((l) => dec(l.tax_amount)));
  const total = net.plus(tax);
  const numbering = kind.numberPrefix ? { invoice_number_prefix: kind.numberPrefix, invoice_number: displayName(kind, s) } : {};
  const extras: Record<string, string> = {};
  for (const k of kind.extraFields) extras[k] = s.extras[k] ?? '';
  const rec: InvoiceRecord = {
    id: s.id,
    displayed_as: displayName(kind, s),
    $path: `/${kind.resource}/${s.id}`,
    created_at: s.created_at,
    updated_at: s.updated_at,
    deleted_at: s.deleted_at,
    transaction: s.transaction,
    transaction_type: transactionTypeLink(kind.transactionType),
    contact: link('contacts', s.contact.id, s.contact.displayed_as),
    contact_name: s.contact.name,
    contact_reference: s.contact.reference,
    ...numbering,
    date: s.date,
    due_date: s.due_date,
    reference: s.reference,
    notes: s.notes,
    ...extras,
    net_amount: formatDecimal(net),
    tax_amount: formatDecimal(tax),
    total_amount: formatDecimal(total),
    payments_allocations_total_amount: '0.0',
    payments_allocations_total_discount: '0.0',
    total_paid: '0.0',
    outstanding_amount: formatDecimal(total),
    currency: currencyLink(currency),
    exchange_rate: '1.0',
    total_quantity: formatDecimal(sum(s.lines.map((l) => dec(l.quantity)))),
    total_discount_amount: formatDecimal(sum(s.lines.map((l) => dec(l.discount_amount)))),
    status: statusLink(s.status),
    ...kind.fixedFields,
    void_reason: s.void_reason,
    editable: true,
    last_paid: null,
    invoice_lines: s.lines,
    tax_analysis: taxAnalysis(s.lines),
    _allocations: [],
  };
  return settle(rec, s.allocations);
}

function stateOf(kind: InvoiceKind, r: InvoiceRecord): InvoiceState {
  const extras: Record<string, string> = {};
  for (const k of kind.extraFields) extras[k] = String(r[k] ?? '');
  return {
    id: r.id,
    created_at: r.created_at,
    updated_at: r.updated_at,
    deleted_at: r.deleted_at,
    status: r.status.id,
    number: kind.numberPrefix ? (r.invoice_number ?? null) : null,
    transaction: r.transaction,
    contact: { id: r.contact.id, displayed_as: r.contact.displayed_as, name: r.contact_name, reference: r.contact_reference },
    date: r.date,
    due_date: r.due_date,
    reference: r.reference,
    notes: r.notes,
    extras,
    lines: r.invoice_lines,
    void_reason: r.void_reason,
    allocations: r._allocations,
  };
}

function contactSnapshot(c: ContactRecord): InvoiceState['contact'] {
  return { id: c.id, displayed_as: c.displayed_as, name: c.name, reference: c.reference };
}

/**
 * The ledger entries of a posted invoice. Sales: debit trade debtors with the total (for the
 * customer), credit each line's account with its net and the sales tax control account with the
 * tax. Purchases: the mirror (debit lines and purchase tax, credit trade creditors).
 */
export function invoicePosting(kind: InvoiceKind, rec: InvoiceRecord, controls: ControlAccounts): Posting {
  const sign = kind.side === 'customer' ? -1 : 1;
  const details = rec.displayed_as;
  return {
    transaction_type: kind.transactionType,
    origin: { resource: kind.resource, id: rec.id },
    date: rec.date,
    lines: [
      ...rec.invoice_lines.map((l) => ({ ledger_account_id: l.ledger_account.id, amount: dec(l.net_amount).times(sign), details })),
      { ledger_account_id: (kind.side === 'customer' ? controls.salesTax : controls.purchaseTax).id, amount: dec(rec.tax_amount).times(sign), details },
      { ledger_account_id: controlOf(controls, kind.side).id, amount: dec(rec.total_amount).times(-sign), contact_id: rec.contact.id, details },
    ],
  };
}

async function postInvoice(ctx: RequestContext, kind: InvoiceKind, rec: InvoiceRecord, controls: ControlAccounts): Promise<InvoiceRecord> {
  const txn = await post(ctx, invoicePosting(kind, rec, controls));
  return { ...rec, transaction: transactionLink(txn, kind.transactionType) };
}

/** The full representation; `payments_allocations` only when asked for. */
function render(rec: InvoiceRecord, withPayments: boolean): Record<string, unknown> {
  const out = publicView(rec);
  out.base_currency_net_amount = rec.net_amount;
  out.base_currency_tax_amount = rec.tax_amount;
  out.base_currency_total_amount = rec.total_amount;
  out.base_currency_outstanding_amount = rec.outstanding_amount;
  if (withPayments) out.payments_allocations = renderPaymentsAllocations(rec);
  return out;
}

const showPayments = (ctx: RequestContext) => ctx.query.get('show_payments_allocations') === 'true';

// ------------------------------------------------------------------ handlers

async function createInvoice(ctx: RequestContext, kind: InvoiceKind): Promise<MockResponse> {
  const input = readInvoice(ctx, kind, envelopeOf(ctx, kind.singular));
  const controls = controlAccounts(ctx);
  const contact = input.contact!;
  const status = input.status!;
  const at = now(ctx);
  const id = newId(ctx);
  const lines = input.lines!.map((l) => lineRecord(newId(ctx), l));
  const number = kind.numberPrefix && isPosted(status) ? `${kind.numberPrefix}${await takeNumber(ctx, kind.resource)}` : null;
  let rec = compose(kind, {
    id, created_at: at, updated_at: at, deleted_at: null, status, number, transaction: null,
    contact: contactSnapshot(contact),
    date: input.date!,
    due_date: input.due_date!,
    reference: input.reference ?? '',
    notes: input.notes ?? '',
    extras: input.extras,
    lines,
    void_reason: null,
    allocations: [],
  }, business(ctx).currency);
  if (isPosted(status)) rec = await postInvoice(ctx, kind, rec, controls);
  await col<InvoiceRecord>(ctx, kind.resource).insert(rec);
  await markContactUsed(ctx, contact.id);
  return json(201, render(rec, false));
}

async function updateInvoice(ctx: RequestContext, kind: InvoiceKind): Promise<MockResponse> {
  const invoices = col<InvoiceRecord>(ctx, kind.resource);
  const prev = found(invoices, ctx.params.id);
  const data = envelopeOf(ctx, kind.singular);
  if (prev.status.id === 'VOID') throw apiError('InvoiceVoid', { source: 'base' });
  const input = readInvoice(ctx, kind, data, prev);
  const changesLedger = input.lines !== undefined
    || (input.contact !== undefined && input.contact.id !== prev.contact.id)
    || (input.date !== undefined && input.date !== prev.date);
  if (changesLedger && prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  const controls = controlAccounts(ctx);

  const s = stateOf(kind, prev);
  s.updated_at = now(ctx);
  if (input.contact) s.contact = contactSnapshot(input.contact);
  if (input.date !== undefined) s.date = input.date;
  if (input.due_date !== undefined) s.due_date = input.due_date;
  if (input.reference !== undefined) s.reference = input.reference;
  if (input.notes !== undefined) s.notes = input.notes;
  Object.assign(s.extras, input.extras);
  if (input.lines) s.lines = input.lines.map((l) => lineRecord(newId(ctx), l));
  let next = compose(kind, s, business(ctx).currency);
  if (changesLedger && isPosted(prev.status.id)) {
    if (prev.transaction) await reverse(ctx, prev.transaction.id);
    next = await postInvoice(ctx, kind, next, controls);
  }
  await invoices.put(next);
  await markContactUsed(ctx, next.contact.id);
  return json(200, render(next, showPayments(ctx)));
}

async function releaseInvoice(ctx: RequestContext, kind: InvoiceKind): Promise<MockResponse> {
  const invoices = col<InvoiceRecord>(ctx, kind.resource);
  const prev = found(invoices, ctx.params.id);
  if (!(UNPOSTED as readonly string[]).includes(prev.status.id)) throw apiError('InvoiceNotDraft', { source: 'base' });
  const controls = controlAccounts(ctx);
  const s = stateOf(kind, prev);
  s.status = 'UNPAID';
  s.updated_at = now(ctx);
  if (kind.numberPrefix) s.number = `${kind.numberPrefix}${await takeNumber(ctx, kind.resource)}`;
  const next = await postInvoice(ctx, kind, compose(kind, s, business(ctx).currency), controls);
  await invoices.put(next);
  return json(201, render(next, false));
}

/** `void_reason` from the query (as Sage documents it), or from a JSON body. */
function voidReason(ctx: RequestContext, kind: InvoiceKind): string | undefined {
  const q = ctx.query.get('void_reason');
  if (q !== null && q.trim() !== '') return q.trim();
  const b = ctx.body;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return undefined;
  const o = b as Record<string, unknown>;
  const inner = o[kind.singular] && typeof o[kind.singular] === 'object' ? (o[kind.singular] as Record<string, unknown>).void_reason : undefined;
  const v = o.void_reason ?? inner;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

async function voidInvoice(ctx: RequestContext, kind: InvoiceKind): Promise<MockResponse> {
  const invoices = col<InvoiceRecord>(ctx, kind.resource);
  const prev = found(invoices, ctx.params.id);
  if (prev.status.id === 'VOID') throw apiError('InvoiceVoid', { source: 'base' });
  if (prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  const reason = voidReason(ctx, kind);
  if (reason === undefined && prev.status.id !== 'DRAFT') throw invalid('void_reason', "can't be blank");
  if (reason !== undefined && [...reason].length > VOID_REASON_MAX) throw invalid('void_reason', `is too long (maximum is ${VOID_REASON_MAX} characters)`);
  if (isPosted(prev.status.id) && prev.transaction) await reverse(ctx, prev.transaction.id);
  const at = now(ctx);
  const s = stateOf(kind, prev);
  s.status = 'VOID';
  s.void_reason = reason ?? null;
  s.updated_at = at;
  s.deleted_at = at;
  const next = compose(kind, s, business(ctx).currency);
  await invoices.put(next);
  await bury(ctx, kind.resource, next);
  return json(200, render(next, false));
}

async function deleteInvoice(ctx: RequestContext, kind: InvoiceKind): Promise<MockResponse> {
  const invoices = col<InvoiceRecord>(ctx, kind.resource);
  const prev = found(invoices, ctx.params.id);
  if (prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  if (isPosted(prev.status.id) && prev.transaction) await reverse(ctx, prev.transaction.id);
  await invoices.remove(prev.id);
  await bury(ctx, kind.resource, prev);
  return noContent();
}

/** List filters of both invoice resources. */
const INVOICE_FILTERS: Record<string, (v: string) => (r: InvoiceRecord) => boolean> = {
  status_id: mnemonicFilter<InvoiceRecord>('status_id', ARTEFACT_STATUSES.map((s) => s.id), (r) => r.status),
  contact_id: linkFilter<InvoiceRecord>((r) => r.contact),
  search(v) {
    const s = v.trim().toLowerCase();
    return (r) => [r.invoice_number, r.reference, r.vendor_reference, r.contact_name].some((x) => typeof x === 'string' && x.toLowerCase().includes(s));
  },
  ...dateRangeFilters<InvoiceRecord>(),
};

/** The routes of an invoice resource. */
export function invoiceRoutes(kind: InvoiceKind): RouteDef[] {
  const base = `/${kind.resource}`;
  return [
    ...readRoutes<InvoiceRecord>({
      resource: kind.resource,
      render: (r, ctx) => render(r, showPayments(ctx)),
      filters: INVOICE_FILTERS,
      sortable: ['created_at', 'updated_at', 'date', 'due_date'],
      deletable: true,
    }),
    { surface: 'api', method: 'POST', path: base, resource: kind.singular, handler: (ctx) => createInvoice(ctx, kind) },
    { surface: 'api', method: 'PUT', path: `${base}/:id`, resource: kind.singular, handler: (ctx) => updateInvoice(ctx, kind) },
    { surface: 'api', method: 'POST', path: `${base}/:id/release`, resource: kind.singular, handler: (ctx) => releaseInvoice(ctx, kind) },
    {
      surface: 'api', method: 'DELETE', path: `${base}/:id`, resource: kind.singular,
      handler: (ctx) => (kind.deleteMode === 'void' ? voidInvoice(ctx, kind) : deleteInvoice(ctx, kind)),
    },
  ];
}


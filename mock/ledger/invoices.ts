/**
 * Sales and purchase invoices and credit notes: the one implementation all four resources use
 * (each of `sales_invoices.ts`, `purchase_invoices.ts`, `sales_credit_notes.ts`,
 * `purchase_credit_notes.ts` only describes how it differs, as an `InvoiceKind`). A credit note is
 * an invoice with the opposite effect: it posts the mirror entries and is a credit of its contact,
 * which allocations set against invoices and refunds give back.
 *
 * Lines (`invoice_lines`, `credit_note_lines`): `description`, `ledger_account_id`, `tax_rate_id`
 * (both of the routed business: another business's ids, or another country's tax rates, do not
 * exist here), `unit_price`, `quantity` (default 1 on sales, required on purchases), optional
 * `discount_amount` / `discount_percentage` (sales only: Sage's purchase lines have none),
 * `unit_price_includes_tax`, `tax_amount`, and `product_id` or `service_id`
 * (mock/ledger/catalog.ts), whose description, ledger account, tax rate and price are the line's
 * defaults.
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
 * round(total x rate / (100 + rate)). The document's totals are the sums of its lines;
 * `tax_analysis` groups them by tax rate.
 * A discount amount and percentage never disagree (one is computed from the other) and a discount
 * never takes a line below zero; prices, quantities and amounts are bounded (mock/ledger/amounts.ts)
 * so all of this stays exact. A line cannot post to trade debtors or creditors [guess]: those
 * control accounts must keep equalling what contacts owe.
 *
 * Header: `reference` at most 25 characters, `vendor_reference` 31, `void_reason` 200 (Sage's
 * description); `due_date` not before `date` [guess]; `currency_id`, if sent, the business's own;
 * `main_address` and `delivery_address` (sales) and the free-form texts are stored as sent.
 *
 * Life: created UNPAID (posted: numbered, ledger entries written), or DRAFT / PRO_FORMA (not
 * posted, `SI-DRAFT`); release posts a draft; an update of a posted document re-posts it (its
 * transaction reversed, the new one written); payments and allocations move it to PART_PAID and
 * PAID; a void reverses it (`void_reason` required unless DRAFT), a delete reverses and removes
 * it, both refused while payments or allocations exist.
 */
import type { RequestContext } from '../context.ts';
import { apiError, invalid } from '../core/errors.ts';
import { FieldReader } from '../core/fields.ts';
import { Dec, dec, formatDecimal, roundMoney, sum, ZERO } from '../core/money.ts';
import { isIsoDate, link, type Link } from '../core/records.ts';
import { addDays, bury, business, col, newId, now } from './books.ts';
import {
  LEDGER_ACCOUNTS,
  TAX_RATES,
  controlAccounts,
  controlOf,
  isContactControl,
  type ControlAccounts,
  type LedgerAccountRecord,
  type TaxRateRecord,
} from './accounts.ts';
import { currencyLink, markContactUsed, readCurrency, readParty, type ContactRecord, type Side } from './parties.ts';
import { UNPOSTED, isPosted, settle, statusLink, transactionTypeLink, type AllocationTrace, type ArtefactFields } from './artefacts.ts';
import { renderPaymentsAllocations } from './allocation.ts';
import { catalogDefaults, markItemsUsed, type CatalogLine } from './catalog.ts';
import { post, reverse, transactionLink, type Posting } from './entries.ts';
import { takeNumber } from './numbering.ts';
import { readAmount } from './amounts.ts';
import { readAddress, type ArtefactAddress } from './addresses.ts';

/** How sales and purchase invoices and credit notes differ. */
export interface InvoiceKind {
  resource: string;
  singular: string;
  transactionType: string;
  side: Side;
  /** A credit note: posts the mirror of an invoice and is a credit of its contact. */
  credit: boolean;
  /** Where the lines go (`invoice_lines`, `credit_note_lines`). */
  linesKey: 'invoice_lines' | 'credit_note_lines' | 'quote_lines' | 'estimate_lines';
  /** The number fields (`invoice_number`, `credit_note_number`) when the kind is numbered. */
  numberField: 'invoice_number' | 'credit_note_number' | 'quote_number' | 'estimate_number';
  /** Has a due date (invoices), required or defaulted from the contact's credit days. */
  dueDate: 'required' | 'defaulted' | 'none';
  quantityRequired: boolean;
  /** Lines take `discount_amount` / `discount_percentage` (sales; Sage's purchase lines have none). */
  discounts: boolean;
  /** Numbered series prefix (`SI-`), or null when the document carries the vendor's own reference. */
  numberPrefix: string | null;
  /** `status_id` values a create accepts (the first is the default). */
  createStatuses: readonly string[];
  /** Optional string fields of this kind (`terms_and_conditions`, `vendor_reference`). */
  extraFields: readonly string[];
  /** Their longest lengths, as Sage's description gives them (`vendor_reference`: 31); 2000 otherwise. */
  extraFieldMax: Readonly<Record<string, number>>;
  /** Optional date fields of this kind (`original_invoice_date`), null when unset. */
  dateFields: readonly string[];
  /** Takes `main_address` and `delivery_address` (sales documents). */
  addresses: boolean;
  /**
   * Properties Sage lists for this kind that the mock does not model (CIS, shipping, withholding
   * tax, foreign currency...), shown with these fixed values so clients find every key.
   */
  fixedFields: Readonly<Record<string, unknown>>;
  /** Properties of each line the mock does not model, with their fixed values. */
  fixedLineFields: Readonly<Record<string, unknown>>;
  /** DELETE: void (200 with the void document) or delete (204). */
  deleteMode: 'void' | 'delete';
  /**
   * A corrective invoice: the collection of the invoices it corrects (`original_invoice_id`,
   * required on create), and the countries that have them (Sage: Spain).
   */
  corrects?: { invoices: string; countries: readonly string[] };
}

/** What a corrective invoice shows of the invoice it corrects. */
interface Correction {
  original_invoice: Link;
  original_invoice_number: string;
  original_invoice_date: string;
  corrective_reason_code: Link | null;
}

export interface InvoiceLineRecord {
  id: string;
  displayed_as: string;
  description: string;
  product: Link | null;
  service: Link | null;
  ledger_account: Link;
  quantity: string;
  unit_price: string;
  unit_price_includes_tax: boolean;
  discount_amount?: string;
  discount_percentage?: string;
  net_amount: string;
  tax_rate: Link;
  tax_amount: string;
  total_amount: string;
  [key: string]: unknown;
}

export interface InvoiceRecord extends ArtefactFields {
  created_at: string;
  deleted_at: string | null;
  transaction: Link | null;
  transaction_type: Link;
  contact_name: string;
  contact_reference: string;
  notes: string;
  net_amount: string;
  tax_amount: string;
  payments_allocations_total_discount: string;
  currency: Link;
  exchange_rate: string;
  total_quantity: string;
  void_reason: string | null;
  editable: boolean;
  tax_analysis: {
    tax_rate: Link;
    net_amount: string;
    tax_amount: string;
    total_amount: string;
    goods_amount: string;
    service_amount: string;
  }[];
  due_date?: string;
  /** The quote or estimate this invoice was made from (sales invoices). */
  original_quote_estimate?: Link | null;
}

/** A line read and priced, before it gets an id. */
export interface PricedLine {
  description: string;
  item: CatalogLine | undefined;
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

/** Everything a document record is composed from. */
export interface InvoiceState {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  status: string;
  number: string | null;
  transaction: Link | null;
  contact: { id: string; displayed_as: string; name: string; reference: string };
  date: string;
  due_date: string | null;
  reference: string;
  notes: string;
  extras: Record<string, string>;
  dates: Record<string, string | null>;
  addresses: { main_address: ArtefactAddress | null; delivery_address: ArtefactAddress | null };
  quote: Link | null;
  correction: Correction | null;
  lines: InvoiceLineRecord[];
  void_reason: string | null;
  allocations: AllocationTrace[];
}

/** The lines of a document of `kind`. */
export function linesOf(kind: InvoiceKind, rec: InvoiceRecord): InvoiceLineRecord[] {
  return (rec[kind.linesKey] as InvoiceLineRecord[] | undefined) ?? [];
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
  const src = `${kind.linesKey}[${i}]`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return f.fail(src, 'is invalid');
  const currency = business(ctx).currency;
  // A product or service gives the line its defaults: what the line sends wins.
  const lf = new FieldReader(raw as Record<string, unknown>, src);
  const item = catalogDefaults(ctx, lf, kind.side);
  const data = {
    ...item?.defaults,
    ...Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null)),
  };
  const df = new FieldReader(data, src);
  df.v.items.push(...lf.v.items);
  const description = df.string('description', { required: true });
  const ledger = df.ref('ledger_account_id', col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), { required: true, what: 'ledger account' });
  // [guess] A line on trade debtors or creditors would move the control account without a contact,
  // so the control account would no longer equal what contacts owe: refused, as on journals.
  if (ledger && isContactControl(ledger)) df.rule('ledger_account_id', 'ContactControlAccount');
  const tax = df.ref('tax_rate_id', col<TaxRateRecord>(ctx, TAX_RATES), { required: true, what: 'tax rate' });
  const unitPrice = readAmount(df, 'unit_price', { required: true });
  const quantity = readAmount(df, 'quantity', { required: kind.quantityRequired });
  const discount = kind.discounts ? readAmount(df, 'discount_amount', { min: 0, rounded: currency }) : undefined;
  const discountPct = kind.discounts ? readAmount(df, 'discount_percentage', { min: 0 }) : undefined;
  if (discountPct?.gt(100)) df.fail('discount_percentage', 'must be less than or equal to 100');
  const taxAmount = readAmount(df, 'tax_amount', { rounded: currency, required: taxAmountRequired(ctx, tax) });
  const includesTax = df.boolean('unit_price_includes_tax') ?? false;
  if (df.v.empty && description && ledger && tax && unitPrice) {
    const q = quantity ?? new Dec(1);
    const priced = priceLine({ quantity: q, unitPrice, discount, discountPct, taxAmount, includesTax }, dec(tax.percentage), currency);
    // [guess] A discount takes the line's value down to zero at most, never below.
    if (priced.discount.gt(0) && priced.discount.gt(priced.gross)) df.rule('discount_amount', 'DiscountExceedsLine');
    else {
      f.v.items.push(...df.v.items);
      return { description, item, ledger, tax, quantity: q, unitPrice, includesTax, ...priced };
    }
  }
  f.v.items.push(...df.v.items);
  return undefined;
}

/** Longest `reference` of a document (Sage's description: 25 characters). */
const REFERENCE_MAX = 25;
/** Longest `void_reason` (Sage's description: 200 characters). */
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

export interface InvoiceInput {
  contact?: ContactRecord;
  date?: string;
  /** On create, the due date sent or derived; on update, the one sent or kept (checked when either date changed). */
  due_date?: string;
  reference?: string;
  notes?: string;
  extras: Record<string, string>;
  dates: Record<string, string | null>;
  addresses: Partial<InvoiceState['addresses']>;
  correction?: Correction;
  lines?: PricedLine[];
  status?: string;
}

/** Reads and checks a document body: every violation at once, then the record-level rules. */
export function readInvoice(ctx: RequestContext, kind: InvoiceKind, data: Record<string, unknown>, prev?: InvoiceRecord): InvoiceInput {
  const creating = prev === undefined;
  const f = new FieldReader(data);
  const contact = readParty(f, ctx, kind.side, 'contact_id', creating);
  const date = f.date('date', { required: creating });
  let due_date: string | undefined;
  if (kind.dueDate !== 'none') {
    const sentDue = f.date('due_date', { required: creating && kind.dueDate === 'required' });
    // The due date the invoice will have, checked against the date it will have (once `due_date`
    // itself was read without a fault).
    const dueRead = !f.v.items.some((i) => i.$source === 'due_date');
    due_date = !dueRead
      ? undefined
      : prev === undefined
        ? contact && dueDateOf(f, date, sentDue, contact.credit_days)
        : date !== undefined || sentDue !== undefined
          ? dueDateOf(f, date ?? prev.date, sentDue ?? prev.due_date ?? undefined, 0)
          : undefined;
  }
  const reference = f.string('reference', { max: REFERENCE_MAX });
  const notes = f.string('notes', { max: 2000 });
  const extras: Record<string, string> = {};
  for (const k of kind.extraFields) {
    const v = f.string(k, { max: kind.extraFieldMax[k] ?? 2000 });
    if (v !== undefined) extras[k] = v;
  }
  const dates: Record<string, string | null> = {};
  for (const k of kind.dateFields) {
    const v = f.date(k);
    if (v !== undefined) dates[k] = v;
  }
  const addresses: InvoiceInput['addresses'] = {};
  if (kind.addresses) {
    for (const k of ['main_address', 'delivery_address'] as const) {
      const a = readAddress(f, k);
      if (a !== undefined) addresses[k] = a;
    }
  }
  readCurrency(ctx, f);
  const correction = kind.corrects ? readCorrection(ctx, kind, f, contact, creating) : undefined;
  let status: string | undefined;
  if (creating) {
    const s = f.string('status_id');
    if (s !== undefined && !kind.createStatuses.includes(s)) f.fail('status_id', 'is invalid');
    else status = s ?? kind.createStatuses[0];
  }
  let lines: PricedLine[] | undefined;
  const raw = f.array(kind.linesKey, { required: creating || f.has(kind.linesKey) });
  if (raw) {
    const read = raw.map((r, i) => readLine(ctx, kind, r, i, f));
    if (read.every((l) => l !== undefined)) {
      lines = read as PricedLine[];
      if (sum(lines.map((l) => l.total)).lt(0)) f.rule('base', 'NegativeInvoiceTotal');
    }
  }
  f.check();
  return { contact, date, due_date, reference, notes, extras, dates, addresses, correction, lines, status };
}

/**
 * `original_invoice_id` of a corrective invoice: a posted invoice (not a draft or void) of this
 * business and of the document's contact [guess]; `corrective_reason_code_id` is kept as sent
 * [guess: the codes are a reference list]. Only in the countries that have corrective invoices
 * (422 on `base` elsewhere [guess]).
 */
function readCorrection(
  ctx: RequestContext,
  kind: InvoiceKind,
  f: FieldReader,
  contact: ContactRecord | undefined,
  creating: boolean,
): Correction | undefined {
  const corrects = kind.corrects!;
  if (creating && !corrects.countries.includes(business(ctx).country)) return f.rule('base', 'CorrectiveInvoiceCountry');
  const original = f.ref('original_invoice_id', col<InvoiceRecord>(ctx, corrects.invoices), { required: creating, what: 'invoice' });
  const reason = f.string('corrective_reason_code_id', { max: 10 });
  if (!original) return undefined;
  if (!isPosted(original.status.id)) return f.fail('original_invoice_id', 'must be a posted invoice');
  if (contact && original.contact.id !== contact.id) return f.fail('original_invoice_id', 'belongs to another contact');
  return {
    original_invoice: link(corrects.invoices, original.id, original.displayed_as),
    original_invoice_number: String(original.invoice_number || original.vendor_reference || original.displayed_as),
    original_invoice_date: original.date,
    corrective_reason_code: reason ? link('corrective_reason_codes', reason, reason) : null,
  };
}

// ------------------------------------------------------------------ composing the record

/** What a corrective invoice shows of its original (Sage's purchase ones show no reason code). */
function correctionFields(kind: InvoiceKind, c: Correction | null): Record<string, unknown> {
  const out: Record<string, unknown> = c
    ? { ...c }
    : { original_invoice: null, original_invoice_number: '', original_invoice_date: null, corrective_reason_code: null };
  if (kind.side === 'vendor') delete out.corrective_reason_code;
  return out;
}

export function lineRecord(kind: InvoiceKind, id: string, l: PricedLine): InvoiceLineRecord {
  const discounts = kind.discounts
    ? {
        discount_amount: formatDecimal(l.discount),
        base_currency_discount_amount: formatDecimal(l.discount),
        discount_percentage: formatDecimal(l.discountPct),
      }
    : {};
  return {
    id,
    displayed_as: l.description,
    description: l.description,
    product: l.item?.kind === 'product' ? l.item.link : null,
    service: l.item?.kind === 'service' ? l.item.link : null,
    ledger_account: link('ledger_accounts', l.ledger.id, l.ledger.displayed_as),
    quantity: formatDecimal(l.quantity),
    unit_price: formatDecimal(l.unitPrice),
    unit_price_includes_tax: l.includesTax,
    ...discounts,
    net_amount: formatDecimal(l.net),
    tax_rate: link('tax_rates', l.tax.id, l.tax.displayed_as),
    tax_amount: formatDecimal(l.taxAmount),
    total_amount: formatDecimal(l.total),
    base_currency_unit_price: formatDecimal(l.unitPrice),
    base_currency_net_amount: formatDecimal(l.net),
    base_currency_tax_amount: formatDecimal(l.taxAmount),
    base_currency_total_amount: formatDecimal(l.total),
    ...kind.fixedLineFields,
  };
}

export function taxAnalysis(lines: readonly InvoiceLineRecord[]): InvoiceRecord['tax_analysis'] {
  const groups = new Map<string, { tax_rate: Link; net: Dec; tax: Dec; goods: Dec; services: Dec }>();
  for (const l of lines) {
    const g = groups.get(l.tax_rate.id) ?? { tax_rate: l.tax_rate, net: ZERO, tax: ZERO, goods: ZERO, services: ZERO };
    const net = dec(l.net_amount);
    g.net = g.net.plus(net);
    g.tax = g.tax.plus(dec(l.tax_amount));
    // [guess] A line of a service counts as services, every other line as goods.
    if (l.service) g.services = g.services.plus(net);
    else g.goods = g.goods.plus(net);
    groups.set(l.tax_rate.id, g);
  }
  return [...groups.values()].map((g) => ({
    tax_rate: g.tax_rate,
    net_amount: formatDecimal(g.net),
    tax_amount: formatDecimal(g.tax),
    total_amount: formatDecimal(g.net.plus(g.tax)),
    goods_amount: formatDecimal(g.goods),
    service_amount: formatDecimal(g.services),
  }));
}

function displayName(kind: InvoiceKind, s: InvoiceState): string {
  if (kind.numberPrefix) return s.number ?? `${kind.numberPrefix}DRAFT`;
  return s.extras.vendor_reference || s.reference || s.contact.name;
}

/** The one place a document record is shaped; amounts and status come from its lines and allocations. */
function compose(kind: InvoiceKind, s: InvoiceState, currency: string): InvoiceRecord {
  const net = sum(s.lines.map((l) => dec(l.net_amount)));
  const tax = sum(s.lines.map((l) => dec(l.tax_amount)));
  const total = net.plus(tax);
  const numbering = kind.numberPrefix
    ? { [`${kind.numberField}_prefix`]: kind.numberPrefix, [kind.numberField]: displayName(kind, s) }
    : {};
  const extras: Record<string, string> = {};
  for (const k of kind.extraFields) extras[k] = s.extras[k] ?? '';
  const dates: Record<string, string | null> = {};
  for (const k of kind.dateFields) dates[k] = s.dates[k] ?? null;
  const discount = formatDecimal(sum(s.lines.map((l) => dec(l.discount_amount ?? '0'))));
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
    ...(kind.dueDate === 'none' ? {} : { due_date: s.due_date ?? s.date }),
    ...dates,
    reference: s.reference,
    notes: s.notes,
    ...extras,
    ...(kind.addresses ? { main_address: s.addresses.main_address, delivery_address: s.addresses.delivery_address } : {}),
    ...(kind.resource === 'sales_invoices' ? { original_quote_estimate: s.quote } : {}),
    ...(kind.corrects ? correctionFields(kind, s.correction) : {}),
    net_amount: formatDecimal(net),
    tax_amount: formatDecimal(tax),
    total_amount: formatDecimal(total),
    payments_allocations_total_amount: '0.0',
    payments_allocations_total_discount: '0.0',
    total_paid: '0.0',
    outstanding_amount: formatDecimal(total),
    currency: currencyLink(currency),
    exchange_rate: '1.0',
    inverse_exchange_rate: '1.0',
    total_quantity: formatDecimal(sum(s.lines.map((l) => dec(l.quantity)))),
    ...(kind.discounts ? { total_discount_amount: discount, base_currency_total_discount_amount: discount } : {}),
    status: statusLink(s.status),
    ...kind.fixedFields,
    void_reason: s.void_reason,
    editable: true,
    last_paid: null,
    [kind.linesKey]: s.lines,
    tax_analysis: taxAnalysis(s.lines),
    _allocations: [],
  };
  return settle(rec, s.allocations);
}

function stateOf(kind: InvoiceKind, r: InvoiceRecord): InvoiceState {
  const extras: Record<string, string> = {};
  for (const k of kind.extraFields) extras[k] = String(r[k] ?? '');
  const dates: Record<string, string | null> = {};
  for (const k of kind.dateFields) dates[k] = (r[k] as string | null | undefined) ?? null;
  return {
    id: r.id,
    created_at: r.created_at,
    updated_at: r.updated_at,
    deleted_at: r.deleted_at,
    status: r.status.id,
    number: kind.numberPrefix ? ((r[kind.numberField] as string | undefined) ?? null) : null,
    transaction: r.transaction,
    contact: { id: r.contact.id, displayed_as: r.contact.displayed_as, name: r.contact_name, reference: r.contact_reference },
    date: r.date,
    due_date: r.due_date ?? null,
    reference: r.reference,
    notes: r.notes,
    extras,
    dates,
    addresses: {
      main_address: (r.main_address as ArtefactAddress | null | undefined) ?? null,
      delivery_address: (r.delivery_address as ArtefactAddress | null | undefined) ?? null,
    },
    quote: r.original_quote_estimate ?? null,
    correction:
      kind.corrects && r.original_invoice
        ? {
            original_invoice: r.original_invoice as Link,
            original_invoice_number: String(r.original_invoice_number ?? ''),
            original_invoice_date: String(r.original_invoice_date ?? ''),
            corrective_reason_code: (r.corrective_reason_code as Link | null | undefined) ?? null,
          }
        : null,
    lines: linesOf(kind, r),
    void_reason: r.void_reason,
    allocations: r._allocations,
  };
}

export function contactSnapshot(c: ContactRecord): InvoiceState['contact'] {
  return { id: c.id, displayed_as: c.displayed_as, name: c.name, reference: c.reference };
}

/**
 * The ledger entries of a posted document. Sales invoice: debit trade debtors with the total (for
 * the customer), credit each line's account with its net and the sales tax control account with
 * the tax. Purchase invoice: the mirror (debit lines and purchase tax, credit trade creditors).
 * A credit note posts the mirror of its invoice.
 */
export function invoicePosting(kind: InvoiceKind, rec: InvoiceRecord, controls: ControlAccounts): Posting {
  const sign = (kind.side === 'customer' ? -1 : 1) * (kind.credit ? -1 : 1);
  const details = rec.displayed_as;
  return {
    transaction_type: kind.transactionType,
    origin: { resource: kind.resource, id: rec.id },
    date: rec.date,
    reference: rec.reference,
    contact_id: rec.contact.id,
    lines: [
      ...linesOf(kind, rec).map((l) => ({ ledger_account_id: l.ledger_account.id, amount: dec(l.net_amount).times(sign), details })),
      {
        ledger_account_id: (kind.side === 'customer' ? controls.salesTax : controls.purchaseTax).id,
        amount: dec(rec.tax_amount).times(sign),
        details,
      },
      {
        ledger_account_id: controlOf(controls, kind.side).id,
        amount: dec(rec.total_amount).times(-sign),
        contact_id: rec.contact.id,
        details,
      },
    ],
  };
}

async function postInvoice(ctx: RequestContext, kind: InvoiceKind, rec: InvoiceRecord, controls: ControlAccounts): Promise<InvoiceRecord> {
  const txn = await post(ctx, invoicePosting(kind, rec, controls));
  return { ...rec, transaction: transactionLink(txn, kind.transactionType) };
}

/** The full representation; `payments_allocations` only when asked for. */
export function renderInvoice(rec: InvoiceRecord, withPayments: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) if (!k.startsWith('_')) out[k] = v;
  out.base_currency_net_amount = rec.net_amount;
  out.base_currency_tax_amount = rec.tax_amount;
  out.base_currency_total_amount = rec.total_amount;
  out.base_currency_outstanding_amount = rec.outstanding_amount;
  if (withPayments) out.payments_allocations = renderPaymentsAllocations(rec);
  return out;
}

// ------------------------------------------------------------------ the document's life

/** Creates a document from a request body (`status_id` decides whether it posts). */
export async function createInvoice(
  ctx: RequestContext,
  kind: InvoiceKind,
  data: Record<string, unknown>,
  quote: Link | null = null,
): Promise<InvoiceRecord> {
  const input = readInvoice(ctx, kind, data);
  const controls = controlAccounts(ctx);
  const contact = input.contact!;
  const status = input.status!;
  const at = now(ctx);
  const id = newId(ctx);
  const lines = input.lines!.map((l) => lineRecord(kind, newId(ctx), l));
  const number = kind.numberPrefix && isPosted(status) ? `${kind.numberPrefix}${await takeNumber(ctx, kind.resource)}` : null;
  let rec = compose(
    kind,
    {
      id,
      created_at: at,
      updated_at: at,
      deleted_at: null,
      status,
      number,
      transaction: null,
      contact: contactSnapshot(contact),
      date: input.date!,
      due_date: input.due_date ?? null,
      reference: input.reference ?? '',
      notes: input.notes ?? '',
      extras: input.extras,
      dates: input.dates,
      addresses: { main_address: input.addresses.main_address ?? null, delivery_address: input.addresses.delivery_address ?? null },
      quote,
      correction: input.correction ?? null,
      lines,
      void_reason: null,
      allocations: [],
    },
    business(ctx).currency,
  );
  if (isPosted(status)) rec = await postInvoice(ctx, kind, rec, controls);
  await col<InvoiceRecord>(ctx, kind.resource).insert(rec);
  await markContactUsed(ctx, contact.id);
  await markItemsUsed(
    ctx,
    lines.flatMap((l) => [l.product, l.service]),
  );
  return rec;
}

/** Applies a PUT body; a posted document whose amounts, contact or date change is re-posted. */
export async function updateInvoice(
  ctx: RequestContext,
  kind: InvoiceKind,
  prev: InvoiceRecord,
  data: Record<string, unknown>,
): Promise<InvoiceRecord> {
  if (prev.status.id === 'VOID') throw apiError('InvoiceVoid', { source: 'base' });
  const input = readInvoice(ctx, kind, data, prev);
  const changesLedger =
    input.lines !== undefined ||
    (input.contact !== undefined && input.contact.id !== prev.contact.id) ||
    (input.date !== undefined && input.date !== prev.date);
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
  Object.assign(s.dates, input.dates);
  Object.assign(s.addresses, input.addresses);
  if (input.correction) s.correction = input.correction;
  if (input.lines) s.lines = input.lines.map((l) => lineRecord(kind, newId(ctx), l));
  let next = compose(kind, s, business(ctx).currency);
  if (changesLedger && isPosted(prev.status.id)) {
    if (prev.transaction) await reverse(ctx, prev.transaction.id);
    next = await postInvoice(ctx, kind, next, controls);
  }
  await col<InvoiceRecord>(ctx, kind.resource).put(next);
  await markContactUsed(ctx, next.contact.id);
  await markItemsUsed(
    ctx,
    s.lines.flatMap((l) => [l.product, l.service]),
  );
  return next;
}

/** Posts a DRAFT or PRO_FORMA document with the next number. */
export async function releaseInvoice(ctx: RequestContext, kind: InvoiceKind, prev: InvoiceRecord): Promise<InvoiceRecord> {
  if (!(UNPOSTED as readonly string[]).includes(prev.status.id)) throw apiError('InvoiceNotDraft', { source: 'base' });
  const controls = controlAccounts(ctx);
  const s = stateOf(kind, prev);
  s.status = 'UNPAID';
  s.updated_at = now(ctx);
  if (kind.numberPrefix) s.number = `${kind.numberPrefix}${await takeNumber(ctx, kind.resource)}`;
  const next = await postInvoice(ctx, kind, compose(kind, s, business(ctx).currency), controls);
  await col<InvoiceRecord>(ctx, kind.resource).put(next);
  return next;
}

/** Voids a document: entries reversed, status VOID, number kept, listed by `deleted_since`. */
export async function voidInvoice(
  ctx: RequestContext,
  kind: InvoiceKind,
  prev: InvoiceRecord,
  reason: string | undefined,
): Promise<InvoiceRecord> {
  if (prev.status.id === 'VOID') throw apiError('InvoiceVoid', { source: 'base' });
  if (prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  if (reason === undefined && prev.status.id !== 'DRAFT') throw invalid('void_reason', "can't be blank");
  if (reason !== undefined && [...reason].length > VOID_REASON_MAX)
    throw invalid('void_reason', `is too long (maximum is ${VOID_REASON_MAX} characters)`);
  if (isPosted(prev.status.id) && prev.transaction) await reverse(ctx, prev.transaction.id);
  const at = now(ctx);
  const s = stateOf(kind, prev);
  s.status = 'VOID';
  s.void_reason = reason ?? null;
  s.updated_at = at;
  s.deleted_at = at;
  const next = compose(kind, s, business(ctx).currency);
  await col<InvoiceRecord>(ctx, kind.resource).put(next);
  await bury(ctx, kind.resource, next);
  return next;
}

/** Deletes a document: entries reversed, record removed, tombstone left. */
export async function deleteInvoice(ctx: RequestContext, kind: InvoiceKind, prev: InvoiceRecord): Promise<void> {
  if (prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  if (isPosted(prev.status.id) && prev.transaction) await reverse(ctx, prev.transaction.id);
  await col<InvoiceRecord>(ctx, kind.resource).remove(prev.id);
  await bury(ctx, kind.resource, prev);
}

/**
 * Sales quotes and estimates: documents that price work for a customer and post nothing. They are
 * read and priced exactly as invoice lines are (mock/ledger/invoices.ts), numbered `SQ-1` /
 * `SE-1`, ... per business [guess: Sage's default prefixes], and carry `expiry_date` (required).
 *
 * Status [guess: Sage lists quote statuses without documenting their life]: PENDING (default),
 * DRAFT, ACCEPTED or DECLINED as sent on create or PUT; INVOICED once an invoice is made from it.
 * An invoiced quote cannot be changed (422) but can be deleted (204).
 *
 * Converting: `POST /sales_invoices` with `original_quote_estimate_id` makes an invoice from a quote
 * or estimate of this business that is not yet invoiced. What the invoice body leaves out comes
 * from the quote (`contact_id`, the lines, `reference`, `notes`, `terms_and_conditions`, the
 * addresses) [guess]; the invoice links back through `original_quote_estimate`, and the quote
 * forward through `invoice`.
 */
import type { RequestContext } from '../context.ts';
import { invalid } from '../core/errors.ts';
import { dec, formatDecimal, sum } from '../core/money.ts';
import { link, refLink, type Link } from '../core/records.ts';
import type { StoredRecord } from '../store/index.ts';
import { bury, business, col, newId, now } from './books.ts';
import { currencyLink } from './parties.ts';
import {
  contactSnapshot,
  createInvoice,
  lineRecord,
  readInvoice,
  taxAnalysis,
  type InvoiceKind,
  type InvoiceLineRecord,
  type InvoiceRecord,
} from './invoices.ts';
import { markItemsUsed } from './catalog.ts';
import { markContactUsed } from './parties.ts';
import { takeNumber } from './numbering.ts';

export const SALES_QUOTES = 'sales_quotes';
export const SALES_ESTIMATES = 'sales_estimates';

export const QUOTE_STATUSES = [
  { id: 'DRAFT', displayed_as: 'Draft' },
  { id: 'PENDING', displayed_as: 'Pending' },
  { id: 'ACCEPTED', displayed_as: 'Accepted' },
  { id: 'DECLINED', displayed_as: 'Declined' },
  { id: 'INVOICED', displayed_as: 'Invoiced' },
] as const;

/** Statuses a client may set (INVOICED comes from a conversion). */
const SETTABLE = ['PENDING', 'DRAFT', 'ACCEPTED', 'DECLINED'];

export interface QuoteRecord extends StoredRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  contact: Link;
  status: Link;
  invoice: Link | null;
  date: string;
  expiry_date: string;
  [key: string]: unknown;
}

const statusLink = (id: string): Link => refLink('quote_statuses', QUOTE_STATUSES, id);

function linesOf(kind: InvoiceKind, q: QuoteRecord): InvoiceLineRecord[] {
  return (q[kind.linesKey] as InvoiceLineRecord[] | undefined) ?? [];
}

function compose(ctx: RequestContext, kind: InvoiceKind, base: QuoteRecord, lines: InvoiceLineRecord[]): QuoteRecord {
  const net = sum(lines.map((l) => dec(l.net_amount)));
  const tax = sum(lines.map((l) => dec(l.tax_amount)));
  const discount = formatDecimal(sum(lines.map((l) => dec(l.discount_amount ?? '0'))));
  return {
    ...base,
    net_amount: formatDecimal(net),
    tax_amount: formatDecimal(tax),
    total_amount: formatDecimal(net.plus(tax)),
    base_currency_net_amount: formatDecimal(net),
    base_currency_tax_amount: formatDecimal(tax),
    base_currency_total_amount: formatDecimal(net.plus(tax)),
    currency: currencyLink(business(ctx).currency),
    exchange_rate: '1.0',
    inverse_exchange_rate: '1.0',
    total_quantity: formatDecimal(sum(lines.map((l) => dec(l.quantity)))),
    total_discount_amount: discount,
    base_currency_total_discount_amount: discount,
    payments_allocations_total_amount: '0.0',
    payments_allocations_total_discount: '0.0',
    total_paid: '0.0',
    [kind.linesKey]: lines,
    tax_analysis: taxAnalysis(lines),
  };
}

function readStatus(data: Record<string, unknown>): string | undefined {
  const s = data.status_id;
  if (s === undefined || s === null || s === '') return undefined;
  if (typeof s !== 'string' || !SETTABLE.includes(s)) throw invalid('status_id', 'is invalid');
  return s;
}

/** Creates a quote or estimate (`kind` describes which). */
export async function createQuote(ctx: RequestContext, kind: InvoiceKind, data: Record<string, unknown>): Promise<QuoteRecord> {
  const status = readStatus(data) ?? 'PENDING';
  const input = readInvoice(ctx, kind, { ...data, status_id: undefined });
  if (!input.dates.expiry_date) throw invalid('expiry_date', "can't be blank");
  if (input.dates.expiry_date < input.date!) throw invalid('expiry_date', 'cannot be before the date');
  const at = now(ctx);
  const id = newId(ctx);
  const number = `${kind.numberPrefix}${await takeNumber(ctx, kind.resource)}`;
  const contact = contactSnapshot(input.contact!);
  const lines = input.lines!.map((l) => lineRecord(kind, newId(ctx), l));
  const extras: Record<string, string> = {};
  for (const k of kind.extraFields) extras[k] = input.extras[k] ?? '';
  const rec = compose(
    ctx,
    kind,
    {
      id,
      displayed_as: number,
      $path: `/${kind.resource}/${id}`,
      created_at: at,
      updated_at: at,
      editable: true,
      ...kind.fixedFields,
      contact: link('contacts', contact.id, contact.displayed_as),
      [`${kind.numberField}_prefix`]: kind.numberPrefix,
      [kind.numberField]: number,
      contact_name: contact.name,
      contact_reference: contact.reference,
      date: input.date!,
      expiry_date: input.dates.expiry_date,
      reference: input.reference ?? '',
      notes: input.notes ?? '',
      ...extras,
      main_address: input.addresses.main_address ?? null,
      delivery_address: input.addresses.delivery_address ?? null,
      status: statusLink(status),
      invoice: null,
    },
    lines,
  );
  await col<QuoteRecord>(ctx, kind.resource).insert(rec);
  await markContactUsed(ctx, contact.id);
  await markItemsUsed(
    ctx,
    lines.flatMap((l) => [l.product, l.service]),
  );
  return rec;
}

/** Applies a PUT; an invoiced quote cannot change. */
export async function updateQuote(
  ctx: RequestContext,
  kind: InvoiceKind,
  prev: QuoteRecord,
  data: Record<string, unknown>,
): Promise<QuoteRecord> {
  if (prev.status.id === 'INVOICED') throw invalid('base', 'An invoiced quote or estimate cannot be changed.');
  const status = readStatus(data);
  const input = readInvoice(ctx, kind, { ...data, status_id: undefined }, prev as unknown as InvoiceRecord);
  const date = input.date ?? prev.date;
  const expiry = input.dates.expiry_date ?? prev.expiry_date;
  if (expiry < date) throw invalid('expiry_date', 'cannot be before the date');
  const next: QuoteRecord = { ...prev, updated_at: now(ctx), date, expiry_date: expiry };
  if (status) next.status = statusLink(status);
  if (input.contact) {
    const c = contactSnapshot(input.contact);
    Object.assign(next, { contact: link('contacts', c.id, c.displayed_as), contact_name: c.name, contact_reference: c.reference });
  }
  if (input.reference !== undefined) next.reference = input.reference;
  if (input.notes !== undefined) next.notes = input.notes;
  Object.assign(next, input.extras, input.addresses);
  const lines = input.lines ? input.lines.map((l) => lineRecord(kind, newId(ctx), l)) : linesOf(kind, prev);
  const rec = compose(ctx, kind, next, lines);
  await col<QuoteRecord>(ctx, kind.resource).put(rec);
  await markContactUsed(ctx, rec.contact.id);
  await markItemsUsed(
    ctx,
    lines.flatMap((l) => [l.product, l.service]),
  );
  return rec;
}

export async function deleteQuote(ctx: RequestContext, kind: InvoiceKind, prev: QuoteRecord): Promise<void> {
  await col<QuoteRecord>(ctx, kind.resource).remove(prev.id);
  await bury(ctx, kind.resource, prev);
}

/** What an invoice body leaves out, taken from the quote it converts. */
function fromQuote(kind: InvoiceKind, q: QuoteRecord): Record<string, unknown> {
  const lines = linesOf(kind, q).map((l) => ({
    description: l.description,
    ledger_account_id: l.ledger_account.id,
    tax_rate_id: l.tax_rate.id,
    unit_price: l.unit_price,
    quantity: l.quantity,
    unit_price_includes_tax: l.unit_price_includes_tax,
    tax_amount: l.tax_amount,
    discount_amount: l.discount_amount,
    product_id: l.product?.id,
    service_id: l.service?.id,
  }));
  return {
    contact_id: q.contact.id,
    reference: q.reference,
    notes: q.notes,
    terms_and_conditions: q.terms_and_conditions,
    main_address: addressInput(q.main_address),
    delivery_address: addressInput(q.delivery_address),
    invoice_lines: lines,
  };
}

function addressInput(a: unknown): Record<string, unknown> | undefined {
  if (!a || typeof a !== 'object') return undefined;
  const o = a as Record<string, unknown> & { country?: Link | null; country_group?: Link | null };
  return { ...o, country_id: o.country?.id, country_group_id: o.country_group?.id, country: undefined, country_group: undefined };
}

/**
 * `POST /sales_invoices` with `original_quote_estimate_id`: the invoice made from that quote or
 * estimate (the kinds say how each reads its lines), which is then INVOICED and links to it.
 */
export async function invoiceFromQuote(
  ctx: RequestContext,
  invoice: InvoiceKind,
  quoteKinds: readonly InvoiceKind[],
  data: Record<string, unknown>,
): Promise<InvoiceRecord> {
  const id = data.original_quote_estimate_id;
  if (id === undefined || id === null || id === '') return createInvoice(ctx, invoice, data);
  if (typeof id !== 'string') throw invalid('original_quote_estimate_id', 'is invalid');
  const found = quoteKinds.map((k) => ({ kind: k, quote: col<QuoteRecord>(ctx, k.resource).get(id) })).find((x) => x.quote);
  if (!found?.quote) throw invalid('original_quote_estimate_id', 'quote or estimate is invalid or does not exist in this business');
  const { kind, quote } = found;
  if (quote.status.id === 'INVOICED') throw invalid('original_quote_estimate_id', 'has already been invoiced');
  const defaults = fromQuote(kind, quote);
  const sent = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== null));
  const rec = await createInvoice(ctx, invoice, { ...defaults, ...sent }, link(kind.resource, quote.id, quote.displayed_as));
  await col<QuoteRecord>(ctx, kind.resource).put({
    ...quote,
    updated_at: now(ctx),
    status: statusLink('INVOICED'),
    invoice: link(invoice.resource, rec.id, rec.displayed_as),
    editable: false,
  });
  return rec;
}

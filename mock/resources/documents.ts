/**
 * The routes of sales and purchase invoices and credit notes: HTTP translated to the one document
 * implementation (mock/ledger/invoices.ts). List filters: `status_id`, `contact_id`, `search`
 * (number, reference, vendor reference, contact name), `from_date` / `to_date`; sort on
 * `created_at`, `updated_at`, `date`, `due_date`; `show_payments_allocations=true`.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import type { Link } from '../core/records.ts';
import { ARTEFACT_STATUSES } from '../world/reference.ts';
import {
  createInvoice,
  deleteInvoice,
  releaseInvoice,
  renderInvoice,
  updateInvoice,
  voidInvoice,
  type InvoiceKind,
  type InvoiceRecord,
} from '../ledger/invoices.ts';
import { QUOTE_STATUSES, createQuote, deleteQuote, updateQuote, type QuoteRecord } from '../ledger/quotes.ts';
import {
  PURCHASE_QUICK_ENTRIES,
  SALES_QUICK_ENTRIES,
  removeQuickEntry,
  renderQuickEntry,
  writeQuickEntry,
  type QuickEntryRecord,
} from '../ledger/quick_entries.ts';
import type { Side } from '../ledger/parties.ts';
import { col, dateRangeFilters, envelopeOf, found, linkFilter, mnemonicFilter, publicView, readRoutes } from './kit.ts';

export const showPayments = (ctx: RequestContext) => ctx.query.get('show_payments_allocations') === 'true';

/** `void_reason` from the query (as Sage documents it), or from a JSON body. */
function voidReason(ctx: RequestContext, singular: string): string | undefined {
  const q = ctx.query.get('void_reason');
  if (q !== null && q.trim() !== '') return q.trim();
  const b = ctx.body;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return undefined;
  const o = b as Record<string, unknown>;
  const inner = o[singular] && typeof o[singular] === 'object' ? (o[singular] as Record<string, unknown>).void_reason : undefined;
  const v = o.void_reason ?? inner;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * The list filters every document resource has: `status_id` (one of `statuses`), `contact_id`,
 * `search` (a case-insensitive substring of any of `searched(record)`) and the date range.
 */
function documentFilters<R extends { status: Link; contact: Link | null; date: string }>(
  statuses: readonly { id: string }[],
  searched: (r: R) => unknown[],
): Record<string, (v: string) => (r: R) => boolean> {
  return {
    status_id: mnemonicFilter<R>(
      'status_id',
      statuses.map((st) => st.id),
      (r) => r.status,
    ),
    contact_id: linkFilter<R>((r) => r.contact),
    search(v) {
      const s = v.trim().toLowerCase();
      return (r) => searched(r).some((x) => typeof x === 'string' && x.toLowerCase().includes(s));
    },
    ...dateRangeFilters<R>(),
  };
}

/** List filters of the invoice and credit-note resources. */
export const DOCUMENT_FILTERS = documentFilters<InvoiceRecord>(ARTEFACT_STATUSES, (r) => [
  r.invoice_number,
  r.credit_note_number,
  r.reference,
  r.vendor_reference,
  r.contact_name,
]);

/** The routes of a document resource (`create`: how a POST body becomes a document, by default `createInvoice`). */
export function documentRoutes(
  kind: InvoiceKind,
  create: (ctx: RequestContext, data: Record<string, unknown>) => Promise<InvoiceRecord> = (ctx, data) => createInvoice(ctx, kind, data),
): RouteDef[] {
  const base = `/${kind.resource}`;
  const one = (ctx: RequestContext) => found(col<InvoiceRecord>(ctx, kind.resource), ctx.params.id);
  return [
    ...readRoutes<InvoiceRecord>({
      resource: kind.resource,
      render: (r, ctx) => renderInvoice(r, showPayments(ctx)),
      filters: DOCUMENT_FILTERS,
      sortable: ['created_at', 'updated_at', 'date', 'due_date'],
      deletable: true,
    }),
    {
      surface: 'api',
      method: 'POST',
      path: base,
      resource: kind.singular,
      handler: async (ctx) => json(201, renderInvoice(await create(ctx, envelopeOf(ctx, kind.singular)), false)),
    },
    {
      surface: 'api',
      method: 'PUT',
      path: `${base}/:id`,
      resource: kind.singular,
      handler: async (ctx) => {
        const prev = one(ctx);
        return json(200, renderInvoice(await updateInvoice(ctx, kind, prev, envelopeOf(ctx, kind.singular)), showPayments(ctx)));
      },
    },
    {
      surface: 'api',
      method: 'POST',
      path: `${base}/:id/release`,
      resource: kind.singular,
      handler: async (ctx) => json(201, renderInvoice(await releaseInvoice(ctx, kind, one(ctx)), false)),
    },
    {
      surface: 'api',
      method: 'DELETE',
      path: `${base}/:id`,
      resource: kind.singular,
      async handler(ctx) {
        const prev = one(ctx);
        if (kind.deleteMode === 'void')
          return json(200, renderInvoice(await voidInvoice(ctx, kind, prev, voidReason(ctx, kind.singular)), false));
        await deleteInvoice(ctx, kind, prev);
        return noContent();
      },
    },
  ];
}

// ------------------------------------------------------------------ what the mock does not model

/*
 * Properties Sage lists on these documents for features the mock does not model (Construction
 * Industry Scheme, shipping, withholding tax, reverse charge, recurring invoices, corrective
 * invoices, tax returns, hyperlinks): always shown, with the value a GB business without those
 * features has, so clients find every key. Each is in the README's list of fixed properties.
 */
const BASE_FIXED = {
  links: [],
  vat_reverse_charge: false,
  detailed_tax_analysis: null,
  tax_address_region: null,
  withholding_tax_rate: null,
  withholding_tax_amount: '0.0',
  base_currency_withholding_tax_amount: '0.0',
  tax_reconciled: false,
  tax_calculation_method: null,
} as const;

/** The Construction Industry Scheme fields of invoices and credit notes. */
const CIS_FIXED = {
  is_cis: false,
  cis_applicable_amount: '0.0',
  base_currency_cis_applicable_amount: '0.0',
  total_after_cis_deduction: null,
  base_currency_total_after_cis_deduction: null,
  has_cis_labour: false,
  has_cis_materials: false,
} as const;

const COMMON_FIXED = { ...BASE_FIXED, ...CIS_FIXED, migrated: false } as const;

/** What sales documents (invoices, credit notes, quotes, estimates) show of shipping, consignments and sending. */
const SALES_ONLY = {
  destination_consignment: null,
  destination_vat_rates_in_use: false,
  shipping_net_amount: '0.0',
  shipping_tax_rate: null,
  shipping_tax_amount: '0.0',
  shipping_tax_breakdown: [],
  shipping_total_amount: '0.0',
  base_currency_shipping_net_amount: '0.0',
  base_currency_shipping_tax_amount: '0.0',
  base_currency_shipping_tax_breakdown: [],
  base_currency_shipping_total_amount: '0.0',
  sent: false,
  sent_by_email: false,
} as const;

export const SALES_FIXED = { ...COMMON_FIXED, ...SALES_ONLY } as const;

/** Corrective invoices (Spain) show neither CIS, regions, recurring, corrections nor migration fields. */
const { tax_address_region: _region, ...CORRECTIVE_BASE } = BASE_FIXED;
export const SALES_CORRECTIVE_FIXED = { ...CORRECTIVE_BASE, ...SALES_ONLY } as const;
const { tax_calculation_method: _method, ...PURCHASE_CORRECTIVE_BASE } = CORRECTIVE_BASE;
export const PURCHASE_CORRECTIVE_FIXED = { ...PURCHASE_CORRECTIVE_BASE, import: false } as const;

export const PURCHASE_FIXED = {
  ...COMMON_FIXED,
  postponed_accounting: false,
  import: false,
  vat_exempt_consignment: false,
  total_itc_amount: '0.0',
  base_currency_total_itc_amount: '0.0',
  total_itr_amount: '0.0',
  base_currency_total_itr_amount: '0.0',
  part_recoverable: false,
} as const;

export const SALES_LINE_FIXED = {
  analysis_type_categories: [],
  trade_of_asset: false,
  tax_breakdown: [],
  base_currency_tax_breakdown: [],
  eu_goods_services_type: null,
  eu_sales_description: null,
} as const;

export const PURCHASE_LINE_FIXED = {
  is_purchase_for_resale: false,
  analysis_type_categories: [],
  trade_of_asset: false,
  tax_breakdown: [],
  base_currency_tax_breakdown: [],
  eu_goods_services_type: null,
  gst_amount: null,
  pst_amount: null,
  tax_recoverable: null,
} as const;

/** The routes of a quote or estimate resource (mock/ledger/quotes.ts). */
export function quoteRoutes(kind: InvoiceKind): RouteDef[] {
  const base = `/${kind.resource}`;
  const one = (ctx: RequestContext) => found(col<QuoteRecord>(ctx, kind.resource), ctx.params.id);
  const render = (r: QuoteRecord) => publicView(r);
  return [
    ...readRoutes<QuoteRecord>({
      resource: kind.resource,
      render,
      filters: documentFilters<QuoteRecord>(QUOTE_STATUSES, (r) => [r[kind.numberField], r.reference, r.contact_name]),
      sortable: ['created_at', 'updated_at', 'date', 'expiry_date'],
      deletable: true,
    }),
    {
      surface: 'api',
      method: 'POST',
      path: base,
      resource: kind.singular,
      handler: async (ctx) => json(201, render(await createQuote(ctx, kind, envelopeOf(ctx, kind.singular)))),
    },
    {
      surface: 'api',
      method: 'PUT',
      path: `${base}/:id`,
      resource: kind.singular,
      handler: async (ctx) => {
        const prev = one(ctx);
        return json(200, render(await updateQuote(ctx, kind, prev, envelopeOf(ctx, kind.singular))));
      },
    },
    {
      surface: 'api',
      method: 'DELETE',
      path: `${base}/:id`,
      resource: kind.singular,
      async handler(ctx) {
        await deleteQuote(ctx, kind, one(ctx));
        return noContent();
      },
    },
  ];
}

/** What quotes and estimates show of the fields Sage lists and the mock does not model (no CIS, no migrations). */
const QUOTE_FIXED = { ...BASE_FIXED, ...SALES_ONLY, profit_analysis: null } as const;

/** A quote or estimate resource: how it differs is its names (`sales_quotes`, `quote_lines`, `quote_number`, `SQ-`). */
export function quoteKind(
  resource: string,
  singular: string,
  linesKey: 'quote_lines' | 'estimate_lines',
  numberField: 'quote_number' | 'estimate_number',
  prefix: string,
): InvoiceKind {
  return {
    resource,
    singular,
    transactionType: 'SALES_INVOICE',
    side: 'customer',
    credit: false,
    linesKey,
    numberField,
    dueDate: 'none',
    quantityRequired: false,
    discounts: true,
    numberPrefix: prefix,
    createStatuses: ['PENDING'],
    extraFields: ['terms_and_conditions', 'main_address_free_form', 'delivery_address_free_form'],
    extraFieldMax: {},
    dateFields: ['expiry_date'],
    addresses: true,
    fixedFields: QUOTE_FIXED,
    fixedLineFields: SALES_LINE_FIXED,
    deleteMode: 'delete',
  };
}

/** The routes of a quick entry resource (mock/ledger/quick_entries.ts) of `side`. */
export function quickEntryRoutes(side: Side): RouteDef[] {
  const resource = side === 'customer' ? SALES_QUICK_ENTRIES : PURCHASE_QUICK_ENTRIES;
  const singular = side === 'customer' ? 'sales_quick_entry' : 'purchase_quick_entry';
  const one = (ctx: RequestContext) => found(col<QuickEntryRecord>(ctx, resource), ctx.params.id);
  return [
    ...readRoutes<QuickEntryRecord>({
      resource,
      render: (r, ctx) => renderQuickEntry(r, showPayments(ctx)),
      filters: {
        status_id: mnemonicFilter<QuickEntryRecord>(
          'status_id',
          ARTEFACT_STATUSES.map((s) => s.id),
          (r) => r.status,
        ),
        contact_id: linkFilter<QuickEntryRecord>((r) => r.contact),
        search(v) {
          const s = v.trim().toLowerCase();
          return (r) => [r.reference, r.contact_name, r.details].some((x) => x.toLowerCase().includes(s));
        },
        ...dateRangeFilters<QuickEntryRecord>(),
      },
      sortable: ['created_at', 'updated_at', 'date', 'due_date'],
      deletable: true,
    }),
    {
      surface: 'api',
      method: 'POST',
      path: `/${resource}`,
      resource: singular,
      handler: async (ctx) => json(201, renderQuickEntry(await writeQuickEntry(ctx, side, envelopeOf(ctx, singular)), false)),
    },
    {
      surface: 'api',
      method: 'PUT',
      path: `/${resource}/:id`,
      resource: singular,
      handler: async (ctx) => {
        const prev = one(ctx);
        return json(200, renderQuickEntry(await writeQuickEntry(ctx, side, envelopeOf(ctx, singular), prev), showPayments(ctx)));
      },
    },
    {
      surface: 'api',
      method: 'DELETE',
      path: `/${resource}/:id`,
      resource: singular,
      async handler(ctx) {
        await removeQuickEntry(ctx, side, one(ctx));
        return noContent();
      },
    },
  ];
}

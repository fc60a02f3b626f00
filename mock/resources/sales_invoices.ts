/**
 * /sales_invoices: invoices to customers. The behaviour is shared with the other documents
 * (mock/ledger/invoices.ts); what is particular to sales invoices is said here:
 * - the contact must be a customer, else 422 "can't find customer" on `contact_id`;
 * - `status_id` on create: UNPAID (default, posted and numbered `SI-1`, `SI-2`, ... per business),
 *   DRAFT or PRO_FORMA (not posted, `SI-DRAFT` until `POST /sales_invoices/{id}/release`);
 * - `due_date` defaults to the date plus the contact's `credit_days`;
 * - DELETE voids (200 with the void invoice): `void_reason` required unless DRAFT, refused while
 *   payments or allocations exist; the invoice keeps its number and is listed by `deleted_since`;
 * - an invoice made from a quote or estimate links back to it (`original_quote_estimate`).
 */
import type { RouteDef } from '../context.ts';
import type { InvoiceKind } from '../ledger/invoices.ts';
import { SALES_INVOICES } from '../ledger/artefacts.ts';
import { invoiceFromQuote } from '../ledger/quotes.ts';
import { SALES_FIXED, SALES_LINE_FIXED, documentRoutes } from './documents.ts';
import { SALES_QUOTE } from './sales_quotes.ts';
import { SALES_ESTIMATE } from './sales_estimates.ts';

export const SALES_INVOICE: InvoiceKind = {
  resource: SALES_INVOICES,
  singular: 'sales_invoice',
  transactionType: 'SALES_INVOICE',
  side: 'customer',
  credit: false,
  linesKey: 'invoice_lines',
  numberField: 'invoice_number',
  dueDate: 'defaulted',
  quantityRequired: false,
  discounts: true,
  numberPrefix: 'SI-',
  createStatuses: ['UNPAID', 'DRAFT', 'PRO_FORMA'],
  extraFields: ['terms_and_conditions', 'main_address_free_form', 'delivery_address_free_form'],
  extraFieldMax: {},
  dateFields: ['delivery_performance_date'],
  addresses: true,
  fixedFields: { ...SALES_FIXED, recurring_invoice: null, corrections: [] },
  fixedLineFields: SALES_LINE_FIXED,
  deleteMode: 'void',
};

export const salesInvoiceRoutes: RouteDef[] = documentRoutes(SALES_INVOICE, (ctx, data) =>
  invoiceFromQuote(ctx, SALES_INVOICE, [SALES_QUOTE, SALES_ESTIMATE], data),
);

/**
 * /sales_estimates: estimates for customers (mock/ledger/quotes.ts): priced like invoices, posting nothing, numbered
 * `SE-1`, `SE-2`, ... per business [guess], `expiry_date` required; `POST /sales_invoices`
 * with `original_quote_estimate_id` turns one into an invoice.
 */
import type { RouteDef } from '../context.ts';
import type { InvoiceKind } from '../ledger/invoices.ts';
import { SALES_ESTIMATES } from '../ledger/quotes.ts';
import { QUOTE_FIXED, SALES_LINE_FIXED, quoteRoutes } from './documents.ts';

export const SALES_ESTIMATE: InvoiceKind = {
  resource: SALES_ESTIMATES,
  singular: 'sales_estimate',
  transactionType: 'SALES_INVOICE',
  side: 'customer',
  credit: false,
  linesKey: 'estimate_lines',
  numberField: 'estimate_number',
  dueDate: 'none',
  quantityRequired: false,
  discounts: true,
  numberPrefix: 'SE-',
  createStatuses: ['PENDING'],
  extraFields: ['terms_and_conditions', 'main_address_free_form', 'delivery_address_free_form'],
  extraFieldMax: {},
  dateFields: ['expiry_date'],
  addresses: true,
  fixedFields: QUOTE_FIXED,
  fixedLineFields: SALES_LINE_FIXED,
  deleteMode: 'delete',
};

export const salesEstimateRoutes: RouteDef[] = quoteRoutes(SALES_ESTIMATE);

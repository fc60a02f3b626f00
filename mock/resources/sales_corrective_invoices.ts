/**
 * /sales_corrective_invoices: corrections of sales invoices, served in Spanish businesses (as Sage serves them; elsewhere a
 * create is a 422 on `base` [guess]). One implementation with invoices (mock/ledger/invoices.ts):
 * `original_invoice_id` (required) names the posted invoice of the same contact it corrects, whose
 * number and date it shows; `corrective_reason_code_id` is kept as sent. It reduces what the
 * original charged [guess: Sage documents the fields, not the postings]: it posts the mirror of an
 * invoice and is a credit of the contact that allocations set against the original or other
 * invoices. Created UNPAID (there is no release); DELETE voids it.
 */
import type { RouteDef } from '../context.ts';
import type { InvoiceKind } from '../ledger/invoices.ts';
import { SALES_CORRECTIVE_INVOICES, SALES_INVOICES } from '../ledger/artefacts.ts';
import { SALES_CORRECTIVE_FIXED, SALES_LINE_FIXED, documentRoutes } from './documents.ts';

export const SALES_CORRECTIVE_INVOICE: InvoiceKind = {
  resource: SALES_CORRECTIVE_INVOICES,
  singular: 'sales_corrective_invoice',
  transactionType: 'SALES_CORRECTIVE_INVOICE',
  side: 'customer',
  credit: true,
  linesKey: 'invoice_lines',
  numberField: 'invoice_number',
  dueDate: 'defaulted',
  quantityRequired: false,
  discounts: true,
  numberPrefix: 'SCI-',
  createStatuses: ['UNPAID'],
  extraFields: ['terms_and_conditions', 'main_address_free_form', 'delivery_address_free_form', 'details'],
  extraFieldMax: {},
  dateFields: [],
  addresses: true,
  fixedFields: SALES_CORRECTIVE_FIXED,
  fixedLineFields: SALES_LINE_FIXED,
  deleteMode: 'void',
  corrects: { invoices: SALES_INVOICES, countries: ['ES'] },
};

// Sage serves no release for corrective invoices: they are posted when created.
export const salesCorrectiveInvoiceRoutes: RouteDef[] = documentRoutes(SALES_CORRECTIVE_INVOICE).filter(
  (r) => !r.path.endsWith('/release'),
);

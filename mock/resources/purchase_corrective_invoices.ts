/**
 * /purchase_corrective_invoices: corrections of purchase invoices, served in Spanish businesses (as Sage serves them; elsewhere a
 * create is a 422 on `base` [guess]). One implementation with invoices (mock/ledger/invoices.ts):
 * `original_invoice_id` (required) names the posted invoice of the same contact it corrects, whose
 * number and date it shows; `corrective_reason_code_id` is kept as sent. It reduces what the
 * original charged [guess: Sage documents the fields, not the postings]: it posts the mirror of an
 * invoice and is a credit of the contact that allocations set against the original or other
 * invoices. Created UNPAID (there is no release); DELETE deletes it.
 */
import type { RouteDef } from '../context.ts';
import type { InvoiceKind } from '../ledger/invoices.ts';
import { PURCHASE_CORRECTIVE_INVOICES, PURCHASE_INVOICES } from '../ledger/artefacts.ts';
import { PURCHASE_CORRECTIVE_FIXED, PURCHASE_LINE_FIXED, documentRoutes } from './documents.ts';

export const PURCHASE_CORRECTIVE_INVOICE: InvoiceKind = {
  resource: PURCHASE_CORRECTIVE_INVOICES,
  singular: 'purchase_corrective_invoice',
  transactionType: 'PURCHASE_CORRECTIVE_INVOICE',
  side: 'vendor',
  credit: true,
  linesKey: 'invoice_lines',
  numberField: 'invoice_number',
  dueDate: 'required',
  quantityRequired: true,
  discounts: false,
  numberPrefix: null,
  createStatuses: ['UNPAID'],
  extraFields: ['vendor_reference'],
  extraFieldMax: { vendor_reference: 31 },
  dateFields: [],
  addresses: false,
  fixedFields: PURCHASE_CORRECTIVE_FIXED,
  fixedLineFields: PURCHASE_LINE_FIXED,
  deleteMode: 'delete',
  corrects: { invoices: PURCHASE_INVOICES, countries: ['ES'] },
};

// Sage serves no release for corrective invoices: they are posted when created.
export const purchaseCorrectiveInvoiceRoutes: RouteDef[] = documentRoutes(PURCHASE_CORRECTIVE_INVOICE).filter(
  (r) => !r.path.endsWith('/release'),
);

/**
 * /purchase_invoices: invoices from vendors, with the behaviour shared with the other documents
 * (mock/ledger/invoices.ts). Particular to purchases:
 * - the contact must be a vendor, else 422 "can't find vendor" [guess: the mirror of sales'
 *   "can't find customer"] on `contact_id`;
 * - `due_date` and each line's `quantity` are required (Sage's v3.1 description);
 * - no line discounts (Sage's purchase lines have no discount fields: they are ignored);
 * - no number series: the vendor's own number goes in `vendor_reference`, which is also what the
 *   invoice is displayed as;
 * - `status_id` on create: UNPAID (default) or DRAFT [guess], released by `POST /{id}/release`;
 * - DELETE really deletes (204, tombstone for `deleted_since`), refused while payments or
 *   allocations exist; a posted invoice's ledger entries are reversed.
 */
import type { RouteDef } from '../context.ts';
import type { InvoiceKind } from '../ledger/invoices.ts';
import { PURCHASE_INVOICES } from '../ledger/artefacts.ts';
import { PURCHASE_FIXED, PURCHASE_LINE_FIXED, documentRoutes } from './documents.ts';

export const PURCHASE_INVOICE: InvoiceKind = {
  resource: PURCHASE_INVOICES,
  singular: 'purchase_invoice',
  transactionType: 'PURCHASE_INVOICE',
  side: 'vendor',
  credit: false,
  linesKey: 'invoice_lines',
  numberField: 'invoice_number',
  dueDate: 'required',
  quantityRequired: true,
  discounts: false,
  numberPrefix: null,
  createStatuses: ['UNPAID', 'DRAFT'],
  extraFields: ['vendor_reference'],
  extraFieldMax: { vendor_reference: 31 },
  dateFields: [],
  addresses: false,
  fixedFields: { ...PURCHASE_FIXED, corrections: [] },
  fixedLineFields: PURCHASE_LINE_FIXED,
  deleteMode: 'delete',
};

export const purchaseInvoiceRoutes: RouteDef[] = documentRoutes(PURCHASE_INVOICE);

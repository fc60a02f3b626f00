/**
 * /purchase_credit_notes: credit received from vendors, the mirror of a purchase invoice
 * (mock/ledger/invoices.ts):
 * - posts the opposite entries (debit trade creditors, credit the lines' accounts and purchase tax);
 * - the vendor's own number in `vendor_reference` (what it is displayed as), no series;
 * - `credit_note_lines` (required; `quantity` required as on purchase invoices); `original_invoice_date`;
 * - a credit from the vendor: vendor allocations set it against purchase invoices, vendor
 *   payments take it with a negative amount, vendor refunds receive it;
 * - DELETE deletes (204) [guess: as purchase invoices], refused while it is allocated.
 */
import type { RouteDef } from '../context.ts';
import type { InvoiceKind } from '../ledger/invoices.ts';
import { PURCHASE_CREDIT_NOTES } from '../ledger/artefacts.ts';
import { PURCHASE_FIXED, PURCHASE_LINE_FIXED, documentRoutes } from './documents.ts';

export const PURCHASE_CREDIT_NOTE: InvoiceKind = {
  resource: PURCHASE_CREDIT_NOTES,
  singular: 'purchase_credit_note',
  transactionType: 'PURCHASE_CREDIT_NOTE',
  side: 'vendor',
  credit: true,
  linesKey: 'credit_note_lines',
  numberField: 'credit_note_number',
  dueDate: 'none',
  quantityRequired: true,
  discounts: false,
  numberPrefix: null,
  createStatuses: ['UNPAID', 'DRAFT'],
  extraFields: ['vendor_reference'],
  extraFieldMax: { vendor_reference: 31 },
  dateFields: ['original_invoice_date'],
  addresses: false,
  fixedFields: PURCHASE_FIXED,
  fixedLineFields: PURCHASE_LINE_FIXED,
  deleteMode: 'delete',
};

export const purchaseCreditNoteRoutes: RouteDef[] = documentRoutes(PURCHASE_CREDIT_NOTE);

/**
 * /sales_credit_notes: credit given to customers, the mirror of a sales invoice (mock/ledger/invoices.ts):
 * - posts the opposite entries (debit the lines' accounts and sales tax, credit trade debtors);
 * - numbered `SCN-1`, `SCN-2`, ... per business [guess: Sage's default prefix], `SCN-DRAFT` for a
 *   DRAFT until `POST /sales_credit_notes/{id}/release`;
 * - `credit_note_lines` (required) with the fields of invoice lines; `original_invoice_date`;
 * - no due date;
 * - a credit of the customer: contact allocations set it against invoices (negative amount),
 *   customer receipts take it with a negative amount next to the invoices they pay, and customer
 *   refunds pay it out; it is then PART_PAID or PAID like an invoice;
 * - DELETE voids (200, `void_reason` required unless DRAFT), refused while it is allocated.
 */
import type { RouteDef } from '../context.ts';
import type { InvoiceKind } from '../ledger/invoices.ts';
import { SALES_CREDIT_NOTES } from '../ledger/artefacts.ts';
import { SALES_FIXED, SALES_LINE_FIXED, documentRoutes } from './documents.ts';

export const SALES_CREDIT_NOTE: InvoiceKind = {
  resource: SALES_CREDIT_NOTES,
  singular: 'sales_credit_note',
  transactionType: 'SALES_CREDIT_NOTE',
  side: 'customer',
  credit: true,
  linesKey: 'credit_note_lines',
  numberField: 'credit_note_number',
  dueDate: 'none',
  quantityRequired: false,
  discounts: true,
  numberPrefix: 'SCN-',
  createStatuses: ['UNPAID', 'DRAFT'],
  extraFields: ['terms_and_conditions', 'main_address_free_form', 'delivery_address_free_form'],
  extraFieldMax: {},
  dateFields: ['original_invoice_date'],
  addresses: true,
  fixedFields: SALES_FIXED,
  fixedLineFields: SALES_LINE_FIXED,
  deleteMode: 'void',
};

export const salesCreditNoteRoutes: RouteDef[] = documentRoutes(SALES_CREDIT_NOTE);

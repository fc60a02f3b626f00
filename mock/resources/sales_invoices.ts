/**
 * /sales_invoices: invoices to customers. The behaviour is shared with purchase invoices
 * (mock/ledger/invoices.ts); what is particular to sales is said here:
 * - the contact must be a customer, else 422 "can't find customer" on `contact_id`;
 * - `status_id` on create: UNPAID (default, posted and numbered `SI-1`, `SI-2`, ... per business),
 *   DRAFT or PRO_FORMA (not posted, `SI-DRAFT` until `POST /sales_invoices/{id}/release`);
 * - `due_date` defaults to the date plus the contact's `credit_days`;
 * - DELETE voids (200 with the void invoice): `void_reason` required unless DRAFT, refused while
 *   payments or allocations exist; the invoice keeps its number and is listed by `deleted_since`.
 */
import type { RouteDef } from '../context.ts';
import { invoiceRoutes, type InvoiceKind } from '../ledger/invoices.ts';
import { SALES_INVOICES } from '../ledger/artefacts.ts';

export const SALES_INVOICE: InvoiceKind = {
  resource: SALES_INVOICES,
  singular: 'sales_invoice',
  transactionType: 'SALES_INVOICE',
  side: 'customer',
  dueDateRequired: false,
  quantityRequired: false,
  numberPrefix: 'SI-',
  createStatuses: ['UNPAID', 'DRAFT', 'PRO_FORMA'],
  extraFields: ['terms_and_conditions'],
  extraFieldMax: {},
  fixedFields: { sent: false, sent_by_email: false },
  deleteMode: 'void',
};

export const salesInvoiceRoutes: RouteDef[] = invoiceRoutes(SALES_INVOICE);

/**
 * /purchase_quick_entries: invoices and credit notes from vendors in one line (mock/ledger/quick_entries.ts), artefacts that payments and allocations settle.
 * Filters `status_id`, `contact_id`, `search`, `from_date`, `to_date`; `show_payments_allocations`.
 */
import type { RouteDef } from '../context.ts';
import { quickEntryRoutes } from './documents.ts';

export const purchaseQuickEntryRoutes: RouteDef[] = quickEntryRoutes('vendor');

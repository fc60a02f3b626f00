/**
 * /sales_estimates: estimates for customers (mock/ledger/quotes.ts): priced like invoices, posting nothing, numbered
 * `SE-1`, `SE-2`, ... per business [guess], `expiry_date` required; `POST /sales_invoices`
 * with `original_quote_estimate_id` turns one into an invoice.
 */
import type { RouteDef } from '../context.ts';
import { SALES_ESTIMATES } from '../ledger/quotes.ts';
import { quoteKind, quoteRoutes } from './documents.ts';

export const SALES_ESTIMATE = quoteKind(SALES_ESTIMATES, 'sales_estimate', 'estimate_lines', 'estimate_number', 'SE-');

export const salesEstimateRoutes: RouteDef[] = quoteRoutes(SALES_ESTIMATE);

/**
 * /sales_quotes: quotes to customers (mock/ledger/quotes.ts): priced like invoices, posting nothing, numbered
 * `SQ-1`, `SQ-2`, ... per business [guess], `expiry_date` required; `POST /sales_invoices`
 * with `original_quote_estimate_id` turns one into an invoice.
 */
import type { RouteDef } from '../context.ts';
import { SALES_QUOTES } from '../ledger/quotes.ts';
import { quoteKind, quoteRoutes } from './documents.ts';

export const SALES_QUOTE = quoteKind(SALES_QUOTES, 'sales_quote', 'quote_lines', 'quote_number', 'SQ-');

export const salesQuoteRoutes: RouteDef[] = quoteRoutes(SALES_QUOTE);

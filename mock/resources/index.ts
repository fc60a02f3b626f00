/**
 * Every Sage resource the mock serves, one module per URL segment. Add a resource by writing
 * its module and listing its routes here.
 */
import type { RouteDef } from '../context.ts';
import { businessRoutes } from './businesses.ts';
import { contactRoutes } from './contacts.ts';
import { ledgerAccountRoutes } from './ledger_accounts.ts';
import { taxRateRoutes } from './tax_rates.ts';
import { bankAccountRoutes } from './bank_accounts.ts';
import { referenceRoutesAll } from './reference.ts';
import { settingsRoutesAll } from './settings.ts';
import { businessExchangeRateRoutes } from './business_exchange_rates.ts';
import { taxProfileRoutes } from './tax_profiles.ts';
import { addressRoutes } from './addresses.ts';
import { contactPersonRoutes } from './contact_persons.ts';
import { attachmentRoutes } from './attachments.ts';
import { businessListRoutes } from './business_lists.ts';
import { bankReconciliationRoutes } from './bank_reconciliations.ts';
import { migrationTaxReturnRoutes } from './migration_tax_returns.ts';
import { taxDeterminationRoutes } from './tax_determinations.ts';
import { salesInvoiceRoutes } from './sales_invoices.ts';
import { purchaseInvoiceRoutes } from './purchase_invoices.ts';
import { contactPaymentRoutes } from './contact_payments.ts';
import { contactAllocationRoutes } from './contact_allocations.ts';
import { journalRoutes } from './journals.ts';

export const resourceRoutes: RouteDef[] = [
  ...businessRoutes,
  ...contactRoutes,
  ...ledgerAccountRoutes,
  ...taxRateRoutes,
  ...bankAccountRoutes,
  ...referenceRoutesAll,
  ...settingsRoutesAll,
  ...businessExchangeRateRoutes,
  ...taxProfileRoutes,
  ...addressRoutes,
  ...contactPersonRoutes,
  ...attachmentRoutes,
  ...businessListRoutes,
  ...bankReconciliationRoutes,
  ...migrationTaxReturnRoutes,
  ...taxDeterminationRoutes,
  ...salesInvoiceRoutes,
  ...purchaseInvoiceRoutes,
  ...contactPaymentRoutes,
  ...contactAllocationRoutes,
  ...journalRoutes,
];

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
import { salesCreditNoteRoutes } from './sales_credit_notes.ts';
import { purchaseCreditNoteRoutes } from './purchase_credit_notes.ts';
import { productRoutes } from './products.ts';
import { serviceRoutes } from './services.ts';
import { stockItemRoutes } from './stock_items.ts';
import { transactionRoutes } from './transactions.ts';
import { ledgerEntryRoutes } from './ledger_entries.ts';
import { salesQuoteRoutes } from './sales_quotes.ts';
import { salesEstimateRoutes } from './sales_estimates.ts';
import { otherPaymentRoutes } from './other_payments.ts';
import { bankTransferRoutes } from './bank_transfers.ts';
import { bankDepositRoutes } from './bank_deposits.ts';
import { journalCodeRoutes } from './journal_codes.ts';
import { unallocatedArtefactRoutes } from './unallocated_artefacts.ts';
import { ledgerAccountOpeningBalanceRoutes } from './ledger_account_opening_balances.ts';
import { bankOpeningBalanceRoutes } from './bank_opening_balances.ts';
import { openingBalanceJournalRoutes } from './opening_balance_journals.ts';
import { contactOpeningBalanceRoutes } from './contact_opening_balances.ts';
import { salesQuickEntryRoutes } from './sales_quick_entries.ts';
import { purchaseQuickEntryRoutes } from './purchase_quick_entries.ts';
import { salesCorrectiveInvoiceRoutes } from './sales_corrective_invoices.ts';
import { purchaseCorrectiveInvoiceRoutes } from './purchase_corrective_invoices.ts';

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
  ...salesCreditNoteRoutes,
  ...purchaseCreditNoteRoutes,
  ...productRoutes,
  ...serviceRoutes,
  ...stockItemRoutes,
  ...transactionRoutes,
  ...ledgerEntryRoutes,
  ...salesQuoteRoutes,
  ...salesEstimateRoutes,
  ...otherPaymentRoutes,
  ...bankTransferRoutes,
  ...bankDepositRoutes,
  ...journalCodeRoutes,
  ...unallocatedArtefactRoutes,
  ...ledgerAccountOpeningBalanceRoutes,
  ...bankOpeningBalanceRoutes,
  ...openingBalanceJournalRoutes,
  ...contactOpeningBalanceRoutes,
  ...salesQuickEntryRoutes,
  ...purchaseQuickEntryRoutes,
  ...salesCorrectiveInvoiceRoutes,
  ...purchaseCorrectiveInvoiceRoutes,
];

/**
 * Reference lists with mnemonic ids, the same for every business.
 */
export interface RefItem {
  id: string;
  displayed_as: string;
  /** What the item shows besides `id`, `displayed_as` and `$path` (Sage's definition of the list). */
  attributes?: Record<string, unknown>;
}

export const CONTACT_TYPES: RefItem[] = [
  { id: 'CUSTOMER', displayed_as: 'Customer' },
  { id: 'VENDOR', displayed_as: 'Supplier' },
];

export const LEDGER_ACCOUNT_TYPES: (RefItem & { ordinal: number })[] = [
  { id: 'SALES', displayed_as: 'Sales', ordinal: 1 },
  { id: 'OTHER_INCOME', displayed_as: 'Other Income', ordinal: 2 },
  { id: 'DIRECT_EXPENSES', displayed_as: 'Direct Expenses', ordinal: 3 },
  { id: 'OVERHEADS', displayed_as: 'Overheads', ordinal: 4 },
  { id: 'DEPRECIATION', displayed_as: 'Depreciation', ordinal: 5 },
  { id: 'CURRENT_ASSETS', displayed_as: 'Current Assets', ordinal: 6 },
  { id: 'FIXED_ASSETS', displayed_as: 'Fixed Assets', ordinal: 7 },
  { id: 'FUTURE_ASSETS', displayed_as: 'Future Assets', ordinal: 8 },
  { id: 'BANK', displayed_as: 'Bank', ordinal: 9 },
  { id: 'CURRENT_LIABILITY', displayed_as: 'Current Liability', ordinal: 10 },
  { id: 'FUTURE_LIABILITY', displayed_as: 'Future Liability', ordinal: 11 },
  { id: 'EQUITY', displayed_as: 'Equity', ordinal: 12 },
  { id: 'LINE_OF_CREDIT', displayed_as: 'Line of Credit', ordinal: 13 },
];

export const ARTEFACT_STATUSES: RefItem[] = [
  { id: 'DRAFT', displayed_as: 'Draft' },
  { id: 'PRO_FORMA', displayed_as: 'Pro-Forma' },
  { id: 'UNPAID', displayed_as: 'Unpaid' },
  { id: 'PART_PAID', displayed_as: 'Part Paid' },
  { id: 'PAID', displayed_as: 'Paid' },
  { id: 'VOID', displayed_as: 'Void' },
  { id: 'DISPUTED', displayed_as: 'Disputed' },
];

export const TRANSACTION_TYPES: RefItem[] = [
  { id: 'SALES_INVOICE', displayed_as: 'Sales Invoice' },
  { id: 'PURCHASE_INVOICE', displayed_as: 'Purchase Invoice' },
  { id: 'CUSTOMER_RECEIPT', displayed_as: 'Customer Receipt' },
  { id: 'CUSTOMER_REFUND', displayed_as: 'Customer Refund' },
  { id: 'VENDOR_PAYMENT', displayed_as: 'Supplier Payment' },
  { id: 'VENDOR_REFUND', displayed_as: 'Supplier Refund' },
  { id: 'JOURNAL', displayed_as: 'Journal' },
  { id: 'CUSTOMER_ALLOCATION', displayed_as: 'Customer Allocation' },
  { id: 'VENDOR_ALLOCATION', displayed_as: 'Supplier Allocation' },
  { id: 'SALES_CREDIT_NOTE', displayed_as: 'Sales Credit Note' },
  { id: 'PURCHASE_CREDIT_NOTE', displayed_as: 'Purchase Credit Note' },
  { id: 'OTHER_RECEIPT', displayed_as: 'Other Receipt' },
  { id: 'OTHER_PAYMENT', displayed_as: 'Other Payment' },
  { id: 'BANK_TRANSFER', displayed_as: 'Bank Transfer' },
  { id: 'BANK_DEPOSIT', displayed_as: 'Bank Deposit' },
  { id: 'LEDGER_ACCOUNT_OPENING_BALANCE', displayed_as: 'Ledger Account Opening Balance' },
  { id: 'BANK_OPENING_BALANCE', displayed_as: 'Bank Opening Balance' },
  { id: 'OPENING_BALANCE_JOURNAL', displayed_as: 'Opening Balance Journal' },
  { id: 'CUSTOMER_OPENING_BALANCE_INVOICE', displayed_as: 'Customer Opening Balance Invoice' },
  { id: 'CUSTOMER_OPENING_BALANCE_CREDIT_NOTE', displayed_as: 'Customer Opening Balance Credit Note' },
  { id: 'VENDOR_OPENING_BALANCE_INVOICE', displayed_as: 'Supplier Opening Balance Invoice' },
  { id: 'VENDOR_OPENING_BALANCE_CREDIT_NOTE', displayed_as: 'Supplier Opening Balance Credit Note' },
  { id: 'SALES_QUICK_ENTRY_INVOICE', displayed_as: 'Sales Quick Entry Invoice' },
  { id: 'SALES_QUICK_ENTRY_CREDIT_NOTE', displayed_as: 'Sales Quick Entry Credit Note' },
  { id: 'PURCHASE_QUICK_ENTRY_INVOICE', displayed_as: 'Purchase Quick Entry Invoice' },
  { id: 'PURCHASE_QUICK_ENTRY_CREDIT_NOTE', displayed_as: 'Purchase Quick Entry Credit Note' },
  { id: 'SALES_CORRECTIVE_INVOICE', displayed_as: 'Sales Corrective Invoice' },
  { id: 'PURCHASE_CORRECTIVE_INVOICE', displayed_as: 'Purchase Corrective Invoice' },
];

export const BANK_ACCOUNT_TYPES: RefItem[] = [
  { id: 'CHECKING', displayed_as: 'Current' },
  { id: 'SAVINGS', displayed_as: 'Savings' },
  { id: 'CASH_IN_HAND', displayed_as: 'Cash in Hand' },
  { id: 'CREDIT_CARD', displayed_as: 'Credit Card' },
  { id: 'LOAN', displayed_as: 'Loan' },
  { id: 'OTHER', displayed_as: 'Other' },
];

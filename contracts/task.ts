/**
 * The task a contract case hands the client (`SAGE_TASK` holds it as JSON, `SAGE_TASK_FILE` names
 * a file with the same JSON). Its JSON Schema is `contracts/task.schema.json`; the sections are
 * done in this order: `sync`, `contacts`, `sales_invoices`.
 */
export type SyncResource = 'contacts' | 'sales_invoices' | 'ledger_accounts' | 'tax_rates';

export interface TaskInvoiceLine {
  description: string;
  /** Decimal strings, exact (`"3"`, `"0.10"`). */
  quantity: string;
  unit_price: string;
  /** The nominal code of the business's ledger account to post to (look its id up in that business). */
  ledger_account_code: number;
  /** The name of the business's tax rate to use (look its id up in that business). */
  tax_rate_name: string;
}

export interface TaskInvoice {
  /** Unique per task: send it as the invoice's `reference` and report it back. */
  key: string;
  /** The customer's `reference` in the business (look its id up). */
  contact_reference: string;
  date: string;
  due_date?: string;
  lines: TaskInvoiceLine[];
}

export interface ContractTask {
  /** The business every business-scoped request of the task is about. */
  business_id: string;
  sync?: {
    resources: SyncResource[];
    /** Also read every listed record once by id (`GET /contacts/{id}`). */
    details?: boolean;
  };
  contacts?: {
    create?: { reference: string; name: string; contact_type: 'CUSTOMER' | 'VENDOR' }[];
    rename?: { reference: string; name: string }[];
    delete?: string[];
  };
  sales_invoices?: TaskInvoice[];
}

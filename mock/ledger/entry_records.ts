/**
 * The records of the books: ledger entries and the transactions they belong to (written only by
 * mock/ledger/entries.ts, read by the trial balance and by /transactions and /ledger_entries).
 */
import type { StoredRecord } from '../core/store.ts';

export const LEDGER_ENTRIES = 'ledger_entries';
export const TRANSACTIONS = 'transactions';

/**
 * One transaction (what /transactions serves): a document's posting, or the reversal of one. A
 * reversed transaction and its reversal are both marked `deleted` [guess: Sage marks the
 * transaction of a voided or deleted document deleted], so a client that sums the entries of live
 * transactions, or of all, gets the same balances.
 */
export interface TransactionRecord extends StoredRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  date: string;
  deleted: boolean;
  reference: string;
  total: string;
  transaction_type_id: string;
  origin: { resource: string; id: string; displayed_as: string };
  contact_id: string | null;
  audit_trail_id: number;
  reverses: string | null;
}

export interface LedgerEntryRecord extends StoredRecord {
  id: string;
  /** The transaction (one document posting, or its reversal) this entry belongs to. */
  transaction_id: string;
  transaction_type: string;
  /** The document that caused it: `{resource: 'sales_invoices', id}`. */
  origin: { resource: string; id: string };
  /** The transaction this one reverses, if it is a reversal. */
  reverses: string | null;
  date: string;
  ledger_account_id: string;
  contact_id: string | null;
  details: string;
  debit: string;
  credit: string;
  created_at: string;
  updated_at: string;
  /** Its transaction was reversed, or is a reversal. */
  deleted: boolean;
}

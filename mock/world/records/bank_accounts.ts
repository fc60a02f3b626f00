/** The bank account record: its shape and the one place it is built (seeding and POST). */
import { link, refLink, type Link } from '../../core/records.ts';
import { BANK_ACCOUNT_TYPES } from '../reference.ts';
import type { LedgerAccountRecord } from './ledger_accounts.ts';
import { currencyLink, paymentMethodLink } from '../reference_data.ts';
import type { AddressRecord } from './addresses.ts';

export interface BankAccountRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  bank_account_details: { account_name: string; account_number: string; sort_code: string; bic: string; iban: string };
  ledger_account: Link;
  bank_account_type: Link;
  balance: string;
  nominal_code: number;
  editable: boolean;
  deletable: boolean;
  currency: Link;
  deleted_at: string | null;
  main_address: AddressRecord | null;
  main_contact_person: BankAccountContact | null;
  /** Sage's JournalCode object (France), as a PUT sent it [guess]. */
  journal_code: Record<string, unknown> | null;
  default_payment_method: Link | null;
  gifi_code: number | null;
  is_active: boolean;
  [key: string]: unknown;
}

/** A bank account's contact: plain fields, not a `/contact_persons` record (Sage's BankAccountContact). */
export interface BankAccountContact {
  name: string;
  job_title: string;
  telephone: string;
  mobile: string;
  email: string;
  fax: string;
}

export const BANK_ACCOUNTS = 'bank_accounts';

export function bankAccountTypeLink(id: string): Link {
  return refLink('bank_account_types', BANK_ACCOUNT_TYPES, id);
}

/** The one place a bank account record is shaped. */
export function buildBankAccount(input: {
  id: string;
  at: string;
  ledger: LedgerAccountRecord;
  type: string;
  currency: string;
  details?: Partial<BankAccountRecord['bank_account_details']>;
}): BankAccountRecord {
  return {
    id: input.id,
    displayed_as: `${input.ledger.name} (${input.ledger.nominal_code})`,
    $path: `/bank_accounts/${input.id}`,
    created_at: input.at,
    updated_at: input.at,
    bank_account_details: {
      account_name: input.details?.account_name ?? input.ledger.name,
      account_number: input.details?.account_number ?? '',
      sort_code: input.details?.sort_code ?? '',
      bic: input.details?.bic ?? '',
      iban: input.details?.iban ?? '',
    },
    ledger_account: link('ledger_accounts', input.ledger.id, input.ledger.displayed_as),
    bank_account_type: bankAccountTypeLink(input.type),
    balance: '0.0',
    nominal_code: input.ledger.nominal_code,
    editable: true,
    deletable: true,
    currency: currencyLink(input.currency),
    deleted_at: null,
    main_address: null,
    main_contact_person: null,
    journal_code: null,
    default_payment_method: paymentMethodLink(input.type === 'CASH_IN_HAND' ? 'CASH' : 'BACS'),
    gifi_code: null,
    is_active: true,
  };
}

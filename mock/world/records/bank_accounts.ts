/** The bank account record: its shape and the one place it is built (seeding and POST). */
import { link, refLink, type Link } from '../../core/records.ts';
import { BANK_ACCOUNT_TYPES } from '../reference.ts';
import type { LedgerAccountRecord } from './ledger_accounts.ts';

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
  [key: string]: unknown;
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
    currency: link('currencies', input.currency, input.currency),
  };
}

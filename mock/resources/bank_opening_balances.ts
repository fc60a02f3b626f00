/**
 * /bank_opening_balances: a bank account's balance brought forward, against the opening balances
 * control account (mock/ledger/opening_balances.ts). Filter `bank_account_id`. PUT re-posts,
 * DELETE (204) reverses.
 */
import type { RouteDef } from '../context.ts';
import { BANK_OPENING_BALANCES, writeBankOpeningBalance, type BankOpeningBalanceRecord } from '../ledger/opening_balances.ts';
import { linkFilter } from './kit.ts';
import { openingBalanceRoutes } from './ledger_account_opening_balances.ts';

export const bankOpeningBalanceRoutes: RouteDef[] = openingBalanceRoutes<BankOpeningBalanceRecord>(
  BANK_OPENING_BALANCES,
  'bank_opening_balance',
  writeBankOpeningBalance,
  { bank_account_id: linkFilter<BankOpeningBalanceRecord>((r) => r.bank_account) },
);

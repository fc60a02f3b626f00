/**
 * /bank_accounts: each backed by a BANK ledger account of the same business. POST creates one:
 * with `ledger_account_id` it links that BANK ledger account (not already backing another bank
 * account), otherwise it creates the ledger account too, named after
 * `bank_account_details.account_name`, with the `nominal_code` sent or the next free code after
 * the business's bank accounts. `balance` follows the ledger account's (mock/ledger/entries.ts).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json } from '../core/http.ts';
import { BANK_ACCOUNT_TYPES } from '../world/reference.ts';
import { buildLedgerAccount, LEDGER_ACCOUNTS, type LedgerAccountRecord } from '../world/records/ledger_accounts.ts';
import { FieldReader, business, col, envelopeOf, newId, now, publicView, readRoutes } from './kit.ts';
import { BANK_ACCOUNTS, bankAccountTypeLink, buildBankAccount, type BankAccountRecord } from '../world/records/bank_accounts.ts';

export { BANK_ACCOUNTS, bankAccountTypeLink, buildBankAccount, type BankAccountRecord };

function readBankAccount(ctx: RequestContext, data: Record<string, unknown>) {
  const f = new FieldReader(data);
  const type = f.string('bank_account_type_id', { required: true });
  if (type !== undefined && !BANK_ACCOUNT_TYPES.some((t) => t.id === type)) f.fail('bank_account_type_id', 'is invalid');
  const df = new FieldReader(f.object('bank_account_details') ?? {}, 'bank_account_details');
  const details = {
    account_name: df.string('account_name', { required: true, max: 100 }),
    account_number: df.string('account_number', { max: 50 }),
    sort_code: df.string('sort_code', { max: 20 }),
    bic: df.string('bic', { max: 20 }),
    iban: df.string('iban', { max: 50 }),
  };
  f.v.items.push(...df.v.items);
  const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
  const ledger = f.ref('ledger_account_id', accounts, { what: 'ledger account' });
  if (ledger && ledger.ledger_account_type.id !== 'BANK') f.fail('ledger_account_id', 'must be a ledger account of type BANK');
  else if (ledger && [...col<BankAccountRecord>(ctx, BANK_ACCOUNTS).values()].some((b) => b.ledger_account.id === ledger.id)) {
    f.fail('ledger_account_id', 'has already been taken');
  }
  const code = f.integer('nominal_code', { min: 1, max: 99_999_999 });
  if (code !== undefined && !ledger && [...accounts.values()].some((a) => a.nominal_code === code)) f.fail('nominal_code', 'has already been taken');
  // [guess] the mock keeps one currency per business: a bank account in another currency is refused.
  const currency = f.string('currency_id');
  if (currency !== undefined && currency !== business(ctx).currency) f.fail('currency_id', 'is invalid');
  f.check();
  return { type: type!, details, ledger, code };
}

/** The next nominal code after the business's BANK ledger accounts that no account has. */
function nextBankCode(accounts: Iterable<LedgerAccountRecord>): number {
  const all = [...accounts];
  const taken = new Set(all.map((a) => a.nominal_code));
  let code = Math.max(0, ...all.filter((a) => a.ledger_account_type.id === 'BANK').map((a) => a.nominal_code)) + 1;
  while (taken.has(code)) code++;
  return code;
}

export const bankAccountRoutes: RouteDef[] = [
  ...readRoutes<BankAccountRecord>({ resource: BANK_ACCOUNTS, sortable: ['nominal_code', 'created_at', 'updated_at'] }),
  {
    surface: 'api', method: 'POST', path: '/bank_accounts', resource: 'bank_account',
    async handler(ctx) {
      const r = readBankAccount(ctx, envelopeOf(ctx, 'bank_account'));
      const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
      const at = now(ctx);
      let ledger = r.ledger;
      if (!ledger) {
        ledger = buildLedgerAccount({
          id: newId(ctx), at, name: r.details.account_name!, nominal_code: r.code ?? nextBankCode(accounts.values()),
          type: 'BANK', control: null, visibleIn: ['banking', 'journals', 'reporting'],
        });
        await accounts.insert(ledger);
      }
      const rec = buildBankAccount({ id: newId(ctx), at, ledger, type: r.type, currency: business(ctx).currency, details: r.details });
      // A linked ledger account may already carry entries (journals): the bank account shows its balance.
      const linked: BankAccountRecord = { ...rec, balance: ledger.balance };
      await col<BankAccountRecord>(ctx, BANK_ACCOUNTS).insert(linked);
      return json(201, publicView(linked));
    },
  },
];

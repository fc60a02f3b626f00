/**
 * /bank_accounts: each backed by a BANK ledger account of the same business. POST creates one:
 * with `ledger_account_id` it links that BANK ledger account (not already backing another bank
 * account), otherwise it creates the ledger account too, named after
 * `bank_account_details.account_name`, with the `nominal_code` sent or the next free code after
 * the business's bank accounts. `balance` follows the ledger account's (mock/ledger/entries.ts).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { link } from '../core/records.ts';
import { LEDGER_ENTRIES, type LedgerEntryRecord } from '../ledger/entry_records.ts';
import { BANK_ACCOUNT_TYPES } from '../world/reference.ts';
import { buildLedgerAccount, LEDGER_ACCOUNTS, type LedgerAccountRecord } from '../world/records/ledger_accounts.ts';
import { FieldReader, bury, business, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';
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
  ...readRoutes<BankAccountRecord>({ resource: BANK_ACCOUNTS, render: (r) => publicView(withBankDefaults(r)), sortable: ['nominal_code', 'created_at', 'updated_at'], deletable: true }),
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
      return json(201, publicView(withBankDefaults(linked)));
    },
  },
  ...bankAccountWriteRoutes(),
];

/**
 * PUT and DELETE. PUT changes `bank_account_type_id`, `bank_account_details` (the fields sent),
 * `nominal_code` (also the backing ledger account's, unique per business), `is_active`,
 * `gifi_code`, `default_payment_method_id`, `journal_code` [guess: stored as sent]; the balance and
 * the ledger account link are the ledger's. DELETE (204, tombstone) is refused (422) once the
 * backing ledger account has entries [guess: Sage keeps banking history]; the ledger account stays.
 */
function bankAccountWriteRoutes(): RouteDef[] {
  return [
    {
      surface: 'api', method: 'PUT', path: '/bank_accounts/:id', resource: 'bank_account',
      async handler(ctx) {
        const banks = col<BankAccountRecord>(ctx, BANK_ACCOUNTS);
        const prev = found(banks, ctx.params.id);
        const data = envelopeOf(ctx, 'bank_account');
        const f = new FieldReader(data);
        const type = f.string('bank_account_type_id');
        if (type !== undefined && !BANK_ACCOUNT_TYPES.some((x) => x.id === type)) f.fail('bank_account_type_id', 'is invalid');
        const df = new FieldReader(f.object('bank_account_details') ?? {}, 'bank_account_details');
        const details: Partial<BankAccountRecord['bank_account_details']> = {};
        for (const [k, max] of [['account_name', 100], ['account_number', 50], ['sort_code', 20], ['bic', 20], ['iban', 50]] as const) {
          const v = df.string(k, { max });
          if (v !== undefined) details[k] = v;
        }
        f.v.items.push(...df.v.items);
        const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
        const code = f.integer('nominal_code', { min: 1, max: 99_999_999 });
        if (code !== undefined && [...accounts.values()].some((a) => a.nominal_code === code && a.id !== prev.ledger_account.id)) f.fail('nominal_code', 'has already been taken');
        const active = f.boolean('is_active');
        const gifi = f.integer('gifi_code', { min: 0 });
        const method = f.string('default_payment_method_id');
        const journalCode = f.string('journal_code');
        const currency = f.string('currency_id');
        if (currency !== undefined && currency !== business(ctx).currency) f.fail('currency_id', 'is invalid');
        f.check();
        const at = now(ctx);
        const next: BankAccountRecord = {
          ...withBankDefaults(prev),
          updated_at: at,
          bank_account_details: { ...prev.bank_account_details, ...details },
        };
        if (type !== undefined) next.bank_account_type = bankAccountTypeLink(type);
        if (active !== undefined) next.is_active = active;
        if (gifi !== undefined) next.gifi_code = gifi;
        if (method !== undefined) next.default_payment_method = link('payment_methods', method, method);
        if (journalCode !== undefined) next.journal_code = journalCode;
        const ledger = accounts.get(prev.ledger_account.id);
        if (ledger && code !== undefined && code !== ledger.nominal_code) {
          const moved = { ...ledger, nominal_code: code, displayed_as: `${ledger.name} (${code})`, updated_at: at };
          await accounts.put(moved);
          next.nominal_code = code;
          next.ledger_account = link('ledger_accounts', moved.id, moved.displayed_as);
          next.displayed_as = `${moved.name} (${code})`;
        }
        await banks.put(next);
        return json(200, publicView(next));
      },
    },
    {
      surface: 'api', method: 'DELETE', path: '/bank_accounts/:id', resource: 'bank_account',
      async handler(ctx) {
        const banks = col<BankAccountRecord>(ctx, BANK_ACCOUNTS);
        const prev = found(banks, ctx.params.id);
        const used = [...col<LedgerEntryRecord>(ctx, LEDGER_ENTRIES).values()].some((e) => e.ledger_account_id === prev.ledger_account.id);
        if (used) throw apiError('BankAccountInUse', { source: 'base' });
        await banks.remove(prev.id);
        await bury(ctx, BANK_ACCOUNTS, prev);
        return noContent();
      },
    },
  ];
}

/** Properties Sage lists on bank accounts that a record made before they were kept lacks: their values when unset. */
function withBankDefaults(rec: BankAccountRecord): BankAccountRecord {
  return {
    deleted_at: null, main_address: null, main_contact_person: null, journal_code: null, default_payment_method: null, gifi_code: null, is_active: true,
    ...rec,
  };
}


/**
 * /bank_accounts: each backed by a BANK ledger account of the same business. POST needs only
 * `bank_account_type_id`: with `ledger_account_id` it links that BANK ledger account (not already
 * backing another bank account), otherwise it creates the ledger account too, named after
 * `bank_account_details.account_name` (else after the type, *guess*), with the `nominal_code` sent
 * or the next free code after the business's bank accounts. A `main_address` becomes an
 * `/addresses` record linked to the bank account. `balance` follows the ledger account's (mock/ledger/entries.ts).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { link } from '../core/records.ts';
import { LEDGER_ENTRIES, type LedgerEntryRecord } from '../ledger/entry_records.ts';
import { BANK_ACCOUNT_TYPES } from '../world/reference.ts';
import { buildLedgerAccount, LEDGER_ACCOUNTS, type LedgerAccountRecord } from '../world/records/ledger_accounts.ts';
import { PAYMENT_METHODS, paymentMethodLink } from '../world/reference_data.ts';
import { readAddressInput } from './addresses.ts';
import { ADDRESSES, buildAddress, type AddressRecord } from '../world/records/addresses.ts';
import { FieldReader, bury, business, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';
import {
  BANK_ACCOUNTS,
  bankAccountTypeLink,
  buildBankAccount,
  type BankAccountContact,
  type BankAccountRecord,
} from '../world/records/bank_accounts.ts';

export { BANK_ACCOUNTS, bankAccountTypeLink, buildBankAccount, type BankAccountRecord };

/** The `bank_account_details` fields sent (the others left out), their 422s collected in `f`. */
function readBankDetails(f: FieldReader): Partial<BankAccountRecord['bank_account_details']> {
  const df = new FieldReader(f.object('bank_account_details') ?? {}, 'bank_account_details');
  const details: Partial<BankAccountRecord['bank_account_details']> = {};
  for (const [k, max] of [
    ['account_name', 100],
    ['account_number', 50],
    ['sort_code', 20],
    ['bic', 20],
    ['iban', 50],
  ] as const) {
    const v = df.string(k, { max });
    if (v !== undefined) details[k] = v;
  }
  f.v.items.push(...df.v.items);
  return details;
}

function readBankAccount(ctx: RequestContext, data: Record<string, unknown>) {
  const f = new FieldReader(data);
  const type = f.string('bank_account_type_id', { required: true });
  if (type !== undefined && !BANK_ACCOUNT_TYPES.some((t) => t.id === type)) f.fail('bank_account_type_id', 'is invalid');
  const details = readBankDetails(f);
  const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
  const ledger = f.ref('ledger_account_id', accounts, { what: 'ledger account' });
  if (ledger && ledger.ledger_account_type.id !== 'BANK') f.fail('ledger_account_id', 'must be a ledger account of type BANK');
  else if (ledger && [...col<BankAccountRecord>(ctx, BANK_ACCOUNTS).values()].some((b) => b.ledger_account.id === ledger.id)) {
    f.fail('ledger_account_id', 'has already been taken');
  }
  const code = f.integer('nominal_code', { min: 1, max: 99_999_999 });
  if (code !== undefined && !ledger && [...accounts.values()].some((a) => a.nominal_code === code))
    f.fail('nominal_code', 'has already been taken');
  // [guess] the mock keeps one currency per business: a bank account in another currency is refused.
  const currency = f.string('currency_id');
  if (currency !== undefined && currency !== business(ctx).currency) f.fail('currency_id', 'is invalid');
  const payment = f.string('default_payment_method_id');
  if (payment !== undefined && !PAYMENT_METHODS.some((m) => m.id === payment)) f.fail('default_payment_method_id', 'is invalid');
  const gifi = f.integer('gifi_code', { min: 1000, max: 9999 });
  const active = f.boolean('is_active');
  const addr = f.object('main_address');
  const address = addr ? readAddressInput(addr, 'main_address', f) : undefined;
  const person = f.object('main_contact_person');
  let contact: BankAccountContact | undefined;
  if (person) {
    const pf = new FieldReader(person, 'main_contact_person');
    contact = { name: '', job_title: '', telephone: '', mobile: '', email: '', fax: '' };
    for (const k of ['name', 'job_title', 'telephone', 'mobile', 'email', 'fax'] as const) contact[k] = pf.string(k, { max: 255 }) ?? '';
    f.v.items.push(...pf.v.items);
  }
  f.check();
  return { type: type!, details, ledger, code, payment, gifi, active, address, contact };
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
  {
    // No bank account of the mock is connected to a bank feed (*guess*: Sage's answer for an
    // account without one): the account's 404 if it does not exist, else a 404 saying so.
    surface: 'api',
    method: 'GET',
    path: '/bank_accounts/:id/bank_feed',
    handler(ctx) {
      found(col(ctx, BANK_ACCOUNTS), ctx.params.id);
      throw apiError('RecordNotFound', { message: 'This bank account has no bank feed.' });
    },
  },
  ...readRoutes<BankAccountRecord>({ resource: BANK_ACCOUNTS, sortable: ['nominal_code', 'created_at', 'updated_at'], deletable: true }),
  {
    surface: 'api',
    method: 'POST',
    path: '/bank_accounts',
    resource: 'bank_account',
    async handler(ctx) {
      const r = readBankAccount(ctx, envelopeOf(ctx, 'bank_account'));
      const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
      const at = now(ctx);
      let ledger = r.ledger;
      if (!ledger) {
        // Without a name the account is named after its type (*guess*: "Current", "Savings"...).
        const name = r.details.account_name ?? bankAccountTypeLink(r.type).displayed_as;
        ledger = buildLedgerAccount({
          id: newId(ctx),
          at,
          name,
          nominal_code: r.code ?? nextBankCode(accounts.values()),
          type: 'BANK',
          control: null,
          visibleIn: ['banking', 'journals', 'reporting'],
        });
        await accounts.insert(ledger);
      }
      const rec = buildBankAccount({ id: newId(ctx), at, ledger, type: r.type, currency: business(ctx).currency, details: r.details });
      // A linked ledger account may already carry entries (journals): the bank account shows its balance.
      const linked: BankAccountRecord = {
        ...rec,
        balance: ledger.balance,
        ...(r.payment ? { default_payment_method: paymentMethodLink(r.payment) } : {}),
        ...(r.gifi !== undefined ? { gifi_code: r.gifi } : {}),
        ...(r.active !== undefined ? { is_active: r.active } : {}),
        ...(r.contact ? { main_contact_person: r.contact } : {}),
      };
      if (r.address) {
        const address = buildAddress({
          ...r.address,
          id: newId(ctx),
          at,
          country: business(ctx).country,
          type: r.address.address_type_id ?? 'ACCOUNTS',
          is_main_address: true,
          bank_account: link(BANK_ACCOUNTS, rec.id, rec.displayed_as),
        });
        await col<AddressRecord>(ctx, ADDRESSES).insert(address);
        linked.main_address = publicView(address) as AddressRecord;
      }
      await col<BankAccountRecord>(ctx, BANK_ACCOUNTS).insert(linked);
      return json(201, publicView(linked));
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
      surface: 'api',
      method: 'PUT',
      path: '/bank_accounts/:id',
      resource: 'bank_account',
      async handler(ctx) {
        const banks = col<BankAccountRecord>(ctx, BANK_ACCOUNTS);
        const prev = found(banks, ctx.params.id);
        const data = envelopeOf(ctx, 'bank_account');
        const f = new FieldReader(data);
        const type = f.string('bank_account_type_id');
        if (type !== undefined && !BANK_ACCOUNT_TYPES.some((x) => x.id === type)) f.fail('bank_account_type_id', 'is invalid');
        const details = readBankDetails(f);
        const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
        const code = f.integer('nominal_code', { min: 1, max: 99_999_999 });
        if (code !== undefined && [...accounts.values()].some((a) => a.nominal_code === code && a.id !== prev.ledger_account.id))
          f.fail('nominal_code', 'has already been taken');
        const active = f.boolean('is_active');
        const gifi = f.integer('gifi_code', { min: 1000, max: 9999 });
        const method = f.string('default_payment_method_id');
        if (method !== undefined && !PAYMENT_METHODS.some((m) => m.id === method)) f.fail('default_payment_method_id', 'is invalid');
        const journalCode = f.object('journal_code');
        const currency = f.string('currency_id');
        if (currency !== undefined && currency !== business(ctx).currency) f.fail('currency_id', 'is invalid');
        f.check();
        const at = now(ctx);
        const next: BankAccountRecord = {
          ...prev,
          updated_at: at,
          bank_account_details: { ...prev.bank_account_details, ...details },
        };
        if (type !== undefined) next.bank_account_type = bankAccountTypeLink(type);
        if (active !== undefined) next.is_active = active;
        if (gifi !== undefined) next.gifi_code = gifi;
        if (method !== undefined) next.default_payment_method = paymentMethodLink(method);
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
      surface: 'api',
      method: 'DELETE',
      path: '/bank_accounts/:id',
      resource: 'bank_account',
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

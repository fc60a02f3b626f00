/**
 * /bank_accounts: each backed by a BANK ledger account of the same business. POST needs only
 * `bank_account_type_id`: with `ledger_account_id` it links that BANK ledger account (not already
 * backing another bank account), otherwise it creates the ledger account too, named after
 * `bank_account_details.account_name` (else after the type, *guess*), with the `nominal_code` sent
 * or the next free code after the business's bank accounts. A `main_address` becomes an
 * `/addresses` record linked to the bank account. `balance` follows the ledger account's (mock/ledger/entries.ts).
 */
import type { RouteDef } from '../core/router.ts';
import type { RequestContext } from '../core/context.ts';
import { json } from '../core/http.ts';
import { link, refLink, type Link } from '../core/records.ts';
import { BANK_ACCOUNT_TYPES } from '../world/reference.ts';
import { buildLedgerAccount, LEDGER_ACCOUNTS, type LedgerAccountRecord } from './ledger_accounts.ts';
import { currencyLink, paymentMethodLink } from './reference.ts';
import { PAYMENT_METHODS } from '../world/reference_data.ts';
import { ADDRESSES, buildAddress, readAddressInput, type AddressRecord } from './addresses.ts';
import { FieldReader, business, col, envelopeOf, newId, now, publicView, readRoutes } from './kit.ts';

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
  journal_code: Link | null;
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

function readBankAccount(ctx: RequestContext, data: Record<string, unknown>) {
  const f = new FieldReader(data);
  const type = f.string('bank_account_type_id', { required: true });
  if (type !== undefined && !BANK_ACCOUNT_TYPES.some((t) => t.id === type)) f.fail('bank_account_type_id', 'is invalid');
  const df = new FieldReader(f.object('bank_account_details') ?? {}, 'bank_account_details');
  const details = {
    account_name: df.string('account_name', { max: 100 }),
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
  ...readRoutes<BankAccountRecord>({ resource: BANK_ACCOUNTS, sortable: ['nominal_code', 'created_at', 'updated_at'] }),
  {
    surface: 'api', method: 'POST', path: '/bank_accounts', resource: 'bank_account',
    async handler(ctx) {
      const r = readBankAccount(ctx, envelopeOf(ctx, 'bank_account'));
      const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
      const at = now(ctx);
      let ledger = r.ledger;
      if (!ledger) {
        // Without a name the account is named after its type (*guess*: "Current", "Savings"...).
        const name = r.details.account_name ?? bankAccountTypeLink(r.type).displayed_as;
        ledger = buildLedgerAccount({
          id: newId(ctx), at, name, nominal_code: r.code ?? nextBankCode(accounts.values()),
          type: 'BANK', control: null, visibleIn: ['banking', 'journals', 'reporting'],
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
          ...r.address, id: newId(ctx), at, country: business(ctx).country, type: r.address.address_type_id ?? 'ACCOUNTS', is_main_address: true,
          bank_account: link(BANK_ACCOUNTS, rec.id, rec.displayed_as),
        });
        await col<AddressRecord>(ctx, ADDRESSES).insert(address);
        linked.main_address = publicView(address) as AddressRecord;
      }
      await col<BankAccountRecord>(ctx, BANK_ACCOUNTS).insert(linked);
      return json(201, publicView(linked));
    },
  },
];

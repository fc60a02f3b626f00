/**
 * /ledger_accounts: the business's chart of accounts (nominal codes and names per country),
 * filtered by `visible_in` (sales, expenses, journals, banking, other_payments, other_receipts,
 * reporting) and `ledger_account_type_id`. POST creates an account, PUT updates one. The balance
 * (debits - credits) is moved only by the ledger (mock/ledger/entries.ts) and shown, as Sage does,
 * in `balance_details` when `show_balance_details=true` (for `from_date`..`to_date` if given).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import { link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import { LEDGER_ACCOUNT_TYPES } from '../world/reference.ts';
import { ledgerAccountGroupOf } from '../world/reference_data.ts';
import { dec, formatDecimal, ZERO, type Dec } from '../core/money.ts';
import { FieldReader, col, envelopeOf, newId, now, publicView, readRoutes, updateRoute } from './kit.ts';
import { TAX_RATES, type TaxRateRecord } from './tax_rates.ts';
import type { BankAccountRecord } from '../world/records/bank_accounts.ts';
import {
  VISIBLE_IN,
  LEDGER_ACCOUNTS,
  ledgerAccountTypeLink,
  buildLedgerAccount,
  type LedgerAccountRecord,
} from '../world/records/ledger_accounts.ts';

export { VISIBLE_IN, LEDGER_ACCOUNTS, ledgerAccountTypeLink, buildLedgerAccount, type LedgerAccountRecord };

/** The ledger's entries, as far as balances need them (the ledger's `ledger_entries` collection). */
interface EntryView {
  [key: string]: unknown;
  id: string;
  date: string;
  ledger_account_id: string;
  debit: string;
  credit: string;
}

/** Debits and credits per account for this request's date range, summed once per request. */
const totalsByRequest = new WeakMap<RequestContext, Map<string, { debits: Dec; credits: Dec }>>();

function totalsOf(ctx: RequestContext): Map<string, { debits: Dec; credits: Dec }> {
  let totals = totalsByRequest.get(ctx);
  if (totals) return totals;
  totals = new Map();
  const from = ctx.query.get('from_date');
  const to = ctx.query.get('to_date');
  for (const e of col<EntryView>(ctx, 'ledger_entries').values()) {
    if ((from && e.date < from) || (to && e.date > to)) continue;
    const t = totals.get(e.ledger_account_id) ?? { debits: ZERO, credits: ZERO };
    totals.set(e.ledger_account_id, { debits: t.debits.plus(dec(e.debit)), credits: t.credits.plus(dec(e.credit)) });
  }
  totalsByRequest.set(ctx, totals);
  return totals;
}

/**
 * A ledger account as Sage shows it: the stored record without its internal balance, plus the
 * attributes the mock does not model (null or false, *guess* where Sage documents no default);
 * `balance_details` only with `show_balance_details=true`.
 */
function renderLedgerAccount(rec: LedgerAccountRecord, ctx: RequestContext): Record<string, unknown> {
  const { balance: _balance, ...shown } = publicView(rec);
  const out: Record<string, unknown> = {
    ...shown,
    ledger_account_group: ledgerAccountGroupOf(rec.ledger_account_type.id),
    visible_scopes: VISIBLE_IN.filter((k) => rec[`visible_in_${k}`] === true),
    display_formatted: `${rec.nominal_code} - ${rec.display_name}`,
    tax_recoverable: null,
    recoverable_percentage: null,
    non_recoverable_ledger_account: null,
    cis_materials: false,
    cis_labour: false,
    tax_instalment: false,
    gifi_code: null,
  };
  if (ctx.query.get('show_balance_details') === 'true') {
    const t = totalsOf(ctx).get(rec.id) ?? { debits: ZERO, credits: ZERO };
    const net = t.debits.minus(t.credits);
    out.balance_details = {
      balance: formatDecimal(net.abs()),
      credit_or_debit: net.isNegative() ? 'credit' : 'debit',
      debits: formatDecimal(t.debits),
      credits: formatDecimal(t.credits),
      from_date: ctx.query.get('from_date'),
      to_date: ctx.query.get('to_date'),
    };
  }
  return out;
}

const filters: Record<string, (v: string) => Predicate<LedgerAccountRecord>> = {
  visible_in(v) {
    const key = v.trim();
    if (!(VISIBLE_IN as readonly string[]).includes(key)) {
      throw apiError('InvalidParameter', { source: 'visible_in', message: `visible_in must be one of: ${VISIBLE_IN.join(', ')}.` });
    }
    return (a) => a[`visible_in_${key}`] === true;
  },
  ledger_account_type_id(v) {
    const ids = v.split(',').map((s) => s.trim().toUpperCase());
    return (a) => ids.includes(a.ledger_account_type.id);
  },
  search(v) {
    const s = v.trim().toLowerCase();
    return (a) => a.name.toLowerCase().includes(s) || String(a.nominal_code).includes(s);
  },
};

/**
 * Reads a ledger account body (POST: `ledger_account_type_id`, `included_in_chart`, `name`,
 * `display_name`, `nominal_code` required, as Sage's description says; PUT: any of them).
 * Nominal codes are unique per business. `control_name` is Sage's to set, never a client's: a
 * control name other than the account's own is refused. `balance` is not read. The type of an account that backs a bank account stays BANK [guess].
 */
function readLedgerAccount(ctx: RequestContext, data: Record<string, unknown>, prev: LedgerAccountRecord | undefined) {
  const creating = prev === undefined;
  const f = new FieldReader(data);
  const type = f.string('ledger_account_type_id', { required: creating });
  if (type !== undefined && !LEDGER_ACCOUNT_TYPES.some((t) => t.id === type)) f.fail('ledger_account_type_id', 'is invalid');
  if (type !== undefined && prev && prev.ledger_account_type.id === 'BANK' && type !== 'BANK') {
    const backsBank = [...col<BankAccountRecord>(ctx, 'bank_accounts').values()].some((b) => b.ledger_account.id === prev.id);
    if (backsBank) f.fail('ledger_account_type_id', 'cannot change: this ledger account backs a bank account');
  }
  const included = f.boolean('included_in_chart');
  if (creating && included === undefined) f.fail('included_in_chart', "can't be blank");
  // Sage's description: `name` and `display_name` have at most 200 characters.
  const name = f.string('name', { required: creating || f.has('name'), max: 200 });
  const displayName = f.string('display_name', { required: creating || f.has('display_name'), max: 200 });
  // Sage's description: "You cannot add ledger accounts with control name and you cannot modify the
  // control name of existing ledger accounts." Sending the one an account already has is harmless.
  const control = f.has('control_name') ? f.data.control_name : undefined;
  if (control !== undefined && control !== null && control !== '' && control !== (prev?.control_name ?? null)) {
    f.rule('control_name', 'ControlNameReadOnly');
  }
  const code = f.integer('nominal_code', { min: 1, max: 99_999_999 });
  if (code === undefined && (creating || f.has('nominal_code')) && f.v.items.every((i) => i.$source !== 'nominal_code'))
    f.fail('nominal_code', "can't be blank");
  if (code !== undefined) {
    for (const a of col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS).values()) {
      if (a.nominal_code === code && a.id !== prev?.id) {
        f.fail('nominal_code', 'has already been taken');
        break;
      }
    }
  }
  const taxRate = f.ref('tax_rate_id', col<TaxRateRecord>(ctx, TAX_RATES), { what: 'tax rate' });
  const fixedTaxRate = f.boolean('fixed_tax_rate');
  const visible: Record<string, boolean> = {};
  for (const k of VISIBLE_IN) {
    const v = f.boolean(`visible_in_${k}`);
    if (v !== undefined) visible[`visible_in_${k}`] = v;
  }
  f.check();
  return { type, included, name, displayName, code, taxRate, fixedTaxRate, visible };
}

function applyLedgerAccount(rec: LedgerAccountRecord, r: ReturnType<typeof readLedgerAccount>, at: string): LedgerAccountRecord {
  const next: LedgerAccountRecord = { ...rec, ...r.visible, updated_at: at };
  if (r.type !== undefined) next.ledger_account_type = ledgerAccountTypeLink(r.type);
  if (r.included !== undefined) next.included_in_chart = r.included;
  if (r.name !== undefined) next.name = r.name;
  if (r.displayName !== undefined) next.display_name = r.displayName;
  if (r.code !== undefined) next.nominal_code = r.code;
  if (r.taxRate !== undefined) next.tax_rate = link('tax_rates', r.taxRate.id, r.taxRate.displayed_as);
  if (r.fixedTaxRate !== undefined) next.fixed_tax_rate = r.fixedTaxRate;
  next.displayed_as = `${next.name} (${next.nominal_code})`;
  return next;
}

export const ledgerAccountRoutes: RouteDef[] = [
  ...readRoutes<LedgerAccountRecord>({
    resource: LEDGER_ACCOUNTS,
    render: renderLedgerAccount,
    baseAsStored: true,
    filters,
    sortable: ['nominal_code', 'name', 'created_at', 'updated_at'],
  }),
  {
    surface: 'api',
    method: 'POST',
    path: '/ledger_accounts',
    resource: 'ledger_account',
    async handler(ctx) {
      const r = readLedgerAccount(ctx, envelopeOf(ctx, 'ledger_account'), undefined);
      const at = now(ctx);
      const base = buildLedgerAccount({
        id: newId(ctx),
        at,
        name: r.name!,
        nominal_code: r.code!,
        type: r.type!,
        control: null,
        visibleIn: [],
      });
      const rec = applyLedgerAccount(base, r, at);
      await col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS).insert(rec);
      return json(201, renderLedgerAccount(rec, ctx));
    },
  },
  updateRoute<LedgerAccountRecord>({
    resource: LEDGER_ACCOUNTS,
    singular: 'ledger_account',
    update: (ctx, prev, data) => applyLedgerAccount(prev, readLedgerAccount(ctx, data, prev), now(ctx)),
    render: renderLedgerAccount,
  }),
];

/**
 * Opening balances: what a business brings from its previous books. Each posts against the opening
 * balances control account (`control_name: opening_balances`), which the mock creates on first use
 * [guess: Sage's chart has one, named "Opening Balances Control Account"; the seeded charts do not,
 * so seeding stays as it was]: a ledger account's or bank account's opening debit (or credit)
 * there, the opposite on the control account; an opening balance journal is a balanced set of
 * lines, posted as it stands. Ledger account and bank opening balances take exactly one of
 * `debit` and `credit` above zero [guess, as on journal lines]; PUT re-posts, DELETE reverses.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { FieldReader } from '../core/fields.ts';
import { ZERO, formatDecimal, sum, type Dec } from '../core/money.ts';
import { link, refLink } from '../core/records.ts';
import { readAmount } from './amounts.ts';
import {
  BANK_ACCOUNTS,
  LEDGER_ACCOUNTS,
  TAX_RATES,
  buildLedgerAccount,
  controlAccount,
  controlAccounts,
  controlOf,
  isContactControl,
  type BankAccountRecord,
  type LedgerAccountRecord,
  type TaxRateRecord,
} from './accounts.ts';
import { business, col, newId, now, today } from './books.ts';
import { post, reverse, transactionLink, type PostingLine } from './entries.ts';
import { CONTACT_OPENING_BALANCES, settle, statusLink, transactionTypeLink, type ArtefactFields } from './artefacts.ts';
import { CONTACTS, currencyLink, isCustomer, markContactUsed, type ContactRecord, type Side } from './parties.ts';

export { CONTACT_OPENING_BALANCES };

export const LEDGER_ACCOUNT_OPENING_BALANCES = 'ledger_account_opening_balances';
export const BANK_OPENING_BALANCES = 'bank_opening_balances';
export const OPENING_BALANCE_JOURNALS = 'opening_balance_journals';

/** The opening balances control account, created (EQUITY, next free code from 9990) when missing. */
async function openingControl(ctx: RequestContext): Promise<LedgerAccountRecord> {
  const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
  const found = controlAccount(accounts, 'opening_balances');
  if (found) return found;
  const taken = new Set([...accounts.values()].map((a) => a.nominal_code));
  let code = 9990;
  while (taken.has(code)) code++;
  const rec = buildLedgerAccount({
    id: newId(ctx),
    at: now(ctx),
    name: 'Opening Balances Control Account',
    nominal_code: code,
    type: 'EQUITY',
    control: 'opening_balances',
    visibleIn: ['reporting'],
  });
  await accounts.insert(rec);
  return rec;
}

/** Exactly one of `debit` and `credit` above zero: the signed amount (debit positive). */
function readDebitCredit(ctx: RequestContext, f: FieldReader): Dec | undefined {
  const currency = business(ctx).currency;
  const d = readAmount(f, 'debit', { required: true, min: 0, rounded: currency });
  const c = readAmount(f, 'credit', { required: true, min: 0, rounded: currency });
  if (!d || !c) return undefined;
  if (d.isZero() === c.isZero()) return f.rule('base', d.isZero() ? 'JournalLineEmpty' : 'JournalLineDebitAndCredit');
  return d.isZero() ? c.neg() : d;
}

interface Posted {
  _transaction: string | null;
}

/** Reverses what `prev` posted and posts `lines` (against the control account) for document `id`. */
async function repost(
  ctx: RequestContext,
  resource: string,
  type: string,
  id: string,
  date: string,
  reference: string,
  target: string,
  amount: Dec,
  prev?: Posted,
): Promise<string> {
  if (prev?._transaction) await reverse(ctx, prev._transaction);
  const control = await openingControl(ctx);
  const lines: PostingLine[] = [
    { ledger_account_id: target, amount, details: reference },
    { ledger_account_id: control.id, amount: amount.neg(), details: reference },
  ];
  return post(ctx, { transaction_type: type, origin: { resource, id }, date, reference, lines });
}

/** Stores a new opening balance, or the new version of `prev`. */
async function save<T extends Posted & { id: string }>(ctx: RequestContext, resource: string, rec: T, prev: T | undefined): Promise<T> {
  const records = col<T & Record<string, unknown>>(ctx, resource);
  if (prev) await records.put(rec as T & Record<string, unknown>);
  else await records.insert(rec as T & Record<string, unknown>);
  return rec;
}

// ------------------------------------------------------------------ ledger account opening balances

export interface LedgerAccountOpeningBalanceRecord extends Posted {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  ledger_account: { id: string; displayed_as: string; $path: string };
  details: string;
  debit: string;
  credit: string;
  [key: string]: unknown;
}

export async function writeLedgerAccountOpeningBalance(
  ctx: RequestContext,
  data: Record<string, unknown>,
  prev?: LedgerAccountOpeningBalanceRecord,
): Promise<LedgerAccountOpeningBalanceRecord> {
  const merged = prev
    ? { ledger_account_id: prev.ledger_account.id, debit: prev.debit, credit: prev.credit, details: prev.details, ...data }
    : data;
  const f = new FieldReader(merged);
  const account = f.ref('ledger_account_id', col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), { required: true, what: 'ledger account' });
  // [guess] Control accounts take their opening balances from contacts and banks, not directly.
  if (account && (isContactControl(account) || account.control_name === 'opening_balances'))
    f.rule('ledger_account_id', 'ContactControlAccount');
  const details = f.string('details', { max: 255 }) ?? '';
  const amount = readDebitCredit(ctx, f);
  f.check();
  const id = prev?.id ?? newId(ctx);
  const at = now(ctx);
  const txn = await repost(
    ctx,
    LEDGER_ACCOUNT_OPENING_BALANCES,
    'LEDGER_ACCOUNT_OPENING_BALANCE',
    id,
    today(ctx),
    details || 'Opening balance',
    account!.id,
    amount!,
    prev,
  );
  const rec: LedgerAccountOpeningBalanceRecord = {
    id,
    displayed_as: details || account!.displayed_as,
    $path: `/${LEDGER_ACCOUNT_OPENING_BALANCES}/${id}`,
    created_at: prev?.created_at ?? at,
    updated_at: at,
    ledger_account: link('ledger_accounts', account!.id, account!.displayed_as),
    details,
    debit: formatDecimal(amount!.gt(0) ? amount! : ZERO),
    credit: formatDecimal(amount!.lt(0) ? amount!.neg() : ZERO),
    _transaction: txn,
  };
  return save(ctx, LEDGER_ACCOUNT_OPENING_BALANCES, rec, prev);
}

// ------------------------------------------------------------------ bank opening balances

export interface BankOpeningBalanceRecord extends Posted {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  transaction: { id: string; displayed_as: string; $path: string } | null;
  transaction_type: { id: string; displayed_as: string; $path: string };
  bank_account: { id: string; displayed_as: string; $path: string };
  date: string;
  debit: string;
  credit: string;
  [key: string]: unknown;
}

export async function writeBankOpeningBalance(
  ctx: RequestContext,
  data: Record<string, unknown>,
  prev?: BankOpeningBalanceRecord,
): Promise<BankOpeningBalanceRecord> {
  const merged = prev ? { bank_account_id: prev.bank_account.id, date: prev.date, debit: prev.debit, credit: prev.credit, ...data } : data;
  const f = new FieldReader(merged);
  const bank = f.ref('bank_account_id', col<BankAccountRecord>(ctx, BANK_ACCOUNTS), { required: true, what: 'bank account' });
  const date = f.date('date', { required: true });
  const amount = readDebitCredit(ctx, f);
  f.check();
  const id = prev?.id ?? newId(ctx);
  const at = now(ctx);
  const type = 'BANK_OPENING_BALANCE';
  const txn = await repost(ctx, BANK_OPENING_BALANCES, type, id, date!, 'Opening balance', bank!.ledger_account.id, amount!, prev);
  const rec: BankOpeningBalanceRecord = {
    id,
    displayed_as: `${bank!.displayed_as} opening balance`,
    $path: `/${BANK_OPENING_BALANCES}/${id}`,
    created_at: prev?.created_at ?? at,
    updated_at: at,
    transaction: transactionLink(txn, type),
    transaction_type: transactionTypeLink(type),
    bank_account: link('bank_accounts', bank!.id, bank!.displayed_as),
    date: date!,
    debit: formatDecimal(amount!.gt(0) ? amount! : ZERO),
    credit: formatDecimal(amount!.lt(0) ? amount!.neg() : ZERO),
    _transaction: txn,
  };
  return save(ctx, BANK_OPENING_BALANCES, rec, prev);
}

/** Reverses an opening balance and removes it. */
export async function removeOpeningBalance(ctx: RequestContext, resource: string, prev: Posted & { id: string }): Promise<void> {
  if (prev._transaction) await reverse(ctx, prev._transaction);
  await col(ctx, resource).remove(prev.id);
}

// ------------------------------------------------------------------ opening balance journals

export interface OpeningBalanceJournalRecord extends Posted {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  transaction: { id: string; displayed_as: string; $path: string } | null;
  transaction_type: { id: string; displayed_as: string; $path: string };
  deleted_at: string | null;
  date: string;
  reference: string;
  journal_lines: {
    id: string;
    ledger_account: { id: string; displayed_as: string; $path: string };
    details: string;
    debit: string;
    credit: string;
  }[];
  [key: string]: unknown;
}

/**
 * `journal_lines` (required; each `ledger_account_id`, `debit`, `credit` with exactly one above zero,
 * optional `details`), `date` (today when left out) and `reference`: debits must equal credits.
 * Lines cannot post to trade debtors or creditors (contact opening balances do) [guess].
 */
export async function writeOpeningBalanceJournal(ctx: RequestContext, data: Record<string, unknown>): Promise<OpeningBalanceJournalRecord> {
  const f = new FieldReader(data);
  const date = f.date('date') ?? today(ctx);
  const reference = f.string('reference', { max: 255 }) ?? '';
  const raw = f.array('journal_lines', { required: true }) ?? [];
  const lines: { account: LedgerAccountRecord; amount: Dec; details: string }[] = [];
  raw.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return f.fail(`journal_lines[${i}]`, 'is invalid');
    const lf = new FieldReader(item as Record<string, unknown>, `journal_lines[${i}]`);
    const account = lf.ref('ledger_account_id', col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), { required: true, what: 'ledger account' });
    if (account && isContactControl(account)) lf.rule('ledger_account_id', 'JournalControlAccount');
    const details = lf.string('details', { max: 255 }) ?? '';
    const amount = readDebitCredit(ctx, lf);
    f.v.items.push(...lf.v.items);
    if (lf.v.empty && account && amount) lines.push({ account, amount, details });
  });
  if (f.v.empty && !sum(lines.map((l) => l.amount)).isZero()) f.rule('base', 'JournalUnbalanced');
  f.check();
  const id = newId(ctx);
  const at = now(ctx);
  const type = 'OPENING_BALANCE_JOURNAL';
  const txn = await post(ctx, {
    transaction_type: type,
    origin: { resource: OPENING_BALANCE_JOURNALS, id },
    date,
    reference,
    lines: lines.map((l) => ({ ledger_account_id: l.account.id, amount: l.amount, details: l.details || reference })),
  });
  const rec: OpeningBalanceJournalRecord = {
    id,
    displayed_as: reference || transactionTypeLink(type).displayed_as,
    $path: `/${OPENING_BALANCE_JOURNALS}/${id}`,
    created_at: at,
    updated_at: at,
    transaction: transactionLink(txn, type),
    transaction_type: transactionTypeLink(type),
    deleted_at: null,
    date,
    reference,
    journal_lines: lines.map((l) => ({
      id: newId(ctx),
      ledger_account: link('ledger_accounts', l.account.id, l.account.displayed_as),
      details: l.details,
      debit: formatDecimal(l.amount.gt(0) ? l.amount : ZERO),
      credit: formatDecimal(l.amount.lt(0) ? l.amount.neg() : ZERO),
    })),
    _transaction: txn,
  };
  await col<OpeningBalanceJournalRecord>(ctx, OPENING_BALANCE_JOURNALS).insert(rec);
  return rec;
}

// ------------------------------------------------------------------ contact opening balances

/**
 * A contact's opening balance: an invoice or credit note brought forward (`contact_opening_balance_type_id`
 * INVOICE or CREDIT_NOTE [guess: the type ids]), an artefact that payments and allocations settle like
 * any other. `contact_id`, `date`, `reference` and `total_amount` are required; `details`,
 * `net_amount`, `tax_rate_id` and `tax_amount` are kept as information (the posting is the total
 * [guess]). A contact that is a customer takes it on trade debtors, a vendor-only contact on trade
 * creditors, against the opening balances control account. PUT re-posts and DELETE reverses, both
 * refused while it is allocated.
 */
export interface ContactOpeningBalanceRecord extends ArtefactFields, Posted {
  created_at: string;
  transaction: { id: string; displayed_as: string; $path: string } | null;
  transaction_type: { id: string; displayed_as: string; $path: string };
  deleted_at: string | null;
  contact_opening_balance_type: { id: string; displayed_as: string; $path: string };
  details: string;
  net_amount: string;
  tax_rate: { id: string; displayed_as: string; $path: string } | null;
  tax_amount: string;
  _side: Side;
  _kind: 'invoice' | 'credit_note';
}

export const CONTACT_OPENING_BALANCE_TYPES = [
  { id: 'INVOICE', displayed_as: 'Invoice' },
  { id: 'CREDIT_NOTE', displayed_as: 'Credit Note' },
] as const;

export async function writeContactOpeningBalance(
  ctx: RequestContext,
  data: Record<string, unknown>,
  prev?: ContactOpeningBalanceRecord,
): Promise<ContactOpeningBalanceRecord> {
  if (prev && prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  const currency = business(ctx).currency;
  const merged = prev
    ? {
        contact_opening_balance_type_id: prev.contact_opening_balance_type.id,
        contact_id: prev.contact.id,
        date: prev.date,
        reference: prev.reference,
        total_amount: prev.total_amount,
        details: prev.details,
        net_amount: prev.net_amount,
        tax_rate_id: prev.tax_rate?.id,
        tax_amount: prev.tax_amount,
        ...data,
      }
    : data;
  const f = new FieldReader(merged);
  const type = f.string('contact_opening_balance_type_id', { required: true });
  if (type !== undefined && !CONTACT_OPENING_BALANCE_TYPES.some((x) => x.id === type))
    f.fail('contact_opening_balance_type_id', 'is invalid');
  const contact = f.ref('contact_id', col<ContactRecord>(ctx, CONTACTS), { required: true, what: 'contact' });
  const date = f.date('date', { required: true });
  const reference = f.string('reference', { required: true, max: 25 });
  const total = readAmount(f, 'total_amount', { required: true, rounded: currency });
  if (total && !total.gt(0)) f.fail('total_amount', 'must be greater than 0');
  const details = f.string('details', { max: 255 }) ?? '';
  const tax = f.ref('tax_rate_id', col<TaxRateRecord>(ctx, TAX_RATES), { what: 'tax rate' });
  const taxAmount = readAmount(f, 'tax_amount', { min: 0, rounded: currency }) ?? ZERO;
  const net = readAmount(f, 'net_amount', { min: 0, rounded: currency });
  f.check();
  const side: Side = isCustomer(contact!) ? 'customer' : 'vendor';
  const kind = type === 'CREDIT_NOTE' ? 'credit_note' : 'invoice';
  const txType = `${side === 'customer' ? 'CUSTOMER' : 'VENDOR'}_OPENING_BALANCE_${type}`;
  const controls = controlAccounts(ctx);
  // A customer's invoice is a debit of trade debtors; a vendor's a credit of trade creditors; a credit note the opposite.
  const sign = (side === 'customer' ? 1 : -1) * (kind === 'invoice' ? 1 : -1);
  const id = prev?.id ?? newId(ctx);
  const at = now(ctx);
  if (prev?._transaction) await reverse(ctx, prev._transaction);
  const control = await openingControl(ctx);
  const txn = await post(ctx, {
    transaction_type: txType,
    origin: { resource: CONTACT_OPENING_BALANCES, id },
    date: date!,
    reference: reference!,
    contact_id: contact!.id,
    lines: [
      { ledger_account_id: controlOf(controls, side).id, amount: total!.times(sign), contact_id: contact!.id, details: reference! },
      { ledger_account_id: control.id, amount: total!.times(-sign), details: reference! },
    ],
  });
  const rec: ContactOpeningBalanceRecord = settle(
    {
      id,
      displayed_as: reference!,
      $path: `/${CONTACT_OPENING_BALANCES}/${id}`,
      created_at: prev?.created_at ?? at,
      updated_at: at,
      transaction: transactionLink(txn, txType),
      transaction_type: transactionTypeLink(txType),
      deleted_at: null,
      contact_opening_balance_type: refLink('contact_opening_balance_types', CONTACT_OPENING_BALANCE_TYPES, type!),
      contact: link('contacts', contact!.id, contact!.displayed_as),
      date: date!,
      reference: reference!,
      details,
      net_amount: formatDecimal(net ?? total!.minus(taxAmount)),
      tax_rate: tax ? link('tax_rates', tax.id, tax.displayed_as) : null,
      tax_amount: formatDecimal(taxAmount),
      total_amount: formatDecimal(total!),
      outstanding_amount: formatDecimal(total!),
      total_paid: '0.0',
      payments_allocations_total_amount: '0.0',
      status: statusLink('UNPAID'),
      last_paid: null,
      _allocations: [],
      _transaction: txn,
      _side: side,
      _kind: kind,
    },
    [],
  );
  await markContactUsed(ctx, contact!.id);
  return save(ctx, CONTACT_OPENING_BALANCES, rec, prev);
}

/** Deletes a contact opening balance (refused while allocated). */
export async function removeContactOpeningBalance(ctx: RequestContext, prev: ContactOpeningBalanceRecord): Promise<void> {
  if (prev._allocations.length > 0) throw apiError('InvoiceHasPayments', { source: 'base' });
  await removeOpeningBalance(ctx, CONTACT_OPENING_BALANCES, prev);
}

/** What Sage shows of a contact opening balance (its settlement stays internal: Sage lists none of it). */
export function renderContactOpeningBalance(r: ContactOpeningBalanceRecord, currency: string): Record<string, unknown> {
  return {
    id: r.id,
    displayed_as: r.displayed_as,
    $path: r.$path,
    created_at: r.created_at,
    updated_at: r.updated_at,
    transaction: r.transaction,
    transaction_type: r.transaction_type,
    deleted_at: r.deleted_at,
    contact_opening_balance_type: r.contact_opening_balance_type,
    contact: r.contact,
    date: r.date,
    reference: r.reference,
    details: r.details,
    net_amount: r.net_amount,
    tax_rate: r.tax_rate,
    tax_amount: r.tax_amount,
    tax_breakdown: [],
    total_amount: r.total_amount,
    currency: currencyLink(currency),
    exchange_rate: '1.0',
    base_currency_net_amount: r.net_amount,
    base_currency_tax_amount: r.tax_amount,
    base_currency_tax_breakdown: [],
    base_currency_total_amount: r.total_amount,
  };
}

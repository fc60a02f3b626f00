/**
 * Double entry underneath every document. Each posted invoice, payment, allocation and journal
 * writes one *transaction*: a group of ledger entries whose debits equal their credits. Entries
 * are append-only (`ledger_entries`, per business): undoing a document (void, delete, edit of a
 * posted invoice) writes a reversing transaction instead of erasing history, so the trial balance
 * nets to zero after every request.
 *
 * Balances follow the entries: a ledger account's `balance` (debits - credits), the `balance` of
 * the bank account backed by it, and a contact's `balance` (what a customer owes on the trade
 * debtors control account, plus what the business owes a vendor on trade creditors). A contact
 * with any transaction is no longer `deletable`.
 */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { type Dec, dec, formatDecimal, ZERO } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import type { Collection, StoredRecord } from '../store/index.ts';
import { LEDGER_ENTRIES, TRANSACTIONS, type LedgerEntryRecord, type TransactionRecord } from './entry_records.ts';
import { col, newId, now } from './books.ts';
import { transactionTypeLink } from './artefacts.ts';
import { BANK_ACCOUNTS, LEDGER_ACCOUNTS, type BankAccountRecord, type LedgerAccountRecord } from './accounts.ts';
import { CONTACTS, type ContactRecord } from './parties.ts';

/** One line of a posting: a signed amount (debit positive, credit negative) on a ledger account. */
export interface PostingLine {
  ledger_account_id: string;
  amount: Dec;
  contact_id?: string | null;
  details?: string;
}

export interface Posting {
  transaction_type: string;
  origin: { resource: string; id: string };
  date: string;
  lines: PostingLine[];
  /** The document's reference, shown on the transaction. */
  reference?: string;
  /** The document's contact, shown on the transaction. */
  contact_id?: string | null;
}

/** The link a document shows for its transaction (Sage's `transaction`). */
export function transactionLink(id: string, type: string): Link {
  return link('transactions', id, transactionTypeLink(type).displayed_as);
}

/** The leading fields of a document that posts one transaction. */
export interface PostedFields {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  transaction: Link | null;
  transaction_type: Link;
  deleted_at: string | null;
}

/** The fields of every document that posts one transaction (contact payments and allocations, journals). */
export interface PostedDocument extends StoredRecord, PostedFields {
  date: string;
}

/**
 * The leading fields of a new posted document (all but `date`, which each places itself: Sage's
 * field order differs between them), created at `at` by transaction `transactionId` of `type`.
 */
export function postedFields(o: {
  resource: string;
  id: string;
  displayed_as: string;
  at: string;
  transactionId: string;
  type: string;
}): PostedFields {
  return {
    id: o.id,
    displayed_as: o.displayed_as,
    $path: `/${o.resource}/${o.id}`,
    created_at: o.at,
    updated_at: o.at,
    transaction: transactionLink(o.transactionId, o.type),
    transaction_type: transactionTypeLink(o.type),
    deleted_at: null,
  };
}

/** Lines on the same account, contact and details merged, zero lines dropped: the entries a posting writes. */
export function mergeLines(lines: readonly PostingLine[]): PostingLine[] {
  const byKey = new Map<string, PostingLine>();
  for (const l of lines) {
    const key = `${l.ledger_account_id}|${l.contact_id ?? ''}|${l.details ?? ''}`;
    const prev = byKey.get(key);
    byKey.set(key, prev ? { ...prev, amount: prev.amount.plus(l.amount) } : { ...l });
  }
  return [...byKey.values()].filter((l) => !l.amount.isZero());
}

/** True when the signed amounts of the lines add up to exactly zero. */
export function isBalanced(lines: readonly PostingLine[]): boolean {
  return lines.reduce((s, l) => s.plus(l.amount), ZERO).isZero();
}

/**
 * Writes a balanced transaction and moves the balances. Called only after a handler validated
 * everything; an unbalanced posting here is a bug in the mock, refused before anything is written.
 */
export async function post(ctx: RequestContext, posting: Posting, reverses: string | null = null): Promise<string> {
  const lines = mergeLines(posting.lines);
  if (!isBalanced(lines)) {
    throw apiError('UnexpectedError', { message: `Unbalanced posting for ${posting.origin.resource}/${posting.origin.id}.` });
  }
  const transactionId = newId(ctx);
  const at = now(ctx);
  const entries = col<LedgerEntryRecord>(ctx, LEDGER_ENTRIES);
  const written: LedgerEntryRecord[] = [];
  for (const l of lines) {
    const rec: LedgerEntryRecord = {
      id: newId(ctx),
      transaction_id: transactionId,
      transaction_type: posting.transaction_type,
      origin: posting.origin,
      reverses,
      date: posting.date,
      ledger_account_id: l.ledger_account_id,
      contact_id: l.contact_id ?? null,
      details: l.details ?? '',
      debit: formatDecimal(l.amount.gt(0) ? l.amount : ZERO),
      credit: formatDecimal(l.amount.lt(0) ? l.amount.neg() : ZERO),
      created_at: at,
      updated_at: at,
      deleted: reverses !== null,
    };
    await entries.insert(rec);
    written.push(rec);
  }
  const transactions = col<TransactionRecord>(ctx, TRANSACTIONS);
  const total = lines.reduce((s, l) => (l.amount.gt(0) ? s.plus(l.amount) : s), ZERO);
  const type = transactionTypeLink(posting.transaction_type);
  const reference = posting.reference ?? '';
  await transactions.insert({
    id: transactionId,
    displayed_as: reference ? `${type.displayed_as} ${reference}` : type.displayed_as,
    $path: `/transactions/${transactionId}`,
    created_at: at,
    updated_at: at,
    date: posting.date,
    deleted: reverses !== null,
    reference,
    total: formatDecimal(total),
    transaction_type_id: posting.transaction_type,
    origin: { ...posting.origin, displayed_as: lines[0]?.details || reference || type.displayed_as },
    contact_id: posting.contact_id ?? lines.find((l) => l.contact_id)?.contact_id ?? null,
    audit_trail_id: transactions.size() + 1,
    reverses,
  });
  await moveBalances(ctx, written);
  return transactionId;
}

/** Marks a reversed transaction and its entries `deleted` (their amounts stay: the reversal undoes them). */
async function markDeleted(ctx: RequestContext, transactionId: string): Promise<void> {
  const at = now(ctx);
  const transactions = col<TransactionRecord>(ctx, TRANSACTIONS);
  const t = transactions.get(transactionId);
  if (t && !t.deleted) await transactions.put({ ...t, deleted: true, updated_at: at });
  const entries = col<LedgerEntryRecord>(ctx, LEDGER_ENTRIES);
  for (const e of entriesOf(ctx, transactionId)) {
    const cur = entries.get(e.id);
    if (cur && !cur.deleted) await entries.put({ ...cur, deleted: true, updated_at: at });
  }
}

/**
 * Transaction id -> its entries, per ledger_entries collection, so a reversal (every void, delete
 * and edit of a posted document) does not walk the whole ledger. Entries are append-only, so the
 * index catches up by reading only the entries written since it last looked (`slice`: O(new));
 * a collection that shrank (never, by that rule) is indexed afresh.
 */
const transactionIndexes = new WeakMap<Collection<LedgerEntryRecord>, { seen: number; byTransaction: Map<string, LedgerEntryRecord[]> }>();

/** The entries of one transaction. */
export function entriesOf(ctx: RequestContext, transactionId: string): readonly LedgerEntryRecord[] {
  const entries = col<LedgerEntryRecord>(ctx, LEDGER_ENTRIES);
  let index = transactionIndexes.get(entries);
  if (!index || index.seen > entries.size()) transactionIndexes.set(entries, (index = { seen: 0, byTransaction: new Map() }));
  if (index.seen < entries.size()) {
    for (const e of entries.slice(index.seen, entries.size() - index.seen)) {
      const list = index.byTransaction.get(e.transaction_id);
      if (list) list.push(e);
      else index.byTransaction.set(e.transaction_id, [e]);
    }
    index.seen = entries.size();
  }
  return index.byTransaction.get(transactionId) ?? [];
}

/** Writes the mirror image of a transaction (same accounts, debits and credits swapped). */
export async function reverse(ctx: RequestContext, transactionId: string, date?: string): Promise<string> {
  const original = entriesOf(ctx, transactionId);
  if (original.length === 0) return transactionId; // a transaction with nothing to post (zero-value document)
  const first = original[0]!;
  const t = col<TransactionRecord>(ctx, TRANSACTIONS).get(transactionId);
  await markDeleted(ctx, transactionId);
  return post(
    ctx,
    {
      transaction_type: first.transaction_type,
      origin: first.origin,
      date: date ?? first.date,
      reference: t?.reference,
      contact_id: t?.contact_id,
      lines: original.map((e) => ({
        ledger_account_id: e.ledger_account_id,
        contact_id: e.contact_id,
        details: e.details,
        amount: dec(e.credit).minus(dec(e.debit)),
      })),
    },
    transactionId,
  );
}

/** Signed effect of an entry on a contact's balance, by the control account it hits. */
function contactEffect(entry: LedgerEntryRecord, account: LedgerAccountRecord | undefined): Dec {
  const net = dec(entry.debit).minus(dec(entry.credit));
  if (account?.control_name === 'trade_debtors') return net; // what the customer owes
  if (account?.control_name === 'trade_creditors') return net.neg(); // what the business owes the vendor
  return ZERO;
}

async function moveBalances(ctx: RequestContext, entries: readonly LedgerEntryRecord[]): Promise<void> {
  const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
  const byAccount = new Map<string, Dec>();
  const byContact = new Map<string, Dec>();
  for (const e of entries) {
    const net = dec(e.debit).minus(dec(e.credit));
    byAccount.set(e.ledger_account_id, (byAccount.get(e.ledger_account_id) ?? ZERO).plus(net));
    if (e.contact_id) {
      const effect = contactEffect(e, accounts.get(e.ledger_account_id));
      byContact.set(e.contact_id, (byContact.get(e.contact_id) ?? ZERO).plus(effect));
    }
  }
  const banks = col<BankAccountRecord>(ctx, BANK_ACCOUNTS);
  for (const [id, delta] of byAccount) {
    const a = accounts.get(id);
    if (!a) continue;
    const balance = formatDecimal(dec(a.balance).plus(delta));
    await accounts.put({ ...a, balance });
    // Only a BANK ledger account backs a bank account (mock/resources/bank_accounts.ts).
    if (a.ledger_account_type.id !== 'BANK') continue;
    for (const b of banks.values()) {
      if (b.ledger_account.id === id) await banks.put({ ...b, balance });
    }
  }
  const contacts = col<ContactRecord>(ctx, CONTACTS);
  for (const [id, delta] of byContact) {
    const c = contacts.get(id);
    if (c) await contacts.put({ ...c, balance: formatDecimal(dec(c.balance).plus(delta)), deletable: false });
  }
}

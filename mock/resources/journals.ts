/**
 * /journals: manual double entry. `date`, `reference` and `journal_lines[]` are required; each line
 * has a `ledger_account_id` of this business, a `debit` and a `credit` (both required, as Sage's
 * v3.1 description says, each >= 0) of which exactly one is non-zero, and optional `details`.
 * Debits must equal credits exactly (decimal arithmetic: 0.1 + 0.2 debits balance a 0.3 credit;
 * amounts are bounded, mock/ledger/amounts.ts, so no sum is ever rounded). `description` has at
 * most 200 characters (Sage's description).
 * Lines cannot post to trade debtors or trade creditors [guess]: those control accounts belong to
 * contacts' invoices and payments.
 *
 * No PUT (405). DELETE (204) reverses the journal's entries and leaves a tombstone.
 * `POST /journals/{id}/reissue` (201) voids the journal and creates a new one in its place: the same
 * journal, or with the fields sent in an optional `{"journal": {...}}` body [guess].
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import { formatDecimal, sum, ZERO, type Dec } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import { post, postedFields, reverse, type PostedDocument } from '../ledger/entries.ts';
import { readAmount } from '../ledger/amounts.ts';
import { LEDGER_ACCOUNTS, isContactControl, type LedgerAccountRecord } from '../ledger/accounts.ts';
import { JOURNAL_CODES, JOURNAL_CODE_COUNTRIES, type JournalCodeRecord } from '../world/records/journal_codes.ts';
import { FieldReader, bury, business, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';

export const JOURNALS = 'journals';

export interface JournalLineRecord {
  id: string;
  ledger_account: Link;
  details: string;
  debit: string;
  credit: string;
  include_on_tax_return: boolean;
  tax_reconciled: boolean;
  cleared: boolean;
  bank_reconciled: boolean;
  analysis_type_categories: never[];
  journal_line_foreign_currency: null;
}

export interface JournalRecord extends PostedDocument {
  reference: string;
  description: string;
  total: string;
  journal_code: Link | null;
  journal_lines: JournalLineRecord[];
  migrated: boolean;
}

interface ReadLine {
  ledger: LedgerAccountRecord;
  debit: Dec;
  credit: Dec;
  details: string;
  includeOnTaxReturn: boolean;
}

function readJournal(ctx: RequestContext, data: Record<string, unknown>) {
  const currency = business(ctx).currency;
  const f = new FieldReader(data);
  const date = f.date('date', { required: true });
  const reference = f.string('reference', { required: true, max: 255 });
  // Sage's description: a journal's description has at most 200 characters.
  const description = f.string('description', { max: 200 });
  // Journals in FR, ES and DE are filed under a journal code (mock/ledger/journal_codes.ts).
  const journalCode = f.ref('journal_code_id', col<JournalCodeRecord>(ctx, JOURNAL_CODES), {
    required: JOURNAL_CODE_COUNTRIES.includes(business(ctx).country),
    what: 'journal code',
  });
  const raw = f.array('journal_lines', { required: true }) ?? [];
  const lines: ReadLine[] = [];
  raw.forEach((item, i) => {
    const src = `journal_lines[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return f.fail(src, 'is invalid');
    const lf = new FieldReader(item as Record<string, unknown>, src);
    const ledger = lf.ref('ledger_account_id', col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS), { required: true, what: 'ledger account' });
    if (ledger && isContactControl(ledger)) lf.rule('ledger_account_id', 'JournalControlAccount');
    const d = readAmount(lf, 'debit', { required: true, min: 0, rounded: currency });
    const c = readAmount(lf, 'credit', { required: true, min: 0, rounded: currency });
    const details = lf.string('details', { max: 255 });
    const includeOnTaxReturn = lf.boolean('include_on_tax_return');
    if (d && c) {
      if (!d.isZero() && !c.isZero()) f.v.rule(src, 'JournalLineDebitAndCredit');
      else if (d.isZero() && c.isZero()) f.v.rule(src, 'JournalLineEmpty');
      else if (ledger && lf.v.empty)
        lines.push({ ledger, debit: d, credit: c, details: details ?? '', includeOnTaxReturn: includeOnTaxReturn ?? false });
    }
    f.v.items.push(...lf.v.items);
  });
  if (f.v.empty && lines.length === raw.length) {
    const debits = sum(lines.map((l) => l.debit));
    const credits = sum(lines.map((l) => l.credit));
    if (!debits.eq(credits)) f.rule('base', 'JournalUnbalanced');
  }
  f.check();
  return { date: date!, reference: reference!, description: description ?? '', journalCode, lines };
}

async function writeJournal(ctx: RequestContext, input: ReturnType<typeof readJournal>): Promise<JournalRecord> {
  const at = now(ctx);
  const id = newId(ctx);
  const lines: JournalLineRecord[] = input.lines.map((l) => ({
    id: newId(ctx),
    ledger_account: link('ledger_accounts', l.ledger.id, l.ledger.displayed_as),
    details: l.details,
    debit: formatDecimal(l.debit),
    credit: formatDecimal(l.credit),
    include_on_tax_return: l.includeOnTaxReturn,
    tax_reconciled: false,
    cleared: false,
    bank_reconciled: false,
    analysis_type_categories: [],
    journal_line_foreign_currency: null,
  }));
  const txn = await post(ctx, {
    transaction_type: 'JOURNAL',
    origin: { resource: JOURNALS, id },
    date: input.date,
    reference: input.reference,
    lines: input.lines.map((l) => ({
      ledger_account_id: l.ledger.id,
      amount: l.debit.minus(l.credit),
      details: l.details || input.reference,
    })),
  });
  const rec: JournalRecord = {
    ...postedFields({ resource: JOURNALS, id, displayed_as: input.reference, at, transactionId: txn, type: 'JOURNAL' }),
    date: input.date,
    reference: input.reference,
    description: input.description,
    total: formatDecimal(input.lines.reduce((s, l) => s.plus(l.debit), ZERO)),
    journal_code: input.journalCode ? link(JOURNAL_CODES, input.journalCode.id, input.journalCode.displayed_as) : null,
    journal_lines: lines,
    migrated: false,
  };
  await col<JournalRecord>(ctx, JOURNALS).insert(rec);
  return rec;
}

/** Reverses a journal's entries, removes it and remembers the deletion. */
async function removeJournal(ctx: RequestContext, rec: JournalRecord): Promise<void> {
  if (rec.transaction) await reverse(ctx, rec.transaction.id);
  await col<JournalRecord>(ctx, JOURNALS).remove(rec.id);
  await bury(ctx, JOURNALS, rec);
}

/** The body of a reissue: the old journal, with whatever the optional `journal` namespace changes. */
function reissueBody(ctx: RequestContext, old: JournalRecord): Record<string, unknown> {
  const b = ctx.body;
  const changes =
    b && typeof b === 'object' && !Array.isArray(b) && (b as Record<string, unknown>).journal !== undefined
      ? envelopeOf(ctx, 'journal')
      : {};
  return {
    date: old.date,
    reference: old.reference,
    description: old.description,
    journal_code_id: old.journal_code?.id,
    journal_lines: old.journal_lines.map((l) => ({
      ledger_account_id: l.ledger_account.id,
      debit: l.debit,
      credit: l.credit,
      details: l.details,
      include_on_tax_return: l.include_on_tax_return,
    })),
    ...changes,
  };
}

export const journalRoutes: RouteDef[] = [
  ...readRoutes<JournalRecord>({ resource: JOURNALS, deletable: true }),
  {
    surface: 'api',
    method: 'POST',
    path: '/journals',
    resource: 'journal',
    async handler(ctx) {
      const input = readJournal(ctx, envelopeOf(ctx, 'journal'));
      return json(201, publicView(await writeJournal(ctx, input)));
    },
  },
  {
    surface: 'api',
    method: 'DELETE',
    path: '/journals/:id',
    resource: 'journal',
    async handler(ctx) {
      await removeJournal(ctx, found(col<JournalRecord>(ctx, JOURNALS), ctx.params.id));
      return noContent();
    },
  },
  {
    surface: 'api',
    method: 'POST',
    path: '/journals/:id/reissue',
    resource: 'journal',
    async handler(ctx) {
      const old = found(col<JournalRecord>(ctx, JOURNALS), ctx.params.id);
      const input = readJournal(ctx, reissueBody(ctx, old));
      await removeJournal(ctx, old);
      return json(201, publicView(await writeJournal(ctx, input)));
    },
  },
];

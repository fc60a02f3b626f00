/** The `reference-data` and `money` plans: ids read from the same business, exact amounts. */
import type { JournalEntry } from '../../mock/index.ts';
import { describe, jsonBody, seqs } from '../evidence.ts';
import { fail, notApplicable, pass, undone, type ContractCase } from '../model.ts';
import { invoiceTask, otherBusiness, SOURCES } from './support.ts';

const invoiceWrites = (entries: JournalEntry[]) =>
  entries.filter(
    (e) => e.surface === 'api' && (e.method === 'POST' || e.method === 'PUT') && /^\/v3\.1\/sales_invoices(\/[0-9a-f]{32})?$/.test(e.path),
  );

/** A decimal written by binary floating point: 0.30000000000000004, 71.97000000000001, 0.1999999999. */
const FLOAT_ARTEFACT = /-?\d+\.\d*?(?:0{6,}[1-9]\d*|9{6,}\d*)(?![\d])/;

function countryOf(ctx: { world: { businesses: { id: string; country: string }[] } }, id: string | null) {
  return ctx.world.businesses.find((b) => b.id === id)?.country ?? String(id);
}

export const ledgerCases: ContractCase[] = [
  {
    id: 'reference-data.per-business',
    title: 'Tax rate and ledger account ids are read from the business they are sent to',
    rule: 'Tax rates and ledger accounts belong to one business (US and CA rate ids are per business; a GB rate does not exist in an IE business). Ids are read from that business, never hard-coded or borrowed from another.',
    source: SOURCES.invoicing,
    arrange: {
      business: otherBusiness,
      task: invoiceTask([
        { key: 'CTR-REF-A', lines: [['Consulting', '1', '120.00']] },
        { key: 'CTR-REF-B', lines: [['Hosting', '2', '35.00']] },
      ]),
      anyExitCode: true,
    },
    judge({ journal, ctx }) {
      // Writes refused before routing (a 401) reached no business: nothing to compare.
      const writes = invoiceWrites(journal).filter((w) => w.businessId !== null);
      if (writes.length === 0) return notApplicable('the client wrote no sales invoice');
      // What each business's answers showed the client (reference lists and single records).
      const readFrom = (businessId: string | null, id: string, kind: 'tax_rates' | 'ledger_accounts') =>
        journal.find(
          (e) =>
            e.method === 'GET' &&
            e.status === 200 &&
            e.businessId === businessId &&
            e.path.startsWith(`/v3.1/${kind}`) &&
            (e.responseBody ?? '').includes(`"${id}"`),
        );
      for (const w of writes) {
        const lines: Record<string, unknown>[] = jsonBody(w)?.sales_invoice?.invoice_lines ?? [];
        for (const [i, line] of lines.entries()) {
          for (const [field, kind] of [
            ['tax_rate_id', 'tax_rates'],
            ['ledger_account_id', 'ledger_accounts'],
          ] as const) {
            const id = line?.[field];
            if (typeof id !== 'string') continue;
            if (!readFrom(w.businessId, id, kind)) {
              const elsewhere = journal.find(
                (e) =>
                  e.method === 'GET' &&
                  e.status === 200 &&
                  e.businessId !== w.businessId &&
                  e.path.startsWith(`/v3.1/${kind}`) &&
                  (e.responseBody ?? '').includes(`"${id}"`),
              );
              const how = elsewhere
                ? `it was read from business ${countryOf(ctx, elsewhere.businessId)} (${describe(elsewhere)})`
                : 'it was never read (hard-coded)';
              return fail(
                `${field} ${id} in invoice_lines[${i}] of ${describe(w)} (business ${countryOf(ctx, w.businessId)}) was not read from that business's /${kind}: ${how}`,
                elsewhere ? [w.seq, elsewhere.seq] : [w.seq],
              );
            }
          }
        }
      }
      return pass(
        `every tax_rate_id and ledger_account_id in ${writes.length} invoice writes was read from the business it was sent to`,
        seqs(writes),
      );
    },
  },
  {
    id: 'money.exact',
    title: 'Amounts carry no float artefacts, and reported totals match the books',
    rule: "Amounts are decimals in the currency's precision. Binary floats turn 3 x 0.10 into 0.30000000000000004; a client computes in decimals (or integer minor units) and takes totals from Sage.",
    source: SOURCES.invoicing,
    arrange: {
      task: invoiceTask([
        {
          key: 'CTR-MONEY-A',
          lines: [
            ['Widgets', '3', '0.10'],
            ['Gadgets', '3', '19.99'],
            ['Cables', '7', '1.15'],
          ],
        },
        {
          key: 'CTR-MONEY-B',
          lines: [
            ['Sprockets', '0.5', '33.33'],
            ['Bolts', '11', '0.07'],
          ],
        },
      ]),
    },
    async judge({ journal, report, ctx, task }) {
      const writes = invoiceWrites(journal);
      if (writes.length === 0) return notApplicable('the client wrote no sales invoice');
      for (const w of writes) {
        const m = FLOAT_ARTEFACT.exec(w.body ?? '');
        if (m) {
          const field = /"(\w+)"\s*:\s*"?$/.exec((w.body ?? '').slice(0, m.index))?.[1];
          return fail(`${describe(w)} sent ${field ? `${field} ` : ''}${m[0]}: a binary-float artefact`, [w.seq]);
        }
      }
      const books = await ctx.all('/sales_invoices', { attributes: 'reference,total_amount' });
      const reported = report?.sales_invoices ?? [];
      for (const key of (task.sales_invoices ?? []).map((i) => i.key)) {
        const book = books.find((b) => b.reference === key);
        const mine = reported.find((r) => r.key === key);
        if (!book) return undone(`invoice ${key} is not in the books`, seqs(writes));
        if (!mine?.total_amount) return undone(`the report gives no total_amount for invoice ${key} (the books say ${book.total_amount})`);
        if (Number(mine.total_amount) !== Number(book.total_amount) || FLOAT_ARTEFACT.test(String(mine.total_amount))) {
          return fail(
            `the report says invoice ${key} totals ${mine.total_amount}; the books say ${book.total_amount}`,
            seqs(writes.filter((w) => jsonBody(w)?.sales_invoice?.reference === key)),
          );
        }
      }
      return pass(`${writes.length} invoice writes carried exact decimals and every reported total matches the books`, seqs(writes));
    },
  },
];

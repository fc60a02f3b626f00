/** The `writes` plan: idempotent creates (judged from the books), no blind retry of a 422. */
import { canonical, describe, jsonBody, seqs } from '../evidence.ts';
import { fail, notApplicable, pass, undone, warn, type ContractCase } from '../model.ts';
import { invoiceTask, list, SOURCES } from './support.ts';

const creates = (entries: import('../../mock/index.ts').JournalEntry[]) =>
  entries.filter((e) => e.surface === 'api' && e.method === 'POST' && e.path === '/v3.1/sales_invoices');

export const writeCases: ContractCase[] = [
  {
    id: 'writes.idempotency-id',
    title: 'Creates carry an idempotency_id, and a retry after a lost answer reuses it',
    rule: 'A create whose answer is lost may have been committed. Sage replays the first answer for a repeated idempotency_id (inside the resource, for 7 days) and ignores an Idempotency-Key header: the books must hold each intended document once.',
    source: SOURCES.idempotency,
    arrange: {
      // The first invoice is committed, then the connection drops before the answer.
      scenario: () => ({
        name: 'drop-first-invoice',
        steps: [{ match: { method: 'POST', path: '/sales_invoices' }, times: 1, fault: { type: 'drop-after-commit' } }],
      }),
      task: invoiceTask([
        { key: 'CTR-IDEM-A', lines: [['Consulting', '2', '150.00']] },
        { key: 'CTR-IDEM-B', lines: [['Support', '1', '80.00']] },
        { key: 'CTR-IDEM-C', lines: [['Training', '3', '45.50']] },
      ]),
    },
    async judge({ journal, task, ctx }) {
      const posts = creates(journal);
      if (posts.length === 0) return notApplicable('the client created no sales invoice');
      const books = await ctx.all('/sales_invoices', { attributes: 'reference,status' });
      const keys = (task.sales_invoices ?? []).map((i) => i.key);
      const count = (key: string) => books.filter((b) => b.reference === key && b.status?.id !== 'VOID').length;
      const dropped = posts.find((e) => e.fault !== null);
      const withoutId = posts.filter((e) => !jsonBody(e)?.sales_invoice?.idempotency_id);
      const twice = keys.find((k) => count(k) > 1);
      if (twice) {
        const attempts = posts.filter((e) => jsonBody(e)?.sales_invoice?.reference === twice);
        const retry = attempts[1] ?? attempts[0]!;
        const why = retry.flags.includes('idempotency-key-header-ignored')
          ? 'carried only an Idempotency-Key header, which Sage ignores'
          : !jsonBody(retry)?.sales_invoice?.idempotency_id
            ? 'carried no idempotency_id'
            : 'carried a different idempotency_id';
        return fail(
          `invoice ${twice} is in the books ${count(twice)} times: the retry ${describe(retry)} after the lost answer${dropped ? ` of ${describe(dropped)}` : ''} ${why}`,
          seqs(attempts),
        );
      }
      const absent = keys.filter((k) => count(k) === 0);
      if (absent.length > 0)
        return undone(
          `the books lack invoice${absent.length > 1 ? 's' : ''} ${absent.join(', ')} (${posts.length} creates sent)`,
          seqs(posts),
        );
      if (withoutId.length > 0) {
        return fail(
          `${list(withoutId)} carried no idempotency_id: a retry after a lost answer would create a duplicate${withoutId[0]!.flags.includes('idempotency-key-header-ignored') ? ' (an Idempotency-Key header is ignored by Sage)' : ''}`,
          seqs(withoutId),
        );
      }
      const replay = posts.find((e) => e.flags.includes('idempotent-replay'));
      if (!dropped) return warn(`each invoice is in the books once, but no answer was lost, so the retry was not shown`, seqs(posts));
      if (!replay)
        return warn(
          `each invoice is in the books once, but the lost answer (${describe(dropped)}) was not retried with its idempotency_id`,
          seqs(posts),
        );
      return pass(
        `each of ${keys.length} invoices is in the books once; the retry ${describe(replay)} reused the idempotency_id of ${describe(dropped)} and got the first answer`,
        [dropped.seq, replay.seq],
      );
    },
  },
  {
    id: 'writes.no-blind-retry-of-422',
    title: 'A 422 is not re-sent unchanged',
    rule: '422 RecordInvalid is a validation error: the same request will fail the same way. The client reports it (or changes the request) instead of re-sending it.',
    source: SOURCES.errors,
    arrange: {
      task: invoiceTask([
        { key: 'CTR-422-OK', lines: [['Consulting', '1', '100.00']] },
        // Due before its date: Sage answers 422.
        { key: 'CTR-422-BAD', lines: [['Consulting', '1', '100.00']], due_date: '2026-01-01' },
      ]),
    },
    judge({ journal, report }) {
      const posts = creates(journal);
      const refused = posts.filter((e) => e.status === 422 && !e.flags.includes('idempotent-replay'));
      if (refused.length === 0) return notApplicable('no create was refused with 422');
      for (const r of refused) {
        const body = canonical(stripIds(r.body));
        const again = posts.filter((e) => e.seq > r.seq && canonical(stripIds(e.body)) === body);
        if (again.length > 0) {
          return fail(
            `${describe(r)} got 422 (${r.errorCodes.join(', ')}) and was re-sent unchanged ${again.length} time${again.length > 1 ? 's' : ''} (${list(again)})`,
            [r.seq, ...seqs(again)],
          );
        }
      }
      const rejected = (report?.sales_invoices ?? []).some((i) => i.key === 'CTR-422-BAD' && i.status === 'rejected');
      if (!rejected)
        return warn(`${describe(refused[0]!)} was not re-sent, but the report does not mark CTR-422-BAD as rejected`, seqs(refused));
      return pass(`${describe(refused[0]!)} got 422, was not re-sent, and was reported as rejected`, seqs(refused));
    },
  },
];

/** A body without its idempotency ids (a retry with a new id but the same content is still blind). */
function stripIds(body: string | null): string | null {
  if (body === null) return null;
  try {
    return JSON.stringify(JSON.parse(body), (k, v) => (k === 'idempotency_id' ? undefined : v));
  } catch {
    return body;
  }
}

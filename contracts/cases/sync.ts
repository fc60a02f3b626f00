/** The `sync` plan: complete paging walks, incremental syncs from a stored cursor. */
import type { JournalEntry } from '../../mock/index.ts';
import { describe, seqs } from '../evidence.ts';
import { fail, notApplicable, pass, undone, type ContractCase, type JudgeInput } from '../model.ts';
import { list, SOURCES } from './support.ts';

const CONTACTS = 450;

const listsOf = (entries: JournalEntry[], resource: string) =>
  entries.filter((e) => e.surface === 'api' && e.method === 'GET' && e.path === `/v3.1/${resource}`);

/** `$next` and `$total` of a list answer, read from its text (the journal may have cut a long body). */
function envelope(e: JournalEntry): { next: string | null | undefined; total: number | undefined } {
  const text = e.responseBody ?? '';
  const next = /"\$next":(null|"((?:[^"\\]|\\.)*)")/.exec(text);
  const total = /"\$total":(\d+)/.exec(text);
  return { next: next ? (next[1] === 'null' ? null : JSON.parse(`"${next[2]}"`)) : undefined, total: total ? Number(total[1]) : undefined };
}

function missingFromReport({ report }: JudgeInput, resource: string, expected: string[]): string[] {
  const got = new Set(report?.synced?.[resource]?.ids ?? []);
  return expected.filter((id) => !got.has(id));
}

export const syncCases: ContractCase[] = [
  {
    id: 'sync.complete',
    title: 'Walks every page to the end and reports every record',
    rule: 'Lists are paged (20 items by default, at most 200); a complete read follows $next until it is null.',
    source: SOURCES.paging,
    arrange: {
      mock: { world: { contacts: { GB: CONTACTS } } },
      task: (ctx) => ({ business_id: ctx.businessId, sync: { resources: ['contacts'] } }),
    },
    async judge(input) {
      const { journal, report, ctx } = input;
      const books = (await ctx.all('/contacts')).map((c) => c.id as string);
      const walks = listsOf(journal, 'contacts').filter((e) => e.status === 200);
      if (walks.length === 0) return undone(`the client never listed /contacts (${books.length} in the books)`);
      const last = walks[walks.length - 1]!;
      const { next } = envelope(last);
      if (!report?.synced?.contacts)
        return undone(`the client reported no contacts (report.synced.contacts missing); ${books.length} are in the books`, [last.seq]);
      const missing = missingFromReport(input, 'contacts', books);
      if (missing.length > 0) {
        const stop = next ? `; the walk stopped at ${describe(last)} whose $next was ${next}` : '';
        return undone(`reported ${books.length - missing.length} of ${books.length} contacts${stop}`, seqs(walks));
      }
      return pass(`walked ${walks.length} pages to $next null and reported all ${books.length} contacts`, seqs(walks));
    },
  },
  {
    id: 'sync.incremental',
    title: 'A second sync asks only for what changed since the time it stored',
    rule: "Sage's sync pattern: store the time a sync started, then ask updated_or_created_since (and deleted_since) that time, instead of downloading everything again.",
    source: SOURCES.paging,
    arrange: {
      mock: { world: { contacts: { GB: CONTACTS } } },
      task: (ctx) => ({ business_id: ctx.businessId, sync: { resources: ['contacts'] } }),
      runs: 2,
      advanceSecondsBetweenRuns: 3600,
      async between(ctx) {
        // Two new contacts, one renamed, one deleted, an hour after the first sync.
        const created = [];
        for (const n of [1, 2]) {
          const res = await ctx.api('POST', '/contacts', {
            body: { contact: { name: `Incremental ${n} Ltd`, reference: `CTR-INC-${n}`, contact_type_ids: ['CUSTOMER'] } },
          });
          created.push(res.body.id);
        }
        const [first, second] = await ctx.all('/contacts?sort=created_at:asc');
        await ctx.api('PUT', `/contacts/${first.id}`, { body: { contact: { name: 'Renamed Between Syncs Ltd' } } });
        await ctx.api('DELETE', `/contacts/${second.id}`);
        changes.set(ctx.mock, { changed: [...created, first.id], deleted: second.id });
      },
    },
    async judge({ runJournal, runs, ctx }) {
      const change = changes.get(ctx.mock);
      if (!change) return notApplicable('the records were not changed between the runs');
      const total = (await ctx.all('/contacts')).length;
      const second = listsOf(runJournal(1), 'contacts');
      if (second.length === 0) return undone('run 2 never listed /contacts, so it saw none of the changes');
      const full = second.filter((e) => e.query.updated_or_created_since === undefined && e.query.deleted_since === undefined);
      if (full.length > 0) {
        const downloaded = envelope(full[0]!).total;
        return fail(
          `run 2 listed /contacts without updated_or_created_since (${list(full)}): it downloaded all ${downloaded ?? total} contacts again`,
          seqs(full),
        );
      }
      const since = second.filter((e) => e.query.updated_or_created_since !== undefined);
      const first = since[0]!;
      const got = envelope(first).total;
      if (got !== undefined && got >= total) {
        return fail(
          `run 2 asked updated_or_created_since=${first.query.updated_or_created_since} (${describe(first)}), which matched all ${got} contacts: the stored time is not the last sync's`,
          [first.seq],
        );
      }
      const report = runs[1]!.report;
      const ids = new Set(report?.synced?.contacts?.ids ?? []);
      const missed = change.changed.filter((id) => !ids.has(id));
      if (missed.length > 0)
        return undone(
          `run 2 missed ${missed.length} of ${change.changed.length} contacts created or changed since the first sync (asked since ${first.query.updated_or_created_since}, ${describe(first)})`,
          [first.seq],
        );
      const deletions = second.filter((e) => e.query.deleted_since !== undefined);
      if (!(report?.synced?.contacts?.deleted_ids ?? []).includes(change.deleted)) {
        return fail(
          deletions.length === 0
            ? 'run 2 never asked deleted_since, so the contact deleted since the first sync was not reported'
            : `the contact deleted since the first sync was not reported (${list(deletions)})`,
          seqs(deletions),
        );
      }
      return pass(
        `run 2 asked updated_or_created_since=${first.query.updated_or_created_since} and deleted_since, got ${got ?? '?'} of ${total} contacts and reported every change`,
        [first.seq, ...seqs(deletions)],
      );
    },
  },
];

/** What `between` changed, per mock (the judge checks the report against it). */
const changes = new WeakMap<object, { changed: string[]; deleted: string }>();

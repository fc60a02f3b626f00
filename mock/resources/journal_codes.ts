/**
 * /journal_codes: the books journals are filed under (mock/ledger/journal_codes.ts). POST needs
 * `name`, `code` (unique per business [guess]) and `journal_code_type_id`; `control_name` is
 * Sage's to set (422, as on ledger accounts) and `reserved` follows it. A reserved code keeps its
 * code and type (422 on a change) and, like a code a journal uses, cannot be deleted (422);
 * DELETE answers 204 otherwise.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import {
  JOURNAL_CODES,
  JOURNAL_CODE_TYPES,
  buildJournalCode,
  journalCodeTypeLink,
  type JournalCodeRecord,
} from '../world/records/journal_codes.ts';
import { FieldReader, bury, col, envelopeOf, found, newId, now, publicView, readRoutes, updateRoute } from './kit.ts';
import { JOURNALS, type JournalRecord } from './journals.ts';

function readJournalCode(ctx: RequestContext, data: Record<string, unknown>, prev?: JournalCodeRecord) {
  const creating = prev === undefined;
  const f = new FieldReader(data);
  const name = f.string('name', { required: creating, max: 200 });
  const code = f.string('code', { required: creating, max: 10 });
  const type = f.string('journal_code_type_id', { required: creating });
  if (type !== undefined && !JOURNAL_CODE_TYPES.some((t) => t.id === type)) f.fail('journal_code_type_id', 'is invalid');
  const control = f.data.control_name;
  if (control !== undefined && control !== null && control !== '' && control !== (prev?.control_name ?? null))
    f.rule('control_name', 'ControlNameReadOnly');
  if (prev?.reserved) {
    if (code !== undefined && code !== prev.code) f.rule('code', 'JournalCodeReserved');
    if (type !== undefined && type !== prev.journal_code_type.id) f.rule('journal_code_type_id', 'JournalCodeReserved');
  }
  if (code !== undefined && [...col<JournalCodeRecord>(ctx, JOURNAL_CODES).values()].some((c) => c.code === code && c.id !== prev?.id))
    f.fail('code', 'has already been taken');
  f.check();
  return { name, code, type };
}

export const journalCodeRoutes: RouteDef[] = [
  ...readRoutes<JournalCodeRecord>({ resource: JOURNAL_CODES, sortable: ['code', 'name', 'created_at', 'updated_at'], deletable: true }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${JOURNAL_CODES}`,
    resource: 'journal_code',
    async handler(ctx) {
      const r = readJournalCode(ctx, envelopeOf(ctx, 'journal_code'));
      const rec = buildJournalCode({ id: newId(ctx), at: now(ctx), name: r.name!, code: r.code!, type: r.type!, control: null });
      await col<JournalCodeRecord>(ctx, JOURNAL_CODES).insert(rec);
      return json(201, publicView(rec));
    },
  },
  updateRoute<JournalCodeRecord>({
    resource: JOURNAL_CODES,
    singular: 'journal_code',
    update(ctx, prev, data) {
      const r = readJournalCode(ctx, data, prev);
      const next: JournalCodeRecord = { ...prev, updated_at: now(ctx) };
      if (r.name !== undefined) next.name = r.name;
      if (r.code !== undefined) next.code = r.code;
      if (r.type !== undefined) next.journal_code_type = journalCodeTypeLink(r.type);
      next.displayed_as = `${next.code} - ${next.name}`;
      return next;
    },
  }),
  {
    surface: 'api',
    method: 'DELETE',
    path: `/${JOURNAL_CODES}/:id`,
    resource: 'journal_code',
    async handler(ctx) {
      const prev = found(col<JournalCodeRecord>(ctx, JOURNAL_CODES), ctx.params.id);
      if (prev.reserved) throw apiError('JournalCodeReserved', { source: 'base' });
      if ([...col<JournalRecord>(ctx, JOURNALS).values()].some((j) => j.journal_code?.id === prev.id))
        throw apiError('JournalCodeInUse', { source: 'base' });
      await col<JournalCodeRecord>(ctx, JOURNAL_CODES).remove(prev.id);
      await bury(ctx, JOURNAL_CODES, prev);
      return noContent();
    },
  },
];

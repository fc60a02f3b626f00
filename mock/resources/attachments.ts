/**
 * /attachments: files attached to a record (an invoice, a contact, a journal...). Uploaded as Sage
 * does, as base64 inside the JSON body: `{"attachment": {"file", "file_name", "mime_type", ...}}`
 * (`file`, `file_name` and `mime_type` required; the decoded file at most 2,621,440 bytes, Sage's
 * limit; the request still has to fit `maxBodyBytes`). `attachment_context_type_id` (from
 * `/attachment_context_types`) and `attachment_context_id` name the record, which must exist in the
 * business; both or neither (*guess*: an attachment without a context is kept unattached).
 * `file_size` and `file_extension` are taken from the file when not sent.
 *
 * Lists filter by `attachment_context_id` and `attachment_context_type_id`; PUT changes the
 * description, the file name, `is_public` or the file; DELETE answers 204. The file itself comes
 * from `GET /attachments/{id}/file` with `Accept: application/octet-stream` (its bytes, with its
 * MIME type); any other Accept gets the attachment's JSON, the response Sage's description gives
 * that operation (*guess*). `file` is null in the JSON (*guess*: the bytes come from the download).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { bytes, json } from '../core/http.ts';
import { link, refLink, type Link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import { ATTACHMENT_CONTEXTS } from '../world/reference_data.ts';
import { FieldReader, deleteRoute, col, envelopeOf, found, newId, now, publicView, readRoutes, singleView } from './kit.ts';

export interface AttachmentRecord {
  id: string;
  displayed_as: string;
  $path: string;
  $file_path: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  file: null;
  mime_type: string;
  description: string;
  file_extension: string;
  transaction: Link | null;
  file_size: number;
  file_name: string;
  attachment_context_type: Link | null;
  attachment_context: Link | null;
  is_public: boolean;
  /** Internal: the file, base64. */
  _file: string;
  [key: string]: unknown;
}

const RESOURCE = 'attachments';
export const MAX_ATTACHMENT_BYTES = 2_621_440;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Reads an attachment body; on create `file`, `file_name` and `mime_type` are required. */
function readAttachment(ctx: RequestContext, data: Record<string, unknown>, creating: boolean) {
  const f = new FieldReader(data);
  const file = f.string('file', { required: creating });
  let decoded: Buffer | undefined;
  if (file !== undefined) {
    const clean = file.replace(/\s+/g, '');
    if (clean.length % 4 !== 0 || !BASE64.test(clean)) f.fail('file', 'is not valid base64');
    else {
      decoded = Buffer.from(clean, 'base64');
      if (decoded.byteLength > MAX_ATTACHMENT_BYTES) f.fail('file', `is too large (maximum is ${MAX_ATTACHMENT_BYTES} bytes)`);
    }
  }
  const fileName = f.string('file_name', { required: creating, max: 255 });
  const mime = f.string('mime_type', { required: creating, max: 255 });
  if (mime !== undefined && !/^[\w.+-]+\/[\w.+-]+$/.test(mime)) f.fail('mime_type', 'is invalid');
  const description = f.string('description', { max: 255 });
  const extension = f.string('file_extension', { max: 20 });
  f.integer('file_size', { min: 0, max: MAX_ATTACHMENT_BYTES });
  const isPublic = f.boolean('is_public');
  const typeId = f.string('attachment_context_type_id');
  const contextId = f.string('attachment_context_id');
  let context: { type: Link; record: Link } | undefined;
  if (typeId !== undefined || contextId !== undefined) {
    const type = ATTACHMENT_CONTEXTS.find((t) => t.id === typeId);
    if (typeId === undefined) f.fail('attachment_context_type_id', "can't be blank");
    else if (!type) f.fail('attachment_context_type_id', 'is invalid');
    if (contextId === undefined) f.fail('attachment_context_id', "can't be blank");
    else if (type) {
      const rec = col<{ id: string; displayed_as: string }>(ctx, type.collection).get(contextId);
      if (!rec) f.fail('attachment_context_id', 'is invalid or does not exist in this business');
      else
        context = {
          type: refLink('attachment_context_types', ATTACHMENT_CONTEXTS, type.id),
          record: link(type.collection, rec.id, String(rec.displayed_as)),
        };
    }
  }
  const transactionId = f.string('transaction_id');
  let transaction: Link | undefined;
  if (transactionId !== undefined) {
    const t = col<{ id: string; displayed_as?: string }>(ctx, 'transactions').get(transactionId);
    if (!t) f.fail('transaction_id', 'is invalid or does not exist in this business');
    else transaction = link('transactions', t.id, String(t.displayed_as ?? t.id));
  }
  f.check();
  return { decoded, fileName, mime, description, extension, isPublic, context, transaction };
}

const extensionOf = (name: string) => (/\.([A-Za-z0-9]{1,20})$/.exec(name)?.[1] ?? '').toLowerCase();

const filters: Record<string, (v: string) => Predicate<AttachmentRecord>> = {
  attachment_context_id: (v) => (a) => a.attachment_context?.id === v,
  attachment_context_type_id: (v) => (a) => a.attachment_context_type?.id === v,
};

export const attachmentRoutes: RouteDef[] = [
  ...readRoutes<AttachmentRecord>({ resource: RESOURCE, filters, deletable: true, sortable: ['file_name', 'created_at', 'updated_at'] }),
  {
    surface: 'api',
    method: 'GET',
    path: `/${RESOURCE}/:id/file`,
    handler(ctx) {
      const rec = found(col<AttachmentRecord>(ctx, RESOURCE), ctx.params.id);
      const accept = ctx.req.headers.accept ?? '';
      if (!accept.toLowerCase().includes('application/octet-stream')) return json(200, singleView(ctx, publicView(rec)));
      return bytes(200, Buffer.from(rec._file, 'base64'), rec.mime_type, {
        'content-disposition': `attachment; filename="${rec.file_name.replace(/["\\\r\n]/g, '_')}"`,
      });
    },
  },
  {
    surface: 'api',
    method: 'POST',
    path: `/${RESOURCE}`,
    resource: 'attachment',
    async handler(ctx) {
      const r = readAttachment(ctx, envelopeOf(ctx, 'attachment'), true);
      const id = newId(ctx);
      const at = now(ctx);
      const rec: AttachmentRecord = {
        id,
        displayed_as: r.fileName!,
        $path: `/${RESOURCE}/${id}`,
        $file_path: `/${RESOURCE}/${id}/file`,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        file: null,
        mime_type: r.mime!,
        description: r.description ?? '',
        file_extension: r.extension ?? extensionOf(r.fileName!),
        transaction: r.transaction ?? null,
        file_size: r.decoded!.byteLength,
        file_name: r.fileName!,
        attachment_context_type: r.context?.type ?? null,
        attachment_context: r.context?.record ?? null,
        is_public: r.isPublic ?? false,
        _file: r.decoded!.toString('base64'),
      };
      await col<AttachmentRecord>(ctx, RESOURCE).insert(rec);
      return json(201, publicView(rec));
    },
  },
  {
    surface: 'api',
    method: 'PUT',
    path: `/${RESOURCE}/:id`,
    resource: 'attachment',
    async handler(ctx) {
      const attachments = col<AttachmentRecord>(ctx, RESOURCE);
      const prev = found(attachments, ctx.params.id);
      const r = readAttachment(ctx, envelopeOf(ctx, 'attachment'), false);
      const next: AttachmentRecord = { ...prev, updated_at: now(ctx) };
      if (r.fileName !== undefined) {
        next.file_name = r.fileName;
        next.displayed_as = r.fileName;
      }
      if (r.mime !== undefined) next.mime_type = r.mime;
      if (r.description !== undefined) next.description = r.description;
      if (r.extension !== undefined) next.file_extension = r.extension;
      if (r.isPublic !== undefined) next.is_public = r.isPublic;
      if (r.context) {
        next.attachment_context_type = r.context.type;
        next.attachment_context = r.context.record;
      }
      if (r.transaction) next.transaction = r.transaction;
      if (r.decoded) {
        next._file = r.decoded.toString('base64');
        next.file_size = r.decoded.byteLength;
      }
      await attachments.put(next);
      return json(200, publicView(next));
    },
  },
  deleteRoute<AttachmentRecord>({ resource: RESOURCE }),
];

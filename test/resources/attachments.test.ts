/**
 * /attachments through both adapters: upload (base64 in JSON, as Sage takes it), list with context
 * filters, get, update, delete, and the file download with `Accept: application/octet-stream`.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { caller } from './support.ts';

describe.each(ADAPTERS)('attachments through %s', (adapter) => {
  const h = useHarness(adapter);
  const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0a]); // not UTF-8: the bytes must survive
  const call = caller(h);

  it('uploads to a contact, lists by context, downloads the exact bytes, updates and deletes', async () => {
    const contact = (await call('GET', '/contacts?items_per_page=1')).body.$items[0];
    const made = await call('POST', '/attachments', {
      attachment: {
        file: Buffer.from(pdf).toString('base64'),
        file_name: 'terms.pdf',
        mime_type: 'application/pdf',
        description: 'Terms',
        attachment_context_type_id: 'CONTACT',
        attachment_context_id: contact.id,
      },
    });
    expect(made.status).toBe(201);
    const a = made.body;
    expect(a).toMatchObject({
      displayed_as: 'terms.pdf',
      file_name: 'terms.pdf',
      file_extension: 'pdf',
      file_size: pdf.byteLength,
      mime_type: 'application/pdf',
      is_public: false,
      attachment_context_type: { id: 'CONTACT', $path: '/attachment_context_types/CONTACT' },
      attachment_context: { id: contact.id, $path: `/contacts/${contact.id}` },
      $file_path: `/attachments/${a.id}/file`,
      file: null,
      deleted_at: null,
    });
    expect(a).not.toHaveProperty('_file');
    expect((await call('GET', `/attachments?attachment_context_id=${contact.id}`)).body.$items.map((x: any) => x.id)).toEqual([a.id]);
    expect((await call('GET', '/attachments?attachment_context_type_id=SALES_INVOICE')).body.$total).toBe(0);

    const file = await h.api(`/attachments/${a.id}/file`, { headers: { accept: 'application/octet-stream' } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    const asJson = await h.api(`/attachments/${a.id}/file`, { headers: { accept: 'application/json' } });
    expect((await asJson.json()).id).toBe(a.id);
    expect(h.mock.admin.journal({ path: `/v3.1/attachments/${a.id}/file` })[0]!.responseBody).toBe(`[${pdf.byteLength} bytes]`);

    const put = await call('PUT', `/attachments/${a.id}`, {
      attachment: { description: 'New terms', is_public: true, file: Buffer.from('hello').toString('base64') },
    });
    expect(put.body).toMatchObject({ description: 'New terms', is_public: true, file_size: 5 });
    expect(await (await h.api(`/attachments/${a.id}/file`, { headers: { accept: 'application/octet-stream' } })).text()).toBe('hello');

    expect((await call('DELETE', `/attachments/${a.id}`)).status).toBe(204);
    expect((await call('GET', `/attachments/${a.id}`)).status).toBe(404);
    expect((await call('GET', '/attachments?deleted_since=2000-01-01')).body.$items.map((x: any) => x.id)).toEqual([a.id]);
  });

  it('422s: missing fields, bad base64, an unknown context, too large', async () => {
    const before = JSON.stringify(h.mock.state.store.dump());
    const blank = await h.api('/attachments', { method: 'POST', json: { attachment: { description: 'x' } } });
    expect((await sageErrors(blank)).map((e) => e.$source).sort()).toEqual(['file', 'file_name', 'mime_type']);
    const bad = await h.api('/attachments', {
      method: 'POST',
      json: {
        attachment: {
          file: 'not base64!',
          file_name: 'a.txt',
          mime_type: 'text/plain',
          attachment_context_type_id: 'CONTACT',
          attachment_context_id: 'nope',
        },
      },
    });
    expect((await sageErrors(bad)).map((e) => e.$source).sort()).toEqual(['attachment_context_id', 'file']);
    const big = Buffer.alloc(2_621_441).toString('base64');
    const tooBig = await h.api('/attachments', {
      method: 'POST',
      json: { attachment: { file: big, file_name: 'big.bin', mime_type: 'application/octet-stream' } },
    });
    expect(tooBig.status).toBe(413); // the request is over maxBodyBytes (1 MiB) before the file's own limit
    expect(JSON.stringify(h.mock.state.store.dump())).toBe(before);
  });
});

describe.each(ADAPTERS)('attachment size through %s, with a 4 MiB body limit', (adapter) => {
  const h = useHarness(adapter, { maxBodyBytes: 4 * 1024 * 1024 });

  it("takes a file of Sage's 2,621,440 bytes and refuses one byte more (422 on file)", async () => {
    const upload = (n: number) =>
      h.api('/attachments', {
        method: 'POST',
        json: { attachment: { file: Buffer.alloc(n, 7).toString('base64'), file_name: 'big.bin', mime_type: 'application/octet-stream' } },
      });
    const ok = await upload(2_621_440);
    expect(ok.status).toBe(201);
    expect((await ok.json()).file_size).toBe(2_621_440);
    const tooBig = await upload(2_621_441);
    expect((await sageErrors(tooBig)).map((e) => [e.$source, e.$message])).toEqual([['file', 'is too large (maximum is 2621440 bytes)']]);
  });
});

/**
 * The body receiver: it keeps the first bytes the core needs, counts the rest, and the core then
 * answers and journals a long body exactly as it would with all of it.
 */
import { describe, expect, it } from 'vitest';
import { BodyReceiver, createSageMock, type MockRequest } from '../../mock/index.ts';
import { HANDED_BYTES, keptBodyBytes } from '../../mock/http/receive.ts';

const options = { maxBodyBytes: 1024 * 1024, hardBodyLimitBytes: 5 * 1024 * 1024 };

/** Pushes `bytes` in chunks of `size` (splitting multi-byte characters) and returns what the core is handed. */
function receive(bytes: Uint8Array, size: number, opts = options) {
  const r = new BodyReceiver(opts);
  let within = true;
  for (let i = 0; i < bytes.length; i += size) within = r.push(bytes.subarray(i, i + size)) && within;
  return { within, ...r.request() };
}

describe('BodyReceiver', () => {
  it('hands a body up to the kept size over whole, without bodyCut', () => {
    const bytes = new Uint8Array(Buffer.from('{"a":"é"}'));
    expect(receive(bytes, 3)).toEqual({ within: true, body: bytes });
    expect(receive(new Uint8Array(0), 3)).toEqual({ within: true });
  });

  it('hands over the first bytes of a long body and counts its bytes and decoded characters exactly', () => {
    // A byte order mark, two-, three- and four-byte characters split across chunks, and bytes that are not UTF-8.
    const text = `\ufeff${'é€😀a'.repeat(300_000)}`;
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xe2, 0x82])]));
    const whole = new TextDecoder().decode(bytes);
    for (const size of [7, 65_536, bytes.length]) {
      const got = receive(bytes, size);
      expect(got.within).toBe(true);
      expect(got.body).toEqual(bytes.subarray(0, HANDED_BYTES));
      expect(got.bodyCut).toEqual({ bytes: bytes.length, chars: whole.length });
    }
  });

  it('cuts from the first chunk a body announced longer than it keeps, with the same result', () => {
    const bytes = new Uint8Array(Buffer.from(`\ufeff${'é😀'.repeat(400_000)}`));
    const r = new BodyReceiver(options, bytes.length);
    for (let i = 0; i < bytes.length; i += 1000) r.push(bytes.subarray(i, i + 1000));
    expect(r.request()).toEqual({ body: receive(bytes, 1000).body, bodyCut: receive(bytes, 65_536).bodyCut });
    const short = new BodyReceiver(options, 10);
    short.push(bytes.subarray(0, 10));
    expect(short.request()).toEqual({ body: bytes.subarray(0, 10) });
  });

  it('says when a body passes the hard limit', () => {
    expect(receive(new Uint8Array(options.hardBodyLimitBytes), 65_536).within).toBe(true);
    expect(receive(new Uint8Array(options.hardBodyLimitBytes + 1), 65_536).within).toBe(false);
  });

  it('cuts only past maxBodyBytes + 4, and hands over enough for the journal', () => {
    expect(HANDED_BYTES).toBeGreaterThan(3 * 16 * 1024 + 3);
    const at = keptBodyBytes(options.maxBodyBytes);
    expect(at).toBe(options.maxBodyBytes + 4);
    expect(receive(new Uint8Array(at), 65_536)).toEqual({ within: true, body: new Uint8Array(at) });
    expect(receive(new Uint8Array(at + 1), 65_536).bodyCut).toEqual({ bytes: at + 1, chars: at + 1 });
    const small = { maxBodyBytes: 100, hardBodyLimitBytes: 1024 * 1024 };
    expect(keptBodyBytes(small.maxBodyBytes)).toBe(HANDED_BYTES + 4);
    expect(receive(new Uint8Array(200_000), 1000, small).body!.length).toBe(HANDED_BYTES);
  });

  it('the core answers and journals the cut body as it does the whole one', async () => {
    for (const maxBodyBytes of [1024 * 1024, 100]) {
      const text = `{"contact":{"name":"${'ü'.repeat(700_000)}"}}`;
      const bytes = new Uint8Array(Buffer.from(text));
      // No token: the 401 comes first, as it does for the whole body.
      const req: MockRequest = {
        method: 'POST',
        url: 'https://api.accounting.sage.com/v3.1/contacts',
        headers: { 'content-type': 'application/json' },
        body: bytes,
      };
      const whole = await createSageMock({ seed: 7, maxBodyBytes, hardBodyLimitBytes: 4 * 1024 * 1024 });
      const cut = await createSageMock({ seed: 7, maxBodyBytes, hardBodyLimitBytes: 4 * 1024 * 1024 });
      const r = new BodyReceiver(cut.options);
      for (let i = 0; i < bytes.length; i += 65_536) r.push(bytes.subarray(i, i + 65_536));
      const a = await whole.handle(req);
      const received = r.request();
      expect(received.bodyCut).toEqual({ bytes: bytes.length, chars: text.length });
      const b = await cut.handle({ ...req, ...received });
      expect(b).toEqual(a);
      expect(a.status).toBe(401);
      // Timings differ between any two requests.
      const strip = (e: object) => ({ ...e, durationMs: 0, startedMs: 0 });
      expect(strip(cut.admin.journal().at(-1)!)).toEqual(strip(whole.admin.journal().at(-1)!));
      expect(cut.admin.journal().at(-1)!.body).toMatch(/…\[\d+ more characters\]$/);
    }
  });
});

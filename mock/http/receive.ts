/**
 * Receiving a body: what both adapters use to hand the core a body without holding all of it.
 *
 * The core never needs all of a long body to answer: past `maxBodyBytes` every surface refuses it
 * (the API 413, the OAuth endpoints their own `invalid_request`) and the journal keeps 16 KiB of
 * it. So an adapter pushes each chunk it reads into a `BodyReceiver`, which holds the first
 * `kept` bytes (`maxBodyBytes` + 4) and only counts the rest. A body that fits is handed over
 * whole; a longer one as its first `handed` bytes (what the journal keeps) with the whole body's
 * size (`bodyCut`): in bytes, for the limits, and in characters once decoded, for the journal's
 * note of what it left out. The core answers exactly as it would with the whole body, and a flood
 * of large bodies is neither held nor decoded while it is being refused.
 *
 * Why this is exact:
 * - a body is cut only past `maxBodyBytes` + 4 bytes, so its decoded text would have been over
 *   `maxBodyBytes` too (decoding drops at most a byte order mark, 3 bytes, and shrinks nothing
 *   else: a cut or invalid sequence becomes U+FFFD, 3 bytes): every size check refuses it, as it
 *   refused the whole text;
 * - the journal's first 16 Ki characters come from the first 3 x 16 KiB + 3 bytes at most, and its
 *   count of the characters left out from `bodyCut.chars`.
 */
import type { BodyCut } from '../core/http.ts';
import { JOURNAL_BODY_CHARS } from '../journal/journal.ts';

/** Past this many bytes a body is cut (see above). */
export function keptBodyBytes(maxBodyBytes: number): number {
  return Math.max(maxBodyBytes, HANDED_BYTES) + 4;
}

/** The bytes of a cut body handed to the core: enough for the journal's 16 Ki characters. */
export const HANDED_BYTES = 4 * JOURNAL_BODY_CHARS + 4;

export class BodyReceiver {
  readonly kept: number;
  readonly limit: number;
  #chunks: Uint8Array[] = [];
  #keptBytes = 0;
  /** How many bytes are held: `kept`, or only `HANDED_BYTES` once the body is known to be cut. */
  #room: number;
  #bytes = 0;
  #chars = 0;
  #decoder: TextDecoder | undefined;

  /**
   * `declared`: the size the transport announced (Content-Length), when it enforces it (a body
   * that ends short is not handed over). A body announced longer than `kept` is cut from its first
   * chunk: only the bytes handed over are held while the rest streams past.
   */
  constructor(options: { maxBodyBytes: number; hardBodyLimitBytes: number }, declared?: number) {
    this.kept = keptBodyBytes(options.maxBodyBytes);
    this.limit = options.hardBodyLimitBytes;
    if (declared !== undefined && declared > this.kept) {
      this.#room = HANDED_BYTES;
      this.#decoder = new TextDecoder('utf-8');
    } else this.#room = this.kept;
  }

  /** Bytes received so far. */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * Takes the next chunk. Returns false once the body is past `hardBodyLimitBytes`: a socket
   * server stops reading there and hands the core `bodyTooLarge`; reading on is allowed (counted).
   */
  push(chunk: Uint8Array): boolean {
    if (chunk.byteLength === 0) return this.#bytes <= this.limit;
    this.#bytes += chunk.byteLength;
    const room = this.#room - this.#keptBytes;
    if (room > 0) {
      const part = chunk.byteLength <= room ? chunk : chunk.subarray(0, room);
      this.#chunks.push(part);
      this.#keptBytes += part.byteLength;
    }
    if (this.#decoder) this.#count(chunk);
    else if (this.#bytes > this.kept) {
      // The body is longer than what is kept: from now on count its characters, from the start.
      this.#decoder = new TextDecoder('utf-8');
      for (const c of this.#chunks) this.#count(c);
      if (chunk.byteLength > room) this.#count(chunk.subarray(Math.max(room, 0)));
    }
    return this.#bytes <= this.limit;
  }

  /** What the core is handed for the body received: nothing for an empty one; its first bytes and `bodyCut` for a long one. */
  request(): { body?: Uint8Array; bodyCut?: BodyCut } {
    if (this.#bytes === 0) return {};
    const body = concat(this.#chunks, this.#decoder ? HANDED_BYTES : this.#keptBytes);
    this.#chunks = [];
    if (!this.#decoder) return { body };
    this.#chars += this.#decoder.decode().length;
    this.#decoder = undefined;
    return { body, bodyCut: { bytes: this.#bytes, chars: this.#chars } };
  }

  #count(bytes: Uint8Array): void {
    this.#chars += this.#decoder!.decode(bytes, { stream: true }).length;
  }
}

/** The first `size` bytes of `chunks`, in a copy of their own (a chunk may be a view of a larger buffer). */
function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    if (at >= size) break;
    const part = c.byteLength <= size - at ? c : c.subarray(0, size - at);
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

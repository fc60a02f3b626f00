/**
 * Seeded randomness. Every id and every random choice the mock makes comes from here, so the
 * same seed and the same sequence of requests give the same world and the same answers.
 */
export interface Rng {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** 32 lowercase hex characters: Sage's id format. */
  hexId(): string;
  hex(chars: number): string;
  uuid(): string;
  /** An independent generator derived from this one's seed and a label (stable across runs). */
  fork(label: string): Rng;
}

/** `00` to `ff`, by byte value. */
const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `0` to `f`. */
const HEX_NIBBLES = '0123456789abcdef';

/** sfc32: small, fast, good statistical quality; seeded from a 32-bit number. */
export function createRng(seed: number): Rng {
  let a = 0x9e3779b9,
    b = 0x243f6a88,
    c = 0xb7e15162,
    d = (seed >>> 0) ^ 0xdeadbeef;
  const nextU32 = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) nextU32();
  const hex = (chars: number) => {
    let s = '';
    while (s.length < chars) {
      const n = nextU32();
      s += HEX_BYTES[n >>> 24]! + HEX_BYTES[(n >>> 16) & 255]! + HEX_BYTES[(n >>> 8) & 255]! + HEX_BYTES[n & 255]!;
    }
    return s.length === chars ? s : s.slice(0, chars);
  };
  return {
    seed,
    next: () => nextU32() / 4294967296,
    int: (max) => Math.floor((nextU32() / 4294967296) * max),
    pick(items) {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor((nextU32() / 4294967296) * items.length)]!;
    },
    hexId: () => hex(32),
    hex,
    uuid() {
      // Four words, as `hex(32)` draws them; nibble 12 becomes the version (4), nibble 16 the variant (8 to b).
      const w0 = nextU32();
      const w1 = nextU32();
      const w2 = nextU32();
      const w3 = nextU32();
      return `${HEX_BYTES[w0 >>> 24]!}${HEX_BYTES[(w0 >>> 16) & 255]!}${HEX_BYTES[(w0 >>> 8) & 255]!}${HEX_BYTES[w0 & 255]!}-${HEX_BYTES[w1 >>> 24]!}${HEX_BYTES[(w1 >>> 16) & 255]!}-4${HEX_NIBBLES[(w1 >>> 8) & 15]!}${HEX_BYTES[w1 & 255]!}-${HEX_NIBBLES[((w2 >>> 28) & 3) | 8]!}${HEX_NIBBLES[(w2 >>> 24) & 15]!}${HEX_BYTES[(w2 >>> 16) & 255]!}-${HEX_BYTES[(w2 >>> 8) & 255]!}${HEX_BYTES[w2 & 255]!}${HEX_BYTES[w3 >>> 24]!}${HEX_BYTES[(w3 >>> 16) & 255]!}${HEX_BYTES[(w3 >>> 8) & 255]!}${HEX_BYTES[w3 & 255]!}`;
    },
    fork: (label) => createRng(hashSeed(`${seed}:${label}`)),
  };
}

/** FNV-1a, to turn any text (or a seed plus a label) into a 32-bit seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const HEX_ID = /^[0-9a-f]{32}$/;

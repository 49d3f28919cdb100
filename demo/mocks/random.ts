/**
 * Deterministic randomness for the mock log. Everything the generator makes comes from these, so
 * a seed reproduces the same log (same ids, same times) on every machine and in every test.
 */

/** A PRNG returning floats in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for fake data (not for anything secret). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a few integers into one 32-bit hash. Live entries derive their randomness from
 * (seed, time slot) through this, so growing the log in one step or in ten gives the same rows.
 */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    // Fold in both halves so millisecond timestamps (> 2^32) are not truncated.
    for (const word of [part % 4294967296, Math.floor(part / 4294967296)]) {
      h = Math.imul(h ^ (word >>> 0), 0x01000193);
      h ^= h >>> 13;
      h = Math.imul(h, 0x5bd1e995);
      h ^= h >>> 15;
    }
  }
  return h >>> 0;
}

/** A PRNG seeded from several integers. */
export function randomFor(...parts: number[]): Random {
  return mulberry32(hash32(...parts));
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Reused buffer: the string is built in one go, since concatenating 20 pieces per id made the
 *  garbage collector the main cost of generating a large log. */
const UUID_CODES = new Array<number>(36).fill(45); // '-'
const UUID_DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35];

/** A UUIDv4-shaped string from four PRNG draws (version and variant bits set like the real thing). */
export function uuid(random: Random): string {
  const words = [
    (random() * 4294967296) >>> 0,
    ((((random() * 4294967296) >>> 0) & 0xffff0fff) | 0x00004000) >>> 0,
    ((((random() * 4294967296) >>> 0) & 0x3fffffff) | 0x80000000) >>> 0,
    (random() * 4294967296) >>> 0,
  ];
  for (let i = 0; i < 32; i++) {
    const nibble = (words[i >> 3]! >>> (28 - 4 * (i & 7))) & 15;
    UUID_CODES[UUID_DIGITS[i]!] = HEX_CODES[nibble]!;
  }
  return String.fromCharCode.apply(null, UUID_CODES);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Laravel-style 40-character session id. Fake, but shaped like the live token it stands for. */
export function sessionId(random: Random): string {
  const codes = Array.from({ length: 40 }, () => ALNUM.charCodeAt(Math.floor(random() * ALNUM.length)));
  return String.fromCharCode.apply(null, codes);
}

/** An integer in [min, max]. */
export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** Picks by weight; `weights` are cumulative totals prepared once with `cumulative()`. */
export function pickWeighted<T>(random: Random, items: readonly T[], cumulativeWeights: readonly number[]): T {
  const total = cumulativeWeights[cumulativeWeights.length - 1] ?? 0;
  const target = random() * total;
  let lo = 0;
  let hi = cumulativeWeights.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulativeWeights[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return items[lo]!;
}

export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

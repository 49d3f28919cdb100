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
/** Character codes of the id being built, dashes in place; reused for every id. */
const UUID_CODES = new Uint8Array(36).fill(45); // '-'
/** Where the 32 hex digits go (around the dashes at 8, 13, 18 and 23). */
const UUID_DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35];

/** Writes a 32-bit word as 8 hex digits at `UUID_DIGITS[first..first+7]`. */
function writeWord(word: number, first: number): void {
  for (let i = 0; i < 8; i++) UUID_CODES[UUID_DIGITS[first + i]!] = HEX_CODES[(word >>> (28 - 4 * i)) & 15]!;
}

/**
 * A UUIDv4-shaped string from four PRNG draws (version and variant bits set like the real thing).
 * Built in one `fromCharCode` call: concatenating pieces made ids the main cost of a large log.
 */
export function uuid(random: Random): string {
  writeWord((random() * 4294967296) >>> 0, 0);
  writeWord(((((random() * 4294967296) >>> 0) & 0xffff0fff) | 0x00004000) >>> 0, 8);
  writeWord(((((random() * 4294967296) >>> 0) & 0x3fffffff) | 0x80000000) >>> 0, 16);
  writeWord((random() * 4294967296) >>> 0, 24);
  const c = UUID_CODES;
  // prettier-ignore
  return String.fromCharCode(
    c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, c[5]!, c[6]!, c[7]!, c[8]!, c[9]!, c[10]!, c[11]!,
    c[12]!, c[13]!, c[14]!, c[15]!, c[16]!, c[17]!, c[18]!, c[19]!, c[20]!, c[21]!, c[22]!, c[23]!,
    c[24]!, c[25]!, c[26]!, c[27]!, c[28]!, c[29]!, c[30]!, c[31]!, c[32]!, c[33]!, c[34]!, c[35]!,
  );
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

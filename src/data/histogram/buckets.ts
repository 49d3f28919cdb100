/**
 * Requests per time bucket, computed from entries already in memory (loaded pages or the cache):
 * the histogram's fallback when the server has no histogram endpoint (PUQcloud). Pure: no DOM.
 */
import { DEFAULT_BUCKET_COUNT } from '../defaults.js';
import type { SessionEntry } from '../entry.js';
import { toWallTime } from '../time-zone.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Bucket widths tried in order, smallest first; past a day, whole days. */
export const BUCKET_SIZES: readonly number[] = Object.freeze([
  SECOND,
  5 * SECOND,
  15 * SECOND,
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  DAY,
]);

/** More bars than this would be thinner than a pixel on any screen; also bounds a server's answer. */
export const MAX_BUCKET_COUNT = 1000;

/** Requests per bucket: bucket `i` covers `[start + i·size, start + (i+1)·size)`. */
export interface HistogramData {
  /** Start of the first bucket, ms since the epoch. */
  readonly start: number;
  /** Width of every bucket, ms. */
  readonly size: number;
  /** WEB requests per bucket, oldest bucket first. */
  readonly web: readonly number[];
  /** API requests per bucket; same length as `web`. */
  readonly api: readonly number[];
  /** The server's `to`: requests after it were not counted (a server's histogram only). */
  readonly until?: number;
}

/**
 * What a histogram's bars say: `ready`; `stale` (the previous query's, shown dimmed and busy until
 * the new ones come); `loading` (none yet); `failed` (the log did not load: no counts to show).
 */
export type HistogramState = 'ready' | 'stale' | 'loading' | 'failed';

/** The part of the range whose rows are loaded (ms), when it is not all of it. */
export interface LoadedSpan {
  readonly from: number;
  readonly to: number;
  /** The range's end when it is in the future: `to` is then now (nothing is logged after it yet). */
  readonly end?: number;
}

/**
 * A server's histogram with the loaded entries it could not count: those logged after its `until`
 * (or after its last bucket), which auto-refresh brings in while the admin watches. Adds buckets
 * on the right as time goes on, up to `MAX_BUCKET_COUNT`. `entries` must be what the server counted
 * from (the same `q` and `hide_me`), so nothing is counted twice. Returns `server` itself when no
 * entry is newer.
 */
export function withNewerEntries(server: HistogramData, entries: readonly CountedEntry[]): HistogramData {
  const until = server.until ?? server.start + server.size * server.web.length;
  let web: number[] | null = null;
  let api: number[] | null = null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    // Also false for NaN.
    if (!(entry.time > until)) continue;
    const index = Math.floor((entry.time - server.start) / server.size);
    if (index >= MAX_BUCKET_COUNT) continue;
    web ??= server.web.slice();
    api ??= server.api.slice();
    while (web.length <= index) {
      web.push(0);
      api.push(0);
    }
    if (entry.type === 'API') api[index]!++;
    else web[index]!++;
  }
  return web && api ? { ...server, web, api } : server;
}

export interface BucketizeOptions {
  /** Inclusive start, ms; `null` = the oldest entry's time. */
  readonly from: number | null;
  /** Inclusive end, ms; `null` = the newest entry's time. */
  readonly to: number | null;
  /** The most buckets wanted (default 60); the widest nice size that fits is chosen. */
  readonly buckets?: number;
  /**
   * IANA zone whose wall clock bucket boundaries fall on (hours, days); the runtime's own zone when
   * omitted. Matters for hour and day buckets in zones such as Asia/Kolkata (+05:30).
   */
  readonly timeZone?: string;
}

type CountedEntry = Pick<SessionEntry, 'time' | 'type'>;

/**
 * Counts WEB and API entries per bucket over `[from, to]` in one pass (100,000 entries take a few
 * milliseconds). The bucket size is the smallest of `BUCKET_SIZES` that covers the range in at most
 * `buckets` buckets, aligned to the wall clock; the last bucket also takes an entry at exactly its
 * end, so a `to` on a boundary does not add a bucket. Entries outside the range are ignored.
 */
export function bucketize(entries: readonly CountedEntry[], options: BucketizeOptions): HistogramData {
  const maxBuckets = options.buckets ?? DEFAULT_BUCKET_COUNT;
  if (!Number.isInteger(maxBuckets) || maxBuckets < 1 || maxBuckets > MAX_BUCKET_COUNT) {
    throw new RangeError(`buckets must be a whole number from 1 to ${MAX_BUCKET_COUNT}, not ${maxBuckets}`);
  }
  let { from, to } = options;
  if (from === null || to === null) {
    const extent = timeExtent(entries);
    from ??= extent?.min ?? to;
    to ??= extent?.max ?? from;
  }
  if (from === null || to === null) return { start: 0, size: BUCKET_SIZES[0]!, web: [], api: [] };
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError('from and to must be finite times');
  if (from > to) throw new RangeError(`from (${from}) is after to (${to})`);

  const offset = zoneOffset(from, options.timeZone);
  const size = chooseBucketSize(from, to, maxBuckets, offset);
  const start = alignedStart(from, size, offset);
  const count = bucketCount(start, to, size);
  const web = new Array<number>(count).fill(0);
  const api = new Array<number>(count).fill(0);
  const last = count - 1;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const time = entry.time;
    // Also false for NaN.
    if (!(time >= from && time <= to)) continue;
    const index = Math.min(last, Math.floor((time - start) / size));
    if (entry.type === 'API') api[index]!++;
    else web[index]!++;
  }
  return { start, size, web, api };
}

/** The smallest nice size giving at most `maxBuckets` aligned buckets over `[from, to]`. */
export function chooseBucketSize(from: number, to: number, maxBuckets: number, offset = 0): number {
  for (const size of BUCKET_SIZES) {
    if (bucketCount(alignedStart(from, size, offset), to, size) <= maxBuckets) return size;
  }
  let days = Math.max(2, Math.ceil((to - from) / maxBuckets / DAY));
  while (bucketCount(alignedStart(from, days * DAY, offset), to, days * DAY) > maxBuckets) days++;
  return days * DAY;
}

/** Totals and the fullest bucket, for summaries. */
export interface HistogramSummary {
  readonly web: number;
  readonly api: number;
  readonly total: number;
  /** Requests in the fullest bucket (0 when all are empty). */
  readonly peak: number;
  /** Index of the first fullest bucket; -1 when there are no buckets. */
  readonly peakIndex: number;
}

export function summarize(data: HistogramData): HistogramSummary {
  let web = 0;
  let api = 0;
  let peak = 0;
  let peakIndex = -1;
  const count = bucketCountOf(data);
  for (let i = 0; i < count; i++) {
    const w = data.web[i]!;
    const a = data.api[i]!;
    web += w;
    api += a;
    if (peakIndex < 0 || w + a > peak) {
      peak = w + a;
      peakIndex = i;
    }
  }
  return { web, api, total: web + api, peak, peakIndex };
}

/** Buckets usable in `data` (the shorter series wins if a caller passed uneven arrays). */
export function bucketCountOf(data: HistogramData): number {
  return Math.min(data.web.length, data.api.length);
}

function bucketCount(start: number, to: number, size: number): number {
  return Math.max(1, Math.ceil((to - start) / size));
}

function alignedStart(from: number, size: number, offset: number): number {
  return Math.floor((from + offset) / size) * size - offset;
}

function timeExtent(entries: readonly CountedEntry[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < entries.length; i++) {
    const time = entries[i]!.time;
    if (time < min) min = time;
    if (time > max) max = time;
  }
  return min <= max ? { min, max } : null;
}

/** How far the zone's wall clock (the runtime's when omitted) is ahead of UTC at `at`, ms. */
export function zoneOffset(at: number, timeZone: string | undefined): number {
  if (!timeZone) return -new Date(at).getTimezoneOffset() * MINUTE;
  const wall = toWallTime(at, timeZone);
  const wholeSecond = at - (((at % SECOND) + SECOND) % SECOND);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - wholeSecond;
}

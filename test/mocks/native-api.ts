/**
 * The native contract (docs/api.md, `adapter="native"`) over the mock log, as a pure function of
 * the request URL, so it can be tested without msw. Plain-text strings, ISO times with an offset,
 * opaque keyset cursors, and `newer_than` for incremental refresh.
 */
import type { AdminRecord, LogRecord } from './log-generator.js';
import { compareAsc, type MockLogStore } from './log-store.js';
import type { MockResponse } from './mock-response.js';
import type { ServerClock } from './server-time.js';
import { normalizePath } from '../../src/data/facets/path.js';

export interface NativeContext {
  readonly store: MockLogStore;
  readonly clock: ServerClock;
  /** The admin making the requests: what `hide_me=1` drops. */
  readonly currentAdminId: string;
}

type Sort = 'time' | 'admin' | 'ip' | 'url' | 'type' | 'method';
type Order = 'asc' | 'desc';
const SORTS: readonly Sort[] = ['time', 'admin', 'ip', 'url', 'type', 'method'];

interface NativeQuery {
  readonly limit: number;
  readonly from: number | null;
  readonly to: number | null;
  readonly q: string;
  readonly hideMe: boolean;
  readonly sort: Sort;
  readonly order: Order;
  readonly cursor: Cursor | null;
  readonly newerThan: string | null;
}

/** A keyset position: the last entry of the previous page (and its sort key for non-time sorts). */
interface Cursor {
  readonly s: Sort;
  readonly o: Order;
  readonly t: number;
  readonly id: string;
  readonly k?: string;
}

export interface NativeEntry {
  readonly id: string;
  readonly time: string;
  readonly admin: { readonly id: string; readonly name: string; readonly email: string } | null;
  readonly ip: string | null;
  readonly url: string;
  readonly type: 'WEB' | 'API';
  readonly method: string;
  readonly user_agent: string | null;
}

export const DEFAULT_LIMIT = 50;

export function nativeError(status: number, code: string, message: string, extra: Record<string, string> = {}): MockResponse {
  return { status, body: { error: { code, message, ...extra } } };
}

export function handleNativeRequest(url: URL, ctx: NativeContext): MockResponse {
  const parsed = parseQuery(url.searchParams);
  if (typeof parsed === 'string') return nativeError(400, 'invalid_parameter', parsed);
  const page = parsed.newerThan !== null ? newerThan(parsed, parsed.newerThan, ctx) : runQuery(parsed, ctx);
  return {
    status: 200,
    body: {
      entries: page.rows.map((row) => toNativeEntry(row, ctx.clock)),
      next_cursor: page.next ? encodeCursor(page.next) : null,
      total: page.total,
    },
  };
}

/** Bucket sizes the histogram picks from: the smallest that gives at most the buckets asked for. */
const BUCKET_SIZES_MS = [
  ...[1, 5, 10, 15, 30].map((s) => s * 1000),
  ...[1, 2, 5, 10, 15, 30].map((m) => m * 60_000),
  ...[1, 2, 3, 6, 12].map((h) => h * 3_600_000),
  ...[1, 2, 7, 14, 30].map((d) => d * 86_400_000),
];

/**
 * The optional histogram (docs/api.md): requests per bucket, WEB and API apart, over the same
 * `from`, `to`, `q` and `hide_me` as the log. Buckets start on whole multiples of their size (UTC);
 * empty ones are left out, as the contract allows.
 */
export function handleNativeHistogram(url: URL, ctx: NativeContext): MockResponse {
  const params = url.searchParams;
  const from = parseInstant(params.get('from'));
  const to = parseInstant(params.get('to'));
  if (Number.isNaN(from) || Number.isNaN(to)) return nativeError(400, 'invalid_parameter', '"from" and "to" must be ISO 8601 times with an offset.');
  const wanted = Number(params.get('buckets') ?? 60);
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 1000) return nativeError(400, 'invalid_parameter', '"buckets" must be an integer from 1 to 1000.');
  const store = ctx.store;
  const end = to ?? store.now;
  const begin = from ?? (store.size ? store.at(0).time : end);
  const span = Math.max(1, end - begin);
  const size = BUCKET_SIZES_MS.find((ms) => Math.ceil(span / ms) + 1 <= wanted) ?? Math.ceil(span / (wanted - 1 || 1));
  const start = Math.floor(begin / size) * size;
  const [lo, hi] = timeRange({ from: begin, to: end }, store);
  const matches = matcher({ q: (params.get('q') ?? '').trim(), hideMe: params.get('hide_me') === '1' }, ctx);
  const counts = new Map<number, { web: number; api: number }>();
  for (let i = lo; i < hi; i++) {
    const row = store.at(i);
    if (matches && !matches(row)) continue;
    const index = Math.floor((row.time - start) / size);
    let bucket = counts.get(index);
    if (!bucket) counts.set(index, (bucket = { web: 0, api: 0 }));
    if (row.type === 'WEB') bucket.web++;
    else bucket.api++;
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    status: 200,
    body: {
      bucket_ms: size,
      from: iso(start),
      to: iso(end),
      buckets: [...counts].sort(([a], [b]) => a - b).map(([index, { web, api }]) => ({ start: iso(start + index * size), web, api })),
    },
  };
}

/**
 * The optional facets (docs/api.md): the top admins (by email, with the name as label), IPs, URL
 * paths (query string off, ids as `:id`), methods and types over the same `from`, `to`, `q` and
 * `hide_me` as the log, each with its count, and the total.
 */
export function handleNativeFacets(url: URL, ctx: NativeContext): MockResponse {
  const params = url.searchParams;
  const from = parseInstant(params.get('from'));
  const to = parseInstant(params.get('to'));
  if (Number.isNaN(from) || Number.isNaN(to)) return nativeError(400, 'invalid_parameter', '"from" and "to" must be ISO 8601 times with an offset.');
  const limit = Number(params.get('limit') ?? 10);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return nativeError(400, 'invalid_parameter', '"limit" must be an integer from 1 to 100.');
  const [lo, hi] = timeRange({ from, to }, ctx.store);
  const matches = matcher({ q: (params.get('q') ?? '').trim(), hideMe: params.get('hide_me') === '1' }, ctx);
  const keys = ['admin', 'ip', 'path', 'method', 'type'] as const;
  const counts = Object.fromEntries(keys.map((key) => [key, new Map<string, { value: string; label: string; count: number }>()]));
  const paths = new Map<string, string>();
  let total = 0;
  const add = (key: string, value: string, label = value) => {
    const known = counts[key]!.get(value);
    if (known) known.count++;
    else counts[key]!.set(value, { value, label, count: 1 });
  };
  for (let i = lo; i < hi; i++) {
    const row = ctx.store.at(i);
    if (matches && !matches(row)) continue;
    total++;
    if (row.admin) add('admin', row.admin.email, adminName(row.admin));
    if (row.ip) add('ip', row.ip);
    let path = paths.get(row.url);
    if (path === undefined) paths.set(row.url, (path = normalizePath(row.url)));
    add('path', path);
    add('method', row.method);
    add('type', row.type);
  }
  const top = (key: string) => [...counts[key]!.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
  return { status: 200, body: { total, facets: Object.fromEntries(keys.map((key) => [key, top(key)])) } };
}

/** Reads and validates the parameters; a string is the 400 message. Unknown parameters are ignored. */
function parseQuery(params: URLSearchParams): NativeQuery | string {
  const limitText = params.get('limit');
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return '"limit" must be an integer from 1 to 1000.';
  const from = parseInstant(params.get('from'));
  const to = parseInstant(params.get('to'));
  if (Number.isNaN(from) || Number.isNaN(to)) return '"from" and "to" must be ISO 8601 times with an offset.';
  const sort = (params.get('sort') ?? 'time') as Sort;
  if (!SORTS.includes(sort)) return `"sort" must be one of ${SORTS.join(', ')}.`;
  const order = (params.get('order') ?? 'desc') as Order;
  if (order !== 'asc' && order !== 'desc') return '"order" must be asc or desc.';
  const newerThanId = params.get('newer_than') || null;
  let cursor: Cursor | null = null;
  const cursorText = params.get('cursor');
  if (cursorText && !newerThanId) {
    cursor = decodeCursor(cursorText);
    if (!cursor || cursor.s !== sort || cursor.o !== order) return '"cursor" is not a cursor for this sort order.';
  }
  return { limit, from, to, q: (params.get('q') ?? '').trim(), hideMe: params.get('hide_me') === '1', sort, order, cursor, newerThan: newerThanId };
}

/** `null` when absent; NaN unless it is ISO 8601 with an explicit offset (no local-time guessing). */
function parseInstant(text: string | null): number | null {
  if (text === null || text === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return Number.NaN;
  return Date.parse(text);
}

interface PageResult {
  readonly rows: LogRecord[];
  readonly next: Cursor | null;
  readonly total: number;
}

function runQuery(query: NativeQuery, ctx: NativeContext): PageResult {
  return query.sort === 'time' ? timePage(query, ctx) : sortedPage(query, ctx);
}

/** The [lo, hi) index range of the `from`/`to` filter. */
function timeRange(query: Pick<NativeQuery, 'from' | 'to'>, store: MockLogStore): [number, number] {
  const lo = query.from === null ? 0 : store.lowerBound(query.from);
  const hi = query.to === null ? store.size : store.upperBound(query.to);
  return [lo, Math.max(lo, hi)];
}

/**
 * Sorted by time: the cursor is a binary search away, then rows are read in order until the page
 * is full. Only the total needs the whole range, and only when a filter is on.
 */
function timePage(query: NativeQuery, ctx: NativeContext): PageResult {
  const { store } = ctx;
  const [lo, hi] = timeRange(query, store);
  const matches = matcher(query, ctx);
  const rows: LogRecord[] = [];
  let next: Cursor | null = null;
  const take = (row: LogRecord): boolean => {
    if (matches && !matches(row)) return true;
    if (rows.length === query.limit) {
      next = cursorFor(query, rows[rows.length - 1]!);
      return false;
    }
    rows.push(row);
    return true;
  };
  if (query.order === 'desc') {
    const startAt = query.cursor ? Math.min(hi, store.positionOf({ time: query.cursor.t, id: query.cursor.id })) : hi;
    for (let i = startAt - 1; i >= lo && take(store.at(i)); i--);
  } else {
    const startAt = query.cursor ? Math.max(lo, store.positionAfter({ time: query.cursor.t, id: query.cursor.id })) : lo;
    for (let i = startAt; i < hi && take(store.at(i)); i++);
  }
  return { rows, next, total: matches ? countMatches(store, lo, hi, query, matches) : hi - lo };
}

/** Totals by (range, filter), valid while the log is unchanged: paging on needs no recount. */
const totals = new WeakMap<MockLogStore, { version: number; byKey: Map<string, number> }>();

function countMatches(store: MockLogStore, lo: number, hi: number, query: Pick<NativeQuery, 'q' | 'hideMe'>, matches: (row: LogRecord) => boolean): number {
  let cache = totals.get(store);
  if (!cache || cache.version !== store.version) totals.set(store, (cache = { version: store.version, byKey: new Map() }));
  const key = `${lo}:${hi}:${query.hideMe}:${query.q.toLowerCase()}`;
  let total = cache.byKey.get(key);
  if (total === undefined) {
    total = 0;
    for (let i = lo; i < hi; i++) if (matches(store.at(i))) total++;
    cache.byKey.set(key, total);
  }
  return total;
}

/**
 * Sorted by another column: one pass over the range keeps the best `limit + 1` rows after the
 * cursor (a bounded insertion sort), so no request sorts the whole log.
 */
function sortedPage(query: NativeQuery, ctx: NativeContext): PageResult {
  const { store } = ctx;
  const [lo, hi] = timeRange(query, store);
  const matches = matcher(query, ctx);
  const compare = comparatorFor(query.sort, query.order);
  const cursor = query.cursor ? { key: query.cursor.k ?? '', time: query.cursor.t, id: query.cursor.id } : null;
  const keep = query.limit + 1;
  const best: KeyedRow[] = [];
  let total = 0;
  for (let i = lo; i < hi; i++) {
    const row = store.at(i);
    if (matches && !matches(row)) continue;
    total++;
    const keyed = { key: sortKey(row, query.sort), time: row.time, id: row.id, row };
    if (cursor && compare(keyed, cursor) <= 0) continue;
    if (best.length === keep && compare(keyed, best[keep - 1]!) >= 0) continue;
    insertSorted(best, keyed, compare);
    if (best.length > keep) best.pop();
  }
  const rows = best.slice(0, query.limit).map((keyed) => keyed.row);
  const last = rows[rows.length - 1];
  const next = best.length > query.limit && last ? cursorFor(query, last) : null;
  return { rows, next, total };
}

interface Keyed {
  readonly key: string;
  readonly time: number;
  readonly id: string;
}

interface KeyedRow extends Keyed {
  readonly row: LogRecord;
}

/** By the column in the asked direction; ties newest first, then by id, so paging is stable. */
function comparatorFor(sort: Sort, order: Order): (a: Keyed, b: Keyed) => number {
  const direction = order === 'asc' ? 1 : -1;
  return (a, b) => direction * (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || -compareAsc(a, b);
}

function insertSorted<T extends Keyed>(list: T[], item: T, compare: (a: Keyed, b: Keyed) => number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}

const adminNames = new WeakMap<AdminRecord, string>();

/** "Seán O'Brien"; a null last name is left out, as the widget shows it. */
export function adminName(admin: AdminRecord): string {
  let name = adminNames.get(admin);
  if (name === undefined) {
    name = admin.lastname ? `${admin.firstname} ${admin.lastname}` : admin.firstname;
    adminNames.set(admin, name);
  }
  return name;
}

function sortKey(row: LogRecord, sort: Sort): string {
  switch (sort) {
    case 'admin':
      return row.admin ? adminName(row.admin).toLowerCase() : '';
    case 'ip':
      return row.ip ?? '';
    case 'url':
      return row.url;
    case 'type':
      return row.type;
    case 'method':
      return row.method;
    case 'time':
      return '';
  }
}

/**
 * The `q` and `hide_me` filters as one predicate (`null` when neither is on). The keyword is a
 * case-insensitive substring of admin name, email, IP, URL, method or type; each distinct value is
 * tested once per request, since the same few repeat on thousands of rows.
 */
function matcher(query: Pick<NativeQuery, 'q' | 'hideMe'>, ctx: NativeContext): ((row: LogRecord) => boolean) | null {
  const hide = query.hideMe ? ctx.currentAdminId : null;
  if (!query.q && hide === null) return null;
  const pattern = query.q ? new RegExp(query.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') : null;
  const adminMatches = new Map<AdminRecord, boolean>();
  // Most rows share a few values (the bell URL alone is half the log): test each distinct one once.
  const textMatches = new Map<string, boolean>();
  const test = (text: string): boolean => {
    let hit = textMatches.get(text);
    if (hit === undefined) textMatches.set(text, (hit = pattern!.test(text)));
    return hit;
  };
  const testAdmin = (admin: AdminRecord): boolean => {
    let hit = adminMatches.get(admin);
    if (hit === undefined) adminMatches.set(admin, (hit = test(adminName(admin)) || test(admin.email)));
    return hit;
  };
  return (row) => {
    if (hide !== null && row.adminUuid === hide) return false;
    if (!pattern) return true;
    return (
      (row.admin !== null && testAdmin(row.admin)) ||
      test(row.method) ||
      test(row.type) ||
      (row.ip !== null && test(row.ip)) ||
      test(row.url)
    );
  };
}

/**
 * Incremental refresh: entries after the given one in (time, id) order, newest first, up to
 * `limit`; the other filters still apply. An id the log does not know (pruned, or from another
 * run of the demo) gets the first page instead of an error, so auto-refresh keeps working.
 */
function newerThan(query: NativeQuery, id: string, ctx: NativeContext): PageResult {
  const { store } = ctx;
  const anchor = store.findById(id);
  if (!anchor) return timePage({ ...query, sort: 'time', order: 'desc', cursor: null }, ctx);
  const [lo, hi] = timeRange(query, store);
  const matches = matcher(query, ctx);
  const after = Math.max(lo, store.positionAfter(anchor));
  const rows: LogRecord[] = [];
  for (let i = hi - 1; i >= after && rows.length < query.limit; i--) {
    const row = store.at(i);
    if (!matches || matches(row)) rows.push(row);
  }
  // `total` stays the whole query's count, so the widget's "n entries" stays right after a refresh.
  return { rows, next: null, total: matches ? countMatches(store, lo, hi, query, matches) : hi - lo };
}

function cursorFor(query: NativeQuery, row: LogRecord): Cursor {
  return query.sort === 'time'
    ? { s: query.sort, o: query.order, t: row.time, id: row.id }
    : { s: query.sort, o: query.order, t: row.time, id: row.id, k: sortKey(row, query.sort) };
}

/** base64url of the JSON: opaque to clients, readable when debugging. */
export function encodeCursor(cursor: Cursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cursor));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(text: string): Cursor | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (typeof value !== 'object' || value === null) return null;
    const { s, o, t, id, k } = value as Record<string, unknown>;
    if (typeof s !== 'string' || !SORTS.includes(s as Sort) || (o !== 'asc' && o !== 'desc')) return null;
    if (typeof t !== 'number' || typeof id !== 'string' || (k !== undefined && typeof k !== 'string')) return null;
    return k === undefined ? { s: s as Sort, o, t, id } : { s: s as Sort, o, t, id, k };
  } catch {
    return null;
  }
}

export function toNativeEntry(row: LogRecord, clock: ServerClock): NativeEntry {
  return {
    id: row.id,
    time: clock.formatIso(row.time),
    admin: row.admin ? { id: row.admin.uuid, name: adminName(row.admin), email: row.admin.email } : null,
    ip: row.ip,
    url: row.url,
    type: row.type,
    method: row.method,
    user_agent: row.userAgent,
  };
}

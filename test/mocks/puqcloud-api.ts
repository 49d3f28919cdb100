/**
 * PUQcloud Panel's `GET /admin/api/admin_session_logs`, as the real server speaks it (see
 * /work/shared/contracts/puqcloud/README.md): DataTables paging, SQL LIKE search over a few
 * columns only, wall-clock dates in the server's zone, the double envelope, and every string
 * HTML-escaped by the server before `json_encode` (which also writes `\/` and `\uXXXX`).
 * Quirks are reproduced on purpose; the widget has to cope with the real thing.
 */
import type { AdminRecord, LogRecord } from './log-generator.js';
import type { MockLogStore } from './log-store.js';
import type { MockResponse } from './mock-response.js';
import type { ServerClock } from './server-time.js';

export interface PuqcloudContext {
  readonly store: MockLogStore;
  readonly clock: ServerClock;
  /** The logged-in admin: what `hide_me` drops. */
  readonly currentAdminId: string;
  /** APP_DEBUG=true: `original` also carries `queries` and `input`, as the shipped config does. */
  readonly debug?: boolean;
  /** Answer an empty page with `data: null`, as the real server sometimes does. */
  readonly nullDataWhenEmpty?: boolean;
}

export const PUQCLOUD_DEFAULT_LENGTH = 10;

// ---------------------------------------------------------------------------------------------
// Encoding

const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

/** PHP's `htmlspecialchars($s, ENT_QUOTES)`, double-encoding included (`&amp;` → `&amp;amp;`). */
export function htmlspecialchars(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITY[c]!);
}

/** Escapes every string at every depth, as PUQcloud does to the whole payload. */
export function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return htmlspecialchars(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, escapeDeep(inner)]));
  }
  return value;
}

/** `json_encode` without flags: `/` as `\/`, everything beyond ASCII as `\uXXXX` (UTF-16 units). */
export function phpJsonEncode(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---------------------------------------------------------------------------------------------
// Errors (bodies as in the contract's error-*.json; Laravel answers XHR errors in JSON)

export function puqcloudError(status: number, loginUrl: string): MockResponse {
  if (status === 401) return { status, body: { status: 'error', errors: ['Unauthorized'], redirect: loginUrl } };
  if (status === 403) return { status, body: { message: null, errors: ['Permission Denied', 'Forbidden'], data: null, status: 'error' } };
  if (status === 404) return { status, body: { message: 'Not Found' } };
  if (status === 429) return { status, body: { message: 'Too Many Attempts.' } };
  if (status === 503) return { status, body: { message: 'Service Unavailable' } };
  return { status, body: { message: 'Server Error', errors: ['Internal server error'], data: null, status: 'error' } };
}

// ---------------------------------------------------------------------------------------------
// The request

interface PuqcloudQuery {
  readonly draw: number;
  /** `null`: no LIMIT (start or length missing, or length=-1). */
  readonly page: { readonly offset: number; readonly limit: number } | null;
  readonly keyword: string;
  /** `null`: no ORDER BY at all. */
  readonly order: 'asc' | 'desc' | null;
  /** `null`: no date filter (it needs both ends). */
  readonly range: { readonly from: number; readonly to: number } | null;
  readonly hideMe: boolean;
}

/** PHP's `(int)` cast: leading digits, else 0. */
function phpInt(text: string | null): number {
  const match = /^\s*[+-]?\d+/.exec(text ?? '');
  return match ? Number.parseInt(match[0], 10) : 0;
}

/** PHP truthiness of a query-string value: everything but '' and '0' ("false" is true!). */
function phpTruthy(text: string | null): boolean {
  return text !== null && text !== '' && text !== '0';
}

/** Reads the request like the controller and yajra/laravel-datatables do; `null` means a 500. */
function parseQuery(params: URLSearchParams, clock: ServerClock): PuqcloudQuery | null {
  const start = params.get('start');
  const length = params.get('length');
  const page = start !== null && length !== null && phpInt(length) !== -1
    ? { offset: Math.max(0, phpInt(start)), limit: phpInt(length) > 0 ? phpInt(length) : PUQCLOUD_DEFAULT_LENGTH }
    : null;

  let order: PuqcloudQuery['order'] = null;
  if (params.get('order[0][column]') === '0') {
    const dir = (params.get('order[0][dir]') ?? '').toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') return null; // an SQL error in the real server
    order = dir;
  }

  let range: PuqcloudQuery['range'] = null;
  const startDate = params.get('start_date');
  const endDate = params.get('end_date');
  if (startDate !== null && endDate !== null) {
    const from = clock.parseDmy(startDate);
    const to = clock.parseDmy(endDate);
    if (Number.isNaN(from) || Number.isNaN(to)) return null; // Carbon::createFromFormat throws
    range = { from, to };
  }

  return {
    draw: phpInt(params.get('draw')),
    page,
    keyword: params.get('search[value]') ?? '',
    order,
    range,
    hideMe: phpTruthy(params.get('hide_me')),
  };
}

export function handlePuqcloudRequest(url: URL, ctx: PuqcloudContext, loginUrl: string): MockResponse {
  const query = parseQuery(url.searchParams, ctx.clock);
  if (!query) return puqcloudError(500, loginUrl);
  const result = select(query, ctx);
  if (ctx.nullDataWhenEmpty && result.rows.length === 0) {
    return { status: 200, body: { message: null, errors: null, data: null, status: 'success' } };
  }
  const original: Record<string, unknown> = {
    draw: query.draw,
    recordsTotal: result.recordsTotal,
    recordsFiltered: result.recordsFiltered,
    data: result.rows.map((row) => toPuqcloudRow(row, ctx.clock)),
  };
  if (ctx.debug) {
    original.queries = debugQueries(query, ctx);
    original.input = nestedInput(url.searchParams);
  }
  const body = { message: null, errors: null, data: { headers: [], original, exception: null }, status: 'success' };
  return { status: 200, body: escapeDeep(body) };
}

interface Selection {
  readonly rows: LogRecord[];
  readonly recordsTotal: number;
  readonly recordsFiltered: number;
}

/**
 * One pass over the date range: `recordsTotal` counts after the date and hide_me filters,
 * `recordsFiltered` after the keyword too, and the page is cut out on the way.
 */
function select(query: PuqcloudQuery, ctx: PuqcloudContext): Selection {
  const { store } = ctx;
  const lo = query.range ? store.lowerBound(query.range.from) : 0;
  const hi = query.range ? Math.max(lo, store.upperBound(query.range.to)) : store.size;
  const descending = query.order === 'desc';
  // Without ORDER BY, MySQL hands rows back in table order: oldest first.
  const rowAt = (n: number) => store.at(descending ? hi - 1 - n : lo + n);
  const offset = query.page?.offset ?? 0;
  const limit = query.page?.limit ?? Number.POSITIVE_INFINITY;
  const hidden = query.hideMe ? ctx.currentAdminId : null;
  const like = query.keyword ? keywordMatcher(query.keyword, ctx.clock) : null;

  if (hidden === null && !like) {
    const rows: LogRecord[] = [];
    for (let n = offset; n < hi - lo && rows.length < limit; n++) rows.push(rowAt(n));
    return { rows, recordsTotal: hi - lo, recordsFiltered: hi - lo };
  }
  const rows: LogRecord[] = [];
  let recordsTotal = 0;
  let recordsFiltered = 0;
  for (let n = 0; n < hi - lo; n++) {
    const row = rowAt(n);
    if (hidden !== null && row.adminUuid === hidden) continue;
    recordsTotal++;
    if (like && !like(row)) continue;
    if (recordsFiltered >= offset && rows.length < limit) rows.push(row);
    recordsFiltered++;
  }
  return { rows, recordsTotal, recordsFiltered };
}

/** Accents off and lower case: what MySQL's utf8mb4_unicode_ci collation compares. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const foldedAdmins = new WeakMap<AdminRecord, readonly string[]>();

function adminFields(admin: AdminRecord): readonly string[] {
  let fields = foldedAdmins.get(admin);
  if (!fields) {
    fields = [admin.email, admin.firstname, admin.lastname ?? ''].map(fold);
    foldedAdmins.set(admin, fields);
  }
  return fields;
}

/**
 * `… LIKE '%keyword%'` over created_at, admin_uuid, ip_address and the admin's email, first and
 * last name, each on its own (so a full name matches nothing). `%` and `_` are wildcards, `\`
 * escapes; case and accents are ignored, as the collation does. Never url, action or method.
 */
function keywordMatcher(keyword: string, clock: ServerClock): (row: LogRecord) => boolean {
  const folded = fold(keyword);
  let source = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === '\\' && i + 1 < folded.length) source += escapeRegExp(folded[++i]!);
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += escapeRegExp(c);
  }
  const pattern = new RegExp(source, 'i');
  // Dates hold only digits, '-', ':' and a space: any other character rules created_at out.
  const mayMatchDate = /^[\d\-: %_\\]*$/.test(folded);
  const adminHits = new Map<AdminRecord, boolean>();
  return (row) => {
    if (row.admin) {
      let hit = adminHits.get(row.admin);
      if (hit === undefined) adminHits.set(row.admin, (hit = adminFields(row.admin).some((field) => pattern.test(field))));
      if (hit) return true;
    }
    return (
      (row.adminUuid !== null && pattern.test(row.adminUuid)) ||
      (row.ip !== null && pattern.test(row.ip)) ||
      (mayMatchDate && pattern.test(clock.formatSql(row.time)))
    );
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One row in the exact PUQcloud shape and field order (still unescaped). */
export function toPuqcloudRow(row: LogRecord, clock: ServerClock): Record<string, unknown> {
  const time = clock.formatSql(row.time);
  return {
    uuid: row.id,
    admin_uuid: row.adminUuid,
    action: row.type === 'API' ? 'api' : 'web',
    ip_address: row.ip,
    session_id: row.sessionId,
    url: row.url,
    method: row.method,
    user_agent: row.userAgent,
    created_at: time,
    updated_at: time,
    admin: row.admin ? { ...row.admin } : null,
  };
}

// ---------------------------------------------------------------------------------------------
// APP_DEBUG extras

/** The SQL Laravel's query log would show for this request (what page-debug.json carries). */
function debugQueries(query: PuqcloudQuery, ctx: PuqcloudContext): unknown[] {
  const where: string[] = [];
  const bindings: string[] = [];
  if (query.range) {
    where.push('`created_at` between ? and ?');
    bindings.push(ctx.clock.formatSql(query.range.from), ctx.clock.formatSql(query.range.to));
  }
  if (query.hideMe) {
    where.push('(`admin_uuid` != ? or `admin_uuid` is null)');
    bindings.push(ctx.currentAdminId);
  }
  const base = `from \`admin_session_logs\`${where.length ? ` where ${where.join(' and ')}` : ''}`;
  const queries = [{ query: `select count(*) as aggregate ${base}`, bindings: [...bindings], time: 0.82 }];
  let filtered = base;
  const filteredBindings = [...bindings];
  if (query.keyword) {
    const like = `%${query.keyword}%`;
    filtered += `${where.length ? ' and' : ' where'} (\`created_at\` like ? or \`admin_uuid\` like ? or \`ip_address\` like ? or exists (select * from \`admins\` where \`admin_session_logs\`.\`admin_uuid\` = \`admins\`.\`uuid\` and (\`email\` like ? or \`firstname\` like ? or \`lastname\` like ?)))`;
    filteredBindings.push(like, like, like, like, like, like);
    queries.push({ query: `select count(*) as aggregate ${filtered}`, bindings: [...filteredBindings], time: 2.4 });
  }
  const orderBy = query.order ? ` order by \`created_at\` ${query.order}` : '';
  const limit = query.page ? ` limit ${query.page.limit} offset ${query.page.offset}` : '';
  queries.push({ query: `select * ${filtered}${orderBy}${limit}`, bindings: filteredBindings, time: 1.31 });
  return queries;
}

/** `$request->input()`: bracketed keys become nested objects, values stay strings. */
function nestedInput(params: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const path = key.split(/\]?\[/).map((part) => part.replace(/\]$/, ''));
    let node = input;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else {
        const child = node[part];
        node = (node[part] = typeof child === 'object' && child !== null ? child : {}) as Record<string, unknown>;
      }
    });
  }
  return input;
}

import type { SessionEntry } from '../entry.js';
import { SessionsError } from '../errors.js';
import { decodeEntities } from '../html-entities.js';
import { formatDmyHms, parseSqlDateTime } from '../time-zone.js';
import type { AdapterCapabilities, AdapterOptions, PageRequest, SessionPage, SessionsAdapter } from './adapter.js';
import { badShape, buildUrl, errorForStatus, getJson, isRecord } from './http.js';
import { toMethod, toRequestType } from './native.js';

/** PUQcloud needs both ends of a range; these stand in for an open end. */
const EARLIEST = Date.UTC(1970, 0, 2);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * PUQcloud Panel's `GET /admin/api/admin_session_logs` (see docs/api.md, "PUQcloud"): DataTables
 * paging, wall-clock dates in the server's zone, a double envelope, and every string HTML-escaped
 * once by the server. Its keyword search skips url/method/type and it only sorts by date.
 */
export class PuqcloudAdapter implements SessionsAdapter {
  readonly capabilities: AdapterCapabilities = {
    searchFields: new Set(['time', 'admin', 'email', 'ip']),
    sortColumns: new Set(['time']),
    hideMe: true,
  };
  /** The last `draw` sent; an answer to any earlier one is stale and dropped. */
  #lastDraw = 0;

  constructor(private readonly options: AdapterOptions) {}

  fetchPage = async (request: PageRequest): Promise<SessionPage> => {
    const draw = ++this.#lastDraw;
    const url = buildUrl(this.options.endpoint, puqcloudParams(request, draw, this.options.serverTimeZone));
    const response = await getJson(url, request.signal, this.options.timeoutMs);
    const { body } = response;
    if (response.status !== 200) {
      const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors.filter((e) => typeof e === 'string') : [];
      const message = errors.length ? decodeEntities(errors.join(', ')) : null;
      // Like every string it sends, the server escapes `redirect` once (`&` arrives as `&amp;`).
      const redirect = isRecord(body) && typeof body.redirect === 'string' ? decodeEntities(body.redirect) : null;
      throw errorForStatus(response, message, redirect);
    }
    if (body === undefined) throw badShape('not JSON');
    const page = parsePuqcloudPage(body, this.options.serverTimeZone, request);
    // A later request was sent meanwhile: this answer is stale whatever it says.
    if (draw !== this.#lastDraw) throw staleAnswer();
    // The newest request came back labelled as another one (a caching proxy, a broken server):
    // say so instead of dropping it silently and leaving the widget blank.
    if (page.draw !== null && page.draw !== draw) {
      throw new SessionsError(
        'bad-response',
        `The server answered a different request (draw ${page.draw}, expected ${draw}); the log was not updated.`,
        0,
        null,
        null,
        { detail: `draw ${page.draw}, expected ${draw}` },
      );
    }
    return page;
  };
}

function staleAnswer(): DOMException {
  return new DOMException('An answer to an earlier request arrived late and was dropped.', 'AbortError');
}

export function puqcloudParams({ query, cursor, newerThan, limit }: PageRequest, draw: number, serverTimeZone: string): URLSearchParams {
  const start = Math.max(0, Number.parseInt(cursor ?? '0', 10) || 0);
  // Incremental refresh: from the newest shown entry's second; the overlap is removed by id.
  const from = newerThan ? newerThan.time : (query.from ?? EARLIEST);
  const to = query.to ?? LATEST;
  const params = new URLSearchParams();
  params.set('draw', String(draw));
  params.set('start', String(start));
  params.set('length', String(limit));
  params.set('search[value]', query.q.trim());
  params.set('search[regex]', 'false');
  params.set('order[0][column]', '0');
  // Only the date sorts on the server; other columns are sorted over the loaded rows.
  params.set('order[0][dir]', query.sort === 'time' && !newerThan ? query.order : 'desc');
  params.set('start_date', formatDmyHms(from, serverTimeZone));
  params.set('end_date', formatDmyHms(to, serverTimeZone));
  params.set('hide_me', query.hideMe ? '1' : '0');
  return params;
}

export interface PuqcloudPage extends SessionPage {
  readonly draw: number | null;
}

export function parsePuqcloudPage(body: unknown, serverTimeZone: string, request: Pick<PageRequest, 'cursor' | 'newerThan' | 'limit'>): PuqcloudPage {
  if (!isRecord(body)) throw badShape('not an object');
  // `data: null` is how the server answers some empty results.
  if (body.data === null) return { entries: [], total: 0, nextCursor: null, draw: null };
  if (!isRecord(body.data) || !isRecord(body.data.original)) throw badShape('no data.original');
  const original = body.data.original;
  if (!Array.isArray(original.data)) throw badShape('no data.original.data array');
  const entries: SessionEntry[] = [];
  for (const row of original.data) {
    const entry = parsePuqcloudRow(row, serverTimeZone);
    if (!entry) continue;
    if (request.newerThan && (entry.time < request.newerThan.time || entry.id === request.newerThan.id)) continue;
    entries.push(entry);
  }
  const total = typeof original.recordsFiltered === 'number' ? original.recordsFiltered : null;
  const draw = typeof original.draw === 'number' ? original.draw : typeof original.draw === 'string' ? Number(original.draw) : null;
  const start = Math.max(0, Number.parseInt(request.cursor ?? '0', 10) || 0);
  const end = start + original.data.length;
  const more = original.data.length >= request.limit && (total === null || end < total);
  return { entries, total, nextCursor: more ? String(end) : null, draw };
}

const decoded = (value: unknown): string | null => (typeof value === 'string' ? decodeEntities(value) : null);

/** Whitelists one PUQcloud row: `session_id` and every admin field beyond uuid/name/email stop here. */
function parsePuqcloudRow(raw: unknown, serverTimeZone: string): SessionEntry | null {
  if (!isRecord(raw)) return null;
  const id = decoded(raw.uuid);
  const time = typeof raw.created_at === 'string' ? parseSqlDateTime(raw.created_at, serverTimeZone) : Number.NaN;
  if (!id || Number.isNaN(time)) return null;
  let admin: SessionEntry['admin'] = null;
  if (isRecord(raw.admin)) {
    const name = [decoded(raw.admin.firstname), decoded(raw.admin.lastname)].filter((part) => part).join(' ');
    admin = { id: decoded(raw.admin.uuid) ?? decoded(raw.admin_uuid), name, email: decoded(raw.admin.email) ?? '' };
  }
  return {
    id,
    time,
    admin,
    ip: decoded(raw.ip_address),
    url: decoded(raw.url) ?? '',
    type: toRequestType(raw.action),
    method: toMethod(decoded(raw.method)),
    userAgent: decoded(raw.user_agent),
  };
}

import type { HttpMethod, RequestType, SessionEntry } from '../entry.js';
import type { AdapterOptions, PageRequest, SessionPage, SessionsAdapter } from './adapter.js';
import { FULL_CAPABILITIES } from './adapter.js';
import type { SessionsError } from '../errors.js';
import { badShape, buildUrl, errorForStatus, getJson, isRecord, type JsonResponse } from './http.js';

/**
 * This project's own contract (docs/api.md): cursor pages, ISO 8601 times with an offset, plain
 * (not HTML-escaped) strings, and `newer_than` for incremental refresh.
 */
export class NativeAdapter implements SessionsAdapter {
  readonly capabilities = FULL_CAPABILITIES;
  constructor(private readonly options: AdapterOptions) {}

  fetchPage = async (request: PageRequest): Promise<SessionPage> => {
    const response = await getJson(buildUrl(this.options.endpoint, nativeParams(request)), request.signal, this.options.timeoutMs);
    const { body } = response;
    if (response.status !== 200) throw nativeFailure(response);
    if (body === undefined) throw badShape('not JSON');
    return parseNativePage(body);
  };
}

/** A native server's failed answer as a `SessionsError`: its `{error: {message, login_url}}` body kept. */
export function nativeFailure(response: JsonResponse): SessionsError {
  const { body } = response;
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const message = typeof error.message === 'string' ? error.message : null;
  const loginUrl = typeof error.login_url === 'string' ? error.login_url : null;
  return errorForStatus(response, message, loginUrl);
}

export function nativeParams({ query, cursor, newerThan, limit }: PageRequest): URLSearchParams {
  const params = new URLSearchParams();
  params.set('limit', String(limit));
  if (query.from !== null) params.set('from', new Date(query.from).toISOString());
  if (query.to !== null) params.set('to', new Date(query.to).toISOString());
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.hideMe) params.set('hide_me', '1');
  params.set('sort', query.sort);
  params.set('order', query.order);
  if (newerThan) params.set('newer_than', newerThan.id);
  if (cursor) params.set('cursor', cursor);
  return params;
}

export function parseNativePage(body: unknown): SessionPage {
  if (!isRecord(body) || !Array.isArray(body.entries)) throw badShape('no "entries" array');
  const entries: SessionEntry[] = [];
  for (const raw of body.entries) {
    const entry = parseNativeEntry(raw);
    if (entry) entries.push(entry);
  }
  const total = typeof body.total === 'number' && Number.isFinite(body.total) ? body.total : null;
  const nextCursor = typeof body.next_cursor === 'string' && body.next_cursor !== '' ? body.next_cursor : null;
  return { entries, total, nextCursor };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Whitelists one wire entry into a `SessionEntry`; `null` when it lacks an id or a readable time. */
function parseNativeEntry(raw: unknown): SessionEntry | null {
  if (!isRecord(raw)) return null;
  const id = typeof raw.id === 'number' ? String(raw.id) : text(raw.id);
  const time = typeof raw.time === 'string' ? Date.parse(raw.time) : Number.NaN;
  if (!id || Number.isNaN(time)) return null;
  const admin = isRecord(raw.admin)
    ? { id: text(raw.admin.id), name: text(raw.admin.name) ?? '', email: text(raw.admin.email) ?? '' }
    : null;
  return {
    id,
    time,
    admin,
    ip: text(raw.ip),
    url: text(raw.url) ?? '',
    type: toRequestType(raw.type),
    method: toMethod(raw.method),
    userAgent: text(raw.user_agent),
  };
}

export function toRequestType(value: unknown): RequestType {
  return typeof value === 'string' && value.trim().toUpperCase() === 'API' ? 'API' : 'WEB';
}

export function toMethod(value: unknown): HttpMethod {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toUpperCase() : 'GET';
}

import { SessionsError, isAbortError, type SessionsErrorDetails } from '../errors.js';

/** A response body as far as it could be read: parsed JSON, or `undefined` when it was not JSON. */
export interface JsonResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

/**
 * GETs a URL with the panel's session cookie and returns the parsed body. Network failures,
 * time-outs and non-JSON bodies become `SessionsError`s; aborts from `signal` pass through as
 * `AbortError` so callers can ignore superseded requests.
 */
export async function getJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<JsonResponse> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      signal: AbortSignal.any([signal, timeout]),
    });
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError');
    if (timeout.aborted) {
      const seconds = Math.round(timeoutMs / 1000);
      throw new SessionsError('timeout', `The server did not answer within ${seconds} s.`, 0, null, null, { timeoutSeconds: seconds });
    }
    if (isAbortError(error)) throw error;
    throw new SessionsError('network', 'The server could not be reached. Check the connection.');
  }
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, headers: response.headers };
}

/** The usual error for an HTTP status, with the server's own words where it gave some. */
export function errorForStatus(response: JsonResponse, serverMessage: string | null, loginUrl: string | null): SessionsError {
  const { status } = response;
  const detail = serverMessage ? ` (${serverMessage})` : '';
  // The server's words go with the errors whose English message quotes them.
  const words: SessionsErrorDetails = { detail: serverMessage || null };
  if (status === 401) {
    return new SessionsError('unauthorized', 'Your session has expired. Log in again to see the log.', status, safeHttpUrl(loginUrl));
  }
  if (status === 403) return new SessionsError('forbidden', `You do not have permission to view the admin session log${detail}.`, status, null, null, words);
  if (status === 404) {
    return new SessionsError('not-found', 'The session log endpoint was not found (404). Check the endpoint attribute.', status);
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    const wait = retryAfter === null ? '' : ` Retrying in ${retryAfter} s.`;
    return new SessionsError('rate-limited', `The server is receiving too many requests.${wait}`, status, null, retryAfter);
  }
  if (status >= 500) {
    // 503 (maintenance, overload) may say when to come back, like 429.
    const retryAfter = status === 503 ? parseRetryAfter(response.headers.get('Retry-After')) : null;
    const wait = retryAfter === null ? '' : ` Retrying in ${retryAfter} s.`;
    return new SessionsError('server', `The server failed to load the log (HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''}).${wait}`, status, null, retryAfter, words);
  }
  return new SessionsError('bad-response', `The server answered HTTP ${status}${detail}.`, status, null, null, words);
}

/** `Retry-After` as seconds (delta or HTTP date); `null` when absent or unreadable. */
function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Only http(s) links are ever offered to a person; anything else (javascript:, data:) is dropped. */
function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value, globalThis.location?.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function badShape(what: string): SessionsError {
  return new SessionsError('bad-response', `The server's answer was not a session log page (${what}).`, 200, null, null, { detail: what });
}

/** Resolves `endpoint` against the page and appends query parameters. */
export function buildUrl(endpoint: string, params: URLSearchParams): string {
  const url = new URL(endpoint, globalThis.location?.href);
  for (const [key, value] of params) url.searchParams.append(key, value);
  return url.href;
}

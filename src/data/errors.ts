/** Why a page could not be loaded, in terms a person (and code) can act on. */
export type SessionsErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-response'
  | 'config';

/** What a `SessionsError` carries besides its English sentence, for a message in any language. */
export interface SessionsErrorDetails {
  /** The server's own words, or a technical detail such as `no "entries" array`; `null` for none. */
  readonly detail?: string | null;
  /** The request time-out in seconds, for a `timeout`; `null` otherwise. */
  readonly timeoutSeconds?: number | null;
}

/**
 * A typed failure from the data path. `message` is in English, for logs and the
 * `admin-sessions-error` event; the widget shows a sentence in its own language built from `kind`,
 * `status`, `retryAfter`, `detail` and `timeoutSeconds`.
 */
export class SessionsError extends Error {
  override readonly name = 'SessionsError';
  /**
   * The server's own words, or a technical detail (`no "entries" array`), untranslated; `null` when
   * there are none. `undefined` when the error was made without details (as a page's own
   * `fetchPage` may): the widget then reads them from `message`.
   */
  readonly detail: string | null | undefined;
  /** The request time-out in seconds, for a `timeout` made by the built-in adapters; else `null` or `undefined` as for `detail`. */
  readonly timeoutSeconds: number | null | undefined;
  constructor(
    readonly kind: SessionsErrorKind,
    message: string,
    /** HTTP status when there was a response; 0 otherwise. */
    readonly status = 0,
    /** The login page to offer when the session expired (401), if the server named one. */
    readonly loginUrl: string | null = null,
    /** Seconds the server asked us to wait (429 `Retry-After`). */
    readonly retryAfter: number | null = null,
    /** The detail and time-out behind `message`; leave out to have them read from `message`. */
    details?: SessionsErrorDetails,
  ) {
    super(message);
    this.detail = details ? (details.detail ?? null) : undefined;
    this.timeoutSeconds = details ? (details.timeoutSeconds ?? null) : undefined;
  }
}

/**
 * The error for a failure that is not a `SessionsError` (a page's own `fetchPage` threw, say): the
 * answer could not be read, with the failure's own message as the detail.
 */
export function unreadableLog(error: unknown): SessionsError {
  const what = error instanceof Error ? error.message : String(error);
  return new SessionsError('bad-response', `The log could not be read: ${what}`, 0, null, null, { detail: what.trim() || null });
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

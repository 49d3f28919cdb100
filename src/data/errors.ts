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

/** A typed failure from the data path. `message` is written for the admin reading the widget. */
export class SessionsError extends Error {
  override readonly name = 'SessionsError';
  constructor(
    readonly kind: SessionsErrorKind,
    message: string,
    /** HTTP status when there was a response; 0 otherwise. */
    readonly status = 0,
    /** The login page to offer when the session expired (401), if the server named one. */
    readonly loginUrl: string | null = null,
    /** Seconds the server asked us to wait (429 `Retry-After`). */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

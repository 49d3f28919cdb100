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

/** What is wrong with the configuration, for a `config` error (each has its own sentence). */
export type ConfigProblem = 'endpoint-missing' | 'endpoint-not-http' | 'endpoint-invalid';

/** The parameters a `SessionsError` carries besides its code, for a message in any language. */
export interface SessionsErrorDetails {
  /** The server's own words, or a technical detail such as `no "entries" array`; `null` (the default) for none. */
  readonly detail?: string | null;
  /** The request time-out in seconds, for a `timeout`; `null` (the default) otherwise. */
  readonly timeoutSeconds?: number | null;
  /** For a `config` error: which problem; `null` (the default) for another. */
  readonly problem?: ConfigProblem | null;
}

/**
 * A typed failure from the data path: a `code` (what kind of failure) and its parameters
 * (`status`, `retryAfter`, `detail`, `timeoutSeconds`, `problem`, `loginUrl`). The widget words it
 * from these through its dictionaries (`src/i18n/error-text.ts`); `message` is an English sentence
 * for logs and the `admin-sessions-error` event, and is never read back.
 */
export class SessionsError extends Error {
  override readonly name = 'SessionsError';
  /** The server's own words, or a technical detail (`no "entries" array`), untranslated; `null` when there are none. */
  readonly detail: string | null;
  /** The request time-out in seconds, for a `timeout`; else `null`. */
  readonly timeoutSeconds: number | null;
  /** For a `config` error, which problem; else `null`. */
  readonly problem: ConfigProblem | null;
  constructor(
    /** What kind of failure this is. */
    readonly code: SessionsErrorKind,
    message: string,
    /** HTTP status when there was a response; 0 otherwise. */
    readonly status = 0,
    /** The login page to offer when the session expired (401), if the server named one. */
    readonly loginUrl: string | null = null,
    /** Seconds the server asked us to wait (429 `Retry-After`). */
    readonly retryAfter: number | null = null,
    /** The detail, time-out and configuration problem; each `null` when left out. */
    details: SessionsErrorDetails = {},
  ) {
    super(message);
    this.detail = details.detail?.trim() || null;
    this.timeoutSeconds = details.timeoutSeconds ?? null;
    this.problem = details.problem ?? null;
  }

  /** The same as `code` (its name before `code`); kept for pages that read it. */
  get kind(): SessionsErrorKind {
    return this.code;
  }
}

/**
 * The error for a failure that is not a `SessionsError` (a page's own `fetchPage` threw, say): code
 * `bad-response` (the answer could not be read), with the failure's own message as the detail.
 */
export function unreadableLog(error: unknown): SessionsError {
  const what = error instanceof Error ? error.message : String(error);
  return new SessionsError('bad-response', `The log could not be read: ${what}`, 0, null, null, { detail: what.trim() || null });
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

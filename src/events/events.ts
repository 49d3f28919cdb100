import type { SessionEntry } from '../data/entry.js';
import type { SessionsErrorKind } from '../data/errors.js';

export interface AdminSessionsLoadDetail {
  /** Every entry now loaded, in display order. */
  readonly entries: readonly SessionEntry[];
  /** Entries matching the query on the server, when it said. */
  readonly total: number | null;
}

/** Fired by `<admin-sessions>` when a page of the log has been loaded and shown. */
export class AdminSessionsLoadEvent extends CustomEvent<AdminSessionsLoadDetail> {
  constructor(detail: AdminSessionsLoadDetail) {
    super('admin-sessions-load', { detail, bubbles: true, composed: true });
  }
}

export interface AdminSessionsErrorDetail {
  /** HTTP status, or 0 when there was no response (network, time-out, bad configuration). */
  readonly status: number;
  readonly kind: SessionsErrorKind;
  /** The error in English, for logs. */
  readonly message: string;
  /** The sentence the widget shows, in its language (with the server's words kept as they were). */
  readonly text: string;
  /** Login page to offer after a 401, when the server named one. */
  readonly loginUrl: string | null;
  /** Seconds the server asked to wait (429 `Retry-After`), or `null`. */
  readonly retryAfter: number | null;
  /** The server's own words or a technical detail, untranslated, or `null`. */
  readonly detail: string | null;
  /** The request time-out in seconds, for a `timeout`; `null` otherwise. */
  readonly timeoutSeconds: number | null;
}

/** Fired by `<admin-sessions>` when loading failed; the last good rows stay on screen. */
export class AdminSessionsErrorEvent extends CustomEvent<AdminSessionsErrorDetail> {
  constructor(detail: AdminSessionsErrorDetail) {
    super('admin-sessions-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'admin-sessions-load': AdminSessionsLoadEvent;
    'admin-sessions-error': AdminSessionsErrorEvent;
  }
}

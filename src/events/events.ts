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
  /** A message written for the admin. */
  readonly message: string;
  /** Login page to offer after a 401, when the server named one. */
  readonly loginUrl: string | null;
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

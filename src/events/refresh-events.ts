export interface AdminSessionsRefreshChangeDetail {
  /** Whether auto-refresh is now on. */
  readonly enabled: boolean;
  /** Seconds between refreshes. */
  readonly interval: number;
}

/** Fired by `<admin-sessions-refresh>` when the admin flips the auto-refresh switch or picks an interval. */
export class AdminSessionsRefreshChangeEvent extends CustomEvent<AdminSessionsRefreshChangeDetail> {
  constructor(detail: AdminSessionsRefreshChangeDetail) {
    super('admin-sessions-refresh-change', { detail, bubbles: true, composed: true });
  }
}

/** Fired by `<admin-sessions-refresh>` when the admin presses "Refresh now". */
export class AdminSessionsRefreshNowEvent extends Event {
  constructor() {
    super('admin-sessions-refresh-now', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'admin-sessions-refresh-change': AdminSessionsRefreshChangeEvent;
    'admin-sessions-refresh-now': AdminSessionsRefreshNowEvent;
  }
}

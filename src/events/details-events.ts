export interface AdminSessionsFilterDetail {
  /** A query-language term, e.g. `ip:10.0.4.17` or `-url:"/admin/api/my_account/bell_notification"`. */
  readonly term: string;
}

/** Fired by `<admin-sessions-details>` and `<admin-sessions-facets>` when the admin asks to filter by (or exclude) a value. */
export class AdminSessionsFilterEvent extends CustomEvent<AdminSessionsFilterDetail> {
  constructor(detail: AdminSessionsFilterDetail) {
    super('admin-sessions-filter', { detail, bubbles: true, composed: true });
  }
}

/** Fired by `<admin-sessions-details>` when the admin closes the panel. */
export class AdminSessionsDetailsCloseEvent extends Event {
  constructor() {
    super('admin-sessions-details-close', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'admin-sessions-filter': AdminSessionsFilterEvent;
    'admin-sessions-details-close': AdminSessionsDetailsCloseEvent;
  }
}

import type { SortColumn, SortOrder } from '../data/query.js';

export interface AdminSessionsSortDetail {
  readonly sort: SortColumn;
  readonly order: SortOrder;
}

/** Fired by `<admin-sessions-table>` when the admin clicks a column header to sort. */
export class AdminSessionsSortEvent extends CustomEvent<AdminSessionsSortDetail> {
  constructor(detail: AdminSessionsSortDetail) {
    super('admin-sessions-sort', { detail, bubbles: true, composed: true });
  }
}

export interface AdminSessionsNearEndDetail {
  /** Rows currently loaded. */
  readonly loaded: number;
}

/** Fired by `<admin-sessions-table>` when the admin scrolls close to the last loaded row. */
export class AdminSessionsNearEndEvent extends CustomEvent<AdminSessionsNearEndDetail> {
  constructor(detail: AdminSessionsNearEndDetail) {
    super('admin-sessions-near-end', { detail, bubbles: true, composed: true });
  }
}

export interface AdminSessionsViewportDetail {
  /** True when the first row is in view (new entries may appear on top without moving anything). */
  readonly atTop: boolean;
}

/** Fired by `<admin-sessions-table>` when the admin scrolls to or away from the top. */
export class AdminSessionsViewportEvent extends CustomEvent<AdminSessionsViewportDetail> {
  constructor(detail: AdminSessionsViewportDetail) {
    super('admin-sessions-viewport', { detail, bubbles: true, composed: true });
  }
}

export interface AdminSessionsRowToggleDetail {
  /** The entry whose details should open or close. */
  readonly id: string;
}

/** Fired by `<admin-sessions-table>` when a row is clicked or Enter is pressed on it. */
export class AdminSessionsRowToggleEvent extends CustomEvent<AdminSessionsRowToggleDetail> {
  constructor(detail: AdminSessionsRowToggleDetail) {
    super('admin-sessions-row-toggle', { detail, bubbles: true, composed: true });
  }
}

/** The table's columns (`<admin-sessions>` resizes Date and Admin and hides Admin and URL). */
export type TableColumn = 'date' | 'admin' | 'url';

declare global {
  interface GlobalEventHandlersEventMap {
    'admin-sessions-sort': AdminSessionsSortEvent;
    'admin-sessions-near-end': AdminSessionsNearEndEvent;
    'admin-sessions-viewport': AdminSessionsViewportEvent;
    'admin-sessions-row-toggle': AdminSessionsRowToggleEvent;
  }
}

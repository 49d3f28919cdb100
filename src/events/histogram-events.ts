export interface AdminSessionsHistogramZoomDetail {
  /** First millisecond of the first bucket chosen (ms since the epoch). */
  readonly from: number;
  /**
   * Last millisecond of the last bucket chosen: the bucket's end − 1, so the range is inclusive like
   * `SessionQuery.to` and never reaches into the next bucket.
   */
  readonly to: number;
}

/**
 * Fired by `<admin-sessions-histogram>` when the admin drags across the chart, clicks one bucket, or
 * presses Enter on the highlighted bucket: a request to narrow the range to those buckets.
 */
export class AdminSessionsHistogramZoomEvent extends CustomEvent<AdminSessionsHistogramZoomDetail> {
  constructor(detail: AdminSessionsHistogramZoomDetail) {
    super('admin-sessions-histogram-zoom', { detail, bubbles: true, composed: true });
  }
}

/**
 * Fired by `<admin-sessions-histogram>` when the admin asks to load more of the range (its `loaded`
 * part is shown). Not bubbling: listen on the element.
 */
export class AdminSessionsHistogramLoadMoreEvent extends Event {
  constructor() {
    super('admin-sessions-histogram-load-more');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'admin-sessions-histogram-zoom': AdminSessionsHistogramZoomEvent;
    'admin-sessions-histogram-load-more': AdminSessionsHistogramLoadMoreEvent;
  }
}

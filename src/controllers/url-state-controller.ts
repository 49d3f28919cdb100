import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { needsNewHistoryEntry, readLinkedView, writeLinkedView, type LinkedView } from '../data/deep-link.js';
import type { SortColumn, SortOrder } from '../data/query.js';

/** The attributes a deep link carries, and `syncUrl` that turns the link on. */
export interface UrlStateHost extends ReactiveControllerHost {
  range: string;
  from: string | null;
  to: string | null;
  query: string;
  hideMe: boolean;
  sort: SortColumn;
  order: SortOrder;
  timeZone: string;
  readonly syncUrl: boolean;
  readonly isConnected: boolean;
}

/**
 * `sync-url`: the view (range, search, Hide me, sort, zone) in the page URL. Read on start and on
 * browser Back/Forward (`popstate`); written after every change: typing replaces the history
 * entry, other changes add one.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  readonly #onViewChange: () => void;
  /** The view last read from or written to the URL. */
  #linked: LinkedView | null = null;
  #listening = false;

  /** `onViewChange` runs when a written view differs from the one before (a link copied for it is stale). */
  constructor(host: UrlStateHost, onViewChange: () => void) {
    this.#host = host;
    this.#onViewChange = onViewChange;
    host.addController(this);
  }

  /** The host's view as a link describes it. */
  get view(): LinkedView {
    const host = this.#host;
    const absolute = host.from || host.to;
    return {
      range: absolute ? null : host.range,
      from: host.from,
      to: host.to,
      q: host.query,
      hideMe: host.hideMe,
      sort: host.sort,
      order: host.order,
      timeZone: host.timeZone,
    };
  }

  hostConnected(): void {
    // A reconnect resumes listening; the first connect reads the URL in the first update.
    if (this.#host.syncUrl && this.#linked) this.#listen(true);
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /** Before each update: starts or stops following the URL when `syncUrl` changed, then writes the view. */
  update(syncUrlChanged: boolean): void {
    if (syncUrlChanged) {
      if (this.#host.syncUrl) this.#apply();
      this.#listen(this.#host.syncUrl);
    }
    this.#write();
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) window.addEventListener('popstate', this.#apply);
    else window.removeEventListener('popstate', this.#apply);
  }

  /** Sets the host's attributes from the page URL (fields it does not mention stay). */
  #apply = (): void => {
    const host = this.#host;
    const view = readLinkedView(location.search);
    if (view.range !== undefined) host.range = view.range ?? host.range;
    if (view.from !== undefined || view.to !== undefined) {
      host.from = view.from ?? null;
      host.to = view.to ?? null;
    }
    if (view.q !== undefined) host.query = view.q;
    if (view.hideMe !== undefined) host.hideMe = view.hideMe;
    if (view.sort) host.sort = view.sort as SortColumn;
    if (view.order) host.order = view.order as SortOrder;
    if (view.timeZone) host.timeZone = view.timeZone;
    this.#linked = this.view;
  };

  #write(): void {
    const host = this.#host;
    if (!host.syncUrl || !host.isConnected) return;
    const next = this.view;
    const previous = this.#linked;
    if (previous && JSON.stringify(previous) === JSON.stringify(next)) return;
    this.#linked = next;
    if (previous) this.#onViewChange();
    const href = writeLinkedView(location.href, next);
    if (href === location.href) return;
    if (previous && needsNewHistoryEntry(previous, next)) history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { needsNewHistoryEntry, readLinkedView, writeLinkedView, type LinkedView, type ViewChoices } from '../data/deep-link.js';
import type { SortColumn, SortOrder } from '../data/query.js';
import { SEARCH_SETTLE_MS } from '../data/defaults.js';

/** The attributes a deep link carries, and `syncUrl` that turns the link on. */
export interface UrlStateHost extends ReactiveControllerHost, ViewChoices {
  readonly updateComplete: Promise<boolean>;
  readonly syncUrl: boolean;
  readonly isConnected: boolean;
}

/** What a URL written by `writeLinkedView` means by leaving a field out. */
const UNWRITTEN = { q: '', hideMe: false, sort: 'time', order: 'desc', timeZone: 'local' } as const;

/**
 * `sync-url`: the view (range, search, Hide me, sort, zone) in the page URL. Read on start and on
 * browser Back/Forward (`popstate`, which restores the whole view of that entry); written after
 * every change. A search gets its own history entry once it settles (no typing for
 * `SEARCH_SETTLE_MS`, or Enter): the keystrokes of one search replace that entry; other changes
 * add one.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  readonly #onViewChange: () => void;
  /** The view last read from or written to the URL. */
  #linked: LinkedView | null = null;
  #listening = false;
  /** The host's view before the URL was first read: what an entry without a view in its URL shows. */
  #baseline: LinkedView | null = null;
  /** Until when a search change still belongs to the search being typed (replaces its entry). */
  #typingUntil = 0;
  /** The next search written is the last of its search (Enter was pressed while it was pending). */
  #settleNext = false;

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

  /**
   * A link to the host's view on this page. `frozen` (a relative range `shown`): the absolute range
   * shown now instead, so the link shows the same rows later.
   */
  link(frozen?: { readonly from: number | null; readonly to: number | null }): string {
    let view = this.view;
    if (frozen) view = { ...view, range: null, from: new Date(frozen.from ?? Date.now()).toISOString(), to: new Date(frozen.to ?? Date.now()).toISOString() };
    return writeLinkedView(location.href, view);
  }

  hostConnected(): void {
    // A reconnect resumes listening; the first connect reads the URL in the first update.
    if (this.#host.syncUrl && this.#linked) this.#listen(true);
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /**
   * Before each update: starts or stops following the URL when `syncUrl` changed (or, made after the
   * host's first update, at its first update with `syncUrl`), then writes the view.
   */
  update(syncUrlChanged: boolean): void {
    if (syncUrlChanged || (this.#host.syncUrl && !this.#listening)) {
      if (this.#host.syncUrl) this.#apply();
      this.#listen(this.#host.syncUrl);
    }
    this.#write();
  }

  /**
   * The search typed is final (Enter): the next search change gets a history entry of its own.
   * `pending`: the search box's last keystrokes are still to be written (they then share the
   * entry of the search they belong to, which settles after them).
   */
  settle(pending: boolean): void {
    if (!pending) {
      this.#typingUntil = 0;
      return;
    }
    this.#settleNext = true;
    // Written as it was (no change to write): settled all the same.
    void this.#host.updateComplete.then(() => this.#settleNext && ((this.#settleNext = false), (this.#typingUntil = 0)));
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) window.addEventListener('popstate', this.#onPopState);
    else window.removeEventListener('popstate', this.#onPopState);
  }

  #onPopState = (): void => this.#apply(true);

  /**
   * Sets the host's attributes from the page URL. On start, fields the URL does not mention stay
   * (a shared link may carry only a search). On Back/Forward the entry's whole view comes back: a
   * field left out is the value `writeLinkedView` leaves out, and an entry with no view in its URL
   * (the page as it was opened) shows the view the page started with.
   */
  #apply(restore = false): void {
    const host = this.#host;
    const view = readLinkedView(location.search);
    this.#baseline ??= this.view;
    const base: LinkedView = !restore ? this.view : Object.keys(view).length ? { ...this.#baseline, ...UNWRITTEN } : this.#baseline;
    const hasRange = view.range !== undefined || view.from !== undefined || view.to !== undefined;
    host.range = view.range ?? base.range ?? host.range;
    host.from = hasRange ? (view.from ?? null) : base.from;
    host.to = hasRange ? (view.to ?? null) : base.to;
    host.query = view.q ?? base.q;
    host.hideMe = view.hideMe ?? base.hideMe;
    host.sort = (view.sort ?? base.sort ?? host.sort) as SortColumn;
    host.order = (view.order ?? base.order ?? host.order) as SortOrder;
    host.timeZone = view.timeZone ?? base.timeZone ?? host.timeZone;
    this.#typingUntil = 0;
    this.#settleNext = false;
    this.#linked = this.view;
  }

  #write(): void {
    const host = this.#host;
    if (!host.syncUrl || !host.isConnected) return;
    const next = this.view;
    const previous = this.#linked;
    if (previous && JSON.stringify(previous) === JSON.stringify(next)) return;
    this.#linked = next;
    if (previous) this.#onViewChange();
    const href = writeLinkedView(location.href, next);
    const searchOnly = previous !== null && !needsNewHistoryEntry(previous, next);
    const newEntry = previous !== null && (!searchOnly || Date.now() >= this.#typingUntil);
    this.#typingUntil = searchOnly && !this.#settleNext ? Date.now() + SEARCH_SETTLE_MS : 0;
    this.#settleNext = false;
    if (href === location.href) return;
    if (newEntry) history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }
}

// English for the views' texts (the notification's), before anything reads the dictionary.
import '../i18n/en-parts.js';
import '../i18n/en-tools.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { writeLinkedView, type LinkedView } from '../data/deep-link.js';
import type { SessionEntry } from '../data/entry.js';
import type { UnusualMarks } from '../data/insights/unusual.js';
import type { SortColumn, SortOrder } from '../data/query.js';
import {
  changeView, makeView, NO_SAVED_VIEWS, readSavedViews, savedViewsKey, viewMatcher, writeSavedViews,
  type SavedViews, type StoredView, type ViewStorage,
} from '../data/saved-views.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { ViewChoices } from '../data/deep-link.js';

/** The widget's choices a view holds, read and set on the host as `sync-url` does. */
export interface ViewsHost extends ReactiveControllerHost, ViewChoices {
  collapseRepeats: boolean;
  /** Hidden columns and widths, when the host has them: stored and restored as they are. */
  columns?: unknown;
  /** Whose views they are: kept in storage only with one of them, as the cache (one browser, several admins). */
  readonly currentAdmin: string | null;
  readonly cacheKey: string | null;
  /** The page opens the widget's links (`sync-url`): only then are views offered as links. */
  readonly syncUrl?: boolean;
}

/** The shell's rows: those a refresh adds (`log.newIds`, a new set each time) go to the watches. */
export interface WatchedRows {
  readonly log: { readonly entries: readonly SessionEntry[]; readonly newIds: ReadonlySet<string> };
  readonly view: { readonly marks: UnusualMarks };
}

export interface ViewsControllerOptions {
  /** The cache scope (endpoint + viewing admin). */
  readonly scope: () => string;
  readonly i18n: LocalizeController;
  readonly rows?: WatchedRows;
  /** `localStorage` by default (`null` where it is blocked). */
  readonly storage?: ViewStorage | null;
}

/** A watch on the unusual-activity marks. */
export type MarkWatch = 'newIp' | 'burst';
export type NameProblem = 'empty' | 'taken' | null;

function defaultStorage(): ViewStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Saved views and watches for `<admin-sessions>`: the viewer's views (read from storage when the
 * scope changes, written on every change), applying one to the host, and the counts of watched
 * views. A watched view counts the new rows an auto-refresh brings that match it; the document
 * title carries the sum as `(N) ` while it is not 0, and a desktop notification is shown when the
 * admin opted in and the browser granted it. Counts are seen, and cleared, when the admin opens the
 * Views menu (all) or applies a view (its own); the title is then restored.
 */
export class ViewsController implements ReactiveController {
  readonly #host: ViewsHost;
  readonly #options: ViewsControllerOptions;
  readonly #storage: ViewStorage | null;
  #key: string | null = null;
  #saved: SavedViews = NO_SAVED_VIEWS;
  readonly #counts = new Map<string, number>();
  /** The page's own title, and the one written over it with the count. */
  #title: { readonly base: string; readonly shown: string } | null = null;
  /** The menu element's re-render (it draws the views and counts; the host passes it this same object). */
  readonly #listeners = new Set<() => void>();
  /** `linkable` as the menu last drew it. */
  #linkable = false;
  /** The new rows last handed to the watches. */
  #seenIds: ReadonlySet<string> | null;

  constructor(host: ViewsHost, options: ViewsControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.#seenIds = options.rows?.log.newIds ?? null;
    host.addController(this);
    this.#read();
  }

  hostUpdate(): void {
    this.#read();
    if (this.linkable !== this.#linkable) {
      this.#linkable = this.linkable;
      this.#changed();
    }
    const rows = this.#options.rows;
    if (rows && rows.log.newIds !== this.#seenIds) {
      this.#seenIds = rows.log.newIds;
      if (this.#seenIds.size) this.arrived(rows.log, rows.view.marks);
    }
  }

  hostConnected(): void {
    // Back in the page (moved, or removed and added again): the counts not yet seen are shown again.
    if (this.total && !this.#title) this.#showCounts();
  }

  hostDisconnected(): void {
    this.#restoreTitle();
  }

  /** Calls `listener` on every change of the views or counts; gives the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get views(): readonly StoredView[] {
    return this.#saved.views;
  }

  get saved(): SavedViews {
    return this.#saved;
  }

  /** Whether views outlive the page view (`current-admin` or `cache-key` says whose they are). */
  get persistent(): boolean {
    return Boolean(this.#host.currentAdmin ?? this.#host.cacheKey);
  }

  /** New rows for a view since last seen. */
  count(name: string): number {
    return this.#counts.get(`view:${name}`) ?? 0;
  }

  /** New rows with a mark (new IP, burst) since last seen. */
  markCount(mark: MarkWatch): number {
    return this.#counts.get(`mark:${mark}`) ?? 0;
  }

  get total(): number {
    let total = 0;
    for (const count of this.#counts.values()) total += count;
    return total;
  }

  /** What is wrong with `name` for a view (`renaming`: the view it is for may keep its own name). */
  nameProblem(name: string, renaming?: string): NameProblem {
    const trimmed = name.trim();
    if (!trimmed) return 'empty';
    return trimmed !== renaming && this.views.some((view) => view.name === trimmed) ? 'taken' : null;
  }

  /** Saves the host's view now under `name`; the problem instead when the name will not do. */
  save(name: string): NameProblem {
    const problem = this.nameProblem(name);
    if (problem) return problem;
    const host = this.#host;
    this.#set({ views: [...this.views, makeView(name.trim(), this.#current(), host.collapseRepeats, false, host.columns)] });
    return null;
  }

  rename(name: string, next: string): NameProblem {
    const problem = this.nameProblem(next, name);
    if (problem) return problem;
    const trimmed = next.trim();
    this.#set({ views: this.views.map((view) => (view.name === name ? changeView(view, { name: trimmed }) : view)) });
    const count = this.count(name);
    this.#counts.delete(`view:${name}`);
    if (count) this.#counts.set(`view:${trimmed}`, count);
    return null;
  }

  /** Deletes a view; gives what `restore` needs to undo it. */
  remove(name: string): { view: StoredView; index: number } | null {
    const index = this.views.findIndex((view) => view.name === name);
    if (index < 0) return null;
    const view = this.views[index]!;
    this.#set({ views: this.views.filter((_, i) => i !== index) });
    this.#clearCount(`view:${name}`);
    return { view, index };
  }

  /** Puts a deleted view back where it was (unless its name was taken meanwhile). */
  restore({ view, index }: { view: StoredView; index: number }): void {
    if (this.views.some((other) => other.name === view.name)) return;
    const views = [...this.views];
    views.splice(index, 0, view);
    this.#set({ views });
  }

  /** Shows the view: sets the host's range, search, Hide me, sort, zone, fold (and columns); its count is seen. */
  apply(name: string): void {
    const stored = this.views.find((view) => view.name === name);
    const view = stored?.view;
    if (!stored || !view) return;
    const host = this.#host;
    host.range = view.range ?? host.range;
    host.from = view.from;
    host.to = view.to;
    host.query = view.q;
    host.hideMe = view.hideMe;
    host.sort = view.sort as SortColumn;
    host.order = view.order as SortOrder;
    host.timeZone = view.timeZone ?? 'local';
    host.collapseRepeats = stored.fold;
    if (stored.columns !== undefined && 'columns' in host) host.columns = stored.columns;
    this.#clearCount(`view:${name}`);
  }

  /** Views can be copied as links: the page opens them (`sync-url`). */
  get linkable(): boolean {
    return this.#host.syncUrl === true;
  }

  /** A link to the view on this page (the page opens it with `sync-url`). */
  link(name: string): string | null {
    const view = this.views.find((stored) => stored.name === name)?.view;
    return view ? writeLinkedView(location.href, view) : null;
  }

  watch(name: string, on: boolean): void {
    this.#set({ views: this.views.map((view) => (view.name === name ? changeView(view, { watch: on }) : view)) });
    if (!on) this.#clearCount(`view:${name}`);
  }

  watchMarks(mark: MarkWatch, on: boolean): void {
    this.#set(mark === 'newIp' ? { watchNewIp: on } : { watchBurst: on });
    if (!on) this.#clearCount(`mark:${mark}`);
  }

  /**
   * Desktop notifications: on only once the browser granted them (asking now, from the admin's
   * click). Resolves to `false` when the browser refused (or has none).
   */
  async notify(on: boolean): Promise<boolean> {
    if (!on) {
      this.#set({ notify: false });
      return true;
    }
    const granted = typeof Notification !== 'undefined' && (Notification.permission === 'granted' || (await Notification.requestPermission()) === 'granted');
    if (granted) this.#set({ notify: true });
    return granted;
  }

  /** The admin has seen the counts (opened the menu): they go, and the title is restored. */
  seen(): void {
    if (!this.#counts.size) return;
    this.#counts.clear();
    this.#showCounts();
  }

  /** A refresh added `log.newIds` (`marks`: the loaded rows' marks): raises the counts of the watches they match. */
  arrived(log: { readonly entries: readonly SessionEntry[]; readonly newIds: ReadonlySet<string> }, marks: UnusualMarks): void {
    const entries = log.entries.filter((entry) => log.newIds.has(entry.id));
    const msg = this.#options.i18n.msg.views;
    const raised: [string, number][] = [];
    const raise = (key: string, label: string, count: number) => {
      if (!count) return;
      this.#counts.set(key, (this.#counts.get(key) ?? 0) + count);
      raised.push([label, count]);
    };
    for (const stored of this.views) {
      if (!stored.watch || !stored.view) continue;
      const matches = viewMatcher(stored.view, this.#host.currentAdmin, marks);
      raise(`view:${stored.name}`, stored.name, entries.filter(matches).length);
    }
    const marked = (flag: 'newIp' | 'burst') => entries.filter((entry) => marks.get(entry.id)?.[flag] !== undefined).length;
    if (this.#saved.watchNewIp) raise('mark:newIp', msg.watchNewIp, marked('newIp'));
    if (this.#saved.watchBurst) raise('mark:burst', msg.watchBurst, marked('burst'));
    if (!raised.length) return;
    this.#showCounts();
    if (this.#saved.notify && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      const body = raised.map(([label, count]) => `${label}: ${msg.newRows(count)}`).join('\n');
      new Notification(msg.notification, { body, tag: 'admin-sessions-watch' });
    }
  }

  #current(): LinkedView {
    const host = this.#host;
    const absolute = Boolean(host.from || host.to);
    const view = { range: absolute ? null : host.range, from: host.from, to: host.to, q: host.query };
    return { ...view, hideMe: host.hideMe, sort: host.sort, order: host.order, timeZone: host.timeZone };
  }

  #clearCount(name: string): void {
    if (this.#counts.delete(name)) this.#showCounts();
  }

  #showCounts(): void {
    const total = this.total;
    if (total === 0) this.#restoreTitle();
    else {
      const base = this.#title && document.title === this.#title.shown ? this.#title.base : document.title;
      this.#title = { base, shown: `(${total}) ${base}` };
      document.title = this.#title.shown;
    }
    this.#changed();
  }

  #restoreTitle(): void {
    // A page that set its own title meanwhile keeps it.
    if (this.#title && document.title === this.#title.shown) document.title = this.#title.base;
    this.#title = null;
  }

  #read(): void {
    const key = savedViewsKey(this.#options.scope());
    if (key === this.#key) return;
    const first = this.#key === null;
    this.#key = key;
    // Without an identity views are not stored (another admin may use this browser): they last for the page view.
    if (this.persistent) this.#saved = readSavedViews(key, this.#storage);
    else if (!first) this.#saved = NO_SAVED_VIEWS;
    this.#counts.clear();
    if (!first) this.#showCounts();
  }

  #set(change: Partial<SavedViews>): void {
    this.#saved = { ...this.#saved, ...change };
    if (this.persistent && this.#key) writeSavedViews(this.#key, this.#storage, this.#saved);
    this.#changed();
  }

  #changed(): void {
    this.#host.requestUpdate();
    for (const listener of this.#listeners) listener();
  }
}

import type { FetchPage, SessionPage } from './adapters/adapter.js';
import { compareNewestFirst, type SessionEntry } from './entry.js';
import { SessionsError, isAbortError, unreadableLog } from './errors.js';
import { appendPage, mergeNewer } from './merge.js';
import { queryKey, type SessionQuery } from './query.js';

/** A refresh pages through at most this many pages of new entries before reloading instead. */
const MAX_REFRESH_PAGES = 10;
/**
 * A warm open needs the first screens, not everything scrolled through: the network's first page
 * replaces them moments later. Keeping views small keeps every write cheap.
 */
const CACHED_VIEW_ENTRIES = 500;

/** What the log remembers between visits; see src/data/cache/. */
export interface ViewCache {
  read(scope: string, queryKey: string): Promise<CachedView | null>;
  write(scope: string, queryKey: string, view: { entries: SessionEntry[]; total: number | null; nextCursor: string | null }): Promise<void>;
}

export interface CachedView {
  readonly entries: SessionEntry[];
  readonly total: number | null;
  readonly nextCursor: string | null;
  readonly savedAt: number;
}

export interface SessionLogOptions {
  fetchPage: FetchPage;
  pageSize: number;
  cache: ViewCache | null;
  /** Cache scope: endpoint + viewing admin. */
  scope: string;
  /** Most entries kept in memory; the oldest are dropped beyond it. */
  maxEntries: number;
  /** Called after every change of the public state. */
  onChange: () => void;
}

/**
 * The loaded part of the log for one query, and the three ways it grows: the first page (after a
 * warm read from the cache), following pages, and incremental refreshes of newer entries. Plain
 * TypeScript: the element decides when to call, this decides what the rows are.
 */
export class SessionLog {
  entries: readonly SessionEntry[] = [];
  total: number | null = null;
  nextCursor: string | null = null;
  /** When the rows on screen came from the cache, the time they were saved; `null` once fresh. */
  cachedAt: number | null = null;
  error: SessionsError | null = null;
  /** Ids that arrived with the last refresh. */
  newIds: ReadonlySet<string> = new Set();
  /** True until the first page for the current query has been answered by the server. */
  loading = false;
  /** True while a following page is being fetched. */
  loadingMore = false;

  #query: SessionQuery | null = null;
  #key = '';
  #generation = 0;
  /** A following page or a refresh is on its way: never two requests at once. */
  #busy = false;

  constructor(private options: SessionLogOptions) {}

  configure(options: Partial<SessionLogOptions>): void {
    this.options = { ...this.options, ...options };
  }

  get query(): SessionQuery | null {
    return this.#query;
  }

  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  /**
   * Loads the first page of `query`. Rows for a query seen before paint from the cache first; the
   * network answer then replaces them (same ids keep their rows). Rejects with AbortError when
   * superseded; the answer of a superseded request is never applied.
   */
  async loadFirst(query: SessionQuery, signal: AbortSignal): Promise<SessionPage> {
    const generation = ++this.#generation;
    const key = queryKey(query);
    const sameQuery = key === this.#key;
    this.#query = query;
    this.#key = key;
    this.loading = true;
    this.loadingMore = false;
    if (!sameQuery) {
      this.entries = [];
      this.total = null;
      this.nextCursor = null;
      this.cachedAt = null;
      this.newIds = new Set();
      this.error = null;
    }
    this.options.onChange();
    // The network is asked at once; the cache only paints if it answers first (a cache that is
    // slow to open, e.g. blocked by another tab, never holds the rows back).
    const network = this.options.fetchPage({ query, cursor: null, newerThan: null, limit: this.options.pageSize, signal });
    if (!sameQuery && this.options.cache) {
      const networkDone = network.then(
        () => null,
        () => null,
      );
      const cached = await Promise.race([this.options.cache.read(this.options.scope, key).catch(() => null), networkDone]);
      if (cached && generation === this.#generation && this.entries.length === 0 && !signal.aborted) {
        this.entries = cached.entries;
        this.total = cached.total;
        this.nextCursor = cached.nextCursor;
        this.cachedAt = cached.savedAt;
        this.options.onChange();
      }
    }
    try {
      const page = await network;
      this.#throwIfStale(generation, signal);
      this.entries = this.#ordered(dedupe(page.entries));
      this.total = page.total;
      this.#settleTotal();
      this.nextCursor = page.nextCursor;
      this.cachedAt = null;
      this.error = null;
      this.loading = false;
      this.#save();
      this.options.onChange();
      return page;
    } catch (error) {
      if (generation === this.#generation) this.loading = false;
      throw this.#fail(error, generation);
    }
  }

  /** Fetches the following page and appends it. Does nothing when there is none or one is loading. */
  async loadMore(signal: AbortSignal): Promise<boolean> {
    const query = this.#query;
    if (!query || this.nextCursor === null || this.loading || this.#busy) return false;
    const generation = this.#generation;
    this.loadingMore = true;
    this.#busy = true;
    this.options.onChange();
    try {
      const cursor = this.nextCursor;
      const page = await this.options.fetchPage({ query, cursor, newerThan: null, limit: this.options.pageSize, signal });
      this.#throwIfStale(generation, signal);
      const before = this.entries.length;
      this.entries = this.#ordered(appendPage(this.entries, page.entries));
      // A page that adds nothing (empty, or the server ignored the cursor and repeated rows) ends
      // the log here: asking again would only repeat it, and the admin's scrolling would make a storm.
      this.nextCursor = this.entries.length === before || page.nextCursor === cursor ? null : page.nextCursor;
      if (page.total !== null) this.total = page.total;
      this.#settleTotal();
      this.error = null;
      this.#trim('oldest');
      this.#save();
      return true;
    } catch (error) {
      throw this.#fail(error, generation);
    } finally {
      this.#busy = false;
      if (generation === this.#generation) {
        this.loadingMore = false;
        this.options.onChange();
      }
    }
  }

  /**
   * Asks only for entries newer than the newest loaded one and merges them on top. A relative range
   * slides: pass the query re-resolved now, and entries that fell out of it are dropped. When the
   * view is not sorted newest first there is no "top", so the first page is reloaded instead.
   * Resolves to the number of new entries.
   */
  async refresh(signal: AbortSignal, slid?: SessionQuery): Promise<number> {
    if (slid && this.#query && queryKey(slid) === this.#key) this.#slide(slid);
    const query = this.#query;
    if (!query || this.loading || this.#busy) return 0;
    const newest = this.entries[0];
    if (!newest || query.sort !== 'time' || query.order !== 'desc') return this.refreshByReload(query, signal);
    const generation = this.#generation;
    this.#busy = true;
    try {
      const incoming = await this.#fetchNewer(query, newest, signal, generation);
      if (incoming === null) {
        // More arrived than a refresh should page through: start again from the top.
        this.#busy = false;
        return this.refreshByReload(query, signal);
      }
      const { entries, added } = mergeNewer(this.entries, incoming);
      this.entries = entries;
      this.newIds = new Set(added);
      if (this.total !== null) this.total += added.length;
      this.#settleTotal();
      this.error = null;
      this.cachedAt = null;
      this.#trim('oldest');
      if (added.length) this.#save();
      this.options.onChange();
      return added.length;
    } catch (error) {
      throw this.#fail(error, generation);
    } finally {
      this.#busy = false;
    }
  }

  /** Pages through everything newer than `newest`; `null` when that is more than a few pages. */
  async #fetchNewer(query: SessionQuery, newest: SessionEntry, signal: AbortSignal, generation: number): Promise<SessionEntry[] | null> {
    const incoming: SessionEntry[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < MAX_REFRESH_PAGES; pages++) {
      const page: SessionPage = await this.options.fetchPage({ query, cursor, newerThan: newest, limit: this.options.pageSize, signal });
      this.#throwIfStale(generation, signal);
      incoming.push(...page.entries);
      if (page.nextCursor === null || page.entries.length < this.options.pageSize) return incoming;
      // A page that reaches back to what is loaded is the last one needed (and a server that
      // ignores `newer_than` answers with such a page every time).
      if (page.entries.some((entry) => entry.time <= newest.time)) return incoming;
      cursor = page.nextCursor;
    }
    return null;
  }

  /** Reloads the first page and reports which entries are new. */
  async refreshByReload(query: SessionQuery, signal: AbortSignal): Promise<number> {
    const before = new Set(this.entries.map((entry) => entry.id));
    const page = await this.loadFirst(query, signal);
    const added = page.entries.filter((entry) => !before.has(entry.id)).map((entry) => entry.id);
    this.newIds = new Set(added);
    this.options.onChange();
    return added.length;
  }

  /** Moves a relative range forward: rows older than its new start leave the view. */
  #slide(query: SessionQuery): void {
    this.#query = query;
    const from = query.from;
    if (from === null) return;
    const last = this.entries[this.entries.length - 1];
    if (last && last.time < from && query.sort === 'time' && query.order === 'desc') {
      const kept = this.entries.filter((entry) => entry.time >= from);
      if (this.total !== null) this.total = Math.max(kept.length, this.total - (this.entries.length - kept.length));
      this.entries = kept;
      this.nextCursor = null;
    }
  }

  /**
   * Time-sorted queries show the Date column in order even when the server sends rows out of it
   * (a stable sort; already-ordered input, the normal case, costs one pass).
   */
  #ordered(entries: SessionEntry[]): SessionEntry[] {
    const query = this.#query;
    if (!query || query.sort !== 'time') return entries;
    const compare = query.order === 'desc' ? compareNewestFirst : (a: SessionEntry, b: SessionEntry) => compareNewestFirst(b, a);
    for (let i = 1; i < entries.length; i++) {
      if (compare(entries[i - 1]!, entries[i]!) > 0) return entries.sort(compare);
    }
    return entries;
  }

  /** A server's count never claims fewer entries than are loaded. */
  #settleTotal(): void {
    if (this.total !== null && this.total < this.entries.length) this.total = this.entries.length;
  }

  #trim(which: 'oldest'): void {
    const { maxEntries } = this.options;
    if (which === 'oldest' && this.entries.length > maxEntries) {
      this.entries = this.entries.slice(0, maxEntries);
      this.nextCursor = null;
    }
  }

  #save(): void {
    const { cache, scope } = this.options;
    if (!cache) return;
    void cache
      .write(scope, this.#key, {
        entries: this.entries.slice(0, CACHED_VIEW_ENTRIES),
        total: this.total,
        nextCursor: this.entries.length > CACHED_VIEW_ENTRIES ? null : this.nextCursor,
      })
      .catch(() => undefined);
  }

  #throwIfStale(generation: number, signal: AbortSignal): void {
    if (signal.aborted || generation !== this.#generation) throw new DOMException('Superseded', 'AbortError');
  }

  /** Records a failure for the current query (keeping the rows shown) and returns what to throw. */
  #fail(error: unknown, generation: number): unknown {
    if (isAbortError(error) || generation !== this.#generation) return error instanceof Error ? error : new DOMException('Superseded', 'AbortError');
    this.error = error instanceof SessionsError ? error : unreadableLog(error);
    this.options.onChange();
    return this.error;
  }
}

function dedupe(entries: readonly SessionEntry[]): SessionEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => (seen.has(entry.id) ? false : (seen.add(entry.id), true)));
}

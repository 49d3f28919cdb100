import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DEFAULT_MAX_ENTRIES, NEAR_END_DEBOUNCE_MS } from '../data/defaults.js';
import type { SessionEntry } from '../data/entry.js';
import { isAbortError, SessionsError } from '../data/errors.js';
import { queryKey, type SessionQuery } from '../data/query.js';
import { SessionLog } from '../data/session-log.js';
import type { QueryError } from '../data/insights/query-language.js';
import { deriveView, serverQuery, splitSearch, type View } from '../data/view.js';
import { insights, loadInsights, searchPending } from '../data/insights/load.js';
import type { Source, SourceController } from './source-controller.js';
import { OPEN_GATE, type Gate } from './first-rows-controller.js';


export interface SessionLogControllerOptions {
  readonly source: SourceController;
  /** The admin's whole query, a relative range resolved against the clock now. */
  readonly query: () => SessionQuery;
  readonly pageSize: () => number;
  readonly maxEntries: () => number;
  readonly currentAdmin: () => string | null;
  readonly collapseRepeats: () => boolean;
  /** Whether the query may be asked yet (`false` while what decides it, e.g. `sync-url`'s controller, loads). */
  readonly ready?: () => boolean;
  /** Rows were loaded and shown (first page, a following page, or a refresh that added some). */
  readonly onLoad: () => void;
  /** A request failed (the last good rows stay). */
  readonly onError: (error: SessionsError) => void;
  /** A refresh added `count` rows on top. */
  readonly onArrived: (count: number) => void;
  /** A new first page is about to be asked for (a pending refresh of the old query is moot). */
  readonly onQueryStart: () => void;
  /** What the query language's chunk waits for when no search needs it yet (`FirstRowsController`). */
  readonly gate?: Gate;
}

/**
 * The loaded rows of the current query and what the widget shows of them: runs the first page
 * through a `Task` (a superseded request is aborted), follows the paging policy (infinite scroll,
 * filling sparse local matches, "Search older requests"), refreshes on request, and derives the
 * view (filter, sort, marks, folded repeats) once per change of its inputs.
 */
export class SessionLogController implements ReactiveController {
  readonly log: SessionLog;
  readonly #host: ReactiveControllerHost;
  /** The search needs the query language, whose chunk is on its way, or the host is not `ready`: nothing is asked until then. */
  #searchPending = false;
  #insightsAsked = false;
  /** Asked again when the gate opens. */
  #gateAsked = false;
  /** The query language's chunk failed while a search waited for it. */
  #insightsError: SessionsError | null = null;
  readonly #options: SessionLogControllerOptions;
  /** The query of the current update: resolved once in `hostUpdate`, so every part reads the same instant. */
  #query: SessionQuery | null = null;
  #serverQuery: SessionQuery | null = null;
  /** The search text's problems, and the last search text without any (what is shown meanwhile). */
  #queryErrors: readonly QueryError[] = [];
  #validSearch = '';
  #seenNewIds: ReadonlySet<string>;
  #moreController: AbortController | null = null;
  #nearEndTimer: ReturnType<typeof setTimeout> | null = null;
  /** Rows of the same range without the keyword: where URL matches come from when the server cannot search URLs. */
  #unfiltered: { key: string; entries: readonly SessionEntry[] } = { key: '', entries: [] };
  #view: { inputs: unknown[]; loaded: readonly SessionEntry[]; view: View } | null = null;
  #folded: { entries: readonly SessionEntry[]; rows: readonly SessionEntry[]; counts: ReadonlyMap<string, number> } | null = null;
  /** Pages loaded on their own to find matches for the query whose key is `key`. */
  #fill = { key: '', pages: 0, asked: false };

  readonly #task: Task<readonly [Source | null, SessionQuery, number, boolean], boolean>;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: SessionLogControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.log = new SessionLog({
      fetchPage: () => Promise.reject(new Error('not configured')),
      pageSize: 50,
      cache: null,
      scope: '',
      maxEntries: DEFAULT_MAX_ENTRIES,
      onChange: this.#onChange,
    });
    this.#seenNewIds = this.log.newIds;
    // Added before the Task, so the query of an update is resolved before the Task reads it.
    host.addController(this);
    this.#task = new Task(host, {
      task: async ([source, query, pageSize, pending], { signal }) => {
        if (!source) return false;
        // The next update (the chunk is there) asks with the real query and aborts this run.
        if (pending) return new Promise<boolean>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
        this.#options.onQueryStart();
        this.log.configure({ fetchPage: source.fetchPage, pageSize });
        try {
          await this.log.loadFirst(query, signal);
          this.#options.onLoad();
          // Not the page: the Task keeps its value until the query changes, which under auto-refresh
          // may be never, and the page's rows would outlive `max-entries`.
          return true;
        } catch (error) {
          if (!isAbortError(error) && error instanceof SessionsError) this.#options.onError(error);
          throw error;
        }
      },
      args: () => [options.source.source, this.serverQuery, options.pageSize(), this.#searchPending] as const,
    });
  }

  hostConnected(): void {
    this.#connected = true;
    this.#configure();
  }

  hostUpdate(): void {
    this.#resolve();
    this.#configure();
    this.#wantInsights();
  }

  /**
   * The query language and the marks (a chunk of their own) are asked for once rows are there and
   * the gate is open, or at once when a search waits for them, so they never delay the first rows;
   * the view is derived again when they arrive.
   */
  #wantInsights(): void {
    if (this.#insightsAsked || insights()) return;
    if (!this.#searchPending) {
      if (this.log.entries.length === 0) return;
      const { gate = OPEN_GATE } = this.#options;
      if (!gate.isOpen) {
        if (!this.#gateAsked) (this.#gateAsked = true), void gate.opened.then(() => this.#wantInsights());
        return;
      }
    }
    this.#insightsAsked = true;
    loadInsights().then(
      () => ((this.#insightsError = null), (this.#view = null), this.#host.requestUpdate()),
      (error: unknown) => {
        this.#insightsAsked = false;
        console.warn('admin-sessions: the query language could not be loaded.', error);
        if (!this.#searchPending) return;
        this.#insightsError = new SessionsError('network', 'The search could not be read: a part of the widget did not load.', 0, null, null, { detail: String(error) });
        this.#options.onError(this.#insightsError);
      },
    );
  }

  hostUpdated(): void {
    // After the render, so loading (which re-renders) is not started inside an update.
    queueMicrotask(() => this.#fillLocalMatches());
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#moreController?.abort();
    if (this.#nearEndTimer) clearTimeout(this.#nearEndTimer);
    this.#nearEndTimer = null;
  }

  /**
   * Problems in the search text the admin typed. While there are any, the query keeps the last
   * search without problems: nothing is asked of the server, and the rows shown stay.
   */
  get queryErrors(): readonly QueryError[] {
    if (!this.#query) this.#resolve();
    return this.#queryErrors;
  }

  /** The admin's whole query as of the last update (with the last valid search text, see `queryErrors`). */
  get query(): SessionQuery {
    return this.#query ?? this.#resolve();
  }

  /** What the server is asked; the same object while nothing it depends on changed (so the Task does not re-run). */
  get serverQuery(): SessionQuery {
    if (!this.#serverQuery) this.#resolve();
    return this.#serverQuery!;
  }

  /** The first page of the current query has been answered (or failed): an empty log is really empty. */
  get settled(): boolean {
    return this.#task.status === TaskStatus.COMPLETE;
  }

  /**
   * The rows on screen are not the current query's answer: its first page is on its way and they
   * are the ones shown before (another endpoint's, or a search that waits for the query language),
   * not rows the cache painted for it. They are shown dimmed and busy until the answer replaces them.
   */
  get stale(): boolean {
    return this.#task.status === TaskStatus.PENDING && this.log.entries.length > 0 && this.log.cachedAt === null;
  }

  /** The first page was answered and nothing is left to show (an empty range, or nothing matched). */
  get empty(): boolean {
    return !this.error && this.view.entries.length === 0 && !this.log.loading && this.settled;
  }

  /** The error shown: a bad endpoint, else the last failed request's. */
  get error(): SessionsError | null {
    return this.#options.source.endpointProblem ?? this.#insightsError ?? this.log.error;
  }

  /** What the widget does over the loaded rows (filter, sort, marks); derived again only when its inputs change. */
  get view(): View {
    const query = this.query;
    const capabilities = this.#options.source.capabilities;
    const currentAdmin = this.#options.currentAdmin();
    const loaded = this.log.entries;
    const rangeKey = queryKey({ ...query, q: '', sort: 'time', order: 'desc' });
    if (!query.q && this.log.query && !this.log.loading) this.#unfiltered = { key: rangeKey, entries: loaded };
    const unfiltered = this.#unfiltered.key === rangeKey ? this.#unfiltered.entries : [];
    const inputs = [loaded, unfiltered, queryKey(query), capabilities, currentAdmin];
    if (this.#view && inputs.every((input, i) => input === this.#view!.inputs[i])) return this.#view.view;
    const view = deriveView({ loaded, unfiltered, query, capabilities, currentAdmin, previousLoaded: this.#view?.loaded });
    this.#view = { inputs, loaded, view };
    return view;
  }

  /** How many loaded rows of the same range (without the keyword) local matching searched. */
  get unfilteredCount(): number {
    return this.#unfiltered.entries.length;
  }

  /** The rows to show, consecutive repeats folded when asked, with each folded row's count. */
  get rows(): { rows: readonly SessionEntry[]; counts: ReadonlyMap<string, number> } {
    const view = this.view;
    // Folding is in the query language's chunk: rows show unfolded until it is there.
    const language = insights();
    if (!this.#options.collapseRepeats() || !language) return { rows: view.entries, counts: new Map() };
    if (this.#folded?.entries !== view.entries) {
      const folded = language.collapseRepeats(view.entries);
      this.#folded = {
        entries: view.entries,
        rows: folded.map((row) => row.entry),
        counts: new Map(folded.filter((row) => row.count > 1).map((row) => [row.entry.id, row.count])),
      };
    }
    return { rows: this.#folded.rows, counts: this.#folded.counts };
  }

  /**
   * One auto-refresh: new rows of the current query on top. A relative range slides (the same
   * query, resolved against the clock now). Does nothing while the first page is on its way.
   */
  async refresh(signal: AbortSignal): Promise<void> {
    if (this.#task.status === TaskStatus.PENDING || !this.log.query) return;
    try {
      await this.log.refresh(signal, serverQuery(this.#options.query(), this.#options.source.capabilities));
    } catch (error) {
      if (!isAbortError(error) && error instanceof SessionsError) this.#options.onError(error);
      throw error;
    }
  }

  /** The table's end came into view: load the next page 200 ms later (throttled: scrolling reports it many times). */
  nearEnd(): void {
    if (this.#nearEndTimer) return;
    this.#nearEndTimer = setTimeout(() => {
      this.#nearEndTimer = null;
      void this.loadMore();
    }, NEAR_END_DEBOUNCE_MS);
  }

  /**
   * Whether to offer "Search older requests": the pages loaded on their own for this query are used
   * up (or the admin asked for more) while matches are still short of a page. It stays while its
   * search runs, so the keyboard focus on it is not lost.
   */
  get offerOlder(): boolean {
    const fill = this.#fill;
    const view = this.view;
    return (
      this.log.hasMore &&
      view.filteredLocally &&
      view.entries.length < this.#options.pageSize() &&
      fill.key === queryKey(this.query) &&
      (fill.pages >= this.#options.source.fillPages || fill.asked)
    );
  }

  /** Whether pages are still being loaded on their own (the button then waits). */
  get searchingOlder(): boolean {
    return this.log.loadingMore || (this.offerOlder && this.#fill.pages < this.#options.source.fillPages);
  }

  /** "Search older requests": as many pages again as were loaded on their own. */
  searchOlder(): void {
    if (this.searchingOlder) return;
    this.#fill = { ...this.#fill, pages: 0, asked: true };
    this.#fillLocalMatches();
  }

  #resolve(): SessionQuery {
    const capabilities = this.#options.source.capabilities;
    let query = this.#options.query();
    // Until the query language is there (its chunk), a search is not read: nothing is asked for it.
    this.#searchPending = searchPending(query.q) || !(this.#options.ready?.() ?? true);
    this.#queryErrors = splitSearch(query.q, capabilities).parsed.errors;
    if (this.#queryErrors.length) query = { ...query, q: this.#validSearch };
    else if (!this.#searchPending) this.#validSearch = query.q;
    this.#query = query;
    const server = serverQuery(query, capabilities);
    if (!this.#serverQuery || queryKey(server) !== queryKey(this.#serverQuery)) this.#serverQuery = server;
    return query;
  }

  #configure(): void {
    const source = this.#options.source;
    this.log.configure({ cache: source.cache, scope: source.scope, maxEntries: this.#options.maxEntries() });
  }

  /** Every change of the log re-renders once; rows a refresh added are reported first, in the same turn. */
  #onChange = (): void => {
    const newIds = this.log.newIds;
    if (newIds !== this.#seenNewIds) {
      this.#seenNewIds = newIds;
      if (newIds.size > 0) {
        this.#options.onArrived(newIds.size);
        this.#options.onLoad();
      }
    }
    // The first page's answer (or failure) settles the Task next, and the Task re-renders then: one render for it, not two.
    if (this.#task?.status === TaskStatus.PENDING && !this.log.loading) return;
    this.#host.requestUpdate();
  };

  /**
   * Loads the next page, if any (infinite scroll, filling sparse matches, the histogram's "Load
   * more"); settles once it is in or failed (the failure is reported). Nothing once disconnected.
   * `signal` aborts it (the facets' Cancel).
   */
  loadMore(signal?: AbortSignal): Promise<unknown> {
    if (!this.#connected) return Promise.resolve();
    const own = (this.#moreController = new AbortController()).signal;
    return this.log.loadMore(signal ? AbortSignal.any([own, signal]) : own).then(
      (loaded) => loaded && this.#options.onLoad(),
      (error) => !isAbortError(error) && error instanceof SessionsError && this.#options.onError(error),
    );
  }

  /**
   * With filters over the loaded rows, matches can be sparse: one page may show none, and with
   * nothing to scroll, infinite scroll never asks for more. Loads further pages (up to
   * `SourceController.fillPages` per query) until a page of matches shows or the log ends.
   */
  #fillLocalMatches(): void {
    const log = this.log;
    if (!this.#connected || !log.query || log.loading || log.loadingMore || log.error || !log.hasMore) return;
    const view = this.view;
    if (!view.filteredLocally || view.entries.length >= this.#options.pageSize()) return;
    const key = queryKey(this.query);
    if (this.#fill.key !== key) this.#fill = { key, pages: 0, asked: false };
    if (this.#fill.pages >= this.#options.source.fillPages) return;
    this.#fill.pages++;
    void this.loadMore();
  }
}

import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { SessionEntry } from '../data/entry.js';
import { isAbortError } from '../data/errors.js';
import type { SessionQuery } from '../data/query.js';
import type { SessionLog } from '../data/session-log.js';
import type { View } from '../data/view.js';
import { countFacets, withNewerRows, type FacetCounts } from '../data/facets/facets.js';
import { fetchFacets, type FacetsRequest } from '../data/facets/facets-endpoint.js';
import { optionalEndpoint } from './optional-endpoint.js';

export interface FacetsControllerOptions {
  /** The native server's log endpoint while the facets are shown; `null`: there is no server to ask (PUQcloud). */
  readonly endpoint: () => string | null;
  /** What the server is asked for the log (the facets count the same). */
  readonly serverQuery: () => SessionQuery;
  /** The log counted from, and paged on by "Load more". */
  readonly sessions: FacetsLog;
}

/** What the facets are counted from: the shell's `SessionLogController`. */
export interface FacetsLog {
  readonly view: View;
  readonly log: Pick<SessionLog, 'entries' | 'query' | 'hasMore' | 'total'>;
  /** The rows shown are the previous query's, until its first page comes. */
  readonly stale: boolean;
  /** Loads the next page; `signal` aborts it. */
  loadMore(signal?: AbortSignal): Promise<unknown>;
}

/** The counts to show and where they come from. */
export interface FacetsState {
  readonly counts: FacetCounts;
  /** `server`: the server's counts over the whole range; `loaded`: counted from the rows shown. */
  readonly source: 'server' | 'loaded';
  /** The server's facets failed (not missing): the loaded rows were counted instead. */
  readonly failed: boolean;
  /** The previous query's counts while the new ones load. */
  readonly stale: boolean;
  /** Rows loaded, and the server's total of the log (`null` when it gives none). */
  readonly loaded: number;
  readonly total: number | null;
  /** The log has more pages (counted from loaded rows, "Load more" counts more). */
  readonly hasMore: boolean;
  /** A "Load more" runs (its Cancel stops it). */
  readonly loadingMore: boolean;
}

/** Pages one "Load more" asks for at most. */
export const MORE_PAGES = 5;

/** Endpoints without facets are remembered per page and tab, as the histogram's are. */
const facetEndpoints = optionalEndpoint<FacetsRequest, FacetCounts>('admin-sessions:no-facets', (endpoint, request, signal) => fetchFacets(endpoint, request, signal));

/** Forgets which endpoints have no facets (this page and the tab's sessionStorage): for tests. */
export function forgetMissingFacets(): void {
  facetEndpoints.forget();
}

type Answer = { readonly data: FacetCounts | null; readonly failed: boolean };

/**
 * The facets panel's data: asks the native server's optional `{endpoint}/facets` once per server
 * query (a `Task`, aborted when superseded; a server without it is asked once per page and tab),
 * else, or when it fails, or when filters apply over the loaded rows (the server's counts would
 * disagree with the table), counts the rows shown. Rows a refresh brings join the server's counts
 * (`withNewerRows`). "Load more" pages on (at most `MORE_PAGES` a
 * click) until cancelled.
 */
export class FacetsController {
  readonly #host: ReactiveControllerHost;
  readonly #sessions: FacetsLog;
  readonly #task: Task<readonly [string | null, SessionQuery | null], Answer>;
  #local: { entries: readonly SessionEntry[]; counts: FacetCounts } | null = null;
  /** The server's answer, the newest row loaded when it came (`null` until rows are), and it with the rows loaded since. */
  #server: { data: FacetCounts; after: number | null; entries: readonly SessionEntry[] | null; counts: FacetCounts } | null = null;
  #more: AbortController | null = null;

  constructor(host: ReactiveControllerHost, options: FacetsControllerOptions) {
    this.#host = host;
    this.#sessions = options.sessions;
    host.addController({ hostDisconnected: () => this.cancel() });
    this.#task = new Task(host, {
      task: async ([endpoint, query], { signal }): Promise<Answer> => {
        if (!endpoint || !query) return { data: null, failed: false };
        try {
          return { data: await facetEndpoints.ask(endpoint, { from: query.from, to: query.to, q: query.q, hideMe: query.hideMe }, signal), failed: false };
        } catch (error) {
          if (isAbortError(error)) throw error;
          return { data: null, failed: true };
        }
      },
      args: () => {
        const endpoint = options.endpoint();
        return [endpoint, endpoint ? options.serverQuery() : null] as const;
      },
    });
  }

  /** The counts for the log. */
  state(): FacetsState {
    const sessions = this.#sessions;
    const { view, log } = sessions;
    const answer = this.#task.value;
    const pending = this.#task.status === TaskStatus.PENDING;
    const common = { loaded: log.entries.length, total: log.total, hasMore: log.hasMore, loadingMore: this.#more !== null };
    if (answer?.data && !view.filteredLocally) {
      return { ...common, counts: this.#withRefreshed(answer.data), source: 'server', failed: false, stale: pending };
    }
    if (this.#local?.entries !== view.entries) this.#local = { entries: view.entries, counts: countFacets(view.entries) };
    // While the server is asked, the loaded rows' counts stand in, dimmed.
    return { ...common, counts: this.#local.counts, source: 'loaded', failed: !pending && answer?.failed === true, stale: sessions.stale || (pending && !view.filteredLocally) };
  }

  /** The server's counts over the whole range (with the rows refreshes brought), or `null` while the loaded rows are counted. */
  serverCounts(): FacetCounts | null {
    const state = this.state();
    return state.source === 'server' ? state.counts : null;
  }

  /**
   * The server's counts with the rows a refresh brought after it counted (`withNewerRows`), as the
   * histogram adds its newer rows: the rows loaded when its answer is first shown are taken as
   * counted (the same query, asked together), the newer ones are added, no new request.
   */
  #withRefreshed(data: FacetCounts): FacetCounts {
    const { log, stale } = this.#sessions;
    if (this.#server?.data !== data) this.#server = { data, after: null, entries: null, counts: data };
    const server = this.#server;
    if (server.after === null) {
      if (!stale && log.entries.length) server.after = log.entries.reduce((newest, entry) => Math.max(newest, entry.time), -Infinity);
    } else if (server.entries !== log.entries) {
      server.entries = log.entries;
      server.counts = withNewerRows(data, log.entries, server.after);
    }
    return server.counts;
  }

  /** "Load more": up to `MORE_PAGES` pages; stops at the log's end, when a page adds nothing, the query changes or `cancel()`. */
  async more(): Promise<void> {
    const sessions = this.#sessions;
    if (this.#more) return;
    const controller = (this.#more = new AbortController());
    this.#host.requestUpdate();
    const log = sessions.log;
    try {
      for (let pages = 0, query = log.query, count = -1; pages < MORE_PAGES && log.hasMore && log.query === query && count < log.entries.length && !controller.signal.aborted; pages++) {
        count = log.entries.length;
        await sessions.loadMore(controller.signal);
      }
    } finally {
      if (this.#more === controller) this.#more = null;
      this.#host.requestUpdate();
    }
  }

  /** Stops a "Load more" (the page on its way is aborted). */
  cancel(): void {
    this.#more?.abort();
    this.#more = null;
    this.#host.requestUpdate();
  }
}

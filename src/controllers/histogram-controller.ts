import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { SessionEntry } from '../data/entry.js';
import { queryKey, type SessionQuery } from '../data/query.js';
import type { View } from '../data/view.js';
import type { SessionLog } from '../data/session-log.js';
import { bucketize, withNewerEntries, type HistogramData, type HistogramState, type LoadedSpan } from '../data/histogram/buckets.js';
import { fetchHistogram, type HistogramRequest } from '../data/histogram/histogram-endpoint.js';
import { optionalEndpoint } from './optional-endpoint.js';

export interface HistogramControllerOptions {
  /** The native server's log endpoint while the histogram is shown; `null` means there is no server histogram to ask. */
  readonly endpoint: () => string | null;
  /** What the server is asked for the log (the histogram counts the same). */
  readonly serverQuery: () => SessionQuery;
}

/** What the bars are counted from: the shell's `SessionLogController`. */
export interface HistogramLog {
  readonly view: View;
  readonly query: SessionQuery;
  readonly log: Pick<SessionLog, 'entries' | 'query' | 'hasMore'>;
  /** The log did not load (with no rows, there are no counts). */
  readonly error: unknown;
  /** The first page of the query was answered: no rows then means none. */
  readonly settled: boolean;
  /** The rows shown are the previous query's, until its first page comes. */
  readonly stale: boolean;
  /** Loads the next page; settles once it is in (or failed). */
  loadMore(): Promise<unknown>;
}

/** The bars to draw and where their counts come from. */
export interface HistogramBars {
  readonly data: HistogramData;
  /** `server`: the server's counts for the whole range; `loaded`: counted from the rows shown. */
  readonly source: 'server' | 'loaded';
  /** The end of the axis: the range's end, or now for a range open or ending in the future. */
  readonly to: number;
  readonly state: HistogramState;
  /** Counted from loaded rows that cover only part of the range: that part (the axis is its), else `null`. */
  readonly loaded: LoadedSpan | null;
  /** Loads more of the range (a few pages, see `MORE_PAGES`). */
  readonly more: () => void;
}

/** Pages one "Load more" asks for at most. */
const MORE_PAGES = 5;

/** Endpoints without a histogram are remembered per page and tab (`optional-endpoint.ts`). */
const histograms = optionalEndpoint<HistogramRequest, HistogramData>('admin-sessions:no-histogram', (endpoint, request, signal) => fetchHistogram(endpoint, request, signal));

/** Forgets which endpoints have no histogram (this page and the tab's sessionStorage): for tests. */
export function forgetMissingHistograms(): void {
  histograms.forget();
}

/**
 * The activity histogram's data: asks the native server's optional `{endpoint}/histogram` once per
 * server query (through a `Task`, aborted when superseded), and keeps the bars in step with the
 * table. A server without it (404, 405 or 501) is asked once per page and tab (`optionalEndpoint`): the
 * bars are counted from the loaded rows instead.
 */
export class HistogramController {
  readonly #task: Task<readonly [string | null, SessionQuery | null], HistogramData | null>;
  #server: { server: HistogramData; loaded: readonly SessionEntry[]; data: HistogramData } | null = null;
  #local: { key: string; entries: readonly SessionEntry[]; data: HistogramData; loaded: LoadedSpan | null } | null = null;
  #newest: { loaded: readonly SessionEntry[]; time: number } | null = null;
  /** A "Load more" runs. */
  #loadingMore = false;

  constructor(host: ReactiveControllerHost, options: HistogramControllerOptions) {
    this.#task = new Task(host, {
      task: async ([endpoint, query], { signal }) => {
        if (!endpoint || !query) return null;
        return histograms.ask(endpoint, { from: query.from, to: query.to, q: query.q, hideMe: query.hideMe }, signal).catch(() => null);
      },
      args: () => {
        const endpoint = options.endpoint();
        return [endpoint, endpoint ? options.serverQuery() : null] as const;
      },
    });
  }

  /**
   * The bars for the shell's log over its query's range. The server counted its own query; with
   * filters applied over the loaded rows on top its bars would disagree with the table, so the rows
   * shown are counted instead (and labelled so). Rows auto-refresh brought after the server counted
   * join its bars (they carry the same server-side filters). An open range, or one ending in the
   * future, ends now (a future is not loaded time), or at the newest loaded row when the server's
   * clock runs ahead, and never before its start: every row shown is counted.
   *
   * Counted from loaded rows, the axis covers only what is loaded: pages come newest first, so until
   * the log's end (or a row before the range's start) nothing is known before the oldest loaded row,
   * and that part is left off rather than drawn empty. (Pages in another order leave no part
   * complete: the whole range, labelled "computed from the loaded rows".) With no rows yet the state
   * says why (loading, or the log did not load), never "no requests".
   */
  bars(sessions: HistogramLog, timeZone: string | undefined): HistogramBars {
    const { view, query, log } = sessions;
    const loaded = log.entries;
    const to = this.#end(query, loaded);
    const more = () => void this.#more(sessions);
    const server = this.#task.value;
    if (server && !view.filteredLocally) {
      if (this.#server?.server !== server || this.#server.loaded !== loaded) this.#server = { server, loaded, data: withNewerEntries(server, loaded) };
      // A new query's counts are on their way: these are the last one's.
      return { data: this.#server.data, source: 'server', to, state: this.#task.status === TaskStatus.PENDING ? 'stale' : 'ready', loaded: null, more };
    }
    // Pages come newest first: until the log's end, nothing is known before the oldest row loaded.
    const oldest = loaded[loaded.length - 1]?.time ?? -Infinity;
    const from = log.hasMore && log.query?.sort === 'time' && log.query.order === 'desc' && oldest > (query.from ?? -Infinity) ? oldest : null;
    const key = `${queryKey(query)}|${timeZone}|${to}|${from}`;
    if (this.#local?.key !== key || this.#local.entries !== view.entries) {
      const loadedSpan = from === null ? null : query.to !== null && query.to > to ? { from, to, end: query.to } : { from, to };
      this.#local = { key, entries: view.entries, data: bucketize(view.entries, { from: from ?? query.from, to, timeZone }), loaded: loadedSpan };
    }
    const state = loaded.length ? (sessions.stale ? 'stale' : 'ready') : sessions.error ? 'failed' : sessions.settled ? 'ready' : 'loading';
    return { data: this.#local.data, source: 'loaded', to, state, loaded: this.#local.loaded, more };
  }

  /** "Load more": up to `MORE_PAGES` pages; stops at the log's end, when a page adds nothing (it failed) or the query changes. */
  async #more(sessions: HistogramLog): Promise<void> {
    if (this.#loadingMore) return;
    this.#loadingMore = true;
    const log = sessions.log;
    try {
      for (let pages = 0, query = log.query, count = -1; pages < MORE_PAGES && log.hasMore && log.query === query && count < log.entries.length; pages++) {
        count = log.entries.length;
        await sessions.loadMore();
      }
    } finally {
      this.#loadingMore = false;
    }
  }

  #end(query: SessionQuery, loaded: readonly SessionEntry[]): number {
    // A range that ended is drawn to its end; one open or ending in the future to now (nothing is logged after it yet).
    if (query.to !== null && query.to <= Date.now()) return query.to;
    if (this.#newest?.loaded !== loaded) this.#newest = { loaded, time: loaded.reduce((newest, entry) => (entry.time > newest ? entry.time : newest), -Infinity) };
    return Math.min(query.to ?? Infinity, Math.max(Date.now(), this.#newest.time, query.from ?? -Infinity));
  }
}

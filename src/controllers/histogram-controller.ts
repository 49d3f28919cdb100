import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { SessionEntry } from '../data/entry.js';
import { queryKey, type SessionQuery } from '../data/query.js';
import type { View } from '../data/view.js';
import { bucketize, withNewerEntries, type HistogramData } from '../data/histogram/buckets.js';
import { fetchHistogram } from '../data/histogram/histogram-endpoint.js';

export interface HistogramControllerOptions {
  /** The native server's log endpoint while the histogram is shown; `null` means there is no server histogram to ask. */
  readonly endpoint: () => string | null;
  /** What the server is asked for the log (the histogram counts the same). */
  readonly serverQuery: () => SessionQuery;
}

/** The bars to draw and where their counts come from. */
export interface HistogramBars {
  readonly data: HistogramData;
  /** `server`: the server's counts for the whole range; `loaded`: counted from the rows shown. */
  readonly source: 'server' | 'loaded';
  /** The end of the axis (an open range's "now"). */
  readonly to: number;
}

/**
 * The activity histogram's data: asks the native server's optional `{endpoint}/histogram` once per
 * server query (through a `Task`, aborted when superseded; a server without it answers 404 and the
 * bars are counted from the loaded rows instead), and keeps the bars in step with the table.
 */
export class HistogramController {
  readonly #task: Task<readonly [string | null, SessionQuery | null], HistogramData | null>;
  #server: { server: HistogramData; loaded: readonly SessionEntry[]; data: HistogramData } | null = null;
  #local: { key: string; entries: readonly SessionEntry[]; to: number; data: HistogramData } | null = null;
  #newest: { loaded: readonly SessionEntry[]; time: number } | null = null;

  constructor(host: ReactiveControllerHost, options: HistogramControllerOptions) {
    this.#task = new Task(host, {
      task: async ([endpoint, query], { signal }) => {
        if (!endpoint || !query) return null;
        return fetchHistogram(endpoint, { from: query.from, to: query.to, q: query.q, hideMe: query.hideMe }, signal).catch(() => null);
      },
      args: () => {
        const endpoint = options.endpoint();
        return [endpoint, endpoint ? options.serverQuery() : null] as const;
      },
    });
  }

  /**
   * The bars for `view` over `query`'s range. The server counted its own query; with filters applied
   * over the loaded rows on top its bars would disagree with the table, so the rows shown are
   * counted instead (and labelled so). Rows auto-refresh brought after the server counted join its
   * bars (they carry the same server-side filters). An open range ends now, or at the newest loaded
   * row when the server's clock runs ahead, and never before its start: every row shown is counted.
   */
  bars(view: View, loaded: readonly SessionEntry[], query: SessionQuery, timeZone: string | undefined): HistogramBars {
    const server = this.#task.value;
    if (server && !view.filteredLocally) {
      if (this.#server?.server !== server || this.#server.loaded !== loaded) this.#server = { server, loaded, data: withNewerEntries(server, loaded) };
      return { data: this.#server.data, source: 'server', to: this.#end(query, loaded) };
    }
    const key = `${queryKey(query)}|${timeZone ?? ''}`;
    const to = this.#end(query, loaded);
    if (this.#local?.key !== key || this.#local.entries !== view.entries || this.#local.to !== to) {
      this.#local = { key, entries: view.entries, to, data: bucketize(view.entries, { from: query.from, to, timeZone }) };
    }
    return { data: this.#local.data, source: 'loaded', to };
  }

  #end(query: SessionQuery, loaded: readonly SessionEntry[]): number {
    if (query.to !== null) return query.to;
    if (this.#newest?.loaded !== loaded) this.#newest = { loaded, time: loaded.reduce((newest, entry) => (entry.time > newest ? entry.time : newest), -Infinity) };
    return Math.max(Date.now(), this.#newest.time, query.from ?? -Infinity);
  }
}

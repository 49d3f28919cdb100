import type { SessionEntry } from '../entry.js';
import type { SessionQuery, SortColumn } from '../query.js';

/** One request for a page of the log. */
export interface PageRequest {
  readonly query: SessionQuery;
  /** Opaque position returned as `nextCursor` by the previous page; `null` for the first page. */
  readonly cursor: string | null;
  /** Ask only for entries newer than this one (incremental refresh); `null` for a normal page. */
  readonly newerThan: SessionEntry | null;
  /** Maximum number of entries wanted. */
  readonly limit: number;
  /** Aborted when the request is superseded or the element goes away. */
  readonly signal: AbortSignal;
}

/** One page of the log, newest first unless the query sorts otherwise. */
export interface SessionPage {
  readonly entries: readonly SessionEntry[];
  /** Entries matching the query on the server, when it says. */
  readonly total: number | null;
  /** Pass back as `cursor` for the following page; `null` when this was the last one. */
  readonly nextCursor: string | null;
}

/** Any backend: a page can plug this in as the element's `fetchPage` property instead of an adapter. */
export type FetchPage = (request: PageRequest) => Promise<SessionPage>;

/** Fields a keyword can match. */
export type SearchField = 'admin' | 'email' | 'ip' | 'url' | 'method' | 'type' | 'time';

/** What a backend can do itself; the rest the widget does over the loaded rows. */
export interface AdapterCapabilities {
  /** Fields the server's keyword search covers. */
  readonly searchFields: ReadonlySet<SearchField>;
  /** Columns the server sorts by. */
  readonly sortColumns: ReadonlySet<SortColumn>;
  /** Whether the server understands "hide my own requests". */
  readonly hideMe: boolean;
}

export interface SessionsAdapter {
  readonly capabilities: AdapterCapabilities;
  fetchPage: FetchPage;
}

export interface AdapterOptions {
  readonly endpoint: string;
  /** IANA zone the server writes its wall-clock times in (PUQcloud: Laravel's app.timezone). */
  readonly serverTimeZone: string;
  /** Give up on a response after this many ms. */
  readonly timeoutMs: number;
}

const ALL_SEARCH_FIELDS: ReadonlySet<SearchField> = new Set(['admin', 'email', 'ip', 'url', 'method', 'type', 'time']);
const ALL_SORT_COLUMNS: ReadonlySet<SortColumn> = new Set(['time', 'admin', 'ip', 'url', 'type', 'method']);

/** Capabilities assumed for a page-supplied `fetchPage`: it is told everything and trusted with it. */
export const FULL_CAPABILITIES: AdapterCapabilities = {
  searchFields: ALL_SEARCH_FIELDS,
  sortColumns: ALL_SORT_COLUMNS,
  hideMe: true,
};

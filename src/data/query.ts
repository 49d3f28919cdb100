/** Columns a log can be sorted by. `time` is the only one every server sorts. */
export type SortColumn = 'time' | 'admin' | 'ip' | 'url' | 'type' | 'method';
export type SortOrder = 'asc' | 'desc';

/**
 * What the admin asked to see. Plain data: two queries with the same fields are the same query
 * (see `queryKey`), which is what the cache and the request de-duplication rely on.
 */
export interface SessionQuery {
  /** Inclusive lower bound, ms since the epoch; `null` = open. */
  readonly from: number | null;
  /** Inclusive upper bound, ms since the epoch; `null` = until now. */
  readonly to: number | null;
  /**
   * A relative range ("24h"): `from`/`to` are its value when the query was made and slide with
   * each refresh; two queries with the same preset are the same query. `null` = absolute.
   */
  readonly relative: string | null;
  /** Free-text keyword; '' = none. */
  readonly q: string;
  /** Exclude the viewing admin's own requests. */
  readonly hideMe: boolean;
  readonly sort: SortColumn;
  readonly order: SortOrder;
}

export const DEFAULT_QUERY: SessionQuery = {
  from: null,
  to: null,
  relative: null,
  q: '',
  hideMe: false,
  sort: 'time',
  order: 'desc',
};

/** A stable string for a query, used as a cache and de-duplication key. */
export function queryKey(query: SessionQuery): string {
  const range = query.relative === null ? [query.from, query.to] : [query.relative];
  return JSON.stringify([range, query.q.trim(), query.hideMe, query.sort, query.order]);
}

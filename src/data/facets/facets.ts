/**
 * Facets: the top admins, IPs, URL paths, methods and types of a set of rows, with counts. Counted
 * here from loaded rows, or read from the native server's optional `{endpoint}/facets`
 * (`facets-endpoint.ts`), which counts over the whole range.
 */
import type { SessionEntry } from '../entry.js';
import { normalizePath } from './path.js';

/** The facets, in the order shown; each is also the query-language key a click adds. */
export type FacetKey = 'admin' | 'ip' | 'path' | 'method' | 'type';
export const FACET_KEYS: readonly FacetKey[] = ['admin', 'ip', 'path', 'method', 'type'];

/** Values shown per facet, at most. */
export const FACET_LIMIT = 10;

export interface FacetValue {
  /** What the search term matches: an admin's email (else name), an IP, a path with `:id`, a method, `WEB`/`API`. */
  readonly value: string;
  /** What is shown (an admin's name); the value when the same. */
  readonly label: string;
  readonly count: number;
}

export interface FacetCounts {
  /** The rows counted (the share's denominator). */
  readonly total: number;
  /** Each facet's values, most frequent first (ties by value), at most `FACET_LIMIT`. */
  readonly facets: Readonly<Record<FacetKey, readonly FacetValue[]>>;
}

/** The value and label an entry has for a facet; `null` when it has none (a deleted admin, no IP). */
export function facetValueOf(entry: SessionEntry, key: FacetKey): { value: string; label: string } | null {
  switch (key) {
    case 'admin': {
      const admin = entry.admin;
      const value = admin?.email || admin?.name;
      return admin && value ? { value, label: admin.name || value } : null;
    }
    case 'ip':
      return entry.ip ? { value: entry.ip, label: entry.ip } : null;
    case 'path': {
      const path = normalizePath(entry.url);
      return { value: path, label: path };
    }
    case 'method':
    case 'type':
      return { value: entry[key], label: entry[key] };
  }
}

/** Most frequent first, ties by value; at most `limit`. */
export function topValues(values: Iterable<FacetValue>, limit = FACET_LIMIT): FacetValue[] {
  return [...values].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, limit);
}

/** Counts the facets of `entries`. */
export function countFacets(entries: readonly SessionEntry[], limit = FACET_LIMIT): FacetCounts {
  const facets = {} as Record<FacetKey, readonly FacetValue[]>;
  // Loaded rows repeat a few URLs many times: normalise each distinct one once.
  const paths = new Map<string, string>();
  for (const key of FACET_KEYS) {
    const counts = new Map<string, { value: string; label: string; count: number }>();
    for (const entry of entries) {
      let found: { value: string; label: string } | null;
      if (key === 'path') {
        let path = paths.get(entry.url);
        if (path === undefined) paths.set(entry.url, (path = normalizePath(entry.url)));
        found = { value: path, label: path };
      } else found = facetValueOf(entry, key);
      if (!found) continue;
      const known = counts.get(found.value);
      if (known) known.count++;
      else counts.set(found.value, { ...found, count: 1 });
    }
    facets[key] = topValues(counts.values(), limit);
  }
  return { total: entries.length, facets };
}

/**
 * The server's counts with the loaded entries logged after `after` (the newest row loaded when it
 * counted): the rows auto-refresh brought since, so the counts and shares keep up with the log
 * without asking the server again. `entries` must carry the server's filters (`q`, `hide_me`). A
 * listed value gains its rows; a new value joins only a facet the server listed fewer than `limit`
 * of (a full list's other values have counts it did not give). `server` itself when none is newer.
 */
export function withNewerRows(server: FacetCounts, entries: readonly SessionEntry[], after: number, limit = FACET_LIMIT): FacetCounts {
  const newer = entries.filter((entry) => entry.time > after);
  if (!newer.length) return server;
  const added = countFacets(newer, Infinity).facets;
  const facets = {} as Record<FacetKey, readonly FacetValue[]>;
  for (const key of FACET_KEYS) {
    const listed = server.facets[key];
    const values = new Map(listed.map((value) => [value.value, value]));
    for (const value of added[key]) {
      const known = values.get(value.value);
      if (known) values.set(value.value, { ...known, count: known.count + value.count });
      else if (listed.length < limit) values.set(value.value, value);
    }
    facets[key] = topValues(values.values(), limit);
  }
  return { total: server.total + newer.length, facets };
}

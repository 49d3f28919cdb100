import type { AdapterCapabilities, SearchField } from './adapters/adapter.js';
import { compareNewestFirst, type SessionEntry } from './entry.js';
import type { SessionQuery, SortColumn } from './query.js';

/**
 * What the widget does itself on top of what the server did: the keyword over fields the server
 * cannot search, sorting by columns it cannot sort, and "Hide me" for rows already loaded. Pure
 * functions over precomputed lower-case keys, so 100,000 rows filter and sort within a frame or two.
 */

interface EntryKeys {
  readonly admin: string;
  readonly email: string;
  readonly ip: string;
  readonly url: string;
  readonly method: string;
  readonly type: string;
}

const keysCache = new WeakMap<SessionEntry, EntryKeys>();

/** Lower-cased search and sort keys of an entry, computed once per entry object. */
export function entryKeys(entry: SessionEntry): EntryKeys {
  let keys = keysCache.get(entry);
  if (!keys) {
    keys = {
      admin: (entry.admin?.name ?? '').toLowerCase(),
      email: (entry.admin?.email ?? '').toLowerCase(),
      ip: (entry.ip ?? '').toLowerCase(),
      url: entry.url.toLowerCase(),
      method: entry.method.toLowerCase(),
      type: entry.type.toLowerCase(),
    };
    keysCache.set(entry, keys);
  }
  return keys;
}

const LOCAL_FIELDS: readonly (keyof EntryKeys & SearchField)[] = ['admin', 'email', 'ip', 'url', 'method', 'type'];

/** The searchable fields the server leaves out, which the widget matches over loaded rows. */
export function localSearchFields(capabilities: AdapterCapabilities): (keyof EntryKeys & SearchField)[] {
  return LOCAL_FIELDS.filter((field) => !capabilities.searchFields.has(field));
}

export function matchesKeyword(entry: SessionEntry, needle: string, fields: readonly (keyof EntryKeys)[]): boolean {
  const keys = entryKeys(entry);
  for (const field of fields) if (keys[field].includes(needle)) return true;
  return false;
}

/** Whether an entry is the viewing admin's own (by id or email). */
export function isOwnEntry(entry: SessionEntry, currentAdmin: string | null): boolean {
  if (!currentAdmin || !entry.admin) return false;
  return entry.admin.id === currentAdmin || entry.admin.email.toLowerCase() === currentAdmin.toLowerCase();
}

/** The query to send: only what the server can do; the rest is applied by `deriveView`. */
export function serverQuery(query: SessionQuery, capabilities: AdapterCapabilities): SessionQuery {
  const sortable = capabilities.sortColumns.has(query.sort);
  return {
    ...query,
    q: capabilities.searchFields.size ? query.q.trim() : '',
    hideMe: capabilities.hideMe && query.hideMe,
    sort: sortable ? query.sort : 'time',
    order: sortable ? query.order : 'desc',
  };
}

function compareBy(column: SortColumn): (a: SessionEntry, b: SessionEntry) => number {
  if (column === 'time') return (a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return (a, b) => {
    const x = entryKeys(a)[column];
    const y = entryKeys(b)[column];
    return x < y ? -1 : x > y ? 1 : compareNewestFirst(a, b);
  };
}

export interface ViewInput {
  /** Rows the server returned for the query. */
  readonly loaded: readonly SessionEntry[];
  /** Rows loaded for the same range without the keyword: where local-only keyword matches come from. */
  readonly unfiltered: readonly SessionEntry[];
  readonly query: SessionQuery;
  readonly capabilities: AdapterCapabilities;
  readonly currentAdmin: string | null;
}

export interface View {
  readonly entries: readonly SessionEntry[];
  /** Fields matched over loaded rows only (empty when the server searched everything). */
  readonly localSearchFields: readonly SearchField[];
  /** True when the rows were sorted here rather than by the server. */
  readonly sortedLocally: boolean;
}

export function deriveView({ loaded, unfiltered, query, capabilities, currentAdmin }: ViewInput): View {
  const needle = query.q.trim().toLowerCase();
  const localFields = needle ? localSearchFields(capabilities) : [];
  let entries: SessionEntry[] | readonly SessionEntry[] = loaded;
  const sortedLocally = !capabilities.sortColumns.has(query.sort);
  let needsSort = sortedLocally;
  if (localFields.length) {
    // The server matched its own fields; add loaded rows that match on the fields it cannot search.
    const have = new Set(loaded.map((entry) => entry.id));
    const extra = unfiltered.filter((entry) => !have.has(entry.id) && matchesKeyword(entry, needle, localFields));
    if (extra.length) {
      entries = [...loaded, ...extra];
      needsSort = true;
    }
  }
  if (query.hideMe && currentAdmin) entries = entries.filter((entry) => !isOwnEntry(entry, currentAdmin));
  if (needsSort) {
    const compare = compareBy(query.sort);
    const direction = query.order === 'asc' ? 1 : -1;
    entries = (entries === loaded ? [...loaded] : (entries as SessionEntry[])).sort((a, b) => direction * compare(a, b));
  }
  return { entries, localSearchFields: localFields, sortedLocally };
}

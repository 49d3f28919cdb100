import type { AdapterCapabilities, SearchField } from './adapters/adapter.js';
import { compareNewestFirst, type SessionEntry } from './entry.js';
import { entryKeys, type EntryKeys } from './entry-keys.js';
import type { SessionQuery, SortColumn, SortOrder } from './query.js';
import type { ParsedQuery, QueryError, ServerSplit } from './insights/query-language.js';
import type { Term } from './insights/query-words.js';
import type { UnusualMarks, UnusualTracker } from './insights/unusual.js';
import { insights } from './insights/load.js';
import { matchFreeWords, splitPlain, TEXT_FIELDS } from './insights/plain-words.js';
import { BoundedMap } from './bounded-map.js';

/**
 * What the widget does itself on top of what the server did: the keyword over fields the server
 * cannot search, sorting by columns it cannot sort, and "Hide me" for rows already loaded. Pure
 * functions over precomputed lower-case keys, so 100,000 rows filter and sort within a frame or two.
 */

/** The searchable fields the server leaves out, which the widget matches over loaded rows. */
export function localSearchFields(capabilities: AdapterCapabilities): (keyof EntryKeys & SearchField)[] {
  return TEXT_FIELDS.filter((field) => !capabilities.searchFields.has(field));
}

function matchesKeyword(entry: SessionEntry, needle: string, fields: readonly (keyof EntryKeys)[]): boolean {
  const keys = entryKeys(entry);
  for (const field of fields) if (keys[field].includes(needle)) return true;
  return false;
}

/**
 * Whether an entry is the viewing admin's own (by id or e-mail, any case); never, without one. It
 * runs over every loaded row on each refresh, so each distinct e-mail is lower-cased once.
 */
export function ownEntryTest(currentAdmin: string | null): (entry: SessionEntry) => boolean {
  if (!currentAdmin) return () => false;
  const me = currentAdmin.toLowerCase();
  const verdicts = new Map<string, boolean>();
  return (entry) => {
    if (!entry.admin) return false;
    if (entry.admin.id === currentAdmin) return true;
    let verdict = verdicts.get(entry.admin.email);
    if (verdict === undefined) verdicts.set(entry.admin.email, (verdict = entry.admin.email.toLowerCase() === me));
    return verdict;
  };
}

const splits = new BoundedMap<string, { parsed: ParsedQuery; split: ServerSplit }>(100);
/** A blank search, and a search that is not plain words while the query language is not loaded yet (`searchPending`: nothing is asked then). */
const NO_SEARCH: { parsed: ParsedQuery; split: ServerSplit } = Object.freeze({
  parsed: { terms: [], errors: [] },
  split: { serverKeyword: '', serverTerm: null, localTerms: [] },
});

/**
 * The search text parsed (query language; plain words without it, the same terms and split) and
 * split into the server's keyword and local terms; memoized.
 */
export function splitSearch(text: string, capabilities: AdapterCapabilities): { parsed: ParsedQuery; split: ServerSplit } {
  const language = insights();
  if (!text.trim()) return NO_SEARCH;
  if (!language) return splitPlain(text, capabilities) ?? NO_SEARCH;
  const { parseQuery, splitForServer } = language;
  const key = `${[...capabilities.searchFields].join(',')}|${text}`;
  let result = splits.get(key);
  if (!result) {
    const parsed = parseQuery(text);
    result = { parsed, split: splitForServer(parsed, capabilities) };
    splits.set(key, result);
  }
  return result;
}

/** The query to send: only what the server can do; the rest is applied by `deriveView`. */
export function serverQuery(query: SessionQuery, capabilities: AdapterCapabilities): SessionQuery {
  const sortable = capabilities.sortColumns.has(query.sort);
  return {
    ...query,
    q: capabilities.searchFields.size ? splitSearch(query.q, capabilities).split.serverKeyword : '',
    hideMe: capabilities.hideMe && query.hideMe,
    sort: sortable ? query.sort : 'time',
    order: sortable ? query.order : 'desc',
  };
}

/**
 * Orders by `column` in `order`; rows equal there stay newest first in either order, as a server
 * sorting by that column does.
 */
function compareBy(column: SortColumn, order: SortOrder): (a: SessionEntry, b: SessionEntry) => number {
  const direction = order === 'asc' ? 1 : -1;
  if (column === 'time') return (a, b) => direction * (a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (a, b) => {
    const x = entryKeys(a)[column];
    const y = entryKeys(b)[column];
    return x < y ? -direction : x > y ? direction : compareNewestFirst(a, b);
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
  /** The `loaded` rows of the view before this one: rows added on top then cost only themselves. */
  readonly previousLoaded?: readonly SessionEntry[];
}

export interface View {
  readonly entries: readonly SessionEntry[];
  /** Fields matched over loaded rows only (empty when the server searched everything). */
  readonly localSearchFields: readonly SearchField[];
  /** The query-language terms applied over the loaded rows (the widget words them in its language). */
  readonly localTerms: readonly Term[];
  /** Problems in the search text, for an inline message. */
  readonly queryErrors: readonly QueryError[];
  /** New-IP and burst marks over the loaded rows. */
  readonly marks: UnusualMarks;
  /** True when the rows were sorted here rather than by the server. */
  readonly sortedLocally: boolean;
  /**
   * True when part of the query is applied here over the loaded rows (search fields or terms the
   * server cannot do, Hide me it does not know), so its pages hold rows that are not shown.
   */
  readonly filteredLocally: boolean;
}

/** One tracker per loaded list; it moves on to the next list when that list only adds rows on top. */
const trackers = new WeakMap<readonly SessionEntry[], UnusualTracker>();
const NO_MARKS: UnusualMarks = new Map();

/**
 * How `next` grew from `previous` by rows on top (an auto-refresh), with rows let go at the bottom:
 * `next` = fresh rows, then the first rows of `previous` (the same objects). `null` otherwise.
 */
export function addedOnTop(
  next: readonly SessionEntry[],
  previous: readonly SessionEntry[],
): { fresh: readonly SessionEntry[]; dropped: readonly SessionEntry[] } | null {
  if (!previous.length) return null;
  const first = next.indexOf(previous[0]!);
  if (first < 0) return null;
  const kept = next.length - first;
  if (kept > previous.length) return null;
  for (let i = 0; i < kept; i++) if (next[first + i] !== previous[i]) return null;
  return { fresh: next.slice(0, first), dropped: previous.slice(kept) };
}

/**
 * Unusual-activity marks for a list of loaded rows, computed once per list. Given the list it
 * follows (`previous`), rows added on top only cost themselves: at 100,000 loaded rows an
 * auto-refresh tick does not go over every row again.
 */
export function unusualMarks(entries: readonly SessionEntry[], previous?: readonly SessionEntry[]): UnusualMarks {
  const language = insights();
  // Their code is not there yet: no marks (the view is derived again when it is).
  if (!language) return NO_MARKS;
  const known = trackers.get(entries);
  if (known) return known.marks;
  const before = previous && previous !== entries ? trackers.get(previous) : undefined;
  const step = before ? addedOnTop(entries, previous!) : null;
  let tracker: UnusualTracker;
  if (before && step && before.add(step.fresh, step.dropped)) {
    // The previous list's marks were updated in place; that list is not shown any more.
    trackers.delete(previous!);
    tracker = before;
  } else {
    tracker = new language.UnusualTracker();
    tracker.reset(entries);
  }
  trackers.set(entries, tracker);
  return tracker.marks;
}

export function deriveView({ loaded, unfiltered, query, capabilities, currentAdmin, previousLoaded }: ViewInput): View {
  const { parsed, split } = splitSearch(query.q, capabilities);
  // A free word sent to a server that cannot search every field is also matched here, over the
  // loaded rows of the same range, on the fields the server skips (PUQcloud: URL, method, type).
  const needle = split.serverTerm?.key === 'text' ? split.serverKeyword.toLowerCase() : '';
  const localFields = needle ? localSearchFields(capabilities) : [];
  let entries: SessionEntry[] | readonly SessionEntry[] = loaded;
  const sortedLocally = !capabilities.sortColumns.has(query.sort);
  let needsSort = sortedLocally;
  if (localFields.length) {
    const have = new Set(loaded.map((entry) => entry.id));
    const extra = unfiltered.filter((entry) => !have.has(entry.id) && matchesKeyword(entry, needle, localFields));
    if (extra.length) {
      entries = [...loaded, ...extra];
      needsSort = true;
    }
  }
  const marks = unusualMarks(loaded, previousLoaded);
  if (split.localTerms.length) {
    // Without the query language, the terms are a plain search's free words.
    const matches = insights()?.compileTerms(split.localTerms, { marks }) ?? matchFreeWords(split.localTerms);
    entries = entries.filter(matches);
  }
  if (query.hideMe && currentAdmin) {
    const own = ownEntryTest(currentAdmin);
    entries = entries.filter((entry) => !own(entry));
  }
  if (needsSort) {
    entries = (entries === loaded ? [...loaded] : (entries as SessionEntry[])).sort(compareBy(query.sort, query.order));
  }
  return {
    entries,
    localSearchFields: localFields,
    localTerms: split.localTerms,
    queryErrors: parsed.errors,
    marks,
    sortedLocally,
    filteredLocally: localFields.length > 0 || split.localTerms.length > 0 || (query.hideMe && Boolean(currentAdmin) && !capabilities.hideMe),
  };
}

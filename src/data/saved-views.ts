/**
 * Saved views (issue 17): named deep links kept in `localStorage`, scoped per viewer like the cache
 * (endpoint + viewing admin). A view is stored as the deep link's query string (`deep-link.ts`), so
 * it is read back through the same reader as a shared link and checked the same way; fold, the
 * watch flag and an opaque `columns` value ride beside it. What comes back is validated: an entry
 * that is not a view at all is skipped with one warning, a view whose link no longer parses is
 * listed as broken with its reason; both are written back as they were, never thrown away.
 */
import { readLinkedView, writeLinkedView, type LinkedView } from './deep-link.js';
import type { SessionEntry } from './entry.js';
import { compileTerms } from './insights/query-match.js';
import { parseQuery, type QueryProblem } from './insights/query-language.js';
import type { UnusualMarks } from './insights/unusual.js';
import { isRangePreset } from './range-presets.js';
import { ownEntryTest } from './view.js';
import { warnOnce } from './warn-once.js';

/** Why a stored view cannot be applied; `problem` for a search the query language no longer reads. */
export type ViewDefect =
  | { readonly field: 'link' | 'range' | 'from' | 'to' | 'sort' | 'order' }
  | { readonly field: 'query'; readonly problem: QueryProblem };

export interface StoredView {
  readonly name: string;
  /** The view, or `null` when the stored link no longer parses (`defect` says why). */
  readonly view: LinkedView | null;
  readonly defect: ViewDefect | null;
  readonly fold: boolean;
  readonly watch: boolean;
  /** Hidden columns and widths, kept as the table stored them (not read here). */
  readonly columns?: unknown;
  /** The stored entry as read: what a broken view is written back as. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface SavedViews {
  readonly views: readonly StoredView[];
  /** Desktop notifications for watched views (the admin opted in and the browser granted it). */
  readonly notify: boolean;
  /** The built-in watches on the unusual-activity marks. */
  readonly watchNewIp: boolean;
  readonly watchBurst: boolean;
  /** Stored entries that are not views (skipped, written back as they were). */
  readonly kept: readonly unknown[];
  /** What was stored when it was not a list of views at all (kept aside by the next write). */
  readonly unreadable?: string;
}

export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const NO_SAVED_VIEWS: SavedViews = { views: [], notify: false, watchNewIp: false, watchBurst: false, kept: [] };

/** Where a viewer's views are kept: `admin-sessions:views:` + the cache scope. */
export function savedViewsKey(scope: string): string {
  return `admin-sessions:views:${scope}`;
}

/** What a link leaves out means its default (as `writeLinkedView` writes it). */
const UNWRITTEN: LinkedView = { range: null, from: null, to: null, q: '', hideMe: false, sort: 'time', order: 'desc', timeZone: 'local' };
const SORTS = ['time', 'admin', 'ip', 'url', 'type', 'method'];
const LINK_BASE = 'https://view.invalid/';

/** The deep link's query string for `view` (`?as.range=…`). */
export function viewLink(view: LinkedView): string {
  return new URL(writeLinkedView(LINK_BASE, view)).search;
}

/** Reads a stored link as a deep link is read, and checks what the widget would refuse. */
export function readViewLink(link: unknown): { view: LinkedView; defect: null } | { view: null; defect: ViewDefect } {
  if (typeof link !== 'string') return { view: null, defect: { field: 'link' } };
  const view: LinkedView = { ...UNWRITTEN, ...readLinkedView(link) };
  const defect = ((): ViewDefect | null => {
    if (view.range === null && view.from === null && view.to === null) return { field: 'range' };
    if (view.range !== null && !isRangePreset(view.range)) return { field: 'range' };
    if (view.from !== null && Number.isNaN(Date.parse(view.from))) return { field: 'from' };
    if (view.to !== null && Number.isNaN(Date.parse(view.to))) return { field: 'to' };
    if (!SORTS.includes(view.sort ?? '')) return { field: 'sort' };
    if (view.order !== 'asc' && view.order !== 'desc') return { field: 'order' };
    const problem = parseQuery(view.q).errors[0]?.problem;
    return problem ? { field: 'query', problem } : null;
  })();
  return defect ? { view: null, defect } : { view, defect: null };
}

/** A view to store, from the widget's state now. */
export function makeView(name: string, view: LinkedView, fold: boolean, watch: boolean, columns?: unknown): StoredView {
  const raw = { name, link: viewLink(view), fold, watch, ...(columns === undefined ? {} : { columns }) };
  return { name, view, defect: null, fold, watch, columns, raw };
}

/** The same view with other fields (renamed, watched): a broken one keeps its stored entry, with only these changed. */
export function changeView(stored: StoredView, change: { name?: string; watch?: boolean }): StoredView {
  return { ...stored, ...change, raw: { ...stored.raw, ...change } };
}

const malformed = (key: string) =>
  warnOnce(`Saved views in localStorage "${key}" hold entries that are not views; they are skipped (and kept as they are).`, { key: `saved-views:${key}` });

/** The viewer's saved views; storage that is missing, blocked or unreadable gives none (unreadable: warned once). */
export function readSavedViews(key: string, storage: ViewStorage | null): SavedViews {
  let text: string | null = null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return NO_SAVED_VIEWS;
  }
  if (text === null) return NO_SAVED_VIEWS;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  if (!record || !Array.isArray(record['views'])) {
    malformed(key);
    return { ...NO_SAVED_VIEWS, unreadable: text };
  }
  const views: StoredView[] = [];
  const kept: unknown[] = [];
  const names = new Set<string>();
  for (const item of record['views'] as unknown[]) {
    const entry = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : null;
    const name = typeof entry?.['name'] === 'string' ? entry['name'].trim() : '';
    if (!entry || !name || names.has(name)) {
      kept.push(item);
      continue;
    }
    names.add(name);
    const { view, defect } = readViewLink(entry['link']);
    views.push({ name, view, defect, fold: entry['fold'] === true, watch: entry['watch'] === true, columns: entry['columns'], raw: entry });
  }
  if (kept.length) malformed(key);
  const flag = (field: string) => record[field] === true;
  return { views, notify: flag('notify'), watchNewIp: flag('watchNewIp'), watchBurst: flag('watchBurst'), kept };
}

/** Writes the views back (broken and skipped entries as they were); `false` when storage refused. */
export function writeSavedViews(key: string, storage: ViewStorage | null, saved: SavedViews): boolean {
  const body = {
    views: [...saved.views.map((stored) => stored.raw), ...saved.kept],
    notify: saved.notify,
    watchNewIp: saved.watchNewIp,
    watchBurst: saved.watchBurst,
  };
  try {
    // Text that was not a list of views at all: kept beside, so the first save does not lose it.
    if (saved.unreadable !== undefined) storage?.setItem(`${key}:unreadable`, saved.unreadable);
    storage?.setItem(key, JSON.stringify(body));
    return Boolean(storage);
  } catch {
    return false;
  }
}

/**
 * Whether a new row belongs to a watched view: its search (the query language's matchers, marks
 * for `is:`), Hide me, and an absolute range. A relative range always holds a row that just arrived.
 */
export function viewMatcher(view: LinkedView, currentAdmin: string | null, marks: UnusualMarks): (entry: SessionEntry) => boolean {
  const matches = compileTerms(parseQuery(view.q).terms, { marks });
  const own = view.hideMe ? ownEntryTest(currentAdmin) : () => false;
  const from = view.from ? Date.parse(view.from) : -Infinity;
  const to = view.to ? Date.parse(view.to) : Infinity;
  return (entry) => entry.time >= from && entry.time <= to && !own(entry) && matches(entry);
}

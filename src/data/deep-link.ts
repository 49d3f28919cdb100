/**
 * The widget's view in the page URL (`?as.range=24h&as.q=…`), for the opt-in `sync-url` attribute:
 * pure functions over URLSearchParams, so the element only decides when to read and write.
 */
import type { SortColumn, SortOrder } from './query.js';

/** The widget's choices a deep link or a saved view carries, as its attributes hold them (the host's side). */
export interface ViewChoices {
  range: string;
  from: string | null;
  to: string | null;
  query: string;
  hideMe: boolean;
  sort: SortColumn;
  order: SortOrder;
  timeZone: string;
}

export interface LinkedView {
  readonly range: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly q: string;
  readonly hideMe: boolean;
  readonly sort: string | null;
  readonly order: string | null;
  readonly timeZone: string | null;
}

const LINK_PREFIX = 'as.';
const KEYS = { range: 'range', from: 'from', to: 'to', q: 'q', hideMe: 'hide_me', sort: 'sort', order: 'order', timeZone: 'tz' } as const;

/** The view a URL describes; fields the URL does not mention are `null` (or empty/false). */
export function readLinkedView(search: string): Partial<LinkedView> {
  const params = new URLSearchParams(search);
  const view: { -readonly [K in keyof LinkedView]?: LinkedView[K] } = {};
  const get = (key: string) => params.get(LINK_PREFIX + key);
  if (get(KEYS.range) !== null) view.range = get(KEYS.range);
  if (get(KEYS.from) !== null) view.from = get(KEYS.from);
  if (get(KEYS.to) !== null) view.to = get(KEYS.to);
  if (get(KEYS.q) !== null) view.q = get(KEYS.q) ?? '';
  if (get(KEYS.hideMe) !== null) view.hideMe = get(KEYS.hideMe) === '1';
  if (get(KEYS.sort) !== null) view.sort = get(KEYS.sort);
  if (get(KEYS.order) !== null) view.order = get(KEYS.order);
  if (get(KEYS.timeZone) !== null) view.timeZone = get(KEYS.timeZone);
  return view;
}

/** `href` with the view written into its query string; the page's own parameters are kept. */
export function writeLinkedView(href: string, view: LinkedView): string {
  const url = new URL(href);
  for (const key of Object.values(KEYS)) url.searchParams.delete(LINK_PREFIX + key);
  const set = (key: string, value: string | null) => value && url.searchParams.set(LINK_PREFIX + key, value);
  if (view.from || view.to) {
    set(KEYS.from, view.from);
    set(KEYS.to, view.to);
  } else {
    set(KEYS.range, view.range);
  }
  set(KEYS.q, view.q.trim() || null);
  if (view.hideMe) url.searchParams.set(LINK_PREFIX + KEYS.hideMe, '1');
  if (view.sort && view.sort !== 'time') set(KEYS.sort, view.sort);
  if (view.order && view.order !== 'desc') set(KEYS.order, view.order);
  if (view.timeZone && view.timeZone !== 'local') set(KEYS.timeZone, view.timeZone);
  return url.href;
}

/**
 * Whether going from one view to the next deserves its own history entry. Typing a keyword
 * replaces the current entry (so Back does not step through every keystroke); changing the range,
 * sort, zone or Hide me pushes one.
 */
export function needsNewHistoryEntry(previous: LinkedView, next: LinkedView): boolean {
  return (Object.keys(KEYS) as (keyof LinkedView)[]).some((key) => key !== 'q' && previous[key] !== next[key]);
}

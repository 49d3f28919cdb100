import { dateTimeFormat } from '../data/intl-cache.js';

/** Date and time to the second, 24-hour: `15.12.2025, 13:05:09` (de), `12/15/2025, 13:05:09` (en). */
const TIMESTAMP: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

/** The formatter of a row's time for a locale and zone (`undefined` zone = the viewer's), from the shared cache. */
export function timestampFormat(locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { ...TIMESTAMP, timeZone });
}

/**
 * How much of one value is laid out. Logged values can be 100 KB (anyone can request any URL);
 * laying that out blocks the page for seconds, and a cell shows a few dozen characters anyway.
 * The whole value stays in the entry: Copy, export and filters use it.
 */
export const DISPLAY_LIMIT = {
  /** A table cell: wider than any column shows. */
  cell: 300,
  /** A tooltip. */
  title: 2000,
  /** One value in the details panel (a note says when it was cut). */
  panel: 2000,
  /** A value quoted inside a sentence, e.g. a search term in the note on what was filtered locally. */
  quote: 100,
  /** A label beside other content, e.g. the method in the details' headings: a long one there makes the layout grid slow. */
  label: 40,
} as const;

/** `text` cut to `max` UTF-16 units (never inside a surrogate pair), ending in "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A logged URL's path (decoded) and query (`?…` as sent, '' when none), as the URL column shows them; the raw text when it is no URL. */
export function urlParts(url: string): [path: string, query: string] {
  try {
    const parsed = new URL(url);
    return [decodeURIComponentSafe(parsed.pathname), parsed.search];
  } catch {
    return [url, ''];
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

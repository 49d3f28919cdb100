/**
 * A logged URL's path for the URL-path facet and the `path:` search key: the path without origin,
 * query string or fragment, with id segments (numbers, UUIDs, hex ids with a digit) collapsed to
 * `:id`, so `/admin/clients/5e1f?tab=invoices` and `/admin/clients/77a0` count as one path.
 */

/** The placeholder an id segment collapses to. */
export const ID_SEGMENT = ':id';

const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;
const ID = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[a-f]*\d)[0-9a-f]{4,})$/i;

/** The path's segments: no origin, query string, fragment or trailing slash. */
function segments(url: string): string[] {
  const path = url.replace(ORIGIN, '').replace(/[?#].*$/s, '');
  const parts = path.split('/');
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Whether a path segment is an id (a number, a UUID, a hex id with a digit). */
export function isIdSegment(segment: string): boolean {
  return ID.test(segment);
}

/** `https://panel/admin/clients/5e1f/?tab=x` → `/admin/clients/:id`; an empty path is `/`. */
export function normalizePath(url: string): string {
  const path = segments(url)
    .map((segment) => (isIdSegment(segment) ? ID_SEGMENT : segment))
    .join('/');
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * Whether a logged URL's path is `pattern` (as `normalizePath` writes them, case-insensitively):
 * a `:id` segment of the pattern stands for any id segment, every other segment must be equal.
 */
export function pathMatches(pattern: string, url: string): boolean {
  const wanted = segments(pattern.startsWith('/') ? pattern : `/${pattern}`);
  const actual = segments(url.startsWith('/') || ORIGIN.test(url) ? url : `/${url}`);
  if (wanted.length !== actual.length) return false;
  return wanted.every((segment, i) => {
    const seen = actual[i]!;
    return segment.toLowerCase() === ID_SEGMENT ? isIdSegment(seen) || seen === ID_SEGMENT : segment.toLowerCase() === seen.toLowerCase();
  });
}

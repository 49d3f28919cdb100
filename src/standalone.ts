/**
 * The standalone build's entry (`dist/standalone/admin-sessions.js`): what paints the first rows —
 * `<admin-sessions>` and `<admin-sessions-table>`, lit, the adapters, the log and its view — and
 * nothing else. The range picker (flatpickr), auto-refresh control, histogram and row details come
 * from `chunks/` beside this file the first time they are drawn (`import()` resolves them against
 * this file's own URL, so the folder works from any path or CDN).
 *
 * The other elements used on their own in a page (`<admin-sessions-range>` in a template, say) are
 * loaded the same way: any of them found in the document, now or later, brings its chunk.
 */
import type { ClearCacheOptions } from './data/cache/clear-cache.js';
import { PARTS } from './components/admin-sessions/parts.js';

export { AdminSessions } from './components/admin-sessions/admin-sessions.js';
export { AdminSessionsTable } from './components/admin-sessions-table/admin-sessions-table.js';
export * from './events/events.js';
export * from './events/table-events.js';
export * from './events/range-change.js';
export * from './events/refresh-events.js';
export * from './events/histogram-events.js';
export * from './events/details-events.js';
export type { SessionEntry, SessionAdmin, RequestType, HttpMethod } from './data/entry.js';
export type { SessionQuery, SortColumn, SortOrder } from './data/query.js';
export type { FetchPage, PageRequest, SessionPage, AdapterCapabilities, SessionsAdapter } from './data/adapters/index.js';
export { SessionsError, type SessionsErrorKind } from './data/errors.js';
export type { ClearCacheOptions } from './data/cache/clear-cache.js';

/** Forgets cached log pages in IndexedDB, for logout flows (see the package's `clearCache`; loaded on first use). */
export async function clearCache(options?: ClearCacheOptions): Promise<boolean> {
  return (await import('./data/cache/clear-cache.js')).clearCache(options);
}

const loaders = Object.values(PARTS);
const selector = loaders.map(({ tag }) => `${tag}:not(:defined)`).join(', ');

/** Loads the chunk of every part element in the document that is not defined yet. */
function loadPartsIn(root: ParentNode): void {
  if (!root.querySelector(selector)) return;
  for (const { tag, load } of loaders) {
    if (!customElements.get(tag) && root.querySelector(tag)) void load();
  }
}

if (typeof document !== 'undefined') {
  loadPartsIn(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) loadPartsIn(document);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

import type { SessionEntry } from '../entry.js';

/** A run of consecutive identical requests shown as one row. */
export interface CollapsedRow {
  /** The newest entry of the run: the one the row shows. */
  readonly entry: SessionEntry;
  readonly count: number;
  /** Oldest and newest time in the run, ms since the epoch. */
  readonly firstTime: number;
  readonly lastTime: number;
  /** Every entry id of the run, in the order given. */
  readonly ids: string[];
}

/** The URL without its query or fragment: polling `…/bell_notification?t=…` is one request repeated. */
function urlWithoutQuery(url: string): string {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  const end = query === -1 ? fragment : fragment === -1 ? query : Math.min(query, fragment);
  return end === -1 ? url : url.slice(0, end);
}

/** Same admin (by id, else by email), IP and method; the URL is compared by the caller. */
function sameSource(a: SessionEntry, b: SessionEntry): boolean {
  if (a.method !== b.method || a.ip !== b.ip) return false;
  const adminA = a.admin;
  const adminB = b.admin;
  if (!adminA || !adminB) return adminA === adminB;
  if (adminA.id !== null || adminB.id !== null) return adminA.id === adminB.id;
  return adminA.email.toLowerCase() === adminB.email.toLowerCase();
}

/**
 * Folds runs of consecutive entries (in the order given, usually newest first) made by the same admin
 * (same id, or same email when there is no id) from the same IP with the same method and URL path.
 * Linear in the number of entries; a run of one is a row with `count: 1`.
 */
export function collapseRepeats(entries: readonly SessionEntry[]): CollapsedRow[] {
  const rows: CollapsedRow[] = [];
  let run: { entry: SessionEntry; last: SessionEntry; path: string; firstTime: number; lastTime: number; ids: string[] } | null = null;
  const close = (): void => {
    if (run) rows.push({ entry: run.entry, count: run.ids.length, firstTime: run.firstTime, lastTime: run.lastTime, ids: run.ids });
  };
  for (const entry of entries) {
    const path = urlWithoutQuery(entry.url);
    if (run && path === run.path && sameSource(run.last, entry)) {
      run.ids.push(entry.id);
      run.last = entry;
      if (entry.time > run.entry.time) run.entry = entry;
      if (entry.time < run.firstTime) run.firstTime = entry.time;
      if (entry.time > run.lastTime) run.lastTime = entry.time;
      continue;
    }
    close();
    run = { entry, last: entry, path, firstTime: entry.time, lastTime: entry.time, ids: [entry.id] };
  }
  close();
  return rows;
}

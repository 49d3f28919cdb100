import { compareNewestFirst, type SessionEntry } from './entry.js';

/**
 * Puts newly fetched entries on top of the loaded ones, by id: an entry already loaded is replaced
 * in place (same id, fresher data), duplicates inside `incoming` are dropped, and the result stays
 * newest first. Returns the merged list and the ids that were not there before.
 */
export function mergeNewer(loaded: readonly SessionEntry[], incoming: readonly SessionEntry[]): { entries: SessionEntry[]; added: string[] } {
  // Loaded entries are newest first and an entry keeps its time, so only the top ones as new as
  // the oldest incoming entry can share an id with it: a refresh at 20,000 rows reads a handful.
  let oldestIncoming = Infinity;
  for (const entry of incoming) oldestIncoming = Math.min(oldestIncoming, entry.time);
  const known = new Map<string, number>();
  for (let index = 0; index < loaded.length && loaded[index]!.time >= oldestIncoming; index++) known.set(loaded[index]!.id, index);
  const fresh: SessionEntry[] = [];
  const seen = new Set<string>();
  let replaced: SessionEntry[] | null = null;
  for (const entry of incoming) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const at = known.get(entry.id);
    if (at === undefined) fresh.push(entry);
    else (replaced ??= [...loaded])[at] = entry;
  }
  fresh.sort(compareNewestFirst);
  const base = replaced ?? loaded;
  // Entries normally arrive newer than everything loaded; anything older is placed by time.
  const oldestFresh = fresh[fresh.length - 1];
  // (`concat` copies 100,000 rows in well under a millisecond; spreading them takes several.)
  if (!oldestFresh || !base[0] || compareNewestFirst(oldestFresh, base[0]) <= 0) {
    return { entries: fresh.concat(base), added: fresh.map((entry) => entry.id) };
  }
  return { entries: fresh.concat(base).sort(compareNewestFirst), added: fresh.map((entry) => entry.id) };
}

/** Appends a following page, dropping entries already loaded (servers repeat rows when new ones shift the offsets). */
export function appendPage(loaded: readonly SessionEntry[], page: readonly SessionEntry[]): SessionEntry[] {
  const known = new Set(loaded.map((entry) => entry.id));
  const result = loaded.slice();
  for (const entry of page) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    result.push(entry);
  }
  return result;
}

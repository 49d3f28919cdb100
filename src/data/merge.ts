import { compareNewestFirst, type SessionEntry } from './entry.js';

/**
 * Puts newly fetched entries on top of the loaded ones, by id: an entry already loaded is replaced
 * in place (same id, fresher data), duplicates inside `incoming` are dropped, and the result stays
 * newest first. Returns the merged list and the ids that were not there before.
 */
export function mergeNewer(loaded: readonly SessionEntry[], incoming: readonly SessionEntry[]): { entries: SessionEntry[]; added: string[] } {
  const known = new Map<string, number>();
  loaded.forEach((entry, index) => known.set(entry.id, index));
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
  if (!oldestFresh || !base[0] || compareNewestFirst(oldestFresh, base[0]) <= 0) {
    return { entries: [...fresh, ...base], added: fresh.map((entry) => entry.id) };
  }
  return { entries: [...fresh, ...base].sort(compareNewestFirst), added: fresh.map((entry) => entry.id) };
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

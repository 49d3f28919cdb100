import type { SessionEntry } from '../entry.js';
import type { CacheLimits, CachedView, CachedViewInput, ClosableEntryCache, ResolvedLimits } from './entry-cache.js';
import { isExpired, resolveLimits } from './entry-cache.js';
import type { StoredView } from './stored-records.js';
import { checkViewInput, copySessionEntry, isSessionEntry } from './stored-records.js';

interface MemoryRecord {
  readonly entry: SessionEntry;
  readonly savedAt: number;
}

interface MemoryScope {
  readonly entries: Map<string, MemoryRecord>;
  readonly views: Map<string, StoredView>;
}

/**
 * Caches in this page's memory, with the same limits and eviction rules as the IndexedDB cache.
 * Used for `kind: 'memory'` and as the fallback when IndexedDB cannot be used.
 */
export class MemoryEntryCache implements ClosableEntryCache {
  readonly kind = 'memory' as const;
  private readonly limits: ResolvedLimits;
  private readonly scopes = new Map<string, MemoryScope>();
  private entryCount = 0;

  constructor(limits: CacheLimits = {}) {
    this.limits = resolveLimits(limits);
  }

  /** Entries held, all scopes together. */
  get size(): number {
    return this.entryCount;
  }

  async read(scope: string, queryKey: string): Promise<CachedView | null> {
    if (typeof scope !== 'string' || typeof queryKey !== 'string') return null;
    const stored = this.scopes.get(scope);
    const view = stored?.views.get(queryKey);
    if (!stored || !view) return null;
    const now = this.limits.now();
    if (isExpired(view.savedAt, this.limits, now)) return null;
    const entries: SessionEntry[] = [];
    for (const id of view.ids) {
      const record = stored.entries.get(id);
      if (record && !isExpired(record.savedAt, this.limits, now)) entries.push(copySessionEntry(record.entry));
    }
    return { entries, total: view.total, nextCursor: view.nextCursor, savedAt: view.savedAt };
  }

  async write(scope: string, queryKey: string, input: CachedViewInput): Promise<void> {
    const view = checkViewInput(scope, queryKey, input);
    if (!view) return;
    const savedAt = this.limits.now();
    let stored = this.scopes.get(scope);
    if (!stored) this.scopes.set(scope, (stored = { entries: new Map(), views: new Map() }));
    const ids: string[] = [];
    for (const entry of view.entries) {
      if (!isSessionEntry(entry)) continue;
      if (!stored.entries.has(entry.id)) this.entryCount++;
      stored.entries.set(entry.id, { entry: copySessionEntry(entry), savedAt });
      ids.push(entry.id);
    }
    stored.views.set(queryKey, { scope, queryKey, ids, total: view.total, nextCursor: view.nextCursor, savedAt });
    this.evict(savedAt);
  }

  async clear(scope?: string): Promise<void> {
    if (scope !== undefined && scope !== null && typeof scope !== 'string') return;
    if (scope === undefined || scope === null) {
      this.scopes.clear();
      this.entryCount = 0;
    } else {
      this.entryCount -= this.scopes.get(scope)?.entries.size ?? 0;
      this.scopes.delete(scope);
    }
  }

  close(): void {
    // Nothing to release; the contents stay for the page's lifetime.
  }

  private evict(now: number): void {
    for (const [scope, stored] of this.scopes) {
      for (const [id, record] of stored.entries) {
        if (isExpired(record.savedAt, this.limits, now)) {
          stored.entries.delete(id);
          this.entryCount--;
        }
      }
      for (const [queryKey, view] of stored.views) {
        if (isExpired(view.savedAt, this.limits, now)) stored.views.delete(queryKey);
      }
      if (stored.entries.size === 0 && stored.views.size === 0) this.scopes.delete(scope);
    }
    const excess = this.entryCount - this.limits.maxEntries;
    if (excess <= 0) return;
    const oldest = oldestEntries(this.scopes, excess);
    for (const { scope, id } of oldest) this.scopes.get(scope)?.entries.delete(id);
    this.entryCount -= oldest.length;
  }
}

/**
 * The `count` oldest entries of all scopes. A refresh at the cap pushes out a handful, so one pass
 * keeping a short sorted list beats sorting all 20,000 on every 2 s write (which made long
 * sessions slow); many at once (the cap was lowered) are sorted.
 */
function oldestEntries(scopes: ReadonlyMap<string, MemoryScope>, count: number): Candidate[] {
  const oldest: Candidate[] = [];
  for (const [scope, stored] of scopes) {
    for (const [id, record] of stored.entries) {
      const candidate = { scope, id, time: record.entry.time };
      if (count > 256) {
        oldest.push(candidate);
        continue;
      }
      if (oldest.length === count && compareAge(candidate, oldest[count - 1]!) >= 0) continue;
      let at = oldest.length;
      while (at > 0 && compareAge(candidate, oldest[at - 1]!) < 0) at--;
      oldest.splice(at, 0, candidate);
      if (oldest.length > count) oldest.pop();
    }
  }
  if (count > 256) oldest.sort(compareAge).length = Math.min(count, oldest.length);
  return oldest;
}

interface Candidate {
  readonly scope: string;
  readonly id: string;
  readonly time: number;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Oldest time first; ties in the same order as IndexedDB's [scope, id] key, so both caches agree. */
const compareAge = (a: Candidate, b: Candidate) => a.time - b.time || compareText(a.scope, b.scope) || compareText(a.id, b.id);

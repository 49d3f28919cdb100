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
  readonly #limits: ResolvedLimits;
  readonly #scopes = new Map<string, MemoryScope>();
  /**
   * Every entry held, oldest first (by time, then scope and id, like IndexedDB's index), so the
   * cap drops the first few instead of sorting 20,000 entries on every 2 s write. New entries are
   * almost always the newest, so keeping it in order is a push.
   */
  #byAge: Candidate[] = [];
  /** Expired records are swept at most once a minute (or once per max age, if shorter); `read` never returns one meanwhile. */
  #lastSweep = Number.NEGATIVE_INFINITY;

  constructor(limits: CacheLimits = {}) {
    this.#limits = resolveLimits(limits);
  }

  /** Entries held, all scopes together. */
  get size(): number {
    return this.#byAge.length;
  }

  async read(scope: string, queryKey: string): Promise<CachedView | null> {
    if (typeof scope !== 'string' || typeof queryKey !== 'string') return null;
    const stored = this.#scopes.get(scope);
    const view = stored?.views.get(queryKey);
    if (!stored || !view) return null;
    const now = this.#limits.now();
    if (isExpired(view.savedAt, this.#limits, now)) return null;
    const entries: SessionEntry[] = [];
    for (const id of view.ids) {
      const record = stored.entries.get(id);
      if (record && !isExpired(record.savedAt, this.#limits, now)) entries.push(copySessionEntry(record.entry));
    }
    return { entries, total: view.total, nextCursor: view.nextCursor, savedAt: view.savedAt };
  }

  async write(scope: string, queryKey: string, input: CachedViewInput): Promise<void> {
    const view = checkViewInput(scope, queryKey, input);
    if (!view) return;
    const savedAt = this.#limits.now();
    let stored = this.#scopes.get(scope);
    if (!stored) this.#scopes.set(scope, (stored = { entries: new Map(), views: new Map() }));
    const ids: string[] = [];
    for (const entry of view.entries) {
      if (!isSessionEntry(entry)) continue;
      const previous = stored.entries.get(entry.id);
      if (previous?.entry.time !== entry.time) {
        if (previous) this.#unindex({ scope, id: entry.id, time: previous.entry.time });
        this.#index({ scope, id: entry.id, time: entry.time });
      }
      stored.entries.set(entry.id, { entry: copySessionEntry(entry), savedAt });
      ids.push(entry.id);
    }
    stored.views.set(queryKey, { scope, queryKey, ids, total: view.total, nextCursor: view.nextCursor, savedAt });
    this.#evict(savedAt);
  }

  async clear(scope?: string): Promise<void> {
    if (scope !== undefined && scope !== null && typeof scope !== 'string') return;
    if (scope === undefined || scope === null) {
      this.#scopes.clear();
      this.#byAge = [];
    } else {
      this.#scopes.delete(scope);
      this.#byAge = this.#byAge.filter((candidate) => candidate.scope !== scope);
    }
  }

  close(): void {
    // Nothing to release; the contents stay for the page's lifetime.
  }

  #evict(now: number): void {
    if (now - this.#lastSweep >= Math.min(SWEEP_EVERY_MS, this.#limits.maxAgeMs)) this.#sweep(now);
    const excess = this.#byAge.length - this.#limits.maxEntries;
    if (excess <= 0) return;
    for (const { scope, id } of this.#byAge.splice(0, excess)) this.#scopes.get(scope)?.entries.delete(id);
  }

  /** Drops expired entries and views. */
  #sweep(now: number): void {
    this.#lastSweep = now;
    let expired = false;
    for (const [scope, stored] of this.#scopes) {
      for (const [id, record] of stored.entries) {
        if (isExpired(record.savedAt, this.#limits, now)) {
          stored.entries.delete(id);
          expired = true;
        }
      }
      for (const [queryKey, view] of stored.views) {
        if (isExpired(view.savedAt, this.#limits, now)) stored.views.delete(queryKey);
      }
      if (stored.entries.size === 0 && stored.views.size === 0) this.#scopes.delete(scope);
    }
    if (expired) this.#byAge = this.#byAge.filter(({ scope, id }) => this.#scopes.get(scope)?.entries.has(id) ?? false);
  }

  #index(candidate: Candidate): void {
    const last = this.#byAge[this.#byAge.length - 1];
    if (!last || compareAge(candidate, last) >= 0) this.#byAge.push(candidate);
    else this.#byAge.splice(this.#position(candidate), 0, candidate);
  }

  #unindex(candidate: Candidate): void {
    const at = this.#position(candidate);
    if (this.#byAge[at] && compareAge(this.#byAge[at]!, candidate) === 0) this.#byAge.splice(at, 1);
  }

  /** The first index whose candidate is not older than `candidate` (binary search). */
  #position(candidate: Candidate): number {
    let low = 0;
    let high = this.#byAge.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareAge(this.#byAge[middle]!, candidate) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

const SWEEP_EVERY_MS = 60_000;

interface Candidate {
  readonly scope: string;
  readonly id: string;
  readonly time: number;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Oldest time first; ties in the same order as IndexedDB's [scope, id] key, so both caches agree. */
const compareAge = (a: Candidate, b: Candidate) => a.time - b.time || compareText(a.scope, b.scope) || compareText(a.id, b.id);

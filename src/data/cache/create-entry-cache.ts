import type { CacheFailure } from './cache-error.js';
import { EntryCacheError } from './cache-error.js';
import type {
  CacheLimits,
  CachedView,
  CachedViewInput,
  ClosableEntryCache,
  EntryCacheKind,
} from './entry-cache.js';
import type { IdbEntryCacheOptions } from './idb-entry-cache.js';
import { IdbEntryCache } from './idb-entry-cache.js';
import { hasIndexedDB } from './idb-schema.js';
import { MemoryEntryCache } from './memory-entry-cache.js';
import { NoCache } from './no-cache.js';
import { warnOnce, type WarnSink } from '../warn-once.js';

export interface EntryCacheOptions extends CacheLimits {
  readonly kind: EntryCacheKind;
  /** IndexedDB database name. Default 'admin-sessions'. */
  readonly dbName?: string;
  /** Where the one-time fallback warnings go. Default the console, prefixed `<admin-sessions>`. */
  readonly warn?: WarnSink;
  /** See `IdbEntryCacheOptions.indexedDB`: `null` simulates a browser without IndexedDB. */
  readonly indexedDB?: null;
  /** Give up opening IndexedDB after this many ms. Default 2000. */
  readonly openTimeoutMs?: number;
}

/** Problems worth one warning: the ways IndexedDB fails, plus unreadable records (not a fallback). */
export type CacheProblem = CacheFailure | 'corrupt-record';

const MEMORY_ONLY = 'the session log is cached in memory for this page only';
const WARNINGS: Record<CacheProblem, string> = {
  unavailable: `IndexedDB is not available (disabled, or a private window); ${MEMORY_ONLY}.`,
  'open-failed': `the IndexedDB cache could not be opened; ${MEMORY_ONLY}.`,
  blocked: `the IndexedDB cache is held by another tab running an older version (or did not open in time); ${MEMORY_ONLY}.`,
  'newer-schema': `the IndexedDB cache was written by a newer version of this widget; ${MEMORY_ONLY}.`,
  quota: `the storage quota is exhausted; from now on ${MEMORY_ONLY}.`,
  failed: `the IndexedDB cache failed; ${MEMORY_ONLY}.`,
  'corrupt-record': 'unreadable records in the IndexedDB cache were ignored and removed.',
};

/**
 * One message per cause and `warn` function (the console when there is none), even across
 * instances; another detail does not make it another warning.
 */
function warnProblem(warn: WarnSink | undefined, problem: CacheProblem, detail: string | null): void {
  warnOnce(`${WARNINGS[problem]}${detail ? ` (${detail})` : ''}`, { key: `cache ${problem}`, sink: warn });
}

/**
 * The cache a widget should use: `kind` 'none' → `NoCache`, 'memory' → `MemoryEntryCache`,
 * 'idb' → IndexedDB that falls back to memory instead of failing. The result never throws or
 * rejects, whatever the browser does.
 */
export function createEntryCache(options: EntryCacheOptions): ClosableEntryCache {
  if (options.kind === 'none') return new NoCache();
  if (options.kind === 'memory') return new MemoryEntryCache(options);
  return new FallbackEntryCache(options);
}

/**
 * IndexedDB first, memory when that fails, and says so once per cause through `warn`:
 * - opening fails (missing, throws, blocked or too slow, newer schema, foreign layout) → memory
 *   only, for this instance's lifetime;
 * - a write hits the quota → no further IndexedDB writes; that write and later ones go to memory,
 *   reads look in memory first, then in IndexedDB (what is there is still good);
 * - any other read or write failure → memory only;
 * - unreadable records → ignored and removed by the IndexedDB cache, warned about once.
 * `clear()` still deletes from IndexedDB in every mode it can reach: logging out must forget.
 */
class FallbackEntryCache implements ClosableEntryCache {
  #idb: IdbEntryCache | null;
  #idbWritable = true;
  readonly #memory: MemoryEntryCache;
  readonly #warn: WarnSink | undefined;
  readonly #opened: Promise<void>;

  constructor(options: EntryCacheOptions) {
    this.#warn = options.warn;
    this.#memory = new MemoryEntryCache(options);
    const idbOptions: IdbEntryCacheOptions = {
      ...options,
      onCorruptRecord: () => warnProblem(this.#warn, 'corrupt-record', null),
    };
    this.#idb = new IdbEntryCache(idbOptions);
    if (!hasIndexedDB(options)) {
      // Known at once, so `kind` is right from the start.
      this.#fallBack(new EntryCacheError('unavailable', 'IndexedDB is not available'));
      this.#opened = Promise.resolve();
    } else {
      this.#opened = this.#idb.connect().catch((error: unknown) => this.#fallBack(error));
    }
  }

  get kind(): EntryCacheKind {
    return this.#idb && this.#idbWritable ? 'idb' : 'memory';
  }

  async read(scope: string, queryKey: string): Promise<CachedView | null> {
    try {
      await this.#opened;
      const remembered = await this.#memory.read(scope, queryKey);
      if (remembered || !this.#idb) return remembered;
      try {
        return await this.#idb.read(scope, queryKey);
      } catch (error) {
        this.#fallBack(error);
        return null;
      }
    } catch (error) {
      this.#report(error);
      return null;
    }
  }

  async write(scope: string, queryKey: string, view: CachedViewInput): Promise<void> {
    try {
      await this.#opened;
      if (this.#idb && this.#idbWritable) {
        try {
          await this.#idb.write(scope, queryKey, view);
          return;
        } catch (error) {
          this.#fallBack(error);
        }
      }
      await this.#memory.write(scope, queryKey, view);
    } catch (error) {
      this.#report(error);
    }
  }

  async clear(scope?: string): Promise<void> {
    try {
      await this.#opened;
      await this.#memory.clear(scope);
      if (!this.#idb) return;
      try {
        await this.#idb.clear(scope);
      } catch (error) {
        this.#fallBack(error);
      }
    } catch (error) {
      this.#report(error);
    }
  }

  close(): void {
    this.#idb?.close();
  }

  #fallBack(error: unknown): void {
    const cacheError = error instanceof EntryCacheError ? error : null;
    const reason = cacheError?.reason ?? 'failed';
    if (reason === 'quota') {
      this.#idbWritable = false;
    } else {
      this.#idb?.close();
      this.#idb = null;
    }
    // 'unavailable' says it all; otherwise the browser's own words help whoever reads the console.
    warnProblem(this.#warn, reason, reason === 'unavailable' ? null : (cacheError?.message ?? describe(error)));
  }

  /** A failure outside IndexedDB (say, a view that is not an object): reported, never thrown. */
  #report(error: unknown): void {
    warnProblem(this.#warn, 'failed', describe(error));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import { EntryCacheError, toCacheError } from './cache-error.js';
import type { StoredEntry, StoredView } from './stored-records.js';

/** Bump when the stores change, and add an `if (oldVersion < N)` step to `upgradeCache`. */
export const SCHEMA_VERSION = 1;

export const DEFAULT_OPEN_TIMEOUT_MS = 2000;

export interface CacheSchema extends DBSchema {
  /** Key `[scope, id]`. */
  entries: {
    key: [string, string];
    value: StoredEntry;
    /** `time`: the entry's own time, for the size cap. `savedAt`: when written, for the age limit. */
    indexes: { time: number; savedAt: number };
  };
  /** Key `[scope, queryKey]`. */
  views: {
    key: [string, string];
    value: StoredView;
    indexes: { savedAt: number };
  };
}

export type CacheDatabase = IDBPDatabase<CacheSchema>;
const STORE_NAMES = ['entries', 'views'] as const;

/**
 * Brings the database from `oldVersion` up to `SCHEMA_VERSION`, one step per version (no switch
 * fall-through, so a later step is just another `if`).
 */
function upgradeCache(db: CacheDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const entries = db.createObjectStore('entries', { keyPath: ['scope', 'id'] });
    entries.createIndex('time', 'time');
    entries.createIndex('savedAt', 'savedAt');
    const views = db.createObjectStore('views', { keyPath: ['scope', 'queryKey'] });
    views.createIndex('savedAt', 'savedAt');
  }
}

/** Every key `[scope, …]` of one scope: arrays sort after strings, so `[scope, []]` is past them all. */
export function scopeRange(scope: string): IDBKeyRange {
  return IDBKeyRange.bound([scope], [scope, []]);
}

/** Forgets one scope (every key `[scope, …]` in both stores), or everything, in one transaction. */
export async function emptyStores(db: CacheDatabase, scope: string | undefined): Promise<void> {
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  const range = scope === undefined ? null : scopeRange(scope);
  await Promise.all([...STORE_NAMES.map((name) => (range ? tx.objectStore(name).delete(range) : tx.objectStore(name).clear())), tx.done]);
}

export function hasCacheStores(db: { readonly objectStoreNames: DOMStringList }): boolean {
  return STORE_NAMES.every((name) => db.objectStoreNames.contains(name));
}

/**
 * Whether the page has IndexedDB now. `indexedDB: null` (or `undefined`, given explicitly) in
 * `options` stands for a browser without it; merely looking at the global throws in sandboxed iframes.
 */
export function hasIndexedDB(options: { readonly indexedDB?: null } = {}): boolean {
  if ('indexedDB' in options) return false;
  try {
    return Boolean(globalThis.indexedDB);
  } catch {
    return false;
  }
}

export interface OpenCacheOptions {
  readonly name: string;
  /** Give up after this long: an open queued behind another tab's upgrade or delete never settles. */
  readonly timeoutMs: number;
  /** The connection went away (another tab upgrades or deletes the database, or the browser closed it). */
  readonly onLost: () => void;
}

/**
 * Opens the cache database at `SCHEMA_VERSION` (idb's `openDB`). Rejects with an `EntryCacheError`;
 * never leaves a connection open after giving up.
 */
export function openCacheDatabase({ name, timeoutMs, onLost }: OpenCacheOptions): Promise<CacheDatabase> {
  return new Promise((resolve, reject) => {
    let late = false;
    const giveUp = (error: EntryCacheError) => {
      late = true;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(() => giveUp(new EntryCacheError('blocked', `opening did not finish within ${timeoutMs} ms`)), timeoutMs);
    // Through `then`, so an `open()` that throws (SecurityError in some private modes) rejects too.
    Promise.resolve()
      .then(() =>
        openDB<CacheSchema>(name, SCHEMA_VERSION, {
          upgrade(db, oldVersion, _newVersion, transaction) {
            if (!late) return upgradeCache(db, oldVersion);
            // Too late: nobody waits for this connection, so don't create or migrate anything now.
            transaction.done.catch(ignore);
            transaction.abort();
          },
          blocked: () => giveUp(new EntryCacheError('blocked', 'another tab keeps an older version of the cache open')),
          // Never stand in the way of another tab's upgrade or a logout's delete.
          blocking: (_current, _next, event) => {
            (event.target as IDBDatabase).close();
            onLost();
          },
          terminated: onLost,
        }),
      )
      .then(
        (db) => {
          if (!late && hasCacheStores(db)) {
            clearTimeout(timer);
            resolve(db);
            return;
          }
          db.close(); // arrived after giving up (nobody waits for it), or a foreign layout
          giveUp(new EntryCacheError('open-failed', `database "${name}" has an unexpected layout`));
        },
        (error: unknown) => giveUp(toCacheError(error, 'open-failed')),
      );
  });
}

export const ignore = () => {};

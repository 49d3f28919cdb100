import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { wrap } from 'idb';
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
 * fall-through, so a later step is just another `if`). `transaction` is there for migrations that
 * need to read or rewrite records.
 */
function upgradeCache(
  db: CacheDatabase,
  oldVersion: number,
  _transaction: IDBPTransaction<CacheSchema, ('entries' | 'views')[], 'versionchange'>,
): void {
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

export function hasCacheStores(db: IDBDatabase): boolean {
  return STORE_NAMES.every((name) => db.objectStoreNames.contains(name));
}

export interface OpenCacheOptions {
  readonly factory: IDBFactory | null | undefined;
  readonly name: string;
  /** Give up after this long: an open queued behind another tab's upgrade or delete never settles. */
  readonly timeoutMs: number;
  /** The connection went away (another tab upgrades or deletes the database, or the browser closed it). */
  readonly onLost: () => void;
}

/**
 * Opens the cache database at `SCHEMA_VERSION`. Uses idb's `wrap` around the factory's own request
 * (rather than `openDB`, which always uses the global `indexedDB`) so the factory can be injected.
 * Rejects with an `EntryCacheError`; never leaves a connection open after giving up.
 */
export function openCacheDatabase({ factory, name, timeoutMs, onLost }: OpenCacheOptions): Promise<CacheDatabase> {
  if (!factory) return Promise.reject(new EntryCacheError('unavailable', 'IndexedDB is not available'));
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, SCHEMA_VERSION);
  } catch (error) {
    return Promise.reject(toCacheError(error, 'open-failed'));
  }
  return new Promise<CacheDatabase>((resolve, reject) => {
    let settled = false;
    const giveUp = (error: EntryCacheError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(
      () => giveUp(new EntryCacheError('blocked', `opening did not finish within ${timeoutMs} ms`)),
      timeoutMs,
    );

    request.addEventListener('upgradeneeded', (event) => {
      const transaction = request.transaction;
      if (!transaction) return;
      // Too late: nobody waits for this connection, so don't create or migrate anything now.
      if (settled) {
        transaction.abort();
        return;
      }
      try {
        upgradeCache(wrap(request.result) as unknown as CacheDatabase, event.oldVersion, wrap(transaction) as never);
      } catch (error) {
        transaction.abort();
        giveUp(toCacheError(error, 'open-failed'));
      }
    });
    request.addEventListener('blocked', () => {
      giveUp(new EntryCacheError('blocked', 'another tab keeps an older version of the cache open'));
    });
    request.addEventListener('error', (event) => {
      event.preventDefault();
      giveUp(toCacheError(request.error, 'open-failed'));
    });
    request.addEventListener('success', () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      if (!hasCacheStores(db)) {
        db.close();
        giveUp(new EntryCacheError('open-failed', `database "${name}" has an unexpected layout`));
        return;
      }
      // Never stand in the way of another tab's upgrade or a logout's delete.
      db.addEventListener('versionchange', () => {
        db.close();
        onLost();
      });
      db.addEventListener('close', onLost);
      settled = true;
      clearTimeout(timer);
      resolve(wrap(db) as unknown as CacheDatabase);
    });
  });
}

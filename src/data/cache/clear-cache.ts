import { deleteDB, openDB } from 'idb';
import { DEFAULT_DB_NAME } from './entry-cache.js';
import type { CacheSchema } from './idb-schema.js';
import { DEFAULT_OPEN_TIMEOUT_MS, emptyStores, hasCacheStores, hasIndexedDB, ignore, SCHEMA_VERSION } from './idb-schema.js';

export interface ClearCacheOptions {
  /** Default 'admin-sessions'. */
  readonly dbName?: string;
  /** Only this scope (see `cacheScope`); everything when omitted. */
  readonly scope?: string;
  /** As in `createEntryCache`: `null` = no IndexedDB, so nothing to clear. */
  readonly indexedDB?: null;
  /** Give up after this many ms (another tab may hold the database). Default 2000. */
  readonly timeoutMs?: number;
}

/**
 * Forgets cached log pages in IndexedDB, for logout flows: one scope, or all of them. Needs no
 * open cache instance, and does not create the database when there is none. Resolves `true` when
 * the data is gone, `false` when it could not be reached in time (the clearing, or a deletion,
 * then stays queued and completes once other tabs let go); never rejects. Open caches keep working: a database of this
 * version is emptied in place, only a foreign or newer-version one is deleted outright.
 * Memory caches are per instance: call their `clear()` too.
 */
export async function clearCache(options: ClearCacheOptions = {}): Promise<boolean> {
  if (!hasIndexedDB(options)) return true;
  const name = options.dbName ?? DEFAULT_DB_NAME;
  try {
    await withTimeout(forget(name, options.scope), options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}

async function forget(name: string, scope: string | undefined): Promise<void> {
  let missing = false;
  // No version: the database as it is. An upgrade then only means there is none: aborting that
  // first upgrade leaves nothing behind.
  const db = await openDB<CacheSchema>(name, undefined, {
    upgrade(_db, _oldVersion, _newVersion, transaction) {
      missing = true;
      transaction.done.catch(ignore);
      transaction.abort();
    },
  }).catch((error: unknown) => {
    if (missing) return null;
    throw error;
  });
  if (!db) return;
  try {
    if (db.version === SCHEMA_VERSION && hasCacheStores(db)) return await emptyStores(db, scope);
  } finally {
    db.close();
  }
  // A layout this code does not know: a scope cannot be picked out of it, so all of it goes.
  await deleteDB(name);
}

/** `promise`, or a rejection once `ms` have passed (the work itself goes on). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

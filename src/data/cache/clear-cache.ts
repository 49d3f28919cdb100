import { DEFAULT_DB_NAME } from './entry-cache.js';
import { indexedDBFrom } from './idb-entry-cache.js';
import { DEFAULT_OPEN_TIMEOUT_MS, hasCacheStores, SCHEMA_VERSION, scopeRange } from './idb-schema.js';

export interface ClearCacheOptions {
  /** Default 'admin-sessions'. */
  readonly dbName?: string;
  /** Only this scope (see `cacheScope`); everything when omitted. */
  readonly scope?: string;
  /** As in `createEntryCache`; `null` = no IndexedDB, so nothing to clear. */
  readonly indexedDB?: IDBFactory | null;
  /** Give up after this many ms (another tab may hold the database). Default 2000. */
  readonly timeoutMs?: number;
}

/**
 * Forgets cached log pages in IndexedDB, for logout flows: one scope, or all of them. Needs no
 * open cache instance, and does not create the database when there is none. Resolves `true` when
 * the data is gone, `false` when it could not be reached in time (a deletion then stays queued and
 * completes once other tabs let go); never rejects. Open caches keep working: a database of this
 * version is emptied in place, only a foreign or newer-version one is deleted outright.
 * Memory caches are per instance: call their `clear()` too.
 */
export async function clearCache(options: ClearCacheOptions = {}): Promise<boolean> {
  const factory = indexedDBFrom(options);
  if (!factory) return true;
  const name = options.dbName ?? DEFAULT_DB_NAME;
  const timeoutMs = options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  try {
    const db = await openExisting(factory, name, timeoutMs);
    if (!db) return true;
    try {
      if (db.version === SCHEMA_VERSION && hasCacheStores(db)) {
        await emptyStores(db, options.scope);
        return true;
      }
    } finally {
      db.close();
    }
    // A layout this code does not know: a scope cannot be picked out of it, so all of it goes.
    await withTimeout(settle(factory.deleteDatabase(name)), timeoutMs);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database at whatever version it has, or `null` when it does not exist (and is not created).
 * A connection that arrives after the timeout is closed at once, so it never blocks anyone.
 */
function openExisting(factory: IDBFactory, name: string, timeoutMs: number): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new Error(`opening "${name}" did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (db: IDBDatabase | null, error?: unknown) => {
      if (settled) {
        db?.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      if (error === undefined) resolve(db);
      else reject(error);
    };
    const request = factory.open(name);
    let missing = false;
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) {
        missing = true;
        request.transaction?.abort(); // aborting the first upgrade leaves no database behind
      }
    };
    request.onsuccess = () => finish(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      finish(null, missing ? undefined : (request.error ?? new Error('open failed')));
    };
  });
}

function emptyStores(db: IDBDatabase, scope: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['entries', 'views'], 'readwrite');
    for (const name of ['entries', 'views']) {
      const store = tx.objectStore(name);
      if (scope === undefined) store.clear();
      else store.delete(scopeRange(scope));
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

function settle(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

import type { IDBPTransaction } from 'idb';
import type { SessionEntry } from '../entry.js';
import { EntryCacheError, toCacheError } from './cache-error.js';
import type { CacheLimits, CachedView, CachedViewInput, ClosableEntryCache, ResolvedLimits } from './entry-cache.js';
import { DEFAULT_DB_NAME, isExpired, resolveLimits } from './entry-cache.js';
import type { CacheDatabase, CacheSchema } from './idb-schema.js';
import { DEFAULT_OPEN_TIMEOUT_MS, emptyStores, hasIndexedDB, ignore, openCacheDatabase } from './idb-schema.js';
import { checkViewInput, isSessionEntry, parseStoredEntry, parseStoredView, toStoredEntry } from './stored-records.js';

export interface IdbEntryCacheOptions extends CacheLimits {
  /** Default 'admin-sessions'. */
  readonly dbName?: string;
  /** `null` (or `undefined`, given explicitly) stands for a browser without IndexedDB; otherwise the page's own is used. */
  readonly indexedDB?: null;
  /** Give up opening after this many ms (see `openCacheDatabase`). Default 2000. */
  readonly openTimeoutMs?: number;
  /** Called after a read found (and removed) records that fail validation. */
  readonly onCorruptRecord?: () => void;
}

type ReadWrite = IDBPTransaction<CacheSchema, ('entries' | 'views')[], 'readwrite'>;

/**
 * The IndexedDB cache itself. Its calls reject with an `EntryCacheError` when IndexedDB fails;
 * `createEntryCache` wraps it so callers never see that. The connection opens on first use (or
 * `connect()`), closes whenever another tab needs a new version or deletes the database, and
 * reopens on the next call.
 */
export class IdbEntryCache implements ClosableEntryCache {
  readonly kind = 'idb' as const;
  readonly dbName: string;
  readonly #limits: ResolvedLimits;
  /** No IndexedDB when this cache was made (or `indexedDB: null`): it never opens. */
  readonly #missing: boolean;
  readonly #openTimeoutMs: number;
  readonly #onCorruptRecord: () => void;
  #connection: Promise<CacheDatabase> | null = null;

  constructor(options: IdbEntryCacheOptions = {}) {
    this.dbName = options.dbName ?? DEFAULT_DB_NAME;
    this.#limits = resolveLimits(options);
    this.#missing = !hasIndexedDB(options);
    this.#openTimeoutMs = options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
    this.#onCorruptRecord = options.onCorruptRecord ?? ignore;
  }

  /** Opens (or checks) the connection now; rejects with the reason IndexedDB cannot be used. */
  async connect(): Promise<void> {
    await this.#database();
  }

  async read(scope: string, queryKey: string): Promise<CachedView | null> {
    if (typeof scope !== 'string' || typeof queryKey !== 'string') return null;
    const corrupt: [store: 'entries' | 'views', key: [string, string]][] = [];
    const result = await this.#run(async (db) => {
      const now = this.#limits.now();
      const tx = db.transaction(['entries', 'views']);
      const entryStore = tx.objectStore('entries');
      const readView = async (): Promise<CachedView | null> => {
        const record: unknown = await tx.objectStore('views').get([scope, queryKey]);
        if (record === undefined) return null;
        const view = parseStoredView(record, scope, queryKey);
        if (!view) corrupt.push(['views', [scope, queryKey]]);
        if (!view || isExpired(view.savedAt, this.#limits, now)) return null;
        const records: unknown[] = await Promise.all(view.ids.map((id) => entryStore.get([scope, id])));
        const entries: SessionEntry[] = [];
        records.forEach((record, index) => {
          if (record === undefined) return; // evicted since the view was written
          const id = view.ids[index]!;
          const parsed = parseStoredEntry(record, scope, id);
          if (!parsed) corrupt.push(['entries', [scope, id]]);
          else if (!isExpired(parsed.savedAt, this.#limits, now)) entries.push(parsed.entry);
        });
        return { entries, total: view.total, nextCursor: view.nextCursor, savedAt: view.savedAt };
      };
      // Settled together: the transaction is over when the read returns (a close right after never waits for it).
      return (await Promise.all([readView(), tx.done]))[0];
    });
    if (corrupt.length > 0) {
      this.#onCorruptRecord();
      await this.#run(async (db) => {
        const tx = db.transaction(['entries', 'views'], 'readwrite');
        await Promise.all([...corrupt.map(([store, key]) => tx.objectStore(store).delete(key)), tx.done]);
      }).catch(ignore); // removing them is housekeeping; the read already ignored them
    }
    return result;
  }

  async write(scope: string, queryKey: string, input: CachedViewInput): Promise<void> {
    const view = checkViewInput(scope, queryKey, input);
    if (!view) return;
    await this.#run(async (db) => {
      const savedAt = this.#limits.now();
      const entries = view.entries.filter(isSessionEntry);
      const tx = db.transaction(['entries', 'views'], 'readwrite');
      const entryStore = tx.objectStore('entries');
      const requests: Promise<unknown>[] = [tx.done];
      try {
        for (const entry of entries) requests.push(entryStore.put(toStoredEntry(entry, scope, savedAt)));
        requests.push(
          tx.objectStore('views').put({
            scope,
            queryKey,
            ids: entries.map((entry) => entry.id),
            total: view.total,
            nextCursor: view.nextCursor,
            savedAt,
          }),
          this.#evict(tx, savedAt),
        );
      } catch (error) {
        abortQuietly(tx); // a put that threw must not leave the others to commit
        requests.push(Promise.reject(error));
      }
      try {
        await Promise.all(requests);
      } catch (error) {
        throw transactionError(tx) ?? error;
      }
    });
  }

  async clear(scope?: string): Promise<void> {
    if (scope !== undefined && scope !== null && typeof scope !== 'string') return;
    await this.#run((db) => emptyStores(db, scope ?? undefined));
  }

  /** Closes the connection; the next call opens a new one. */
  close(): void {
    const connection = this.#connection;
    this.#connection = null;
    connection?.then((db) => db.close(), ignore);
  }

  /**
   * Age limit (by `savedAt`, through its index: nothing to scan when nothing expired), then the
   * size cap (one `count`, then the keys of the oldest entries by time from the `time` index).
   */
  async #evict(tx: ReadWrite, now: number): Promise<void> {
    const expired = IDBKeyRange.upperBound(now - this.#limits.maxAgeMs, true);
    const entries = tx.objectStore('entries');
    const views = tx.objectStore('views');
    const [oldEntries, oldViews] = await Promise.all([
      entries.index('savedAt').getAllKeys(expired),
      views.index('savedAt').getAllKeys(expired),
    ]);
    const capSize = async () => {
      // Requests run in order: this count comes after the deletions above.
      const excess = (await entries.count()) - this.#limits.maxEntries;
      if (excess > 0) await Promise.all((await entries.index('time').getAllKeys(null, excess)).map((key) => entries.delete(key)));
    };
    await Promise.all([...oldEntries.map((key) => entries.delete(key)), ...oldViews.map((key) => views.delete(key)), capSize()]);
  }

  #database(): Promise<CacheDatabase> {
    if (!this.#connection) {
      const forget = () => {
        if (this.#connection === connection) this.#connection = null;
      };
      // Looked at on every open: idb's `openDB` uses the page's `indexedDB` as it is then.
      const connection =
        this.#missing || !hasIndexedDB()
          ? Promise.reject(new EntryCacheError('unavailable', 'IndexedDB is not available'))
          : openCacheDatabase({ name: this.dbName, timeoutMs: this.#openTimeoutMs, onLost: forget });
      connection.catch(forget);
      this.#connection = connection;
    }
    return this.#connection;
  }

  /**
   * Runs `operation` on an open connection. If the connection was closed under it (another tab's
   * upgrade or delete arrived between opening and starting the transaction), retries once on a new
   * one: starting a transaction is the step that fails then, so nothing ran twice.
   */
  async #run<T>(operation: (db: CacheDatabase) => Promise<T>): Promise<T> {
    try {
      const db = await this.#database();
      try {
        return await operation(db);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'InvalidStateError') || this.#connection !== null) throw error;
        return await operation(await this.#database());
      }
    } catch (error) {
      throw toCacheError(error);
    }
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

/** A transaction's own error (e.g. QuotaExceededError on abort), which says more than the request's. */
function transactionError(tx: { error: DOMException | null }): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null; // older engines throw while the transaction is still running
  }
}

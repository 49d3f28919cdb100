import type { IDBPTransaction } from 'idb';
import { unwrap } from 'idb';
import type { SessionEntry } from '../entry.js';
import { toCacheError } from './cache-error.js';
import type { CacheLimits, CachedView, CachedViewInput, ClosableEntryCache, ResolvedLimits } from './entry-cache.js';
import { DEFAULT_DB_NAME, isExpired, resolveLimits } from './entry-cache.js';
import type { CacheDatabase, CacheSchema } from './idb-schema.js';
import { DEFAULT_OPEN_TIMEOUT_MS, openCacheDatabase, scopeRange } from './idb-schema.js';
import type { StoredView } from './stored-records.js';
import { checkViewInput, isSessionEntry, parseStoredEntry, parseStoredView, toStoredEntry } from './stored-records.js';

export interface IdbEntryCacheOptions extends CacheLimits {
  /** Default 'admin-sessions'. */
  readonly dbName?: string;
  /**
   * The IndexedDB factory; default `globalThis.indexedDB`. Passing `null` (or `undefined`
   * explicitly) stands for a browser without IndexedDB.
   */
  readonly indexedDB?: IDBFactory | null;
  /** Give up opening after this many ms (see `openCacheDatabase`). Default 2000. */
  readonly openTimeoutMs?: number;
  /** Called after a read found (and removed) records that fail validation. */
  readonly onCorruptRecord?: () => void;
}

type Stores = ('entries' | 'views')[];
type ReadWrite = IDBPTransaction<CacheSchema, Stores, 'readwrite'>;

const ignore = () => {};

/** The factory `options` names, or the page's own (`null` where even looking at it throws). */
export function indexedDBFrom(options: { readonly indexedDB?: IDBFactory | null }): IDBFactory | null | undefined {
  if ('indexedDB' in options) return options.indexedDB;
  try {
    return globalThis.indexedDB;
  } catch {
    return null; // a sandboxed iframe or disabled storage throws SecurityError on access
  }
}

/**
 * The IndexedDB cache itself. Its calls reject with an `EntryCacheError` when IndexedDB fails;
 * `createEntryCache` wraps it so callers never see that. The connection opens on first use (or
 * `connect()`), closes whenever another tab needs a new version or deletes the database, and
 * reopens on the next call.
 */
export class IdbEntryCache implements ClosableEntryCache {
  readonly kind = 'idb' as const;
  readonly dbName: string;
  private readonly limits: ResolvedLimits;
  private readonly factory: IDBFactory | null | undefined;
  private readonly openTimeoutMs: number;
  private readonly onCorruptRecord: () => void;
  private connection: Promise<CacheDatabase> | null = null;

  constructor(options: IdbEntryCacheOptions = {}) {
    this.dbName = options.dbName ?? DEFAULT_DB_NAME;
    this.limits = resolveLimits(options);
    this.factory = indexedDBFrom(options);
    this.openTimeoutMs = options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
    this.onCorruptRecord = options.onCorruptRecord ?? ignore;
  }

  /** Opens (or checks) the connection now; rejects with the reason IndexedDB cannot be used. */
  async connect(): Promise<void> {
    await this.database();
  }

  async read(scope: string, queryKey: string): Promise<CachedView | null> {
    if (typeof scope !== 'string' || typeof queryKey !== 'string') return null;
    const corrupt: { store: 'entries' | 'views'; key: [string, string] }[] = [];
    const result = await this.run(async (db) => {
      // Raw requests, settled by the transaction's completion: one wake-up instead of one promise
      // per entry, and the transaction is over when the read returns (a close right after never
      // has to wait for it).
      const now = this.limits.now();
      const tx = unwrap(db).transaction(['entries', 'views'], 'readonly');
      const done = transactionDone(tx);
      const viewRequest = tx.objectStore('views').get([scope, queryKey]);
      const entryStore = tx.objectStore('entries');
      const found: { view: StoredView | null; requests: IDBRequest[] } = { view: null, requests: [] };
      viewRequest.onsuccess = () => {
        if (viewRequest.result === undefined) return;
        const view = parseStoredView(viewRequest.result, scope, queryKey);
        if (!view) corrupt.push({ store: 'views', key: [scope, queryKey] });
        if (!view || isExpired(view.savedAt, this.limits, now)) return;
        found.view = view;
        found.requests = view.ids.map((id) => entryStore.get([scope, id]));
      };
      await done;
      const view = found.view;
      if (!view) return null;
      const entries: SessionEntry[] = [];
      found.requests.forEach((request, index) => {
        const record: unknown = request.result;
        if (record === undefined) return; // evicted since the view was written
        const id = view.ids[index]!;
        const parsed = parseStoredEntry(record, scope, id);
        if (!parsed) corrupt.push({ store: 'entries', key: [scope, id] });
        else if (!isExpired(parsed.savedAt, this.limits, now)) entries.push(parsed.entry);
      });
      return { entries, total: view.total, nextCursor: view.nextCursor, savedAt: view.savedAt };
    });
    if (corrupt.length > 0) {
      this.onCorruptRecord();
      await this.run(async (db) => {
        const tx = db.transaction(['entries', 'views'], 'readwrite');
        for (const { store, key } of corrupt) void tx.objectStore(store).delete(key).catch(ignore);
        await tx.done;
      }).catch(ignore); // removing them is housekeeping; the read already ignored them
    }
    return result;
  }

  async write(scope: string, queryKey: string, input: CachedViewInput): Promise<void> {
    const view = checkViewInput(scope, queryKey, input);
    if (!view) return;
    await this.run(async (db) => {
      const savedAt = this.limits.now();
      const entries = view.entries.filter(isSessionEntry);
      const tx = db.transaction(['entries', 'views'], 'readwrite');
      tx.done.catch(ignore);
      try {
        // Raw requests for the bulk puts: one promise per entry is measurable at 20 000 entries,
        // and a failure aborts the transaction, which `tx.done` reports.
        const entryStore = unwrap(tx.objectStore('entries'));
        for (const entry of entries) entryStore.put(toStoredEntry(entry, scope, savedAt));
        unwrap(tx.objectStore('views')).put({
          scope,
          queryKey,
          ids: entries.map((entry) => entry.id),
          total: view.total,
          nextCursor: view.nextCursor,
          savedAt,
        });
        await this.evict(tx, savedAt);
        await tx.done;
      } catch (error) {
        const cause = transactionError(tx) ?? error;
        abortQuietly(tx); // a put that threw must not leave the others to commit
        throw cause;
      }
    });
  }

  async clear(scope?: string): Promise<void> {
    if (scope !== undefined && scope !== null && typeof scope !== 'string') return;
    await this.run(async (db) => {
      const tx = db.transaction(['entries', 'views'], 'readwrite');
      const target = scope === undefined || scope === null ? null : scopeRange(scope);
      for (const name of ['entries', 'views'] as const) {
        const store = unwrap(tx.objectStore(name));
        if (target) store.delete(target);
        else store.clear();
      }
      await tx.done;
    });
  }

  /** Closes the connection; the next call opens a new one. */
  close(): void {
    const connection = this.connection;
    this.connection = null;
    connection?.then((db) => db.close(), ignore);
  }

  /**
   * Age limit (by `savedAt`, through its index: nothing to scan when nothing expired), then the
   * size cap (one `count`, then the keys of the oldest entries by time from the `time` index).
   */
  private async evict(tx: ReadWrite, now: number): Promise<void> {
    const expired = IDBKeyRange.upperBound(now - this.limits.maxAgeMs, true);
    const entries = tx.objectStore('entries');
    const views = tx.objectStore('views');
    const [oldEntries, oldViews] = await Promise.all([
      entries.index('savedAt').getAllKeys(expired),
      views.index('savedAt').getAllKeys(expired),
    ]);
    for (const key of oldEntries) unwrap(entries).delete(key);
    for (const key of oldViews) unwrap(views).delete(key);
    const excess = (await entries.count()) - this.limits.maxEntries;
    if (excess <= 0) return;
    const oldest = await entries.index('time').getAllKeys(null, excess);
    for (const key of oldest) unwrap(entries).delete(key);
  }

  private database(): Promise<CacheDatabase> {
    if (!this.connection) {
      const connection: Promise<CacheDatabase> = openCacheDatabase({
        factory: this.factory,
        name: this.dbName,
        timeoutMs: this.openTimeoutMs,
        onLost: () => {
          if (this.connection === connection) this.connection = null;
        },
      });
      connection.catch(() => {
        if (this.connection === connection) this.connection = null;
      });
      this.connection = connection;
    }
    return this.connection;
  }

  /**
   * Runs `operation` on an open connection. If the connection was closed under it (another tab's
   * upgrade or delete arrived between opening and starting the transaction), retries once on a new
   * one: starting a transaction is the step that fails then, so nothing ran twice.
   */
  private async run<T>(operation: (db: CacheDatabase) => Promise<T>): Promise<T> {
    try {
      const db = await this.database();
      try {
        return await operation(db);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'InvalidStateError') || this.connection !== null) throw error;
        return await operation(await this.database());
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

/** Resolves when `tx` commits; rejects with its error when it aborts. */
function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}

/** A transaction's own error (e.g. QuotaExceededError on abort), which says more than the request's. */
function transactionError(tx: { error: DOMException | null }): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null; // older engines throw while the transaction is still running
  }
}

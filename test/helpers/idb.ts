import { openDB } from 'idb';

/** Every record of the widget's IndexedDB database (the default 'admin-sessions'): what a warm open can paint. */
export async function storedRecords(name = 'admin-sessions'): Promise<unknown[]> {
  // Opening a database that is not there would make an empty one, which the widget then has to upgrade.
  if (!(await indexedDB.databases()).some((database) => database.name === name)) return [];
  const db = await openDB(name);
  try {
    if (!db.objectStoreNames.contains('entries')) return [];
    return [...(await db.getAll('entries')), ...(await db.getAll('views'))];
  } finally {
    db.close();
  }
}

/**
 * Records every read-only IndexedDB transaction the page starts (the widget's cache reads), each
 * with a promise that settles when it ends. A test that checks a cache miss painted nothing waits
 * for the read to end first, instead of hoping a fixed wait was long enough.
 */
export function watchCacheReads(): { readonly reads: Promise<void>[]; restore(): void } {
  const reads: Promise<void>[] = [];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = transaction.apply(this, args);
    if (tx.mode === 'readonly') {
      reads.push(
        new Promise<void>((resolve) => {
          tx.addEventListener('complete', () => resolve());
          tx.addEventListener('error', () => resolve());
          tx.addEventListener('abort', () => resolve());
        }),
      );
    }
    return tx;
  } as typeof transaction;
  return { reads, restore: () => void (IDBDatabase.prototype.transaction = transaction) };
}

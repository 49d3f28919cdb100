import { DEFAULT_DB_NAME, type CachedView, type CachedViewInput, type ClosableEntryCache, type EntryCacheKind } from './entry-cache.js';

/**
 * A cache whose code comes later (the IndexedDB and memory caches, idb), so that it does not weigh
 * on the first paint. Each call waits for the real cache (`make`, asked once); the log asks the
 * network and the cache side by side, so the wait costs nothing the network does not. Nothing is
 * loaded to read what cannot be there: a memory cache not made yet holds nothing, nor does
 * IndexedDB on a first visit (no database of ours yet). Writes wait for `writesAfter` (the first
 * rows painted). A cache that cannot be made behaves as no cache (reads find nothing).
 */
export class DeferredEntryCache implements ClosableEntryCache {
  readonly kind: EntryCacheKind;
  readonly #make: () => Promise<ClosableEntryCache>;
  #cache: Promise<ClosableEntryCache | null> | null = null;
  #closed = false;

  readonly #writesAfter: Promise<unknown>;

  constructor(kind: EntryCacheKind, make: () => Promise<ClosableEntryCache>, writesAfter: Promise<unknown> = Promise.resolve()) {
    this.kind = kind;
    this.#make = make;
    this.#writesAfter = writesAfter;
  }

  /** Whether a read may find something (see the class). */
  async #mayHold(): Promise<boolean> {
    if (this.#cache || this.kind !== 'idb') return this.#cache !== null;
    const databases = await globalThis.indexedDB?.databases?.().catch(() => null);
    return !databases || databases.some(({ name }) => name === DEFAULT_DB_NAME);
  }

  #real(): Promise<ClosableEntryCache | null> {
    this.#cache ??= this.#make().then(
      (cache) => {
        // Closed before its code arrived: nothing will use it.
        if (this.#closed) cache.close();
        return this.#closed ? null : cache;
      },
      () => null,
    );
    return this.#cache;
  }

  async read(scope: string, queryKey: string): Promise<CachedView | null> {
    return (await this.#mayHold()) ? ((await this.#real())?.read(scope, queryKey) ?? null) : null;
  }

  async write(scope: string, queryKey: string, view: CachedViewInput): Promise<void> {
    await this.#writesAfter;
    await (await this.#real())?.write(scope, queryKey, view);
  }

  async clear(scope?: string): Promise<void> {
    await (await this.#real())?.clear(scope);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    void this.#cache?.then((cache) => cache?.close());
  }
}

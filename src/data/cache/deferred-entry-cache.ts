import type { CachedView, CachedViewInput, ClosableEntryCache, EntryCacheKind } from './entry-cache.js';

/**
 * A cache whose code comes later: the IndexedDB cache and idb are a chunk of their own, so that
 * they do not weigh on the first paint. Each call waits for the real cache (`make`, asked once, at
 * the first call); the log asks the network and the cache side by side, so the wait costs nothing
 * the network does not. A cache that cannot be made behaves as no cache (reads find nothing).
 */
export class DeferredEntryCache implements ClosableEntryCache {
  readonly kind: EntryCacheKind;
  readonly #make: () => Promise<ClosableEntryCache>;
  #cache: Promise<ClosableEntryCache | null> | null = null;
  #closed = false;

  constructor(kind: EntryCacheKind, make: () => Promise<ClosableEntryCache>) {
    this.kind = kind;
    this.#make = make;
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
    return (await this.#real())?.read(scope, queryKey) ?? null;
  }

  async write(scope: string, queryKey: string, view: CachedViewInput): Promise<void> {
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

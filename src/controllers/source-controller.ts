import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createAdapter, FULL_CAPABILITIES, type AdapterCapabilities, type FetchPage } from '../data/adapters/index.js';
import { DeferredEntryCache } from '../data/cache/deferred-entry-cache.js';
import { NoCache } from '../data/cache/no-cache.js';
import { cacheScope, type ClosableEntryCache, type EntryCacheKind } from '../data/cache/entry-cache.js';
import { readEndpoint, type EndpointError } from '../data/endpoint.js';
import { DEFAULT_CACHE_MAX_AGE_HOURS, DEFAULT_CACHE_MAX_ENTRIES, DEFAULT_TIMEOUT_MS, FILL_PAGES, PUQCLOUD_FILL_PAGES } from '../data/defaults.js';
import { warnOnce } from '../data/warn-once.js';
import { readAdapter, readCacheKind, readPositive, readTimeZone } from './config.js';


/** The attributes that say where the log comes from and where it is cached. */
export interface SourceHost extends ReactiveControllerHost {
  readonly endpoint: string;
  readonly adapter: string;
  readonly serverTimeZone: string;
  readonly timeout: number | string;
  readonly fetchPage: FetchPage | null;
  /** `null` (unset): IndexedDB with an identity, else memory, quietly. */
  readonly cache: string | null;
  readonly cacheMaxEntries: number | string;
  readonly cacheMaxAge: number | string;
  readonly currentAdmin: string | null;
  readonly cacheKey: string | null;
}

/** How pages are fetched: an adapter for a server contract, or the page's own `fetchPage`. */
export interface Source {
  readonly fetchPage: FetchPage;
  readonly capabilities: AdapterCapabilities;
}

/**
 * The source of the log: the adapter (or the page's `fetchPage`) for the current attributes, the
 * cache they ask for and its scope (endpoint + viewing admin). Each is made again only when the
 * attributes it depends on change; the cache is closed when the host leaves the page.
 */
export class SourceController implements ReactiveController {
  readonly #host: SourceHost;
  #source: { key: unknown; source: Source } | null = null;
  #cache: { key: string; cache: ClosableEntryCache } | null = null;
  #connected = false;
  /** What the cache's writes wait for (the first rows painted). */
  readonly #writesAfter: Promise<unknown> | undefined;

  constructor(host: SourceHost, writesAfter?: Promise<unknown>) {
    this.#host = host;
    this.#writesAfter = writesAfter;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#cache?.cache.close();
    this.#cache = null;
  }

  /** Why `endpoint` cannot be requested (none while a page's `fetchPage` is used). */
  get endpointProblem(): EndpointError | null {
    return this.#host.fetchPage ? null : readEndpoint(this.#host.endpoint).problem;
  }

  /** The endpoint URL of a built-in adapter; `null` with a page's `fetchPage` or a bad endpoint. */
  get endpointUrl(): string | null {
    return this.#host.fetchPage ? null : readEndpoint(this.#host.endpoint).url;
  }

  /** The adapter in use; `null` while there is no usable endpoint. The same object while nothing it depends on changed. */
  get source(): Source | null {
    const host = this.#host;
    if (host.fetchPage) {
      if (this.#source?.key !== host.fetchPage) this.#source = { key: host.fetchPage, source: { fetchPage: host.fetchPage, capabilities: FULL_CAPABILITIES } };
      return this.#source.source;
    }
    const endpoint = this.endpointUrl;
    if (!endpoint) return null;
    const adapterName = readAdapter(host.adapter);
    const serverTimeZone = this.serverTimeZone;
    const timeoutMs = readPositive(host.timeout, 'timeout', DEFAULT_TIMEOUT_MS);
    const key = JSON.stringify([adapterName, endpoint, serverTimeZone, timeoutMs]);
    if (this.#source?.key !== key) {
      const adapter = createAdapter(adapterName, { endpoint, serverTimeZone, timeoutMs });
      this.#source = { key, source: { fetchPage: adapter.fetchPage, capabilities: adapter.capabilities } };
    }
    return this.#source.source;
  }

  /** What the server can do itself (search fields, sorting); the rest is done over loaded rows. */
  get capabilities(): AdapterCapabilities {
    return this.source?.capabilities ?? FULL_CAPABILITIES;
  }

  /** Whether the log comes from the native contract's server, which may have a histogram endpoint. */
  get isNative(): boolean {
    return !this.#host.fetchPage && readAdapter(this.#host.adapter) === 'native';
  }

  /**
   * Pages loaded on their own per query to find sparse matches over the loaded rows. PUQcloud logs
   * every request to its own log as a new row, so a burst of pages would fill the view with the
   * widget's own requests: fewer there.
   */
  get fillPages(): number {
    return !this.#host.fetchPage && readAdapter(this.#host.adapter) === 'puqcloud' ? PUQCLOUD_FILL_PAGES : FILL_PAGES;
  }

  get serverTimeZone(): string {
    return readTimeZone(this.#host.serverTimeZone, 'server-time-zone', 'UTC');
  }

  /** The cache scope: the endpoint and the viewing admin. */
  get scope(): string {
    return cacheScope(readEndpoint(this.#host.endpoint).url ?? 'fetchPage', this.#host.currentAdmin ?? this.#host.cacheKey);
  }

  /**
   * The cache the attributes ask for (IndexedDB only with an identity to keep admins apart); none
   * while the host is off the page, so a late answer to a removed widget opens no database.
   */
  get cache(): ClosableEntryCache | null {
    if (!this.#connected) return null;
    const key = this.#cacheKey();
    if (this.#cache?.key !== key) {
      this.#cache?.cache.close();
      this.#cache = { key, cache: this.#createCache() };
    }
    return this.#cache.cache;
  }

  /** Forgets every cached page of the scope, also while the host is off the page (a logout after removing it). */
  async clear(): Promise<void> {
    const cache = this.cache ?? this.#createCache();
    try {
      await cache.clear(this.scope);
    } finally {
      if (cache !== this.#cache?.cache) cache.close();
    }
  }

  #settings(): { kind: EntryCacheKind; maxEntries: number; maxAgeMs: number } {
    const host = this.#host;
    let kind: EntryCacheKind = readCacheKind(host.cache);
    if (kind === 'idb' && !host.currentAdmin && !host.cacheKey) {
      // Without an identity two admins sharing a browser would share a cache: keep it in memory.
      // Said only when the page asked for IndexedDB: the default (the README's snippet) stays quiet.
      if (host.cache?.trim()) warnOnce('cache="idb" needs current-admin or cache-key to keep admins apart; caching in memory only.');
      kind = 'memory';
    }
    const maxEntries = Math.floor(readPositive(host.cacheMaxEntries, 'cache-max-entries', DEFAULT_CACHE_MAX_ENTRIES));
    const maxAgeMs = readPositive(host.cacheMaxAge, 'cache-max-age', DEFAULT_CACHE_MAX_AGE_HOURS) * 3_600_000;
    return { kind, maxEntries, maxAgeMs };
  }

  #cacheKey(): string {
    const { kind, maxEntries, maxAgeMs } = this.#settings();
    return JSON.stringify([kind, maxEntries, maxAgeMs]);
  }

  /** The caches' code (IndexedDB with idb, memory) comes in a chunk, loaded at its first use. */
  #createCache(): ClosableEntryCache {
    const settings = this.#settings();
    if (settings.kind === 'none') return new NoCache();
    const make = () => import('../data/cache/create-entry-cache.js').then((module) => module.createEntryCache({ ...settings, warn: (message) => warnOnce(message) }));
    return new DeferredEntryCache(settings.kind, make, this.#writesAfter);
  }
}

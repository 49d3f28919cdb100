import { DEFAULT_CACHE_MAX_AGE_MS, DEFAULT_CACHE_MAX_ENTRIES } from '../defaults.js';
import type { SessionEntry } from '../entry.js';

/** Where cached log pages live: IndexedDB, this page's memory only, or nowhere. */
export type EntryCacheKind = 'idb' | 'memory' | 'none';

/** What the caller hands the cache: one loaded view of the log, entries in display order. */
export interface CachedViewInput {
  readonly entries: readonly SessionEntry[];
  readonly total: number | null;
  readonly nextCursor: string | null;
}

/** A view read back from the cache. */
export interface CachedView {
  /** In the order they were written; fewer than written when some were evicted since. */
  readonly entries: SessionEntry[];
  readonly total: number | null;
  readonly nextCursor: string | null;
  /** When the view was written (ms since the epoch, by the cache's clock), for "cached, 3 min old". */
  readonly savedAt: number;
}

/**
 * Log pages cached per scope (endpoint + viewing admin, see `cacheScope`) and query (`queryKey`).
 * Implementations made by `createEntryCache` never throw or reject.
 */
export interface EntryCache {
  /** Where writes go now; a cache from `createEntryCache({ kind: 'idb' })` turns 'memory' when IndexedDB fails. */
  readonly kind: EntryCacheKind;
  /** The view last written for this scope and query, or `null` when there is none (or it is too old). */
  read(scope: string, queryKey: string): Promise<CachedView | null>;
  /** Stores the view; its entries are copied field by field (see `copySessionEntry`), nothing else is kept. */
  write(scope: string, queryKey: string, view: CachedViewInput): Promise<void>;
  /** Forgets one scope, or everything when `scope` is omitted. */
  clear(scope?: string): Promise<void>;
}

/** A cache its owner can release (an element's `disconnectedCallback`); it reopens on the next call. */
export interface ClosableEntryCache extends EntryCache {
  close(): void;
}

/** How much a cache keeps. Shared by the IndexedDB and the memory caches so both behave alike. */
export interface CacheLimits {
  /**
   * At most this many entries per database (all scopes together); past it the entries with the
   * oldest `time` go first. Default 20 000.
   */
  readonly maxEntries?: number;
  /**
   * Entries and views last *written* longer ago than this are dropped (by `savedAt`, not by the
   * entry's own time: a cached page of last month's log is as useful as today's). Default 24 h.
   */
  readonly maxAgeMs?: number;
  /** The clock, injectable for tests. Default `Date.now`. */
  readonly now?: () => number;
}

export const DEFAULT_DB_NAME = 'admin-sessions';

/** `CacheLimits` with defaults applied and nonsense (negative, NaN) replaced by the defaults. */
export interface ResolvedLimits {
  readonly maxEntries: number;
  readonly maxAgeMs: number;
  readonly now: () => number;
}

export function resolveLimits(limits: CacheLimits): ResolvedLimits {
  const count = (value: number | undefined, fallback: number) =>
    typeof value === 'number' && value >= 0 && Number.isFinite(value) ? Math.floor(value) : fallback;
  return {
    maxEntries: count(limits.maxEntries, DEFAULT_CACHE_MAX_ENTRIES),
    maxAgeMs: count(limits.maxAgeMs, DEFAULT_CACHE_MAX_AGE_MS),
    now: limits.now ?? Date.now,
  };
}

/** Whether something written at `savedAt` is past `maxAgeMs` at `now`. */
export function isExpired(savedAt: number, limits: ResolvedLimits, now = limits.now()): boolean {
  return now - savedAt > limits.maxAgeMs;
}

/**
 * The cache scope for one endpoint seen by one admin, so two admins sharing a browser never read
 * each other's cache. `identity` is the viewing admin's stable id (or e-mail); with `null` (not
 * known) every anonymous viewer of the endpoint shares one scope, so prefer `kind: 'memory'` then.
 */
export function cacheScope(endpoint: string, identity: string | null): string {
  // JSON keeps the two parts apart: ('a|b', 'c') and ('a', 'b|c') stay different scopes.
  return JSON.stringify([endpoint.trim(), identity]);
}

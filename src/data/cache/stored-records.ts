import type { SessionAdmin, SessionEntry } from '../entry.js';
import { SESSION_ADMIN_KEYS, SESSION_ENTRY_KEYS } from '../entry.js';
import type { CachedViewInput } from './entry-cache.js';

/** An entry as stored: the whitelisted `SessionEntry` fields plus its scope and when it was written. */
export interface StoredEntry extends SessionEntry {
  readonly scope: string;
  readonly savedAt: number;
}

/** A view as stored: the entries it showed, by id and in display order. */
export interface StoredView {
  readonly scope: string;
  readonly queryKey: string;
  readonly ids: string[];
  readonly total: number | null;
  readonly nextCursor: string | null;
  readonly savedAt: number;
}

/** The only keys a stored entry record may have. */
const STORED_ENTRY_KEYS: readonly string[] = [...SESSION_ENTRY_KEYS, 'scope', 'savedAt'];
const STORED_VIEW_KEYS: readonly string[] = ['scope', 'queryKey', 'ids', 'total', 'nextCursor', 'savedAt'];

/**
 * A field-by-field copy of exactly the `SessionEntry` fields, so whatever else the object carries
 * (a stray `session_id`, admin notes) is never stored. Written out rather than looped over
 * `SESSION_ENTRY_KEYS` so the compiler flags it when `SessionEntry` changes.
 */
export function copySessionEntry(entry: SessionEntry): SessionEntry {
  return {
    id: entry.id,
    time: entry.time,
    admin: entry.admin === null ? null : copyAdmin(entry.admin),
    ip: entry.ip,
    url: entry.url,
    type: entry.type,
    method: entry.method,
    userAgent: entry.userAgent,
  };
}

function copyAdmin(admin: SessionAdmin): SessionAdmin {
  return { id: admin.id, name: admin.name, email: admin.email };
}

export function toStoredEntry(entry: SessionEntry, scope: string, savedAt: number): StoredEntry {
  const { id, time, admin, ip, url, type, method, userAgent } = copySessionEntry(entry);
  return { scope, id, time, admin, ip, url, type, method, userAgent, savedAt };
}

type Loose = Record<string, unknown>;

/**
 * The view to store, or `null` when the caller passed something that is not one (the types forbid
 * it, but a cache must not fail, nor give up on IndexedDB, over a caller's bug).
 */
export function checkViewInput(scope: unknown, queryKey: unknown, view: unknown): CachedViewInput | null {
  if (typeof scope !== 'string' || typeof queryKey !== 'string' || !isObject(view) || !Array.isArray(view.entries)) return null;
  return {
    entries: view.entries,
    total: isTime(view.total) && view.total >= 0 ? view.total : null,
    nextCursor: isText(view.nextCursor) ? view.nextCursor : null,
  };
}
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const onlyKeys = (value: Loose, allowed: readonly string[]) => Object.keys(value).every((key) => allowed.includes(key));

function isAdmin(value: unknown): value is SessionAdmin {
  return (
    isObject(value) &&
    isTextOrNull(value.id) &&
    isText(value.name) &&
    isText(value.email)
  );
}

/** Whether `value` has every `SessionEntry` field with a usable value (extra keys are allowed here). */
export function isSessionEntry(value: unknown): value is SessionEntry {
  return (
    isObject(value) &&
    isText(value.id) &&
    isTime(value.time) &&
    (value.admin === null || isAdmin(value.admin)) &&
    isTextOrNull(value.ip) &&
    isText(value.url) &&
    (value.type === 'WEB' || value.type === 'API') &&
    isText(value.method) &&
    isTextOrNull(value.userAgent)
  );
}

/**
 * The entry in a stored record, or `null` when the record is corrupt: a bad field, a key outside
 * the whitelist (a record from a buggy or foreign writer must not leak), or a key that does not
 * match where it was found.
 */
export function parseStoredEntry(value: unknown, scope: string, id: string): { entry: SessionEntry; savedAt: number } | null {
  if (!isSessionEntry(value)) return null;
  const record = value as unknown as Loose;
  if (!onlyKeys(record, STORED_ENTRY_KEYS) || (value.admin && !onlyKeys(value.admin as unknown as Loose, SESSION_ADMIN_KEYS))) return null;
  if (record.scope !== scope || value.id !== id || !isTime(record.savedAt)) return null;
  return { entry: copySessionEntry(value), savedAt: record.savedAt };
}

/** The stored view, or `null` when the record is corrupt. */
export function parseStoredView(value: unknown, scope: string, queryKey: string): StoredView | null {
  if (!isObject(value) || !onlyKeys(value, STORED_VIEW_KEYS)) return null;
  const { ids, total, nextCursor, savedAt } = value;
  if (value.scope !== scope || value.queryKey !== queryKey) return null;
  if (!Array.isArray(ids) || !ids.every(isText)) return null;
  if (!(total === null || (isTime(total) && total >= 0)) || !isTextOrNull(nextCursor) || !isTime(savedAt)) return null;
  return { scope, queryKey, ids: [...ids], total, nextCursor, savedAt };
}

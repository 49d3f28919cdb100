/** The two kinds of logged request: through the panel's web UI or through its API. */
export type RequestType = 'WEB' | 'API';

/** HTTP methods the log records; anything else a server sends is kept as its upper-cased text. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | (string & {});

/** Who made the request. `null` on the entry when the admin record was deleted. */
export interface SessionAdmin {
  /** The admin's stable id (PUQcloud: uuid). */
  readonly id: string | null;
  /** Display name, already decoded (never HTML). */
  readonly name: string;
  readonly email: string;
}

/**
 * One logged admin request: the only shape elements render and the cache stores.
 * Adapters whitelist into this shape; nothing else a server sends (session ids, admin notes,
 * debug SQL) ever gets past them.
 */
export interface SessionEntry {
  readonly id: string;
  /** Milliseconds since the epoch (UTC). */
  readonly time: number;
  readonly admin: SessionAdmin | null;
  readonly ip: string | null;
  readonly url: string;
  readonly type: RequestType;
  readonly method: HttpMethod;
  /** Kept for row details; not shown in the table. */
  readonly userAgent: string | null;
}

/** The keys a `SessionEntry` may carry; used to prove storage and events hold nothing else. */
export const SESSION_ENTRY_KEYS = ['id', 'time', 'admin', 'ip', 'url', 'type', 'method', 'userAgent'] as const;
export const SESSION_ADMIN_KEYS = ['id', 'name', 'email'] as const;

/** Newest first, ties broken by id so the order is total and stable. */
export function compareNewestFirst(a: SessionEntry, b: SessionEntry): number {
  return b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

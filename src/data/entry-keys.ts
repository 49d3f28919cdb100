import type { SessionEntry } from './entry.js';

/**
 * The lower-cased search and sort keys of an entry, shared by the view (`view.ts`: keyword, sort)
 * and the query language (`insights/query-language.ts`: term matching), so neither imports the other.
 */
export interface EntryKeys {
  readonly admin: string;
  readonly email: string;
  readonly ip: string;
  readonly url: string;
  readonly method: string;
  readonly type: string;
}

const keysCache = new WeakMap<SessionEntry, EntryKeys>();

/** Lower-cased search and sort keys of an entry, computed once per entry object. */
export function entryKeys(entry: SessionEntry): EntryKeys {
  let keys = keysCache.get(entry);
  if (!keys) {
    keys = {
      admin: (entry.admin?.name ?? '').toLowerCase(),
      email: (entry.admin?.email ?? '').toLowerCase(),
      ip: (entry.ip ?? '').toLowerCase(),
      url: entry.url.toLowerCase(),
      method: entry.method.toLowerCase(),
      type: entry.type.toLowerCase(),
    };
    keysCache.set(entry, keys);
  }
  return keys;
}

/** The auto-refresh choice an admin made on a page. */
export interface RefreshPreference {
  readonly enabled: boolean;
  /** Seconds between refreshes. */
  readonly interval: number;
}

/** The part of `Storage` this needs; `localStorage` by default. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** One remembered choice per page: `admin-sessions:refresh:/admin/sessions`. */
export function refreshPreferenceKey(pathname: string = globalThis.location?.pathname ?? '/'): string {
  return `admin-sessions:refresh:${pathname}`;
}

/** `localStorage`, or `null` where reading it throws (sandboxed frames, blocked storage). */
function defaultPreferenceStorage(): PreferenceStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The remembered choice, field by field: a field that is missing or malformed is left out, and
 * storage that is unavailable, throws or holds something else gives `null`.
 */
export function readRefreshPreference(
  key: string = refreshPreferenceKey(),
  storage: PreferenceStorage | null = defaultPreferenceStorage(),
): Partial<RefreshPreference> | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { enabled, interval } = value as Record<string, unknown>;
  const preference: { enabled?: boolean; interval?: number } = {};
  if (typeof enabled === 'boolean') preference.enabled = enabled;
  if (typeof interval === 'number' && Number.isFinite(interval) && interval > 0) preference.interval = interval;
  return preference;
}

/** Remembers the choice; returns `false` when storage is unavailable or full (the choice then lasts for this page view only). */
export function writeRefreshPreference(
  preference: RefreshPreference,
  key: string = refreshPreferenceKey(),
  storage: PreferenceStorage | null = defaultPreferenceStorage(),
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ enabled: preference.enabled, interval: preference.interval }));
    return true;
  } catch {
    return false;
  }
}

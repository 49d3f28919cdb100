import { ADAPTER_NAMES, isAdapterName, type AdapterName } from '../data/adapters/index.js';
import { isValidTimeZone } from '../data/time-zone.js';
import { DEFAULT_PAGE_SIZE, DEFAULT_REFRESH_INTERVAL, MAX_PAGE_SIZE, MAX_REFRESH_INTERVAL } from '../data/defaults.js';
import { warnOnce } from '../data/warn-once.js';

/**
 * Reading the element's attributes safely: a bad value never throws; it warns once and falls
 * back to the default, and the element says so where a person will see it.
 */
const PAGE_SIZE = { min: 1, max: MAX_PAGE_SIZE, fallback: DEFAULT_PAGE_SIZE } as const;

export function readAdapter(value: string | null | undefined): AdapterName {
  const name = (value ?? 'native').trim().toLowerCase() || 'native';
  if (isAdapterName(name)) return name;
  warnOnce(`adapter="${value}" is not one of ${ADAPTER_NAMES.join(', ')}; using "native".`);
  return 'native';
}

export function readPageSize(value: unknown): number {
  const size = Number(value);
  if (!Number.isFinite(size) || size < PAGE_SIZE.min) {
    warnOnce(`page-size="${String(value)}" is not a positive number; using ${PAGE_SIZE.fallback}.`);
    return PAGE_SIZE.fallback;
  }
  if (size > PAGE_SIZE.max) {
    warnOnce(`page-size="${String(value)}" is more than ${PAGE_SIZE.max}; using ${PAGE_SIZE.max}.`);
    return PAGE_SIZE.max;
  }
  return Math.floor(size);
}

export function readTimeZone(value: string | null | undefined, what: string, fallback: string): string {
  if (!value) return fallback;
  if (isValidTimeZone(value)) return value;
  warnOnce(`${what}="${value}" is not a time zone this browser knows; using ${fallback}.`);
  return fallback;
}

export function readCacheKind(value: string | null | undefined): 'idb' | 'memory' | 'none' {
  const kind = (value ?? 'idb').trim().toLowerCase() || 'idb';
  if (kind === 'idb' || kind === 'memory' || kind === 'none') return kind;
  warnOnce(`cache="${value}" is not one of idb, memory, none; using "idb".`);
  return 'idb';
}

/** Seconds between refreshes: a whole number from 1 to `MAX_REFRESH_INTERVAL`, else the default. */
export function readRefreshInterval(value: unknown): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > MAX_REFRESH_INTERVAL) {
    warnOnce(`refresh-interval="${String(value)}" is not a number of seconds between 1 and ${MAX_REFRESH_INTERVAL}; using ${DEFAULT_REFRESH_INTERVAL}.`);
    return DEFAULT_REFRESH_INTERVAL;
  }
  return Math.round(seconds);
}

/**
 * A positive number attribute (`timeout`, `max-entries`, `cache-max-entries`, `cache-max-age`):
 * anything else warns once and gives `fallback`; values above `max` are clamped to it.
 */
export function readPositive(value: unknown, attribute: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const number = typeof value === 'string' && value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    warnOnce(`${attribute}="${String(value)}" is not a positive number; using ${fallback}.`);
    return fallback;
  }
  if (number > max) {
    warnOnce(`${attribute}="${String(value)}" is more than ${max}; using ${max}.`);
    return max;
  }
  return number;
}

/** An ISO 8601 attribute as ms since the epoch; `null` when empty, warned about and `null` when unreadable. */
export function readInstant(value: string | null | undefined, what: string): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    warnOnce(`${what}="${value}" is not an ISO 8601 date-time; ignoring it.`);
    return null;
  }
  return time;
}

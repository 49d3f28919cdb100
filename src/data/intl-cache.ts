/**
 * The one cache of `Intl` formatters. Building one costs far more than using it (tens of µs, more
 * with a time zone), and the table, the histogram, the dictionaries and the PUQcloud adapter's
 * wall-clock arithmetic each ask for the same few again and again. Keys are strings from attributes
 * (locales, time zones), so the cache is bounded: least recently used out past `MAX_FORMATTERS`.
 * Plain TypeScript in the data layer, so the adapters (`time-zone.ts`) use it as well as the elements.
 */

import { BoundedMap } from './bounded-map.js';

/** More than a page ever uses at once (a few locales × zones × option sets). */
export const MAX_FORMATTERS = 128;

const formatters = new BoundedMap<string, object>(MAX_FORMATTERS);

function cached<T extends object>(kind: string, locale: string | undefined, options: object | undefined, create: () => T): T {
  const key = `${kind}|${locale ?? ''}|${options ? JSON.stringify(options) : ''}`;
  const hit = formatters.get(key);
  if (hit) return hit as T;
  // A bad time zone or locale throws here, and nothing is kept.
  const made = create();
  formatters.set(key, made);
  return made;
}

/** `undefined` locale = the runtime's; `timeZone` in `options` (undefined = the viewer's). Throws for an unknown zone. */
export function dateTimeFormat(locale: string | undefined, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function listFormat(locale: string | undefined, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options));
}

export function pluralRules(locale: string | undefined, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

/** How many formatters are kept (for tests). */
export function cachedFormatterCount(): number {
  return formatters.size;
}

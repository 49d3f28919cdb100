/**
 * The fields' dates in a flatpickr format, for an explicit `date-format` (the default follows the
 * element's language: date-text.ts). In the calendar's chunk, as it needs flatpickr and its locale
 * for month and weekday names.
 */
import flatpickr from 'flatpickr';
import { createDateParser } from 'flatpickr/dist/esm/utils/dates.js';
import type { Locale } from 'flatpickr/dist/types/locale';
import { fromCalendarDate, toCalendarDate } from './calendar-dates.js';
import type { DateText } from './date-text.js';

// flatpickr's static formatter accepts a locale at run time; its typings omit that parameter.
const formatDate = flatpickr.formatDate as (date: Date, format: string, locale?: Locale) => string;

/** An instant as text in a flatpickr format (`d-m-Y H:i`), on the wall clock of `timeZone`. */
export function formatInstant(epochMs: number, format: string, locale: Locale, timeZone: string | undefined): string {
  return formatDate(toCalendarDate(epochMs, timeZone), format, locale);
}

// flatpickr's parser, quiet: its static one warns in the console for every text that is not a date.
const parseDate = createDateParser({ config: { errorHandler: () => undefined } });

/** Text compared loosely: case, spacing and zero padding do not matter (`05-1-2026  9:05` is `5-1-2026 9:5`). */
const loosely = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\d+/g, (digits) => String(Number(digits)));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Typed text read in a flatpickr format, or `null` when it is not a date in that format. Stricter
 * than flatpickr's own parser, which accepts any prefix ("15" is 15 January) and rolls impossible
 * dates over (31-02 becomes 03-03): the date read must write back as the text typed. Month names
 * (`M`, `F`) are read in any case and script as month numbers, and AM/PM (`K`) here: flatpickr reads
 * names case-sensitively in Latin letters only, and AM/PM not at all.
 */
export function parseInstant(text: string, format: string, locale: Locale, timeZone: string | undefined): number | null {
  const { longhand, shorthand } = locale.months;
  const months = [...longhand, ...shorthand];
  // Long names first, so that "März" is not read as "Mär" and a stray "z".
  const names = new RegExp(months.map(escapeRegExp).join('|'), 'giu');
  const numeric = format.replace(/(\\.)|[FM]/g, (_, escaped?: string) => escaped ?? 'n');
  const typed = (numeric === format ? text : text.replace(names, (name) => String((months.findIndex((month) => loosely(month) === loosely(name)) % 12) + 1)))
    .trim()
    .replace(/\s+/g, ' ');
  const date = parseDate(typed, numeric, false, locale);
  if (!date) return null;
  if (/(^|[^\\])K/.test(format)) date.setHours((date.getHours() % 12) + (loosely(typed).includes(loosely(locale.amPM[1])) ? 12 : 0));
  return loosely(formatDate(date, numeric, locale)) === loosely(typed) ? fromCalendarDate(date, timeZone) : null;
}

/** How each flatpickr token reads in a hint such as "DD-MM-YYYY HH:mm". */
const TOKEN_HINTS: Readonly<Record<string, string>> = {
  d: 'DD',
  j: 'D',
  J: 'Do',
  D: 'ddd',
  l: 'dddd',
  m: 'MM',
  n: 'M',
  M: 'MMM',
  F: 'MMMM',
  Y: 'YYYY',
  y: 'YY',
  H: 'HH',
  G: 'hh',
  h: 'h',
  i: 'mm',
  S: 'ss',
  s: 's',
  K: 'AM/PM',
  U: 'unix seconds',
};

/** A flatpickr format written for people: `d-m-Y H:i` → `DD-MM-YYYY HH:mm`. */
export function describeFormat(format: string): string {
  let hint = '';
  for (let i = 0; i < format.length; i++) {
    const char = format[i]!;
    if (char === '\\') {
      hint += format[i + 1] ?? '';
      i++;
    } else {
      hint += TOKEN_HINTS[char] ?? char;
    }
  }
  return hint;
}

/** The fields' dates in a flatpickr format (`d-m-Y H:i`), names in `locale`, on the wall clock of `timeZone`. */
export function flatpickrDateText(format: string, locale: Locale, timeZone: string | undefined): DateText {
  return {
    hint: describeFormat(format),
    format: (instant) => formatInstant(instant, format, locale, timeZone),
    parse: (text) => parseInstant(text, format, locale, timeZone),
  };
}

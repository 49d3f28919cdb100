/**
 * Instants ⇄ what the calendar shows and what the user types. flatpickr only knows the browser's
 * zone, so for another zone it is handed "calendar dates": Date objects whose *local* fields are the
 * wall-clock time in that zone.
 */
import flatpickr from 'flatpickr';
import type { Locale } from 'flatpickr/dist/types/locale';
import { fromWallTime, toWallTime } from '../../data/time-zone.js';

// flatpickr's static helpers accept a locale at run time; its typings omit that parameter.
const formatDate = flatpickr.formatDate as (date: Date, format: string, locale?: Locale) => string;
const parseDate = flatpickr.parseDate as (
  date: string,
  format: string,
  timeless?: boolean,
  locale?: Locale,
) => Date | undefined;

const millisOf = (epochMs: number) => ((epochMs % 1000) + 1000) % 1000;

/** The Date flatpickr should show for an instant (`timeZone` undefined = the browser's zone). */
export function toCalendarDate(epochMs: number, timeZone: string | undefined): Date {
  if (!timeZone) return new Date(epochMs);
  const wall = toWallTime(epochMs, timeZone);
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millisOf(epochMs));
}

/** The instant a calendar date stands for. */
export function fromCalendarDate(date: Date, timeZone: string | undefined): number {
  if (!timeZone) return date.getTime();
  const wall = {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
  return fromWallTime(wall, timeZone) + date.getMilliseconds();
}

/** An instant as text in a flatpickr format (`d-m-Y H:i`), on the wall clock of `timeZone`. */
export function formatInstant(epochMs: number, format: string, locale: Locale, timeZone: string | undefined): string {
  return formatDate(toCalendarDate(epochMs, timeZone), format, locale);
}

/** Case, spacing and zero padding do not matter when comparing typed text with the format. */
function normalize(text: string): string {
  return text
    .trim()
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\d+/g, (digits) => String(Number(digits)));
}

/**
 * Typed text read in a flatpickr format, or `null` when it is not a date in that format. flatpickr's
 * own parser accepts any prefix ("15" is 15 January) and rolls over impossible dates (31-02 becomes
 * 03-03); the text must therefore survive a round trip through the format to count.
 */
export function parseInstant(
  text: string,
  format: string,
  locale: Locale,
  timeZone: string | undefined,
): number | null {
  let date: Date | undefined;
  try {
    date = parseDate(text.trim(), format, false, locale);
  } catch {
    return null;
  }
  if (!date || Number.isNaN(date.getTime())) return null;
  if (normalize(formatDate(date, format, locale)) !== normalize(text)) return null;
  return fromCalendarDate(date, timeZone);
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

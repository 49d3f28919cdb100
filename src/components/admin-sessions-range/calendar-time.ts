/**
 * Instants ⇄ what the calendar shows and what the user types. flatpickr only knows the browser's
 * zone, so for another zone it is handed "calendar dates": Date objects whose *local* fields are the
 * wall-clock time in that zone.
 */
import flatpickr from 'flatpickr';
import type { Locale } from 'flatpickr/dist/types/locale';
import { fromWallTime, toWallTime } from '../../data/time-zone.js';

// flatpickr's static formatter accepts a locale at run time; its typings omit that parameter.
const formatDate = flatpickr.formatDate as (date: Date, format: string, locale?: Locale) => string;
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

interface Fields {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  /** Set by `U` and `Z`, which name an instant outright. */
  instant?: number;
}

interface TokenReader {
  pattern: (locale: Locale) => string;
  /** Stores the matched text; false when it is out of range. */
  read: (text: string, fields: Fields, locale: Locale) => boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (names: readonly string[]) => names.map(escapeRegExp).join('|');
const indexOfName = (names: readonly string[], text: string) =>
  names.findIndex((name) => name.toLocaleLowerCase() === text.toLocaleLowerCase());

function numberField(key: keyof Omit<Fields, 'pm'>, digits: string, min: number, max: number, offset = 0): TokenReader {
  return {
    pattern: () => digits,
    read: (text, fields) => {
      const value = Number(text) + offset;
      fields[key] = value;
      return value >= min && value <= max;
    },
  };
}

const ignored = (pattern: (locale: Locale) => string): TokenReader => ({ pattern, read: () => true });

/** The flatpickr tokens typed text may use (https://flatpickr.js.org/formatting/). */
const TOKENS: Readonly<Record<string, TokenReader>> = {
  d: numberField('day', '\\d{1,2}', 1, 31),
  j: numberField('day', '\\d{1,2}', 1, 31),
  J: {
    // Day with an ordinal suffix: "1st", "15th".
    pattern: () => '\\d{1,2}\\p{L}*',
    read: (text, fields) => (fields.day = Number.parseInt(text, 10)) >= 1 && fields.day <= 31,
  },
  m: numberField('month', '\\d{1,2}', 1, 12),
  n: numberField('month', '\\d{1,2}', 1, 12),
  M: {
    pattern: (locale) => alternatives(locale.months.shorthand),
    read: (text, fields, locale) => (fields.month = indexOfName(locale.months.shorthand, text) + 1) > 0,
  },
  F: {
    pattern: (locale) => alternatives(locale.months.longhand),
    read: (text, fields, locale) => (fields.month = indexOfName(locale.months.longhand, text) + 1) > 0,
  },
  Y: numberField('year', '\\d{4}', 1000, 9999),
  y: numberField('year', '\\d{2}', 2000, 2099, 2000),
  H: numberField('hour', '\\d{1,2}', 0, 23),
  G: numberField('hour12', '\\d{1,2}', 1, 12),
  h: numberField('hour12', '\\d{1,2}', 1, 12),
  K: {
    pattern: (locale) => alternatives(locale.amPM),
    read: (text, fields, locale) => {
      fields.pm = indexOfName(locale.amPM, text) === 1;
      return true;
    },
  },
  i: numberField('minute', '\\d{1,2}', 0, 59),
  S: numberField('second', '\\d{1,2}', 0, 59),
  s: numberField('second', '\\d{1,2}', 0, 59),
  U: {
    pattern: () => '-?\\d+',
    read: (text, fields) => Number.isFinite((fields.instant = Number(text) * 1000)),
  },
  Z: {
    pattern: () => '\\S+',
    read: (text, fields) => Number.isFinite((fields.instant = Date.parse(text))),
  },
  D: ignored((locale) => alternatives(locale.weekdays.shorthand)),
  l: ignored((locale) => alternatives(locale.weekdays.longhand)),
  w: ignored(() => '\\d'),
  W: ignored(() => '\\d{1,2}'),
};

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The fields of text typed in a flatpickr format, or `null` when the text does not fit it. */
function readFields(text: string, format: string, locale: Locale): Fields | null {
  let pattern = '';
  const readers: TokenReader[] = [];
  for (let i = 0; i < format.length; i++) {
    const char = format[i]!;
    const token = TOKENS[char];
    if (char === '\\') {
      pattern += escapeRegExp(format[i + 1] ?? '');
      i++;
    } else if (token) {
      pattern += `(${token.pattern(locale)})`;
      readers.push(token);
    } else {
      pattern += /\s/.test(char) ? '\\s+' : escapeRegExp(char);
    }
  }
  const match = new RegExp(`^\\s*${pattern}\\s*$`, 'iu').exec(text);
  if (!match) return null;
  const fields: Fields = {};
  const valid = readers.every((reader, index) => reader.read(match[index + 1]!, fields, locale));
  return valid ? fields : null;
}

/**
 * Typed text read in a flatpickr format, or `null` when it is not a date in that format. Stricter
 * than flatpickr's own parser, which accepts any prefix ("15" is 15 January) and rolls impossible
 * dates over (31-02 becomes 03-03). Case, spacing and zero padding do not matter.
 */
export function parseInstant(
  text: string,
  format: string,
  locale: Locale,
  timeZone: string | undefined,
): number | null {
  const fields = readFields(text, format, locale);
  if (!fields) return null;
  if (fields.instant !== undefined) return fields.instant;
  const now = toCalendarDate(Date.now(), timeZone);
  const year = fields.year ?? now.getFullYear();
  const month = fields.month ?? 1;
  const day = fields.day ?? 1;
  if (day > daysInMonth(year, month)) return null;
  const hour = fields.hour ?? (fields.hour12 === undefined ? 0 : (fields.hour12 % 12) + (fields.pm ? 12 : 0));
  const wall = { year, month, day, hour, minute: fields.minute ?? 0, second: fields.second ?? 0 };
  if (timeZone) return fromWallTime(wall, timeZone);
  return new Date(year, month - 1, day, wall.hour, wall.minute, wall.second).getTime();
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

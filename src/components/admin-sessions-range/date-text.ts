/**
 * Dates as the Start and End fields write and read them: in the element's language (Intl), like
 * the button and the table (`12/06/2026, 14:05` in en-US, `06.12.2026, 14:05` in de). What a
 * person types is read in that language's order of day, month and year, found from
 * `Intl.DateTimeFormat.prototype.formatToParts`. No flatpickr here: the fields work before the
 * calendar has loaded.
 */
import { dateTimeFormat, numberFormat } from '../../data/intl-cache.js';
import { fromWallTime } from '../../data/time-zone.js';

/** How the fields write an instant, read typed text, and say the pattern they expect. */
export interface DateText {
  /** An instant as the fields show it. */
  format(instant: number): string;
  /** Typed text as an instant, or `null` when it is not a date in this pattern. */
  parse(text: string): number | null;
  /** The pattern for people: `MM/DD/YYYY, HH:mm`. */
  readonly hint: string;
}

/** The same fields, to the minute, as the button and the table show times. */
const FIELD_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const HINTS: Readonly<Record<string, string>> = { year: 'YYYY', month: 'MM', day: 'DD', hour: 'HH', minute: 'mm' };
type DatePart = 'year' | 'month' | 'day';

/** Direction marks (Intl's in right-to-left languages, or pasted from a right-to-left page). */
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Typed text without direction marks and with single separators: `06 . 12 . 2026 ,  14:05` → `06.12.2026,14:05`. */
function normalize(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .trim()
    .replace(/\s*([-./:,])\s*/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Day, month and year, then an optional time; `-`, `.` or `/` between the date's numbers. */
const TYPED = /^(\d{1,4})[-./](\d{1,4})[-./](\d{1,4})\.?(?:[, ](\d{1,2})[:.](\d{1,2}))?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The fields' dates in `lang` (a BCP 47 tag) on the wall clock of `timeZone` (`undefined` = the browser's). */
export function localeDateText(lang: string, timeZone: string | undefined): DateText {
  const formatter = dateTimeFormat(lang, { ...FIELD_OPTIONS, timeZone });
  const parts = formatter.formatToParts(Date.UTC(2026, 11, 6, 14, 5));
  const order = parts.map((part) => part.type).filter((type): type is DatePart => type === 'year' || type === 'month' || type === 'day');
  const hint = parts.map((part) => HINTS[part.type] ?? part.value.replace(BIDI_MARKS, '')).join('');
  return {
    hint,
    format: (instant) => formatter.format(instant),
    parse(text) {
      const match = TYPED.exec(normalize(text));
      if (!match) return null;
      const typed: Partial<Record<DatePart, string>> = {};
      order.forEach((part, index) => (typed[part] = match[index + 1]));
      const { year: yearText = '', month: monthText = '', day: dayText = '' } = typed;
      if (dayText.length > 2 || monthText.length > 2 || (yearText.length !== 2 && yearText.length !== 4)) return null;
      const year = Number(yearText) + (yearText.length === 2 ? 2000 : 0);
      const month = Number(monthText);
      const day = Number(dayText);
      const hour = Number(match[4] ?? 0);
      const minute = Number(match[5] ?? 0);
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
      if (timeZone) return fromWallTime({ year, month, day, hour, minute, second: 0 }, timeZone);
      return new Date(year, month - 1, day, hour, minute).getTime();
    },
  };
}

/**
 * A preset as a narrow trigger shows it: its length in the language's short units (`24 hr`,
 * `24 Std.`, `24 год`; narrow ones are cryptic in some: uk `24г`); the `stock` range as `±24 hr`.
 */
export function compactPreset(lang: string, preset: string): string {
  const unit = /m$/.test(preset) ? 'minute' : /d$/.test(preset) ? 'day' : 'hour';
  // `stock`, with no number, is ±24 hours.
  const count = parseInt(preset);
  const text = numberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(count || 24);
  return count ? text : `±${text}`;
}

/**
 * A range as a narrow trigger shows it: month, day and time, the year only when the ends' years
 * differ, the date once when both ends are on one day (`12/15, 11:00 – 12:00`).
 */
export function compactRange(lang: string, timeZone: string | undefined, from: number, to: number): string {
  const year = (instant: number) => dateTimeFormat(lang, { year: 'numeric', timeZone }).format(instant);
  // The fields' options (2-digit, 24 hours) with the year only when the ends' differ.
  return dateTimeFormat(lang, { ...FIELD_OPTIONS, timeZone, year: year(from) === year(to) ? undefined : '2-digit' }).formatRange(from, to);
}

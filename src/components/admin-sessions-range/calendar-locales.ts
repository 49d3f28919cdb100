/**
 * The calendar's texts in any language the browser's `Intl` knows: month and weekday names, the
 * first day of the week and AM/PM, written by `Intl.DateTimeFormat` (the table's and the fields'
 * convention) instead of flatpickr's locale files, one download fewer per language and every
 * language covered. English (flatpickr's own) fills the rest (tooltips, separators).
 */
import flatpickr from 'flatpickr';
import type { Locale } from 'flatpickr/dist/types/locale';

/** English, flatpickr's built-in default. */
export const ENGLISH: Locale = flatpickr.l10ns.default;

const made = new Map<string, Locale>();

/**
 * Names as a calendar's headings show them: capitalised (`грудень` → `Грудень`), without a trailing
 * abbreviation dot (`Mo.` → `Mo`).
 */
function names(language: string, options: Intl.DateTimeFormatOptions, count: number, instant: (i: number) => number): string[] {
  const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => {
    const name = format.format(instant(i)).replace(/\.$/, '');
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  });
}

/** Monday or Sunday (or another day) first, as the language's week starts; `Intl.Locale` week info where the browser has it. */
function firstDayOfWeek(language: string): number {
  const locale = new Intl.Locale(language) as Intl.Locale & { getWeekInfo?(): { firstDay: number }; weekInfo?: { firstDay: number } };
  const firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
  // Intl counts Monday 1 … Sunday 7; flatpickr Sunday 0 … Saturday 6.
  return firstDay === undefined ? (language === 'en' ? 0 : 1) : firstDay % 7;
}

/** The calendar's locale for `language` (a primary language subtag); English for English. */
export function calendarLocale(language: string): Locale {
  if (language === 'en') return ENGLISH;
  let locale = made.get(language);
  if (!locale) {
    const month = (i: number) => Date.UTC(2021, i, 15);
    // 3 January 2021 was a Sunday.
    const weekday = (i: number) => Date.UTC(2021, 0, 3 + i);
    const dayPeriods = new Intl.DateTimeFormat(language, { hour: 'numeric', hour12: true, timeZone: 'UTC' });
    const period = (hour: number) => dayPeriods.formatToParts(Date.UTC(2021, 0, 1, hour)).find((part) => part.type === 'dayPeriod')?.value;
    locale = {
      ...ENGLISH,
      weekdays: { shorthand: names(language, { weekday: 'short' }, 7, weekday), longhand: names(language, { weekday: 'long' }, 7, weekday) },
      months: { shorthand: names(language, { month: 'short' }, 12, month), longhand: names(language, { month: 'long' }, 12, month) },
      firstDayOfWeek: firstDayOfWeek(language),
      amPM: [period(9) ?? 'AM', period(21) ?? 'PM'],
    } as Locale;
    made.set(language, locale);
  }
  return locale;
}

/** The same, as the calendar controller asks for it (it used to load a file). */
export function loadCalendarLocale(language: string): Promise<Locale> {
  return Promise.resolve(calendarLocale(language));
}

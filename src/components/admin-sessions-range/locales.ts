/** The languages flatpickr's calendar speaks here, named without loading flatpickr (the calendar's chunk loads them: calendar-locales.ts). */

/** Language codes with a calendar locale (English is flatpickr's own). */
const CALENDAR_LANGUAGES: readonly string[] = Object.freeze(['en', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk']);

/** The primary language of a BCP 47 tag (`de-AT` → `de`), or `null` when there is no calendar locale for it. */
export function calendarLanguage(tag: string): string | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return CALENDAR_LANGUAGES.includes(language) ? language : null;
}

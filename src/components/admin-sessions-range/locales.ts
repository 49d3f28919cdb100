/** The languages the calendar speaks: any the browser's `Intl` knows (calendar-locales.ts writes its texts in the calendar's chunk). */

/** The primary language of a BCP 47 tag (`de-AT` → `de`), or `null` when the browser has no dates in it. */
export function calendarLanguage(tag: string): string | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(language).length ? language : null;
  } catch {
    return null;
  }
}

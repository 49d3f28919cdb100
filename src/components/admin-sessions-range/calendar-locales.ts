/**
 * flatpickr's calendar locales, loaded on demand so a page only downloads the one it shows (in the
 * calendar's chunk; `calendarLanguage` in locales.ts names them without loading flatpickr).
 */
import flatpickr from 'flatpickr';
import type { Locale } from 'flatpickr/dist/types/locale';
import { warnOnce } from '../../data/warn-once.js';

type LocaleTable = Readonly<Record<string, Partial<Locale> | undefined>>;

// The languages of `CALENDAR_LANGUAGES` (locales.ts) but English. Literal specifiers, so that bundlers split each locale into its own chunk.
const LOADERS: Readonly<Record<string, () => Promise<{ default: LocaleTable }>>> = {
  de: () => import('flatpickr/dist/esm/l10n/de.js'),
  es: () => import('flatpickr/dist/esm/l10n/es.js'),
  fr: () => import('flatpickr/dist/esm/l10n/fr.js'),
  it: () => import('flatpickr/dist/esm/l10n/it.js'),
  nl: () => import('flatpickr/dist/esm/l10n/nl.js'),
  pl: () => import('flatpickr/dist/esm/l10n/pl.js'),
  pt: () => import('flatpickr/dist/esm/l10n/pt.js'),
  ru: () => import('flatpickr/dist/esm/l10n/ru.js'),
  uk: () => import('flatpickr/dist/esm/l10n/uk.js'),
};

/** English, flatpickr's built-in default. */
export const ENGLISH: Locale = flatpickr.l10ns.default;

const loaded = new Map<string, Promise<Locale>>();

/** The full flatpickr locale for a supported language (English fills what a locale leaves out). */
export function loadCalendarLocale(language: string): Promise<Locale> {
  const load = LOADERS[language];
  if (!load) return Promise.resolve(ENGLISH);
  let locale = loaded.get(language);
  if (!locale) {
    locale = load().then(
      (module) => ({ ...ENGLISH, ...module.default[language] }) as Locale,
      (error: unknown) => {
        // A failed chunk download should not leave the picker without a calendar; try again next time.
        loaded.delete(language);
        warnOnce(`the "${language}" calendar locale failed to load; using English (${String(error)}).`, {
          from: 'admin-sessions-range',
          key: `calendar-locale ${language}`,
        });
        return ENGLISH;
      },
    );
    loaded.set(language, locale);
  }
  return locale;
}

/** Helpers for the dictionaries: plural forms and numbers through `Intl` (cached per language, boundedly). */
import { BoundedMap } from '../data/bounded-map.js';

const pluralRules = new BoundedMap<string, Intl.PluralRules>(32);
const numberFormats = new BoundedMap<string, Intl.NumberFormat>(32);

/**
 * The forms a language distinguishes for whole and fractional numbers (CLDR): English and German
 * `one`/`other`; Ukrainian `one` (1, 21, 31 …), `few` (2–4, 22–24 …), `many` (0, 5–20, 25 …) and
 * `other` (fractions). Typing the forms per language makes a missing one a compile error.
 */
export type PluralForms<Category extends Intl.LDMLPluralRule> = Readonly<Record<Category | 'other', string>>;

/** The form of `forms` that `n` takes in `language`. */
export function plural<Category extends Intl.LDMLPluralRule>(language: string, n: number, forms: PluralForms<Category>): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const category = rules.select(n) as Category | 'other';
  return forms[category] ?? forms.other;
}

/** A number in `language`'s digits and grouping (`1,234` / `1.234` / `1 234`). */
export function formatCount(language: string, n: number): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(n);
}

/** An age as a whole number of seconds, minutes or hours (the largest unit under which it is < 60). */
export function ageInUnits(ms: number): { readonly value: number; readonly unit: 'second' | 'minute' | 'hour' } {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return { value: seconds, unit: 'second' };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  return { value: Math.round(minutes / 60), unit: 'hour' };
}

/** ` (detail)` for a server's own words, as is; nothing without them. */
export function inParentheses(detail: string | null | undefined): string {
  const text = detail?.trim();
  return text ? ` (${text})` : '';
}

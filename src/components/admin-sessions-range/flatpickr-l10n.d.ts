// Types flatpickr does not ship: its ESM locales (it types its UMD ones only), which default-export the locale table; its date parser factory.
declare module 'flatpickr/dist/esm/l10n/*.js' {
  import type { CustomLocale } from 'flatpickr/dist/types/locale';

  const l10ns: Readonly<Record<string, CustomLocale | undefined>>;
  export default l10ns;
}

// flatpickr's date parser factory, to read dates without its console warning for text that is not one.
declare module 'flatpickr/dist/esm/utils/dates.js' {
  import type { Locale } from 'flatpickr/dist/types/locale';

  export function createDateParser(options: {
    config: { errorHandler: (error: Error) => void };
  }): (date: string, format: string, timeless?: boolean, locale?: Locale) => Date | undefined;
}

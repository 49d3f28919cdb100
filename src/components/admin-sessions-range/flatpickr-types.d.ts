// flatpickr's date parser factory (a type flatpickr does not ship), to read dates without its console
// warning for text that is not one.
declare module 'flatpickr/dist/esm/utils/dates.js' {
  import type { Locale } from 'flatpickr/dist/types/locale';

  export function createDateParser(options: {
    config: { errorHandler: (error: Error) => void };
  }): (date: string, format: string, timeless?: boolean, locale?: Locale) => Date | undefined;
}

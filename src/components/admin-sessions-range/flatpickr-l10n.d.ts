// flatpickr ships types for its UMD locales only; its ESM locales default-export the locale table.
declare module 'flatpickr/dist/esm/l10n/*.js' {
  import type { CustomLocale } from 'flatpickr/dist/types/locale';

  const l10ns: Readonly<Record<string, CustomLocale | undefined>>;
  export default l10ns;
}

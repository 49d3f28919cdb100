/** flatpickr.min.css without the rules of what the range picker never shows and without vendor-prefixed declarations. */
export function trimFlatpickrCss(css: string): string;

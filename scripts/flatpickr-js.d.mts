/** The ranges `[start, end)` of flatpickr/dist/esm/index.js the builds leave out (see flatpickr-js.mjs). */
export function flatpickrCuts(code: string): [number, number][];
/** flatpickr/dist/esm/index.js without what an inline calendar never runs. */
export function trimFlatpickrJs(code: string): string;

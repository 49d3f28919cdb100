/**
 * The calendar, in its own chunk, imported the first time the panel opens: flatpickr, its
 * stylesheet, its locales and the flatpickr date formats (`date-format`). The trigger, presets and
 * the typed fields work without it.
 */
import flatpickr from 'flatpickr';
import flatpickrCss from 'flatpickr/dist/flatpickr.min.css?inline';
import type { Instance as Calendar } from 'flatpickr/dist/types/instance';
import type { Locale } from 'flatpickr/dist/types/locale';
import { unsafeCSS } from 'lit';

export { loadCalendarLocale } from './calendar-locales.js';
export { flatpickrDateText } from './calendar-time.js';
export type { Calendar, Locale };

/**
 * flatpickr's own stylesheet, adopted into the shadow root once the calendar is there (a page-level
 * <link> cannot reach it). It sits in a sub-layer so that the element's rules, in the
 * `admin-sessions` layer itself, win over it without raising specificity.
 */
export const calendarStyles = unsafeCSS(`@layer admin-sessions.flatpickr {\n${flatpickrCss}\n}`);

export interface BuildOptions {
  readonly format: string;
  readonly time24hr: boolean;
  readonly locale: Locale;
  readonly onPick: (dates: Date[]) => void;
}

/** An inline range calendar with times, attached to `anchor` and placed in `container`. */
export function buildCalendar(anchor: HTMLInputElement, container: HTMLElement, options: BuildOptions): Calendar {
  return flatpickr(anchor, {
    mode: 'range',
    enableTime: true,
    time_24hr: options.time24hr,
    dateFormat: options.format,
    locale: options.locale,
    // Inline inside the shadow root: no page-coordinate positioning, no open animation.
    inline: true,
    appendTo: container,
    disableMobile: true,
    defaultHour: 0,
    defaultMinute: 0,
    onValueUpdate: (dates: Date[]) => options.onPick(dates),
  });
}

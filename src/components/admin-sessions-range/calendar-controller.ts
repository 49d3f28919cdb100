/**
 * The flatpickr calendar's life cycle for an element: built inline in its shadow root once the
 * element has rendered, rebuilt when the date format or the calendar's language changes (the
 * language's locale is loaded first), destroyed when the element is detached and built again when
 * it is attached again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import flatpickr from 'flatpickr';
import type { Instance as Calendar } from 'flatpickr/dist/types/instance';
import type { Locale } from 'flatpickr/dist/types/locale';
import { ENGLISH, loadCalendarLocale } from './locales.js';

export interface CalendarOptions {
  /** The element the calendar is placed in (inside the shadow root; flatpickr positions nothing then). */
  readonly container: () => HTMLElement;
  /** A hidden input flatpickr is attached to. */
  readonly anchor: () => HTMLInputElement;
  /** The flatpickr format of the dates (`d-m-Y H:i`). */
  readonly format: () => string;
  /** The user picked days or changed the time (the calendar's dates, in the browser's zone). */
  readonly onPick: (dates: Date[]) => void;
  /** A calendar was (re)built: it shows nothing yet. */
  readonly onBuilt: () => void;
}

/** Whether a flatpickr format shows a 12-hour clock (unescaped `h`, `G` or `K`). */
export function uses12HourClock(format: string): boolean {
  return /[hGK]/.test(format.replace(/\\./g, ''));
}

/** An element that can say whether it has rendered once (a LitElement). */
export type CalendarHost = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

export class CalendarController implements ReactiveController {
  /** The calendar's language, once its locale is loaded (`locale`). */
  language = 'en';
  /** The locale of `language` as far as it is loaded; English until then. */
  locale: Locale = ENGLISH;
  /** A locale being loaded, so that the host's `updateComplete` can wait for the localized calendar. */
  pending: Promise<void> | null = null;

  readonly #host: CalendarHost;
  readonly #options: CalendarOptions;
  #calendar: Calendar | null = null;
  /** What the calendar was built with, to rebuild when either changes. */
  #builtWith: { format: string; locale: Locale } | null = null;

  constructor(host: CalendarHost, options: CalendarOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Attached again after a detach: rebuild at once, the element will not necessarily render.
    if (this.#host.hasUpdated && !this.#calendar) this.#build();
  }

  hostUpdated(): void {
    if (!this.#host.isConnected) return;
    const built = this.#builtWith;
    if (!this.#calendar || !built || built.format !== this.#options.format() || built.locale !== this.locale) this.#build();
  }

  hostDisconnected(): void {
    this.#calendar?.destroy();
    this.#calendar = null;
  }

  /** Shows the calendar in `language` (a key of `loadCalendarLocale`), loading its locale first. */
  setLanguage(language: string): void {
    if (language === this.language) return;
    this.language = language;
    const pending: Promise<void> = loadCalendarLocale(language).then((locale) => {
      if (this.language === language && this.locale !== locale) {
        this.locale = locale;
        this.#host.requestUpdate();
      }
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
  }

  /** Marks `dates` in the calendar (none clears it) without reporting a pick. */
  show(dates: readonly Date[]): void {
    const calendar = this.#calendar;
    if (!calendar) return;
    if (dates.length > 0) calendar.setDate([...dates], false);
    else calendar.clear(false);
  }

  #build(): void {
    this.#calendar?.destroy();
    const format = this.#options.format();
    this.#builtWith = { format, locale: this.locale };
    this.#calendar = flatpickr(this.#options.anchor(), {
      mode: 'range',
      enableTime: true,
      time_24hr: !uses12HourClock(format),
      dateFormat: format,
      locale: this.locale,
      // Inline inside the shadow root: no page-coordinate positioning, no open animation.
      inline: true,
      appendTo: this.#options.container(),
      disableMobile: true,
      defaultHour: 0,
      defaultMinute: 0,
      onValueUpdate: (dates: Date[]) => this.#options.onPick(dates),
    });
    this.#options.onBuilt();
  }
}

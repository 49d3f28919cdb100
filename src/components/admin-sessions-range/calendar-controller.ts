/**
 * The flatpickr calendar's life cycle for an element: its chunk (calendar.ts: flatpickr, its
 * stylesheet, its locales) imported on the first `load()` (the first time the panel opens), the
 * stylesheet adopted then, the calendar built inline in the shadow root once that is there, rebuilt
 * when the date format or the calendar's language changes (the language's locale is loaded first),
 * destroyed when the element is detached and built again when it is attached again.
 */
import { adoptStyles, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { warnOnce } from '../../data/warn-once.js';
import type { Calendar, Locale } from './calendar.js';

type CalendarModule = typeof import('./calendar.js');

export interface CalendarOptions {
  /** The element the calendar is placed in (inside the shadow root; flatpickr positions nothing then). */
  readonly container: () => HTMLElement;
  /** A hidden input flatpickr is attached to. */
  readonly anchor: () => HTMLInputElement;
  /** The flatpickr format of the dates (`d-m-Y H:i`): its clock decides the time row's. */
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

/** `idle`: not asked for yet; `loading`; `ready`: the chunk is there; `failed`: its download failed (`load()` asks again). */
export type CalendarStatus = 'idle' | 'loading' | 'ready' | 'failed';

export class CalendarController implements ReactiveController {
  status: CalendarStatus = 'idle';
  /** The calendar's chunk, once loaded. */
  module: CalendarModule | null = null;
  /** The calendar's language, once its locale is loaded (`locale`). */
  language = 'en';
  /** The locale of `language` as far as it is loaded; `null` until the chunk is there (then English until the language's arrives). */
  locale: Locale | null = null;
  /** The chunk or a locale being loaded, so that the host's `updateComplete` can wait for the (localized) calendar. */
  pending: Promise<void> | null = null;

  readonly #host: CalendarHost;
  readonly #options: CalendarOptions;
  #calendar: Calendar | null = null;
  /** What the calendar was built with, to rebuild when either changes. */
  #builtWith: { format: string; locale: Locale } | null = null;
  #loading: Promise<void> | null = null;

  constructor(host: CalendarHost, options: CalendarOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Attached again after a detach: rebuild at once, the element will not necessarily render.
    if (this.#host.hasUpdated && this.module && !this.#calendar) this.#build();
  }

  hostUpdated(): void {
    if (!this.#host.isConnected || !this.module || !this.locale) return;
    const built = this.#builtWith;
    if (!this.#calendar || !built || built.format !== this.#options.format() || built.locale !== this.locale) this.#build();
  }

  hostDisconnected(): void {
    this.#calendar?.destroy();
    this.#calendar = null;
  }

  /** Imports the calendar's chunk (once; again after a failure) and its language's locale. */
  load(): Promise<void> {
    if (this.status === 'ready' || this.#loading) return this.#loading ?? Promise.resolve();
    this.status = 'loading';
    this.#host.requestUpdate();
    const loading: Promise<void> = import('./calendar.js').then(
      async (module) => {
        this.#adoptStyles(module);
        this.module = module;
        // The language may change while its locale loads: end with the one asked for last.
        let language: string;
        do {
          language = this.language;
          this.locale = await module.loadCalendarLocale(language);
        } while (language !== this.language);
        this.status = 'ready';
      },
      (error: unknown) => {
        this.status = 'failed';
        warnOnce(`the calendar could not be loaded (${String(error)}).`, { from: 'admin-sessions-range' });
      },
    ).finally(() => {
      this.#loading = null;
      if (this.pending === loading) this.pending = null;
      this.#host.requestUpdate();
    });
    this.#loading = this.pending = loading;
    return loading;
  }

  /** Shows the calendar in `language` (a key of `loadCalendarLocale`), loading its locale first once the chunk is there. */
  setLanguage(language: string): void {
    if (language === this.language) return;
    this.language = language;
    const module = this.module;
    if (!module) return;
    const pending: Promise<void> = module.loadCalendarLocale(language).then((locale) => {
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

  /** flatpickr's stylesheet joins the element's in its shadow root only now: before, there is no calendar to style. */
  #adoptStyles({ calendarStyles }: CalendarModule): void {
    const root = this.#host.shadowRoot;
    if (root) adoptStyles(root, [...(this.#host.constructor as typeof ReactiveElement).elementStyles, calendarStyles]);
  }

  #build(): void {
    this.#calendar?.destroy();
    const format = this.#options.format();
    const locale = this.locale!;
    this.#builtWith = { format, locale };
    this.#calendar = this.module!.buildCalendar(this.#options.anchor(), this.#options.container(), {
      format,
      time24hr: !uses12HourClock(format),
      locale,
      onPick: this.#options.onPick,
    });
    this.#options.onBuilt();
  }
}

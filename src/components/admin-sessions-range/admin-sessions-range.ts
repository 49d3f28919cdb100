import { LitElement, html, type ComplexAttributeConverter, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import flatpickr from 'flatpickr';
import type { Instance as Calendar } from 'flatpickr/dist/types/instance';
import type { Locale } from 'flatpickr/dist/types/locale';
import { isValidTimeZone } from '../../data/time-zone.js';
import { warnOnce } from '../../data/warn-once.js';
import { LocalizeController } from '../../i18n/localize.js';
import { AdminSessionsRangeChangeEvent, type AdminSessionsRangeChangeDetail } from '../../events/range-change.js';
import styles, { calendarStyles } from './admin-sessions-range.styles.js';
import { describeFormat, formatInstant, fromCalendarDate, parseInstant, toCalendarDate } from './calendar-time.js';
import { ENGLISH, calendarLanguage, loadCalendarLocale } from './locales.js';
import { RANGE_PRESETS, isRangePreset, resolvePreset, type RangePreset } from '../../data/range-presets.js';

/** flatpickr's spelling of `DD-MM-YYYY HH:mm`. */
const DEFAULT_FORMAT = 'd-m-Y H:i';

/** Console warnings name this element. */
const WARN_AS = { from: 'admin-sessions-range' } as const;

/** ms since the epoch from a number, a numeric string, an ISO 8601 string or a Date; `undefined` if none of those. */
function toInstant(value: unknown): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string') {
    const text = value.trim();
    const instant = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
    return Number.isFinite(instant) ? instant : undefined;
  }
  return undefined;
}

/** `from` / `to` attributes: ms since the epoch or ISO 8601 (with an offset; without one, the browser's zone). */
const instantConverter: ComplexAttributeConverter<number | null | string> = {
  // An unreadable value is kept as text so that willUpdate warns once and falls back.
  fromAttribute: (value) => toInstant(value) ?? value,
};

/** Whether a flatpickr format shows a 12-hour clock (unescaped `h`, `G` or `K`). */
function uses12HourClock(format: string): boolean {
  return /[hGK]/.test(format.replace(/\\./g, ''));
}

/** What the panel edits until Apply or Cancel. */
interface Draft {
  /** The exact instants behind the texts, as last set by a preset, the calendar or the applied value. */
  readonly from: number | null;
  readonly to: number | null;
  readonly relative: RangePreset | null;
  /** What the Start and End inputs show (possibly typed, unparsed). */
  readonly startText: string;
  readonly endText: string;
}

type Field = 'start' | 'end';

/** A validation problem; its text is looked up at render time, so it follows a language change. */
interface InputError {
  readonly kind: 'invalidStart' | 'invalidEnd' | 'endBeforeStart';
  readonly field: Field;
  /** The date pattern the input must follow (`DD-MM-YYYY HH:mm`). */
  readonly format: string;
}

/** The calendar day a date falls on (local fields). */
const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;

/**
 * A time-range picker for the session log: quick relative ranges and a calendar with times, in a
 * panel that changes nothing until Apply.
 *
 * Colours follow the colour scheme around the element (`color-scheme` of the page or of
 * `<admin-sessions>`, with `prefers-color-scheme` when both are allowed); the calendar's hover and
 * in-range tints are mixed from the accent, text and surface colours.
 *
 * @summary Picks an absolute or relative time range (`Last 24 hours`, `12/15/2025, 13:00 – now`).
 * @tag admin-sessions-range
 *
 * @fires {AdminSessionsRangeChangeEvent} admin-sessions-range-change - The user applied a range.
 *   `detail: { from: number | null, to: number | null, relative: RangePreset | null }` (ms since the
 *   epoch). A relative range must be re-resolved with `resolvePreset` at each refresh.
 *
 * @csspart trigger - The button that shows the current range and opens the panel.
 * @csspart panel - The pop-up panel (a non-modal dialog).
 * @csspart presets - The group of quick-range buttons.
 * @csspart preset - One quick-range button (`aria-pressed="true"` when chosen).
 * @csspart calendar - The box holding the flatpickr calendar.
 * @csspart apply - The Apply button.
 * @csspart cancel - The Cancel button.
 * @csspart error - The validation message (an ARIA live region; empty when the input is valid).
 *
 * @cssproperty [--admin-sessions-accent=var(--admin-sessions-accent-color, light-dark(#1d4ed8, #93c5fd))] - Chosen preset, Apply button, selected days; tints the days between them. Unset, the widget's accent colour applies.
 * @cssproperty [--admin-sessions-accent-contrast=light-dark(#ffffff, #0f172a)] - Text on the accent colour.
 * @cssproperty [--admin-sessions-text=light-dark(#1f2937, #e5e7eb)] - Text colour (the calendar's days, month, arrows and times too); else `--admin-sessions-color`.
 * @cssproperty [--admin-sessions-muted=light-dark(#4b5563, #aeb6c2)] - Hints, weekday names, today's ring and neighbouring months' days; else `--admin-sessions-muted-color`.
 * @cssproperty [--admin-sessions-surface=light-dark(#ffffff, #1d2127)] - Background of the trigger, panel, calendar and inputs; else `--admin-sessions-background`.
 * @cssproperty [--admin-sessions-border=light-dark(#9ca3af, #6b7280)] - Borders; else `--admin-sessions-border-color`.
 * @cssproperty [--admin-sessions-error=light-dark(#b91c1c, #fca5a5)] - Validation message and invalid inputs.
 * @cssproperty [--admin-sessions-radius=6px] - Corner radius.
 * @cssproperty [--admin-sessions-focus-ring=var(--admin-sessions-accent)] - Focus outline colour (a 2px solid outline), as in the other elements.
 * @cssproperty [--admin-sessions-panel-z-index=10] - Stacking of the panel.
 */
@customElement('admin-sessions-range')
export class AdminSessionsRange extends LitElement {
  static override styles = [calendarStyles, styles];

  /** Start, ms since the epoch (attribute: ms or ISO 8601); `null` for an open start. */
  @property({ converter: instantConverter })
  from: number | null = null;

  /** End, ms since the epoch (attribute: ms or ISO 8601); `null` for an open end ("until now"). */
  @property({ converter: instantConverter })
  to: number | null = null;

  /**
   * A relative range (attribute `range`): `15m` `1h` `24h` `7d` `30d` `stock`. While set, the
   * trigger shows the preset; `from`/`to` hold its value at the last Apply.
   */
  @property({ attribute: 'range' })
  relative: RangePreset | null = null;

  /**
   * flatpickr format of the dates in the Start and End fields, typed or shown there. The button
   * shows the range in the element's language instead (`12/15/2025, 13:00`), as the table does.
   */
  @property({ attribute: 'date-format' })
  dateFormat = DEFAULT_FORMAT;

  /**
   * Language of the texts and the calendar: `en`, `de` or `uk` (regions such as `de-AT` are fine).
   * Unset: the nearest `lang` attribute, else `<html lang>`, else the browser's language; it
   * follows when that changes. The calendar also speaks `fr`, `es`, `it`, `nl`, `pl`, `pt` and `ru`
   * (the texts are then English); any other language gets English.
   */
  @property()
  locale: string | null = null;

  /** IANA zone whose wall clock the calendar and inputs show; `null` = the browser's zone. */
  @property({ attribute: 'time-zone' })
  timeZone: string | null = null;

  @state() private open = false;
  @state() private draft: Draft = { from: null, to: null, relative: null, startText: '', endText: '' };
  @state() private error: InputError | null = null;
  @state() private l10n: Locale = ENGLISH;
  /** px from the trigger's inline start to the viewport's edge, measured while the panel is open. */
  @state() private viewportRoom: number | null = null;

  @query('[part~="trigger"]') private trigger!: HTMLButtonElement;
  @query('[part~="calendar"]') private calendarHost!: HTMLElement;
  @query('.calendar-anchor') private calendarAnchor!: HTMLInputElement;
  @query('#start') private startInput!: HTMLInputElement;
  @query('#end') private endInput!: HTMLInputElement;

  private calendar: Calendar | null = null;
  /** The calendar's language (`l10n` once loaded). */
  private language = 'en';
  readonly #i18n = new LocalizeController(this, () => this.locale);
  private pendingLocale: Promise<void> | null = null;

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.calendar) this.buildCalendar();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closePanel(false);
    this.calendar?.destroy();
    this.calendar = null;
  }

  /** Also waits for a calendar locale being loaded, so `await el.updateComplete` sees the localized calendar. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingLocale) {
      await this.pendingLocale;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The zone in use: `time-zone` when the runtime knows it, else the browser's (`undefined`). */
  private get zone(): string | undefined {
    return this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : undefined;
  }

  private get format(): string {
    return this.dateFormat?.trim() || DEFAULT_FORMAT;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const name of ['from', 'to'] as const) {
      if (!changed.has(name)) continue;
      const instant = toInstant(this[name]);
      if (instant === undefined) warnOnce(`${name}="${String(this[name])}" is neither ms since the epoch nor an ISO 8601 date; ignoring it.`, WARN_AS);
      this[name] = instant ?? null;
    }
    if (changed.has('relative') && this.relative !== null && !isRangePreset(this.relative)) {
      warnOnce(`range="${String(this.relative)}" is not one of ${RANGE_PRESETS.join(', ')}; ignoring it.`, WARN_AS);
      this.relative = null;
    }
    if (changed.has('timeZone') && this.timeZone && !isValidTimeZone(this.timeZone)) {
      warnOnce(`time-zone="${this.timeZone}" is not a time zone this browser knows; using the browser's own.`, WARN_AS);
    }
    if (changed.has('locale') && this.locale?.trim() && calendarLanguage(this.locale) === null) {
      warnOnce(`locale="${this.locale}" has no calendar locale; using English.`, WARN_AS);
    }
    // The language found (the attribute or the page's) when flatpickr has it, else the texts' language.
    const language = calendarLanguage(this.#i18n.requestedTag ?? '') ?? this.#i18n.locale;
    if (language !== this.language) this.switchLocale(language);
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.isConnected) return;
    if (!this.calendar || changed.has('l10n') || changed.has('dateFormat')) this.buildCalendar();
    else if (this.open && changed.has('timeZone')) this.showDraftInCalendar();
  }

  private switchLocale(language: string): void {
    this.language = language;
    const wanted = language;
    const pending: Promise<void> = loadCalendarLocale(wanted).then((locale) => {
      if (this.language === wanted) this.l10n = locale;
      if (this.pendingLocale === pending) this.pendingLocale = null;
    });
    this.pendingLocale = pending;
  }

  private buildCalendar(): void {
    this.calendar?.destroy();
    this.calendar = flatpickr(this.calendarAnchor, {
      mode: 'range',
      enableTime: true,
      time_24hr: !uses12HourClock(this.format),
      dateFormat: this.format,
      locale: this.l10n,
      // Inline inside the shadow root: no page-coordinate positioning, no open animation.
      inline: true,
      appendTo: this.calendarHost,
      disableMobile: true,
      defaultHour: 0,
      defaultMinute: 0,
      onValueUpdate: (dates: Date[]) => this.onCalendarPick(dates),
    });
    if (this.open) this.showDraftInCalendar();
  }

  private formatText(instant: number | null): string {
    return instant === null ? '' : formatInstant(instant, this.format, this.l10n, this.zone);
  }

  private draftOf(from: number | null, to: number | null, relative: RangePreset | null): Draft {
    return { from, to, relative, startText: this.formatText(from), endText: this.formatText(to) };
  }

  /** The applied value as a draft; a relative value is resolved against the clock now. */
  private draftOfValue(): Draft {
    if (this.relative) {
      const { from, to } = resolvePreset(this.relative, Date.now(), this.zone);
      return this.draftOf(from, to, this.relative);
    }
    return this.draftOf(this.from, this.to, null);
  }

  private showDraftInCalendar(): void {
    const calendar = this.calendar;
    if (!calendar) return;
    const dates = [this.draft.from, this.draft.to]
      .filter((instant): instant is number => instant !== null)
      .map((instant) => toCalendarDate(instant, this.zone));
    if (dates.length > 0) calendar.setDate(dates, false);
    else calendar.clear(false);
  }

  private async openPanel(): Promise<void> {
    this.draft = this.draftOfValue();
    this.setError(null);
    this.open = true;
    this.measureViewportRoom();
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    window.addEventListener('resize', this.measureViewportRoom);
    await this.updateComplete;
    this.showDraftInCalendar();
    const presets = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="preset"]')];
    (presets.find((button) => button.getAttribute('aria-pressed') === 'true') ?? presets[0])?.focus();
  }

  /** Closes the panel, dropping the draft (Cancel, Escape, outside click, or after Apply). */
  private closePanel(restoreFocus: boolean): void {
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    window.removeEventListener('resize', this.measureViewportRoom);
    if (!this.open) return;
    this.open = false;
    this.setError(null);
    if (restoreFocus) this.trigger.focus();
  }

  private setError(error: InputError | null): void {
    this.error = error;
  }

  private errorText(error: InputError | null): string {
    if (!error) return '';
    const msg = this.#i18n.msg.range;
    return error.kind === 'endBeforeStart' ? msg.endBeforeStart : msg[error.kind](error.format);
  }

  /** A field's instant: `null` when empty, `undefined` when unreadable. */
  private readField(text: string, exact: number | null): number | null | undefined {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    // Untouched text keeps the exact instant (seconds included) it was formatted from.
    if (exact !== null && trimmed === this.formatText(exact)) return exact;
    return parseInstant(trimmed, this.format, this.l10n, this.zone) ?? undefined;
  }

  /** The draft as a range to apply, or `null` after showing why it cannot be. */
  private validDraft(): AdminSessionsRangeChangeDetail | null {
    const { draft } = this;
    if (draft.relative) return { ...resolvePreset(draft.relative, Date.now(), this.zone), relative: draft.relative };
    const format = describeFormat(this.format);
    const from = this.readField(draft.startText, draft.from);
    if (from === undefined) return this.reject({ kind: 'invalidStart', field: 'start', format });
    const to = this.readField(draft.endText, draft.to);
    if (to === undefined) return this.reject({ kind: 'invalidEnd', field: 'end', format });
    if (from !== null && to !== null && to < from) return this.reject({ kind: 'endBeforeStart', field: 'end', format });
    return { from, to, relative: null };
  }

  private reject(error: InputError): null {
    this.setError(error);
    (error.field === 'start' ? this.startInput : this.endInput).focus();
    return null;
  }

  private readonly onTriggerClick = (): void => {
    if (this.open) this.closePanel(true);
    else void this.openPanel();
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    this.closePanel(true);
  };

  /**
   * The panel's width is capped in CSS by its container (inside <admin-sessions>, the toolbar); on
   * a page without one, container units fall back to the viewport's width, which says nothing of
   * where the trigger is. This is that distance, so that the panel also ends at the viewport's edge.
   */
  private readonly measureViewportRoom = (): void => {
    const { left, right } = this.getBoundingClientRect();
    const rtl = getComputedStyle(this).direction === 'rtl';
    this.viewportRoom = Math.max(0, Math.floor(rtl ? right : document.documentElement.clientWidth - left));
  };

  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.closePanel(false);
  };

  /**
   * flatpickr moves Tab out of its time row and Shift+Tab out of its days to its own input, which is
   * hidden here: focus would be stuck. Tab inside the calendar is left to the browser instead.
   */
  private readonly calendarKeydown = {
    capture: true,
    handleEvent: (event: KeyboardEvent): void => {
      if (event.key === 'Tab') event.stopPropagation();
    },
  };

  private choosePreset(preset: RangePreset): void {
    const { from, to } = resolvePreset(preset, Date.now(), this.zone);
    this.draft = this.draftOf(from, to, preset);
    this.setError(null);
    this.showDraftInCalendar();
  }

  /**
   * The user picked days or changed the time in the calendar: the draft becomes absolute. Picked days
   * are whole days: a fresh pick starts at 00:00 (flatpickr's time row resets to `defaultHour`), and
   * the click that completes a range moves its end to 23:59:59.999 of the last day. After that the
   * time row edits the end.
   */
  private onCalendarPick(dates: Date[]): void {
    const zone = this.zone;
    const [first, second] = dates;
    let last = second;
    const shownDays = [this.draft.from, this.draft.to]
      .filter((instant): instant is number => instant !== null)
      .map((instant) => dayKey(toCalendarDate(instant, zone)));
    if (first && second && dates.map(dayKey).join() !== shownDays.join()) {
      last = new Date(second.getFullYear(), second.getMonth(), second.getDate(), 23, 59, 59, 999);
      this.calendar?.setDate([first, last], false);
    }
    const from = first ? fromCalendarDate(first, zone) : null;
    const to = last ? fromCalendarDate(last, zone) : null;
    const next = this.draftOf(from, to, null);
    // flatpickr also reports when focus merely leaves its time inputs; keep a preset then.
    if (next.startText === this.draft.startText && next.endText === this.draft.endText) return;
    this.draft = next;
    this.setError(null);
  }

  private onFieldInput(field: Field, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.draft = { ...this.draft, relative: null, [field === 'start' ? 'startText' : 'endText']: text };
    if (this.error?.field === field || this.error?.kind === 'endBeforeStart') this.setError(null);
  }

  /** A field was committed (blur or Enter): say at once if it is unreadable, else follow it in the calendar. */
  private onFieldChange(field: Field): void {
    const { draft } = this;
    const from = this.readField(draft.startText, draft.from);
    const to = this.readField(draft.endText, draft.to);
    const format = describeFormat(this.format);
    if (field === 'start' && from === undefined) return this.setError({ kind: 'invalidStart', field, format });
    if (field === 'end' && to === undefined) return this.setError({ kind: 'invalidEnd', field, format });
    if (from === undefined || to === undefined || (from !== null && to !== null && to < from)) return;
    this.draft = { ...draft, from, to };
    this.showDraftInCalendar();
  }

  private readonly onApply = (event: SubmitEvent): void => {
    event.preventDefault();
    const range = this.validDraft();
    if (!range) return;
    this.from = range.from;
    this.to = range.to;
    this.relative = range.relative;
    this.closePanel(true);
    this.dispatchEvent(new AdminSessionsRangeChangeEvent(range));
  };

  /**
   * An instant as the button shows it: in the element's language and zone, like the table's times
   * (`12/15/2025, 13:00`, `15.12.2025, 13:00`), to the minute. The typed format (`date-format`)
   * is for the Start and End fields only: a fixed `15-12-2025` beside the table's `12/15/2025`
   * reads as another date.
   */
  private labelText(instant: number): string {
    return this.#i18n.formatDate(instant, {
      timeZone: this.zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }

  private summary(): string {
    const msg = this.#i18n.msg.range;
    if (this.relative) return msg.presets[this.relative];
    const { from, to } = this;
    if (from === null) return to === null ? msg.anyTime : msg.untilOnly(this.labelText(to));
    if (to === null) return msg.fromUntilNow(this.labelText(from));
    return msg.between(this.labelText(from), this.labelText(to));
  }

  protected override render(): TemplateResult {
    const hint = describeFormat(this.format);
    const { draft } = this;
    const invalidField = this.error?.field ?? null;
    const msg = this.#i18n.msg.range;
    const lang = this.#i18n.locale;
    // `dir="auto"` on texts that mix dates, digits and words keeps them readable in a right-to-left page.
    return html`
      <button
        part="trigger"
        type="button"
        lang=${lang}
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.onTriggerClick}
      >
        <span class="visually-hidden">${msg.rangeLabel}: </span>
        <span class="summary" dir="auto">${this.summary()}</span>
        <span class="caret" aria-hidden="true">▾</span>
      </button>
      <div
        id="panel"
        part="panel"
        role="dialog"
        lang=${lang}
        aria-label=${msg.dialogLabel}
        style=${styleMap({ '--_viewport-room': this.viewportRoom === null ? undefined : `${this.viewportRoom}px` })}
        ?hidden=${!this.open}
      >
        <div part="presets" role="group" aria-label=${msg.presetsLabel}>
          ${RANGE_PRESETS.map(
            (preset) => html`
              <button
                part="preset"
                type="button"
                data-preset=${preset}
                aria-pressed=${draft.relative === preset ? 'true' : 'false'}
                @click=${() => this.choosePreset(preset)}
              >
                ${msg.presets[preset]}
              </button>
            `,
          )}
        </div>
        <div class="main">
          <div part="calendar" lang=${this.language} @keydown=${this.calendarKeydown}>
            <input class="calendar-anchor" hidden tabindex="-1" aria-hidden="true" />
          </div>
          <form novalidate @submit=${this.onApply}>
            <div class="fields">
              <label for="start">${msg.start}</label>
              <input
                id="start"
                dir="auto"
                autocomplete="off"
                spellcheck="false"
                placeholder=${hint}
                aria-describedby="format-hint error"
                aria-invalid=${invalidField === 'start' ? 'true' : 'false'}
                .value=${live(draft.startText)}
                @input=${(event: Event) => this.onFieldInput('start', event)}
                @change=${() => this.onFieldChange('start')}
              />
              <label for="end">${msg.end}</label>
              <input
                id="end"
                dir="auto"
                autocomplete="off"
                spellcheck="false"
                placeholder=${msg.endPlaceholder}
                aria-describedby="format-hint error"
                aria-invalid=${invalidField === 'end' ? 'true' : 'false'}
                .value=${live(draft.endText)}
                @input=${(event: Event) => this.onFieldInput('end', event)}
                @change=${() => this.onFieldChange('end')}
              />
            </div>
            <div class="messages">
              <p id="format-hint" class="hint" dir="auto" ?data-covered=${this.error !== null}>${msg.formatHint(hint)}</p>
              <p id="error" part="error" role="alert" dir="auto">${this.errorText(this.error)}</p>
            </div>
            <div class="actions">
              <button part="cancel" type="button" @click=${() => this.closePanel(true)}>${msg.cancel}</button>
              <button part="apply" type="submit">${msg.apply}</button>
            </div>
          </form>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-range': AdminSessionsRange;
  }
}

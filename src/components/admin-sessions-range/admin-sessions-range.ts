// English for this part (it comes in this part's chunk): before anything reads the dictionary.
import '../../i18n/en-parts.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isValidTimeZone } from '../../data/time-zone.js';
import { LocalizeController } from '../../i18n/localize.js';
import { AdminSessionsRangeChangeEvent } from '../../events/range-change.js';
import styles, { rangeTheme } from './admin-sessions-range.styles.js';
import { instantConverter, toInstant, warnOnce } from './attributes.js';
import { CalendarController } from './calendar-controller.js';
import { compactPreset, compactRange, localeDateText } from './date-text.js';
import {
  EMPTY_DRAFT,
  calendarDates,
  checkDraft,
  commitField,
  draftOf,
  pickedDraft,
  presetDraft,
  type Draft,
  type Field,
  type InputError,
  type TextSettings,
} from './draft.js';
import { calendarLanguage } from './locales.js';
import { PopupController } from './popup-controller.js';
import { RANGE_PRESETS, isRangePreset, resolvePreset, type RangePreset } from '../../data/range-presets.js';
import { define } from '../../internal/define.js';

/** The calendar's format when `date-format` is unset (the fields follow the language then): a 24-hour time row. */
const CALENDAR_FORMAT = 'd-m-Y H:i';

/**
 * A time-range picker for the session log: quick relative ranges, which apply at once, and a
 * calendar with times and typed Start and End fields, which change nothing until Apply, in a modal
 * dialog (focus stays in it; Escape closes it). Dates are written and read in the element's
 * language, as the table shows them (`12/15/2025, 13:00`, `15.12.2025, 13:00`). The calendar
 * (flatpickr) is loaded the first time the panel opens; presets and fields work before.
 *
 * Colours follow the colour scheme around the element (`color-scheme` of the page or of
 * `<admin-sessions>`, with `prefers-color-scheme` when both are allowed); the calendar's hover and
 * in-range tints are mixed from the accent, text and background colours. It reads the same
 * `--admin-sessions-*` theme properties as `<admin-sessions>`, with the same defaults.
 *
 * Below 16em of the nearest size container (in `<admin-sessions>`, the trigger itself: 131 px at 390),
 * the trigger shows a short label (`24 hr`, `12/15, 11:00 – 12:00`); the full one stays its title
 * and accessible name.
 *
 * @summary Picks an absolute or relative time range (`Last 24 hours`, `12/15/2025, 13:00 – now`).
 * @tag admin-sessions-range
 *
 * @fires {AdminSessionsRangeChangeEvent} admin-sessions-range-change - The user applied a range.
 *   `detail: { from: number | null, to: number | null, relative: RangePreset | null }` (ms since the
 *   epoch). A relative range must be re-resolved with `resolvePreset` at each refresh.
 *
 * @csspart trigger - The button that shows the current range and opens the panel.
 * @csspart panel - The pop-up panel (a modal dialog: `role="dialog"`, `aria-modal="true"`).
 * @csspart presets - The group of quick-range buttons.
 * @csspart preset - One quick-range button (`aria-pressed="true"` when chosen).
 * @csspart calendar - The box holding the flatpickr calendar (its size kept while the calendar loads, and the message if it cannot).
 * @csspart calendar-retry - The Retry button shown when the calendar could not be loaded.
 * @csspart apply - The Apply button.
 * @csspart cancel - The Cancel button.
 * @csspart error - The validation message (an ARIA live region; empty when the input is valid).
 *
 * @cssproperty [--admin-sessions-color=light-dark(#1f2328, #e6e8eb)] - Text colour (the calendar's days, month, arrows and times too).
 * @cssproperty [--admin-sessions-background=light-dark(#ffffff, #14171b)] - Background of the trigger, panel, calendar and inputs.
 * @cssproperty [--admin-sessions-border-color=light-dark(#e3e6ea, #2f353d)] - Borders.
 * @cssproperty [--admin-sessions-muted-color=light-dark(#5f6b7a, #9aa5b1)] - Hints, weekday names, today's ring and neighbouring months' days.
 * @cssproperty [--admin-sessions-accent-color=light-dark(#1b6ef3, #6ea8ff)] - Chosen preset, Apply button, selected days; tints the days between them.
 * @cssproperty [--admin-sessions-accent-contrast=light-dark(#ffffff, #0f172a)] - Text on the accent colour.
 * @cssproperty [--admin-sessions-danger-color=light-dark(#b42318, #ff8a80)] - Validation message and invalid inputs.
 * @cssproperty [--admin-sessions-radius=0.5rem] - Corner radius.
 * @cssproperty [--admin-sessions-focus-ring=var(--admin-sessions-accent-color)] - Focus outline colour (a 2px solid outline), as in the other elements.
 * @cssproperty --admin-sessions-text - Deprecated: use `--admin-sessions-color` (read when that is unset; removed in the next minor version).
 * @cssproperty --admin-sessions-surface - Deprecated: use `--admin-sessions-background` (read when that is unset; removed in the next minor version).
 * @cssproperty --admin-sessions-border - Deprecated: use `--admin-sessions-border-color` (read when that is unset; removed in the next minor version).
 * @cssproperty --admin-sessions-muted - Deprecated: use `--admin-sessions-muted-color` (read when that is unset; removed in the next minor version).
 * @cssproperty --admin-sessions-accent - Deprecated: use `--admin-sessions-accent-color` (read when that is unset; removed in the next minor version).
 * @cssproperty --admin-sessions-error - Deprecated: use `--admin-sessions-danger-color` (read when that is unset; removed in the next minor version).
 * @cssproperty [--admin-sessions-panel-z-index=10] - Stacking of the panel.
 */
export class AdminSessionsRange extends LitElement {
  static override styles = [rangeTheme, styles];

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
   * An override of how the Start and End fields write and read dates: a flatpickr format
   * (`d-m-Y H:i`). Unset, they follow the element's language like the button and the table
   * (`12/15/2025, 13:00` in en-US, `15.12.2025, 13:00` in de). Set, the calendar's chunk is loaded
   * with the element (it reads flatpickr formats).
   */
  @property({ attribute: 'date-format' })
  dateFormat: string | null = null;

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

  @state() private draft: Draft = EMPTY_DRAFT;
  @state() private error: InputError | null = null;

  get #trigger(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
  }
  get #calendarHost(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('[part~="calendar"]')!;
  }
  get #calendarAnchor(): HTMLInputElement {
    return this.renderRoot.querySelector<HTMLInputElement>('.calendar-anchor')!;
  }
  get #panel(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('[part~="panel"]')!;
  }
  get #startInput(): HTMLInputElement {
    return this.renderRoot.querySelector<HTMLInputElement>('#start')!;
  }
  get #endInput(): HTMLInputElement {
    return this.renderRoot.querySelector<HTMLInputElement>('#end')!;
  }

  readonly #i18n = new LocalizeController(this, () => this.locale);
  /** Renders once its language's dictionary is there (English needs no wait). */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }
  readonly #popup = new PopupController(this, {
    // Closing drops the draft (Cancel, Escape, outside click, or after Apply).
    onClose: (restoreFocus) => {
      this.error = null;
      if (restoreFocus) this.#trigger.focus();
    },
  });
  readonly #calendar = new CalendarController(this, {
    container: () => this.#calendarHost,
    anchor: () => this.#calendarAnchor,
    format: () => this.#format,
    onPick: (dates) => this.#onCalendarPick(dates),
    onBuilt: () => {
      if (this.#popup.open) this.#showDraftInCalendar();
    },
  });

  /** Also waits for the calendar's chunk or a calendar locale being loaded, so `await el.updateComplete` sees the (localized) calendar. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#calendar.pending) {
      await this.#calendar.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The zone in use: `time-zone` when the runtime knows it, else the browser's (`undefined`). */
  get #zone(): string | undefined {
    return this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : undefined;
  }

  /** The explicit `date-format`, if any. */
  get #formatOverride(): string | null {
    return this.dateFormat?.trim() || null;
  }

  get #format(): string {
    return this.#formatOverride ?? CALENDAR_FORMAT;
  }

  /**
   * How the Start and End fields write and read dates now: in the element's language, or in the
   * `date-format` override once the calendar's chunk (which reads flatpickr formats) is there.
   */
  get #textSettings(): TextSettings {
    const zone = this.#zone;
    const formatOverride = this.#formatOverride;
    const { module, locale } = this.#calendar;
    const text = formatOverride && module && locale ? module.flatpickrDateText(formatOverride, locale, zone) : localeDateText(this.#i18n.lang, zone);
    return { text, zone };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const name of ['from', 'to'] as const) {
      if (!changed.has(name)) continue;
      const instant = toInstant(this[name]);
      if (instant === undefined) warnOnce(`${name}="${String(this[name])}" is neither ms since the epoch nor an ISO 8601 date; ignoring it.`);
      this[name] = instant ?? null;
    }
    if (changed.has('relative') && this.relative !== null && !isRangePreset(this.relative)) {
      warnOnce(`range="${String(this.relative)}" is not one of ${RANGE_PRESETS.join(', ')}; ignoring it.`);
      this.relative = null;
    }
    if (changed.has('timeZone') && this.timeZone && !isValidTimeZone(this.timeZone)) {
      warnOnce(`time-zone="${this.timeZone}" is not a time zone this browser knows; using the browser's own.`);
    }
    if (changed.has('locale') && this.locale?.trim() && calendarLanguage(this.locale) === null) {
      warnOnce(`locale="${this.locale}" has no calendar locale; using English.`);
    }
    // The language found (the attribute or the page's) when flatpickr has it, else the texts' language.
    this.#calendar.setLanguage(calendarLanguage(this.#i18n.requestedTag ?? '') ?? this.#i18n.locale);
    // An explicit format is read by the calendar's chunk: have it before the panel opens.
    if (changed.has('dateFormat') && this.#formatOverride && this.isConnected) void this.#calendar.load();
  }

  protected override updated(changed: PropertyValues): void {
    // The room the panel has (see the styles), set as a property: no inline style attribute for a strict CSP.
    const room = this.#popup.viewportRoom;
    this.#panel.style.setProperty('--_viewport-room', room === null ? null : `${room}px`);
    // A rebuilt calendar (the calendar controller, before this) already shows the draft.
    if (this.isConnected && this.#popup.open && changed.has('timeZone')) this.#showDraftInCalendar();
  }

  /** The applied value as a draft; a relative value is resolved against the clock now. */
  #draftOfValue(): Draft {
    if (this.relative) return presetDraft(this.relative, Date.now(), this.#textSettings);
    return draftOf(this.from, this.to, null, this.#textSettings);
  }

  #showDraftInCalendar(): void {
    this.#calendar.show(calendarDates(this.draft, this.#zone));
  }

  async #openPanel(): Promise<void> {
    // Presets and fields show at once; the calendar takes its place when its chunk is there (the
    // `date-format` override alone waits for it, as that chunk reads the format).
    const calendar = this.#calendar.load();
    if (this.#formatOverride) await calendar;
    this.draft = this.#draftOfValue();
    this.error = null;
    this.#popup.show();
    // Rendered, not the calendar: focus moves into the dialog at once (the calendar shows the draft when it is built).
    await super.getUpdateComplete();
    this.#showDraftInCalendar();
    const presets = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="preset"]')];
    (presets.find((button) => button.getAttribute('aria-pressed') === 'true') ?? presets[0])?.focus();
  }

  #errorText(error: InputError | null): string {
    if (!error) return '';
    const msg = this.#i18n.msg.range;
    // The pattern of now: it follows a change of language while the message shows.
    return error.kind === 'endBeforeStart' ? msg.endBeforeStart : msg[error.kind](this.#textSettings.text.hint);
  }

  readonly #onTriggerClick = (): void => {
    if (this.#popup.open) this.#popup.close(true);
    else void this.#openPanel();
  };

  /**
   * Tab and Shift+Tab go round the panel (a modal dialog), through the calendar's chosen day and
   * time inputs too, which flatpickr keeps out of the Tab order (it would move Tab to its own input,
   * hidden here). In the capture phase, before flatpickr sees the key.
   */
  readonly #trapKeydown = {
    capture: true,
    handleEvent: (event: KeyboardEvent): void => {
      const root = this.renderRoot;
      const day =
        root.querySelector('.flatpickr-day.selected:not(.prevMonthDay):not(.nextMonthDay)') ??
        root.querySelector('.flatpickr-day.today') ??
        root.querySelector('.flatpickr-day:not(.prevMonthDay)');
      const time = [...root.querySelectorAll('.flatpickr-time input, .flatpickr-am-pm')];
      this.#popup.trapTab(event, this.#panel, day ? [day, ...time] : time);
    },
  };

  /** A preset applies at once and closes the dialog: a quick range needs no second step. */
  #choosePreset(preset: RangePreset): void {
    const range = { ...resolvePreset(preset, Date.now(), this.#zone), relative: preset };
    this.from = range.from;
    this.to = range.to;
    this.relative = preset;
    this.#popup.close(true);
    this.dispatchEvent(new AdminSessionsRangeChangeEvent(range));
  }

  /** The user picked days or changed the time in the calendar (see `pickedDraft`). */
  #onCalendarPick(dates: Date[]): void {
    const { draft, shown } = pickedDraft(dates, this.draft, this.#textSettings);
    if (shown) this.#calendar.show(shown);
    if (!draft) return;
    this.draft = draft;
    this.error = null;
  }

  #onFieldInput(field: Field, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.draft = { ...this.draft, relative: null, [field === 'start' ? 'startText' : 'endText']: text };
    if (this.error?.field === field || this.error?.kind === 'endBeforeStart') this.error = null;
  }

  /** A field was committed (blur or Enter): say at once if it is unreadable, else follow it in the calendar. */
  #onFieldChange(field: Field): void {
    const outcome = commitField(field, this.draft, this.#textSettings);
    if (!outcome) return;
    if ('error' in outcome) {
      this.error = outcome.error;
      return;
    }
    this.draft = outcome.draft;
    this.#showDraftInCalendar();
  }

  readonly #onApply = (event: SubmitEvent): void => {
    event.preventDefault();
    const outcome = checkDraft(this.draft, Date.now(), this.#textSettings);
    if ('error' in outcome) {
      this.error = outcome.error;
      (outcome.error.field === 'start' ? this.#startInput : this.#endInput).focus();
      return;
    }
    const { range } = outcome;
    this.from = range.from;
    this.to = range.to;
    this.relative = range.relative;
    this.#popup.close(true);
    this.dispatchEvent(new AdminSessionsRangeChangeEvent(range));
  };

  /**
   * An instant as the button shows it: as the fields and the table write it, in the element's
   * language and zone (`12/15/2025, 13:00`, `15.12.2025, 13:00`), to the minute, whatever the
   * fields' `date-format`.
   */
  #labelText(instant: number): string {
    return localeDateText(this.#i18n.lang, this.#zone).format(instant);
  }

  /** The trigger's label; `short` for a narrow trigger (`24 hr`, `12/15, 11:00 – 12:00`). */
  #summary(short = false): string {
    const msg = this.#i18n.msg.range;
    const { lang } = this.#i18n;
    if (this.relative) return short ? compactPreset(lang, this.relative) : msg.presets[this.relative];
    const { from, to } = this;
    // An open end keeps the long label in short too (it wraps there).
    if (from === null) return to === null ? msg.anyTime : msg.untilOnly(this.#labelText(to));
    if (to === null) return msg.fromUntilNow(this.#labelText(from));
    return short ? compactRange(lang, this.#zone, from, to) : msg.between(this.#labelText(from), this.#labelText(to));
  }

  /** Until the calendar is there, its room (loading) or why it is not (failed, with a Retry). */
  #renderCalendarStatus(): TemplateResult | typeof nothing {
    const { status } = this.#calendar;
    if (status === 'ready') return nothing;
    const msg = this.#i18n.msg.range;
    if (status !== 'failed') return html`<div class="calendar-status"></div>`;
    return html`
      <div class="calendar-status" role="alert">
        <p>${msg.calendarFailed}</p>
        <button part="calendar-retry" type="button" @click=${() => void this.#calendar.load()}>${msg.retry}</button>
      </div>
    `;
  }

  protected override render(): TemplateResult {
    const hint = this.#textSettings.text.hint;
    // Every keystroke is in the draft (input events), so the fields' values need no `live()`.
    const { draft } = this;
    const invalidField = this.error?.field ?? null;
    const msg = this.#i18n.msg.range;
    const lang = this.#i18n.locale;
    // Also the trigger's title: a narrow trigger shows the short label instead (styles), the whole one stays on hover and in the name.
    const summary = this.#summary();
    // `dir="auto"` on texts that mix dates, digits and words keeps them readable in a right-to-left page.
    return html`
      <button
        part="trigger"
        type="button"
        lang=${lang}
        aria-haspopup="dialog"
        aria-expanded=${this.#popup.open ? 'true' : 'false'}
        aria-controls="panel"
        title=${summary}
        @click=${this.#onTriggerClick}
      >
        <span class="visually-hidden">${msg.rangeLabel}: ${summary}</span>
        <span class="summary" dir="auto" aria-hidden="true">${summary}</span>
        <span class="short" aria-hidden="true">${this.#summary(true)}</span>
        <span class="caret" aria-hidden="true">▾</span>
      </button>
      <div
        id="panel"
        part="panel"
        role="dialog"
        aria-modal="true"
        lang=${lang}
        aria-label=${msg.dialogLabel}
        ?hidden=${!this.#popup.open}
        @keydown=${this.#trapKeydown}
      >
        <div part="presets" role="group" aria-label=${msg.presetsLabel}>
          ${RANGE_PRESETS.map(
            (preset) => html`
              <button
                part="preset"
                type="button"
                data-preset=${preset}
                aria-pressed=${draft.relative === preset ? 'true' : 'false'}
                @click=${() => this.#choosePreset(preset)}
              >
                ${msg.presets[preset]}
              </button>
            `,
          )}
        </div>
        <div class="main">
          <div part="calendar" lang=${this.#calendar.language}>
            <input class="calendar-anchor" hidden tabindex="-1" aria-hidden="true" />
            ${this.#renderCalendarStatus()}
          </div>
          <form novalidate @submit=${this.#onApply}>
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
                .value=${draft.startText}
                @input=${(event: Event) => this.#onFieldInput('start', event)}
                @change=${() => this.#onFieldChange('start')}
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
                .value=${draft.endText}
                @input=${(event: Event) => this.#onFieldInput('end', event)}
                @change=${() => this.#onFieldChange('end')}
              />
            </div>
            <div class="messages">
              <p id="format-hint" class="hint" dir="auto" ?data-covered=${this.error !== null}>${msg.formatHint(hint)}</p>
              <p id="error" part="error" role="alert" dir="auto">${this.#errorText(this.error)}</p>
            </div>
            <div class="actions">
              <button part="cancel" type="button" @click=${() => this.#popup.close(true)}>${msg.cancel}</button>
              <button part="apply" type="submit">${msg.apply}</button>
            </div>
          </form>
        </div>
      </div>
    `;
  }
}

define('admin-sessions-range', AdminSessionsRange, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-range': AdminSessionsRange;
  }
}

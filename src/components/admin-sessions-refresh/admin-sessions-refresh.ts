// English for this part (it comes in this part's chunk): before anything reads the dictionary.
import '../../i18n/en-parts.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RefreshLoop, type RefreshLoopState, type RefreshPausedReason } from '../../data/refresh/refresh-loop.js';
import { readRefreshPreference, writeRefreshPreference } from '../../data/refresh/refresh-preference.js';
import { AdminSessionsRefreshChangeEvent, AdminSessionsRefreshNowEvent } from '../../events/refresh-events.js';
import { LocalizeController, messagesFor } from '../../i18n/localize.js';
import { warnOnce } from '../../data/warn-once.js';
import { DEFAULT_REFRESH_INTERVAL, REFRESH_INTERVALS } from '../../data/defaults.js';
import { RefreshController } from '../../controllers/refresh-controller.js';
import styles from './admin-sessions-refresh.styles.js';
import { define } from '../../internal/define.js';


const PAUSED_REASONS = Object.keys(messagesFor('en').refresh.reasons) as RefreshPausedReason[];

/** Re-render cadence of the countdown; whole seconds when the admin prefers reduced motion. */
const TICK_MS = 250;
const REDUCED_MOTION_TICK_MS = 1000;

/**
 * The auto-refresh control: an on/off switch, an interval choice, a countdown to the next refresh,
 * why it is paused, and a "Refresh now" button.
 *
 * Three ways to use it:
 * - **Standalone**: give it a `refresh` callback; it then runs its own refresh loop (one request at
 *   a time, paused while the tab is hidden, backing off on errors) and fills `nextDueAt` and
 *   `pausedReason` itself.
 * - **With a `RefreshController`** (as `<admin-sessions>` does): set `controller`; the element shows
 *   that loop's state and drives it, the same loop class as standalone.
 * - **Driven by hand**: listen to its events and set `enabled`, `interval`, `nextDueAt` and
 *   `pausedReason` from your own loop.
 *
 * The admin's choice (on/off, interval) is remembered per page in `localStorage`
 * (`admin-sessions:refresh:<pathname>`); an `enabled` or `interval` set by the page (attribute or
 * property, before the element is attached) wins over the remembered one.
 *
 * @summary Auto-refresh switch, interval, countdown and "Refresh now" for the session log.
 * @tag admin-sessions-refresh
 *
 * @fires {AdminSessionsRefreshChangeEvent} admin-sessions-refresh-change - The admin flipped the switch or picked an interval; detail `{enabled, interval}` (interval in seconds).
 * @fires {AdminSessionsRefreshNowEvent} admin-sessions-refresh-now - The admin pressed "Refresh now".
 *
 * @csspart switch - The on/off switch (`<button role="switch">`).
 * @csspart interval - The interval `<select>`.
 * @csspart countdown - The progress bar counting down to the next refresh (`role="progressbar"`, 100 → 0).
 * @csspart countdown-label - The "Next refresh in 4 s" text.
 * @csspart paused - Why auto-refresh is paused ("Paused: tab hidden").
 * @csspart refresh-now - The "Refresh now" button.
 *
 * @cssproperty [--admin-sessions-accent-color=light-dark(#1b6ef3, #6ea8ff)] - The switch when on, and the countdown bar.
 * @cssproperty [--admin-sessions-muted-color=light-dark(#5f6b7a, #9aa5b1)] - Secondary text and the switch when off.
 * @cssproperty [--admin-sessions-border-color=light-dark(#e3e6ea, #2f353d)] - Borders of the controls and the countdown track.
 * @cssproperty [--admin-sessions-danger-color=light-dark(#b42318, #ff8a80)] - The paused text after an error or an expired session.
 * @cssproperty [--admin-sessions-refresh-countdown-width=4rem] - Width of the countdown bar.
 * @cssproperty [--admin-sessions-refresh-status-width=15em] - Room kept for the countdown or the pause, so the controls do not move when they appear.
 *
 * @cssstate enabled - Auto-refresh is on.
 * @cssstate paused - Auto-refresh is on but paused (see `pausedReason`).
 */
export class AdminSessionsRefresh extends LitElement {
  static override styles = styles;

  /** Whether auto-refresh is on. Off by default. */
  @property({ type: Boolean })
  get enabled(): boolean {
    return this.#enabled;
  }
  set enabled(value: boolean) {
    this.#setByPage.add('enabled');
    this.#enabled = Boolean(value);
  }

  /** Seconds between refreshes: 2, 5 (default), 10, 30 or 60 are offered; any whole number ≥ 1 is accepted. */
  // The attribute's text goes to the setter as is, so a bad value can be named in the warning.
  @property({ converter: (value) => value })
  get interval(): number {
    return this.#interval;
  }
  set interval(value: number) {
    this.#setByPage.add('interval');
    this.#interval = readInterval(value);
  }

  /** When the next refresh starts (ms since the epoch); the countdown reaches 0 exactly then. */
  @property({ attribute: false }) nextDueAt: number | null = null;

  /** Why auto-refresh is paused; `off` is implied while `enabled` is false. */
  @property({ attribute: 'paused-reason' }) pausedReason: RefreshPausedReason | null = null;

  /**
   * Standalone use: loads fresh data (reject with a `SessionsError` for typed failures). While set,
   * the element runs its own refresh loop and drives `nextDueAt` and `pausedReason` itself.
   */
  @property({ attribute: false }) refresh: ((signal: AbortSignal) => Promise<void>) | null = null;

  /** A refresh loop owned by another element (`<admin-sessions>` passes its own) to show and drive. */
  @property({ attribute: false }) controller: RefreshController | null = null;

  /**
   * Language of the texts: `en`, `de` or `uk` (regions such as `de-AT` are fine; others get
   * English). Unset: the nearest `lang` attribute, else `<html lang>`, else the browser's
   * language; it follows when that changes.
   */
  @property() locale: string | null = null;

  /**
   * Shows the interval, countdown and "Refresh now" without the switch, at any width: a second
   * copy (same `controller`) in a menu, while the switch stays in view (`<admin-sessions>`'s
   * Filters in a narrow toolbar). Without it, a toolbar narrower than 42rem shows the switch alone.
   */
  @property({ type: Boolean, reflect: true, attribute: 'settings-only' }) settingsOnly = false;

  #enabled = false;
  #interval = DEFAULT_REFRESH_INTERVAL;
  /** `enabled` / `interval` given by the page before the first connect; they win over the remembered choice. */
  readonly #setByPage = new Set<'enabled' | 'interval'>();
  #rememberedChoiceRead = false;
  /** The loop this element runs itself, while it has a `refresh` callback and no `controller`. */
  #own: RefreshController | null = null;
  #unsubscribe: (() => void) | null = null;
  /** The time this render shows the countdown for. */
  #renderedAt = 0;
  #tickTimer: ReturnType<typeof setTimeout> | null = null;
  #reducedMotion: MediaQueryList | null = null;
  readonly #internals = this.attachInternals();
  readonly #i18n = new LocalizeController(this, () => this.locale);
  /** Renders once its language's dictionary is there (English needs no wait). */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }

  override connectedCallback(): void {
    super.connectedCallback();
    // A handed-over loop has its owner's choice already (which may be the page's, not the remembered one).
    if (!this.#rememberedChoiceRead && !this.controller) this.#readRememberedChoice();
    this.#reducedMotion ??= globalThis.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
    this.#reducedMotion?.addEventListener('change', this.#onEnvironmentChange);
    document.addEventListener('visibilitychange', this.#onEnvironmentChange);
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#reducedMotion?.removeEventListener('change', this.#onEnvironmentChange);
    document.removeEventListener('visibilitychange', this.#onEnvironmentChange);
    this.#clearTick();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pausedReason') && this.pausedReason !== null && !PAUSED_REASONS.includes(this.pausedReason)) {
      warnOnce(`paused-reason="${this.pausedReason}" is not one of ${PAUSED_REASONS.join(', ')}; ignored.`);
      this.pausedReason = null;
    }
    if (changed.has('refresh') || changed.has('controller')) this.#follow();
    const loop = this.#loop();
    if (loop && changed.has('enabled')) loop.setEnabled(this.enabled);
    if (loop && changed.has('interval')) loop.setInterval(this.interval);
    this.#renderedAt = Date.now();
    const reason = this.#effectiveReason();
    this.#setState('enabled', this.enabled);
    this.#setState('paused', this.enabled && reason !== null);
  }

  protected override updated(): void {
    this.#scheduleTick();
  }

  protected override render(): TemplateResult {
    const msg = this.#i18n.msg.refresh;
    const lang = this.#i18n.locale;
    // Off is what the switch shows; a "Paused: off" beside it (and read out on load) said it twice.
    const reason = this.enabled ? this.pausedReason : null;
    const remaining = this.nextDueAt === null ? null : Math.max(0, this.nextDueAt - this.#renderedAt);
    const intervals = REFRESH_INTERVALS.includes(this.interval) ? REFRESH_INTERVALS : [...REFRESH_INTERVALS, this.interval].sort((a, b) => a - b);
    // `lang` marks the texts' language (it may differ from the page's); `dir="auto"` keeps texts
    // that mix digits, words and punctuation readable in a right-to-left page.
    return html`
      ${this.settingsOnly ? nothing : html`<button type="button" part="switch" class="switch" role="switch" lang=${lang} aria-checked=${this.enabled ? 'true' : 'false'} @click=${this.#onSwitch}>
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span class="switch-label" dir="auto">${msg.autoRefresh}</span>
      </button>`}
      <label class="interval" for="interval" lang=${lang}>
        <span class="interval-label" dir="auto">${msg.interval}</span>
        <select id="interval" part="interval" dir="auto" @change=${this.#onIntervalChange}>
          ${intervals.map((seconds) => html`<option value=${seconds} ?selected=${seconds === this.interval}>${msg.seconds(seconds)}</option>`)}
        </select>
      </label>
      <span class="live">${this.enabled && reason === null && remaining !== null ? this.#renderCountdown(remaining) : nothing}${reason !== null
        ? html`<span part="paused" class="paused" lang=${lang} dir="auto" data-reason=${reason}>${msg.paused(this.#reasonText(reason, remaining))}</span>`
        : nothing}</span>
      ${this.settingsOnly ? nothing : html`<span class="visually-hidden" role="status" lang=${lang}>${reason !== null ? msg.paused(msg.reasons[reason]) : ''}</span>`}
      <button type="button" part="refresh-now" class="refresh-now" lang=${lang} dir="auto" @click=${this.#onRefreshNow}>${msg.refreshNow}</button>
    `;
  }

  #renderCountdown(remaining: number): TemplateResult {
    const msg = this.#i18n.msg.refresh;
    const total = this.interval * 1000;
    const percent = Math.min(100, Math.ceil((remaining * 100) / total)); // integer maths: 2750 / 5000 is 55, not 55.000…1
    const seconds = Math.ceil(remaining / 1000);
    const label = remaining > 0 ? msg.nextRefreshIn(seconds) : msg.refreshing;
    return html`<span class="countdown-group" lang=${this.#i18n.locale}>
      <span
        part="countdown"
        class="countdown"
        role="progressbar"
        aria-label=${msg.countdown}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
        aria-valuetext=${msg.seconds(seconds)}
        ><span class="bar" style=${`--_progress: ${percent / 100}`}></span
      ></span>
      <span part="countdown-label" class="countdown-label" dir="auto">${label}</span>
    </span>`;
  }

  #reasonText(reason: RefreshPausedReason, remaining: number | null): string {
    const msg = this.#i18n.msg.refresh;
    if (reason === 'error' && remaining !== null && remaining > 0) return msg.retryingIn(Math.ceil(remaining / 1000));
    return msg.reasons[reason];
  }

  #effectiveReason(): RefreshPausedReason | null {
    return this.enabled ? this.pausedReason : 'off';
  }

  #onSwitch = (): void => {
    this.enabled = !this.enabled;
    this.#choiceChanged();
  };

  #onIntervalChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    this.interval = Number(select.value);
    this.#choiceChanged();
  };

  #onRefreshNow = (): void => {
    this.dispatchEvent(new AdminSessionsRefreshNowEvent());
    void this.#loop()?.refreshNow();
  };

  #choiceChanged(): void {
    writeRefreshPreference({ enabled: this.enabled, interval: this.interval });
    this.dispatchEvent(new AdminSessionsRefreshChangeEvent({ enabled: this.enabled, interval: this.interval }));
  }

  #readRememberedChoice(): void {
    this.#rememberedChoiceRead = true;
    const remembered = readRefreshPreference();
    if (!remembered) return;
    if (remembered.enabled !== undefined && !this.#setByPage.has('enabled')) this.enabled = remembered.enabled;
    if (remembered.interval !== undefined && !this.#setByPage.has('interval')) this.interval = remembered.interval;
  }

  /** The loop shown: the one handed over, else the element's own (with a `refresh` callback). */
  #loop(): RefreshController | null {
    return this.controller ?? this.#own;
  }

  /** Shows (and drives) the loop in use, creating the element's own for a `refresh` callback. */
  #follow(): void {
    if (this.refresh && !this.controller) {
      this.#own ??= new RefreshController(this, {
        refresh: (signal) => (this.refresh ? this.refresh(signal) : Promise.resolve()),
        initial: () => ({ enabled: this.enabled, interval: this.interval }),
        loop: RefreshLoop,
      });
    } else if (this.#own) {
      this.#own.hostDisconnected();
      this.removeController(this.#own);
      this.#own = null;
    }
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    const loop = this.#loop();
    if (!loop || !this.isConnected) return;
    this.#unsubscribe = loop.subscribe(this.#onLoopState);
    this.#onLoopState(loop.state);
  }

  #onLoopState = (state: RefreshLoopState): void => {
    // A handed-over loop may be switched or re-timed elsewhere: mirror it without counting as set by the page.
    if (this.controller) {
      this.#enabled = state.enabled;
      this.#interval = Math.round(state.intervalMs / 1000);
    }
    this.nextDueAt = state.nextDueAt;
    this.pausedReason = state.pausedReason;
    this.requestUpdate();
  };

  #onEnvironmentChange = (): void => {
    this.requestUpdate();
  };

  /**
   * Arms one timer for the next visible change of the countdown, landing on step boundaries of
   * the remaining time so the last render happens exactly at `nextDueAt`. None while off, paused
   * (except an error's retry countdown), hidden or disconnected.
   */
  #scheduleTick(): void {
    this.#clearTick();
    const reason = this.#effectiveReason();
    if (!this.isConnected || this.nextDueAt === null || (reason !== null && reason !== 'error')) return;
    if (document.visibilityState === 'hidden') return;
    const remaining = this.nextDueAt - this.#renderedAt;
    if (remaining <= 0) return;
    const step = this.#reducedMotion?.matches ? REDUCED_MOTION_TICK_MS : TICK_MS;
    this.#tickTimer = setTimeout(() => {
      this.#tickTimer = null;
      this.requestUpdate();
    }, remaining % step || step);
  }

  #clearTick(): void {
    if (this.#tickTimer === null) return;
    clearTimeout(this.#tickTimer);
    this.#tickTimer = null;
  }

  #setState(name: string, on: boolean): void {
    const states = this.#internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }
}

/** A usable interval in seconds, or the default with a warning. */
function readInterval(value: unknown): number {
  const seconds = typeof value === 'string' ? Number(value) : value;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 1) return Math.round(seconds);
  warnOnce(`refresh interval="${String(value)}" is not a number of seconds ≥ 1; using ${DEFAULT_REFRESH_INTERVAL}.`);
  return DEFAULT_REFRESH_INTERVAL;
}

define('admin-sessions-refresh', AdminSessionsRefresh, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-refresh': AdminSessionsRefresh;
  }
}

// English for this part (it comes in this part's chunk): before anything reads the dictionary.
import '../../i18n/en-parts.js';
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdminSessionsHistogramLoadMoreEvent, AdminSessionsHistogramZoomEvent } from '../../events/histogram-events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { warnOnce } from '../../data/warn-once.js';
import { isValidTimeZone } from '../../data/time-zone.js';
import styles from './admin-sessions-histogram.styles.js';
import { AxisLayoutController } from './axis-layout-controller.js';
import { bucketCountOf, summarize, type HistogramData, type HistogramState, type LoadedSpan } from '../../data/histogram/buckets.js';
import { bucketAt, columnOf, sliderStep, zoomRange } from './columns.js';
import { DragZoomController } from './drag-zoom-controller.js';
import { duration, histogramLabeller, type HistogramLabeller } from './labels.js';
import { define } from '../../internal/define.js';

export type HistogramSource = 'server' | 'loaded';
const SOURCES: readonly HistogramSource[] = ['server', 'loaded'];

/** Height of the SVG's coordinate system; bars are scaled into it and stretched to the CSS height. */
const PLOT_HEIGHT = 100;
/** Gap on each side of a bar, as a fraction of the bucket width. */
const BAR_INSET = 0.1;

/**
 * Requests per time bucket over the selected range, WEB and API stacked, drawn as SVG. Hovering a bar
 * shows its counts; dragging across the chart (or clicking one bar) asks to zoom the range to those
 * buckets. From the keyboard the chart is one tab stop, a slider over the buckets (so screen
 * readers pass it the arrow keys): Left/Right/Home/End move a highlighted bucket, whose counts are
 * the slider's value text, Enter or Space zooms to it, Escape cancels a drag.
 *
 * When the element's computed `direction` is `rtl` (a `dir="rtl"` on it or on any ancestor) the
 * chart is mirrored: time runs right to left (oldest on the right), Left and Right move in the
 * direction they point (Left to a newer bucket), Home and End still go to the oldest and the newest,
 * and drags and axis labels follow the mirrored columns.
 *
 * The element only draws `data`; get it from the server (`fetchHistogram`, native contract) or from
 * the loaded rows (`bucketize`) and set `source` to say which. `state` says when there are no bars
 * to draw yet (loading) or at all (the log did not load), or that those drawn are stale (dimmed,
 * `aria-busy`); `loaded` that the rows counted cover only part of the range, which the chart then
 * covers, with a note saying how much and a "Load more" button.
 *
 * @summary Activity histogram of the session log, with drag-to-zoom.
 * @tag admin-sessions-histogram
 *
 * @fires {AdminSessionsHistogramLoadMoreEvent} admin-sessions-histogram-load-more - The admin asked to load more of the range ("Load more", shown with `loaded`). Does not bubble.
 * @fires {AdminSessionsHistogramZoomEvent} admin-sessions-histogram-zoom - The admin chose buckets to zoom to; detail `{from, to}` (ms, inclusive: `to` is the last bucket's end − 1, clamped to the element's `from`/`to`).
 *
 * @csspart histogram - The root: header and chart.
 * @csspart legend - The WEB/API colour key.
 * @csspart label - "Computed from the N loaded rows" when `source="loaded"`.
 * @csspart loaded - With `loaded`: how much of the range the rows counted cover ("Loaded: the last 3 hr 20 min of 2 days").
 * @csspart load-more - With `loaded`: the "Load more" button.
 * @csspart chart - The focusable chart (`role="slider"` over the buckets, named by its summary).
 * @csspart plot - The `<svg>`.
 * @csspart bar - Every bar segment; also `bar-web` or `bar-api`.
 * @csspart bar-web - The WEB part of a bar.
 * @csspart bar-api - The API part of a bar.
 * @csspart highlight - The band behind the bucket under the pointer or the keyboard.
 * @csspart selection - The rectangle over the buckets being dragged across.
 * @csspart baseline - The axis line under the bars.
 * @csspart axis - The row of time labels.
 * @csspart tick - One time label.
 * @csspart tooltip - The hovered or highlighted bucket's time and counts.
 * @csspart empty - "No requests in this range".
 * @csspart state - Said instead of bars while they load, or when the log did not load.
 *
 * @cssproperty [--admin-sessions-histogram-height=4rem] - Height of the bars' area.
 * @cssproperty [--admin-sessions-histogram-web=light-dark(#2e8b57, #7ee2a8)] - WEB bar colour.
 * @cssproperty [--admin-sessions-histogram-api=light-dark(#6a32c9, #c9a7ff)] - API bar colour.
 * @cssproperty [--admin-sessions-histogram-highlight=light-dark(rgb(27 110 243 / 0.12), rgb(110 168 255 / 0.18))] - Band behind the highlighted bucket.
 * @cssproperty [--admin-sessions-muted-color=light-dark(#5f6b7a, #9aa5b1)] - Axis labels, legend, source label, empty text.
 * @cssproperty [--admin-sessions-border-color=light-dark(#e3e6ea, #2f353d)] - The baseline.
 * @cssproperty [--admin-sessions-focus-ring=var(--admin-sessions-accent-color)] - Focus outline and selection colour.
 */
export class AdminSessionsHistogram extends LitElement {
  static override styles = styles;

  /** Requests per bucket to draw (`bucketize` or `fetchHistogram` give one); `null` = nothing yet. */
  @property({ attribute: false }) data: HistogramData | null = null;

  /** Where `data` came from: `server` (default) or `loaded` (computed from the loaded rows, and labelled so). */
  // The attribute's text goes to the setter as is, so a bad value can be named in the warning.
  @property({ converter: (value) => value })
  get source(): HistogramSource {
    return this.#source;
  }
  set source(value: HistogramSource) {
    if (SOURCES.includes(value)) this.#source = value;
    else {
      warnOnce(`histogram source="${String(value)}" is not one of ${SOURCES.join(', ')}; using server.`);
      this.#source = 'server';
    }
  }

  /** `ready` (default), `stale` (the bars are the previous query's: dimmed, `aria-busy`), `loading` (none yet) or `failed` (the log did not load: no counts). */
  @property({ attribute: false }) state: HistogramState = 'ready';
  /** The part of the range (`{from, to}`, ms: the oldest row loaded to the range's end, or to now with `end` the range's end in the future) the rows counted cover, when not all of it: the chart covers it, and says how much of the range (from `from`) that is, with "Load more". */
  @property({ attribute: false }) loaded: LoadedSpan | null = null;
  /** Rows `data` was computed from, for the "Computed from the N loaded rows" label. */
  @property({ type: Number, attribute: 'loaded-count' }) loadedCount = 0;
  /** BCP 47 locale for texts, times and numbers; from the nearest `lang` (or `<html lang>`) when unset. */
  @property() locale: string | undefined;
  /** IANA zone the axis and tooltip times are shown in; the viewer's when unset. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;
  /** The selected range's start (ms); zooms never reach before it. `null` = open. */
  @property({ type: Number }) from: number | null = null;
  /** The selected range's end (ms, inclusive); zooms never reach past it. `null` = open. */
  @property({ type: Number }) to: number | null = null;

  /** Bucket highlighted from the keyboard. */
  @state() private activeIndex: number | null = null;
  @state() private focused = false;
  /** Whether the chart is drawn right to left: the computed `direction`, read at each render and interaction. */
  @state() private rtl = false;

  get #plot(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg');
  }
  get #chart(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.chart');
  }

  readonly #i18n = new LocalizeController(this, () => this.locale);
  /** Renders once its language's dictionary is there (English needs no wait). */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }
  readonly #axis = new AxisLayoutController(this, () => this.renderRoot.querySelector<HTMLElement>('.axis'));
  readonly #pointer = new DragZoomController(this, {
    bucketAt: (clientX) => bucketAt(clientX, this.#plot?.getBoundingClientRect(), this.#bucketCount(), this.#readDirection()),
    chart: () => this.#chart,
    zoom: (first, last) => this.#zoomTo(first, last),
  });
  #source: HistogramSource = 'server';
  #labeller: HistogramLabeller | null = null;
  /** The `Intl` tag `#labeller` formats with; the language can change without a property changing (`<html lang>`). */
  #labellerLang: string | null = null;
  /** `timeZone` when the runtime knows it, else `undefined` (the viewer's). */
  #zone: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Set here, it is part of this render; a change found during an interaction re-renders.
    this.#readDirection();
    if (changed.has('data') || changed.has('timeZone') || this.#labellerLang !== this.#i18n.lang) {
      this.#labellerLang = this.#i18n.lang;
      this.#labeller = this.data ? this.#makeLabeller(this.data) : null;
    }
    if (changed.has('data')) {
      const count = this.data ? bucketCountOf(this.data) : 0;
      this.#pointer.cancel();
      this.#pointer.clearHover();
      if (this.activeIndex !== null && this.activeIndex >= count) this.activeIndex = count ? count - 1 : null;
    }
  }

  #makeLabeller(data: HistogramData): HistogramLabeller {
    let timeZone = this.timeZone || undefined;
    if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
      warnOnce(`histogram time-zone="${timeZone}" is not a known IANA zone; using the viewer's.`);
      timeZone = undefined;
    }
    this.#zone = timeZone;
    // The controller's tag is always one `Intl` accepts (an unusable `locale` falls back to English).
    return histogramLabeller(data, this.#i18n.lang, timeZone);
  }

  #bucketCount(): number {
    return this.data ? bucketCountOf(this.data) : 0;
  }

  /**
   * Whether the element reads right to left now. Direction is inherited from anywhere above (a
   * wrapper's `dir`), and can change without a property of this element changing.
   */
  #readDirection(): boolean {
    this.rtl = this.isConnected && getComputedStyle(this).direction === 'rtl';
    return this.rtl;
  }

  #bucketText(index: number): string {
    const data = this.data!;
    return this.#i18n.msg.histogram.bucket(this.#labeller!.bucketRange(index), data.web[index]!, data.api[index]!);
  }

  #zoomTo(first: number, last: number): void {
    const range = this.data ? zoomRange(this.data, first, last, this.from, this.to) : null;
    if (range) this.dispatchEvent(new AdminSessionsHistogramZoomEvent(range));
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (!this.#pointer.dragging) return;
      event.preventDefault();
      // Only this element's drag is cancelled: a dialog around it must not close as well.
      event.stopPropagation();
      this.#pointer.cancel();
      return;
    }
    const step = sliderStep(event.key, this.activeIndex, this.#bucketCount(), this.#readDirection());
    if (step === null) return;
    event.preventDefault();
    if (step === 'zoom') {
      this.#zoomTo(this.activeIndex!, this.activeIndex!);
      return;
    }
    this.activeIndex = step;
    this.#pointer.clearHover();
  };

  #onFocus = (): void => {
    this.#readDirection();
    this.focused = true;
  };

  #onBlur = (): void => {
    this.focused = false;
    this.#pointer.cancel();
  };

  protected override render(): TemplateResult {
    const data = this.data;
    const labels = this.#labeller;
    const summary = data ? summarize(data) : null;
    const state = this.state;
    const msg = this.#i18n.msg.histogram;
    const empty = !data || !labels || !summary || summary.total === 0;
    // Never "no requests" for bars that are not there yet, or are the last query's.
    const text = state === 'failed' ? msg.failed : state === 'loading' || (empty && state === 'stale') ? this.#i18n.msg.sessions.loading : empty ? msg.empty : null;
    if (text) this.#axis.clear();
    const loaded = this.loaded;
    const lang = this.#i18n.lang;
    return html`<div class="histogram" part="histogram" lang=${lang} aria-busy=${state === 'stale' || state === 'loading'}>
      <div class="header">
        <ul class="legend" part="legend" aria-label=${msg.legend}>
          <li><span class="swatch web" aria-hidden="true"></span>${msg.web}</li>
          <li><span class="swatch api" aria-hidden="true"></span>${msg.api}</li>
        </ul>
        ${this.source === 'loaded' && !text ? html`<span class="label" part="label">${msg.computedFrom(this.loadedCount)}</span>` : nothing}
        ${loaded && !text
          ? html`<span part="loaded">${msg.loadedSpan(duration(loaded.to - loaded.from, lang), this.from === null ? null : duration((loaded.end ?? loaded.to) - this.from, lang), loaded.end !== undefined)}</span>
              <button part="load-more" @click=${() => this.dispatchEvent(new AdminSessionsHistogramLoadMoreEvent())}>${msg.loadMore}</button>`
          : nothing}
      </div>
      ${text ? html`<p class="empty" part=${text === msg.empty ? 'empty' : 'state'}>${text}</p>` : this.#renderChart(data!, labels!, summary!)}
    </div>`;
  }

  #ariaLabel(data: HistogramData, labels: HistogramLabeller, summary: ReturnType<typeof summarize>): string {
    const msg = this.#i18n.msg.histogram;
    const count = bucketCountOf(data);
    const { count: sizeCount, unit } = labels.bucketSize;
    let text = msg.summary(msg.bucketSize[unit](sizeCount), labels.tick(0), labels.end(count - 1), summary.total, summary.web, summary.api);
    if (summary.peakIndex >= 0) text += msg.peak(summary.peak, labels.bucketRange(summary.peakIndex));
    if (this.source === 'loaded') text += msg.loadedOnly(this.loadedCount);
    return text + msg.keys;
  }

  #renderChart(data: HistogramData, labels: HistogramLabeller, summary: ReturnType<typeof summarize>): TemplateResult {
    const count = bucketCountOf(data);
    const scale = summary.peak > 0 ? PLOT_HEIGHT / summary.peak : 0;
    const bars: SVGTemplateResult[] = [];
    for (let i = 0; i < count; i++) {
      const api = data.api[i]! * scale;
      const web = data.web[i]! * scale;
      const x = columnOf(i, count, this.rtl) + BAR_INSET;
      const width = 1 - 2 * BAR_INSET;
      bars.push(svg`<rect class="bar-api" part="bar bar-api" data-index=${i} x=${x} width=${width} y=${PLOT_HEIGHT - api} height=${api}></rect>
        <rect class="bar-web" part="bar bar-web" data-index=${i} x=${x} width=${width} y=${PLOT_HEIGHT - api - web} height=${web}></rect>`);
    }
    const shown = this.#pointer.hover ?? (this.focused ? this.activeIndex : null);
    const selection = this.#pointer.selection;
    // Distances along the axis are measured from the oldest end: the left, or the right in RTL.
    const side = this.rtl ? 'right' : 'left';
    // No label before the oldest row counted (the first bucket starts on a round time before it).
    const ticks = this.#axis.ticks(data, labels, count, this.#zone).filter(({ index }) => data.start + index * data.size >= (this.loaded?.from ?? -Infinity));
    return html`<div
      class="chart"
      part="chart"
      role="slider"
      tabindex="0"
      ?data-rtl=${this.rtl}
      aria-label=${this.#ariaLabel(data, labels, summary)}
      aria-valuemin="0"
      aria-valuemax=${count - 1}
      aria-valuenow=${this.activeIndex ?? count - 1}
      aria-valuetext=${this.activeIndex === null ? this.#i18n.msg.histogram.noBucket : this.#bucketText(this.activeIndex)}
      @pointerdown=${this.#pointer.onPointerDown}
      @pointermove=${this.#pointer.onPointerMove}
      @pointerup=${this.#pointer.onPointerUp}
      @pointercancel=${this.#pointer.onPointerCancel}
      @lostpointercapture=${this.#pointer.onPointerCancel}
      @pointerleave=${this.#pointer.onPointerLeave}
      @keydown=${this.#onKeyDown}
      @focus=${this.#onFocus}
      @blur=${this.#onBlur}
    >
      <svg part="plot" viewBox="0 0 ${count} ${PLOT_HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
        ${shown !== null
          ? svg`<rect class="highlight" part="highlight" x=${columnOf(shown, count, this.rtl)} width="1" y="0" height=${PLOT_HEIGHT}></rect>`
          : nothing}
        ${bars}
        ${selection
          ? svg`<rect
              class="selection"
              part="selection"
              x=${Math.min(columnOf(selection.first, count, this.rtl), columnOf(selection.last, count, this.rtl))}
              width=${selection.last - selection.first + 1}
              y="0"
              height=${PLOT_HEIGHT}
            ></rect>`
          : nothing}
        <line class="baseline" part="baseline" x1="0" x2=${count} y1=${PLOT_HEIGHT} y2=${PLOT_HEIGHT} vector-effect="non-scaling-stroke"></line>
      </svg>
      <div class="axis" part="axis" aria-hidden="true">
        ${ticks.map(({ index, text, start }) =>
          start === null
            ? html`<span class="tick" part="tick" ?data-start=${index === 0} style="${side}: ${(index / count) * 100}%">${text}</span>`
            : html`<span class="tick" part="tick" data-placed style="${side}: ${start}px">${text}</span>`,
        )}
      </div>
      ${shown !== null ? this.#renderTooltip(shown, count, side) : nothing}
    </div>`;
  }

  /** `side`: the chart's oldest end, which positions are measured from. */
  #renderTooltip(index: number, count: number, side: 'left' | 'right'): TemplateResult {
    const centre = ((index + 0.5) / count) * 100;
    // Keeps the tooltip inside the chart near either end.
    const edge = centre < 15 ? 'start' : centre > 85 ? 'end' : 'middle';
    const offset = edge === 'start' ? (index / count) * 100 : edge === 'end' ? ((index + 1) / count) * 100 : centre;
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" data-edge=${edge} style="${side}: ${offset}%">
      ${this.#bucketText(index)}
    </div>`;
  }
}

define('admin-sessions-histogram', AdminSessionsHistogram, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-histogram': AdminSessionsHistogram;
  }
}

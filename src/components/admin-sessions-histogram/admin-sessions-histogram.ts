import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { AdminSessionsHistogramZoomEvent } from '../../events/histogram-events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { warnOnce } from '../../internal/warn.js';
import styles from './admin-sessions-histogram.styles.js';
import { bucketCountOf, summarize, type HistogramData } from './buckets.js';
import { axisTicks, histogramLabeller, isKnownTimeZone, placeTicks, type HistogramLabeller } from './labels.js';
import { BoundedMap } from '../../data/bounded-map.js';

export type HistogramSource = 'server' | 'loaded';
const SOURCES: readonly HistogramSource[] = ['server', 'loaded'];

/** Pointer travel (px) below which a press is a click on one bucket rather than a drag. */
const DRAG_THRESHOLD_PX = 4;
/** Height of the SVG's coordinate system; bars are scaled into it and stretched to the CSS height. */
const PLOT_HEIGHT = 100;
/** Gap on each side of a bar, as a fraction of the bucket width. */
const BAR_INSET = 0.1;
/** Most axis labels shown, however wide the chart. */
const MAX_TICKS = 5;
/** Least space between two axis labels, px. */
const TICK_GAP_PX = 8;
/** Label widths remembered (by text); the least recently used are let go beyond it. */
const LABEL_WIDTHS_KEPT = 200;

/** One axis label: its bucket, text, and start in px from the chart's start side (`null` before the chart was measured). */
interface Tick {
  readonly index: number;
  readonly text: string;
  readonly start: number | null;
}

interface Drag {
  readonly pointerId: number;
  readonly startX: number;
  /** The bucket pressed. */
  readonly anchor: number;
  moved: boolean;
}

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
 * the loaded rows (`bucketize`) and set `source` to say which.
 *
 * @summary Activity histogram of the session log, with drag-to-zoom.
 * @tag admin-sessions-histogram
 *
 * @fires {AdminSessionsHistogramZoomEvent} admin-sessions-histogram-zoom - The admin chose buckets to zoom to; detail `{from, to}` (ms, inclusive: `to` is the last bucket's end − 1, clamped to the element's `from`/`to`).
 *
 * @csspart histogram - The root: header and chart.
 * @csspart legend - The WEB/API colour key.
 * @csspart label - "Computed from the N loaded rows" when `source="loaded"`.
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
 *
 * @cssproperty [--admin-sessions-histogram-height=4rem] - Height of the bars' area.
 * @cssproperty [--admin-sessions-histogram-web=light-dark(#2e8b57, #7ee2a8)] - WEB bar colour.
 * @cssproperty [--admin-sessions-histogram-api=light-dark(#6a32c9, #c9a7ff)] - API bar colour.
 * @cssproperty [--admin-sessions-histogram-highlight=light-dark(rgb(27 110 243 / 0.12), rgb(110 168 255 / 0.18))] - Band behind the highlighted bucket.
 * @cssproperty [--admin-sessions-muted-color=light-dark(#5f6b7a, #9aa5b1)] - Axis labels, legend, source label, empty text.
 * @cssproperty [--admin-sessions-border-color=light-dark(#c5cbd3, #4a525d)] - The baseline.
 * @cssproperty [--admin-sessions-focus-ring=light-dark(#1b6ef3, #6ea8ff)] - Focus outline and selection colour.
 */
@customElement('admin-sessions-histogram')
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

  /** Bucket under the pointer. */
  @state() private hoverIndex: number | null = null;
  /** Bucket highlighted from the keyboard. */
  @state() private activeIndex: number | null = null;
  @state() private focused = false;
  /** Buckets covered by the drag in progress, inclusive. */
  @state() private selection: { first: number; last: number } | null = null;
  /** Whether the chart is drawn right to left: the computed `direction`, read at each render and interaction. */
  @state() private rtl = false;

  @query('svg') private plot!: SVGSVGElement | null;
  @query('.chart') private chart!: HTMLElement | null;

  readonly #i18n = new LocalizeController(this, () => this.locale);
  #source: HistogramSource = 'server';
  #drag: Drag | null = null;
  #labeller: HistogramLabeller | null = null;
  /** The `Intl` tag `#labeller` formats with; the language can change without a property changing (`<html lang>`). */
  #labellerLang: string | null = null;
  /** `timeZone` when the runtime knows it, else `undefined` (the viewer's). */
  #zone: string | undefined;
  /** Width of the axis in px as last measured; 0 before the chart was laid out. */
  #axisWidth = 0;
  /** Rendered width (px) of each axis label text seen, to choose how many labels fit. */
  readonly #labelWidths = new BoundedMap<string, number>(LABEL_WIDTHS_KEPT);
  /** The labels of the last render, and whether they were measured since. */
  #renderedTicks = '';
  #measuredTicks: string | null = null;
  #hostWidth = -1;
  #resizeObserver: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // The number of labels that fit follows the element's width.
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries.at(-1)!.contentRect.width;
      if (width === this.#hostWidth) return;
      this.#hostWidth = width;
      this.#measuredTicks = null;
      this.requestUpdate();
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelDrag();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#hostWidth = -1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Set here, it is part of this render; a change found during an interaction re-renders.
    this.#readDirection();
    if (changed.has('data') || changed.has('timeZone') || this.#labellerLang !== this.#i18n.lang) {
      this.#labellerLang = this.#i18n.lang;
      this.#labeller = this.data ? this.#makeLabeller(this.data) : null;
    }
    if (changed.has('data')) {
      const count = this.data ? bucketCountOf(this.data) : 0;
      this.#cancelDrag();
      this.hoverIndex = null;
      if (this.activeIndex !== null && this.activeIndex >= count) this.activeIndex = count ? count - 1 : null;
    }
  }

  protected override updated(): void {
    if (this.#measuredTicks !== this.#renderedTicks) this.#measureAxis();
  }

  /**
   * Reads the axis width and the rendered labels' widths; when either is new, renders again so the
   * labels are chosen and placed with them (before the browser paints). Each render shows a set of
   * labels the widths known so far say fit; once shown they are measured, so this settles.
   */
  #measureAxis(): void {
    this.#measuredTicks = this.#renderedTicks;
    const axis = this.renderRoot.querySelector<HTMLElement>('.axis');
    if (!axis) return;
    let changed = false;
    const width = axis.getBoundingClientRect().width;
    if (Math.abs(width - this.#axisWidth) > 0.25) {
      this.#axisWidth = width;
      changed = true;
    }
    for (const tick of axis.querySelectorAll<HTMLElement>('.tick')) {
      // A label wider than the chart is clipped: its scroll width is the whole text's.
      const labelWidth = Math.max(tick.getBoundingClientRect().width, tick.scrollWidth);
      const text = tick.textContent!.trim();
      const known = this.#labelWidths.get(text);
      if (known === undefined || Math.abs(known - labelWidth) > 0.25) {
        this.#labelWidths.set(text, labelWidth);
        changed = true;
      }
    }
    if (changed && width > 0) this.requestUpdate();
  }

  /** A label's width: as measured, else guessed from measured labels (those as long first). */
  #labelWidth(text: string): number {
    const known = this.#labelWidths.get(text);
    if (known !== undefined) return known;
    let sameLength = 0;
    let perCharacter = 0;
    for (const [other, width] of this.#labelWidths) {
      if (other.length === text.length) sameLength = Math.max(sameLength, width);
      perCharacter = Math.max(perCharacter, width / Math.max(1, other.length));
    }
    return sameLength || perCharacter * text.length;
  }

  /** The axis labels: as many as fit the measured width without touching, at most `MAX_TICKS`. */
  #ticks(data: HistogramData, labels: HistogramLabeller, count: number): Tick[] {
    const width = this.#axisWidth;
    if (width <= 0) return axisTicks(data, this.#zone, MAX_TICKS).map((index) => ({ index, text: labels.tick(index), start: null }));
    for (let most = MAX_TICKS; most >= 1; most--) {
      const indices = axisTicks(data, this.#zone, most);
      const texts = indices.map((index) => labels.tick(index));
      const starts = placeTicks(indices, count, width, texts.map((text) => this.#labelWidth(text)), TICK_GAP_PX);
      // One label always fits: one wider than the chart is clipped.
      if (starts || indices.length <= 1) return indices.map((index, i) => ({ index, text: texts[i]!, start: starts?.[i] ?? 0 }));
    }
    return [];
  }

  #makeLabeller(data: HistogramData): HistogramLabeller {
    let timeZone = this.timeZone || undefined;
    if (!isKnownTimeZone(timeZone)) {
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

  /** The column (0 = leftmost) bucket `index` is drawn in. */
  #column(index: number, count: number): number {
    return this.rtl ? count - 1 - index : index;
  }

  /** The bucket under a viewport x, clamped to the chart. */
  #indexAt(clientX: number): number {
    const count = this.#bucketCount();
    const box = this.plot?.getBoundingClientRect();
    if (!box || box.width <= 0 || count === 0) return 0;
    const fromStart = this.#readDirection() ? box.right - clientX : clientX - box.left;
    const index = Math.floor((fromStart / box.width) * count);
    return Math.max(0, Math.min(count - 1, index));
  }

  #bucketText(index: number): string {
    const data = this.data!;
    return this.#i18n.msg.histogram.bucket(this.#labeller!.bucketRange(index), data.web[index]!, data.api[index]!);
  }

  #zoomTo(first: number, last: number): void {
    const data = this.data;
    if (!data) return;
    let from = data.start + first * data.size;
    let to = data.start + (last + 1) * data.size - 1;
    if (this.from !== null && Number.isFinite(this.from)) from = Math.max(from, this.from);
    if (this.to !== null && Number.isFinite(this.to)) to = Math.min(to, this.to);
    if (from > to) return;
    this.dispatchEvent(new AdminSessionsHistogramZoomEvent({ from, to }));
  }

  #onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.#drag) return;
    this.chart?.focus({ preventScroll: true });
    const target = event.currentTarget as HTMLElement;
    target.setPointerCapture(event.pointerId);
    this.#drag = { pointerId: event.pointerId, startX: event.clientX, anchor: this.#indexAt(event.clientX), moved: false };
  };

  #onPointerMove = (event: PointerEvent): void => {
    const index = this.#indexAt(event.clientX);
    this.hoverIndex = index;
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    if (!drag.moved && Math.abs(event.clientX - drag.startX) >= DRAG_THRESHOLD_PX) drag.moved = true;
    if (drag.moved) this.selection = { first: Math.min(drag.anchor, index), last: Math.max(drag.anchor, index) };
  };

  #onPointerUp = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const selection = this.selection;
    this.#cancelDrag();
    if (drag.moved && selection) this.#zoomTo(selection.first, selection.last);
    else if (!drag.moved) this.#zoomTo(drag.anchor, drag.anchor);
  };

  #onPointerCancel = (event: PointerEvent): void => {
    if (this.#drag?.pointerId === event.pointerId) this.#cancelDrag();
  };

  #onPointerLeave = (): void => {
    if (!this.#drag) this.hoverIndex = null;
  };

  #cancelDrag(): void {
    const drag = this.#drag;
    this.#drag = null;
    this.selection = null;
    if (drag && this.chart?.hasPointerCapture(drag.pointerId)) this.chart.releasePointerCapture(drag.pointerId);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const count = this.#bucketCount();
    if (event.key === 'Escape') {
      if (!this.#drag) return;
      event.preventDefault();
      // Only this element's drag is cancelled: a dialog around it must not close as well.
      event.stopPropagation();
      this.#cancelDrag();
      return;
    }
    if (count === 0) return;
    const current = this.activeIndex;
    // The arrows move the way they point: towards newer buckets is rightwards, or leftwards in RTL.
    const newer = this.#readDirection() ? 'ArrowLeft' : 'ArrowRight';
    const older = newer === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    switch (event.key) {
      case newer:
        next = current === null ? 0 : current + 1;
        break;
      case older:
        next = current === null ? count - 1 : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        if (current === null) return;
        event.preventDefault();
        this.#zoomTo(current, current);
        return;
      default:
        return;
    }
    event.preventDefault();
    next = Math.max(0, Math.min(count - 1, next));
    this.activeIndex = next;
    this.hoverIndex = null;
  };

  #onFocus = (): void => {
    this.#readDirection();
    this.focused = true;
  };

  #onBlur = (): void => {
    this.focused = false;
    this.#cancelDrag();
  };

  protected override render(): TemplateResult {
    const data = this.data;
    const labels = this.#labeller;
    const summary = data ? summarize(data) : null;
    const empty = !data || !labels || !summary || summary.total === 0;
    if (empty) this.#renderedTicks = '';
    const msg = this.#i18n.msg.histogram;
    return html`<div class="histogram" part="histogram" lang=${this.#i18n.lang}>
      <div class="header">
        <ul class="legend" part="legend" aria-label=${msg.legend}>
          <li><span class="swatch web" aria-hidden="true"></span>${msg.web}</li>
          <li><span class="swatch api" aria-hidden="true"></span>${msg.api}</li>
        </ul>
        ${this.source === 'loaded' ? html`<span class="label" part="label">${msg.computedFrom(this.loadedCount)}</span>` : nothing}
      </div>
      ${empty ? html`<p class="empty" part="empty">${msg.empty}</p>` : this.#renderChart(data, labels, summary)}
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
      const x = this.#column(i, count) + BAR_INSET;
      const width = 1 - 2 * BAR_INSET;
      bars.push(svg`<rect class="bar-api" part="bar bar-api" data-index=${i} x=${x} width=${width} y=${PLOT_HEIGHT - api} height=${api}></rect>
        <rect class="bar-web" part="bar bar-web" data-index=${i} x=${x} width=${width} y=${PLOT_HEIGHT - api - web} height=${web}></rect>`);
    }
    const shown = this.hoverIndex ?? (this.focused ? this.activeIndex : null);
    const selection = this.selection;
    // Distances along the axis are measured from the oldest end: the left, or the right in RTL.
    const side = this.rtl ? 'right' : 'left';
    const ticks = this.#ticks(data, labels, count);
    this.#renderedTicks = ticks.map((tick) => tick.text).join('\n');
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
      @pointerdown=${this.#onPointerDown}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerCancel}
      @lostpointercapture=${this.#onPointerCancel}
      @pointerleave=${this.#onPointerLeave}
      @keydown=${this.#onKeyDown}
      @focus=${this.#onFocus}
      @blur=${this.#onBlur}
    >
      <svg part="plot" viewBox="0 0 ${count} ${PLOT_HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
        ${shown !== null
          ? svg`<rect class="highlight" part="highlight" x=${this.#column(shown, count)} width="1" y="0" height=${PLOT_HEIGHT}></rect>`
          : nothing}
        ${bars}
        ${selection
          ? svg`<rect
              class="selection"
              part="selection"
              x=${Math.min(this.#column(selection.first, count), this.#column(selection.last, count))}
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

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-histogram': AdminSessionsHistogram;
  }
}

/**
 * Which time labels the histogram's axis shows and where: as many as fit its width without
 * touching (at most `MAX_TICKS`), placed by their measured widths. The element's width is watched
 * (ResizeObserver, while attached); after each render the axis and the labels shown are measured,
 * and when either is new the element renders again before the browser paints (from a microtask,
 * not from inside the update that drew them). Each render shows a
 * set of labels the widths known so far say fit; once shown they are measured, so this settles.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BoundedMap } from '../../data/bounded-map.js';
import type { HistogramData } from '../../data/histogram/buckets.js';
import { axisTicks, placeTicks, type HistogramLabeller } from './labels.js';

/** Most axis labels shown, however wide the chart. */
const MAX_TICKS = 5;
/** Least space between two axis labels, px. */
const TICK_GAP_PX = 8;
/** Label widths remembered (by text); the least recently used go first. */
const LABEL_WIDTHS_KEPT = 200;

/** One axis label: its bucket, text, and start in px from the chart's start side (`null` before the chart was measured). */
export interface Tick {
  readonly index: number;
  readonly text: string;
  readonly start: number | null;
}

export class AxisLayoutController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The axis in the host's shadow root (`null` while none is drawn). */
  readonly #axis: () => HTMLElement | null;
  /** Width of the axis in px as last measured; 0 before the chart was laid out. */
  #axisWidth = 0;
  /** Rendered width (px) of each axis label text seen, to choose how many labels fit. */
  readonly #labelWidths = new BoundedMap<string, number>(LABEL_WIDTHS_KEPT);
  /** The labels of the last render, and whether they were measured since. */
  #renderedTicks = '';
  #measuredTicks: string | null = null;
  #hostWidth = -1;
  #resizeObserver: ResizeObserver | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, axis: () => HTMLElement | null) {
    this.#host = host;
    this.#axis = axis;
    host.addController(this);
  }

  hostConnected(): void {
    // The number of labels that fit follows the element's width.
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries.at(-1)!.contentRect.width;
      if (width === this.#hostWidth) return;
      this.#hostWidth = width;
      this.#measuredTicks = null;
      this.#host.requestUpdate();
    });
    this.#resizeObserver.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#hostWidth = -1;
  }

  hostUpdated(): void {
    if (this.#measuredTicks !== this.#renderedTicks) this.#measure();
  }

  /** This render draws no axis. */
  clear(): void {
    this.#renderedTicks = '';
  }

  /** The labels this render draws, for buckets `0 … count − 1` of `data` in `zone`. */
  ticks(data: HistogramData, labels: HistogramLabeller, count: number, zone: string | undefined): Tick[] {
    const ticks = this.#choose(data, labels, count, zone);
    this.#renderedTicks = ticks.map((tick) => tick.text).join('\n');
    return ticks;
  }

  #choose(data: HistogramData, labels: HistogramLabeller, count: number, zone: string | undefined): Tick[] {
    const width = this.#axisWidth;
    if (width <= 0) return axisTicks(data, zone, MAX_TICKS).map((index) => ({ index, text: labels.tick(index), start: null }));
    for (let most = MAX_TICKS; most >= 1; most--) {
      const indices = axisTicks(data, zone, most);
      const texts = indices.map((index) => labels.tick(index));
      const starts = placeTicks(indices, count, width, texts.map((text) => this.#labelWidth(text)), TICK_GAP_PX);
      // One label always fits: one wider than the chart is clipped.
      if (starts || indices.length <= 1) return indices.map((index, i) => ({ index, text: texts[i]!, start: starts?.[i] ?? 0 }));
    }
    return [];
  }

  /** Reads the axis width and the rendered labels' widths; when either is new, renders again. */
  #measure(): void {
    this.#measuredTicks = this.#renderedTicks;
    const axis = this.#axis();
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
    if (changed && width > 0) queueMicrotask(() => this.#host.requestUpdate());
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
}

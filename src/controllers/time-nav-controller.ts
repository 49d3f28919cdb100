import type { SessionQuery } from '../data/query.js';
import { resolvePreset, type RangePreset } from '../data/range-presets.js';
import type { ZoomController, ZoomHost } from './zoom-controller.js';

/** The host: its range attributes. */
export type TimeNavHost = ZoomHost & HTMLElement;

export interface TimeNavOptions {
  readonly zoom: ZoomController;
  /** The query shown now, its range resolved. */
  readonly query: () => SessionQuery;
}

/** The span an open start is taken to have when moving (nothing to halve otherwise). */
const OPEN_START_SPAN = 86_400_000;
const MINUTE = 60_000;

/**
 * Moving through time: Earlier / Later shift the range by half its span, Zoom out goes back to
 * the range before the last zoom (`ZoomController`) or, with none, doubles the span around its
 * middle, and Go to opens the log at a moment (the range ends there, so the server pages from it).
 * A relative range ("last 24 h") becomes the absolute one it stands for now; a range that would end
 * after now ends "now" (open). The keys `[` `]` `-` are in the shortcuts' registry
 * (`components/admin-sessions/keyboard.ts`).
 */
export class TimeNavController {
  readonly host: TimeNavHost;
  readonly #options: TimeNavOptions;

  constructor(host: TimeNavHost, options: TimeNavOptions) {
    this.host = host;
    this.#options = options;
  }

  /** The range shown as instants, a relative one as it stands now: an open end is now, an open start a day before the end. */
  get bounds(): [from: number, to: number] {
    const query = this.#options.query();
    const { from, to } = query.relative && query.to === null ? resolvePreset(query.relative as RangePreset, Date.now()) : query;
    const end = to ?? Date.now();
    return [from ?? end - OPEN_START_SPAN, end];
  }

  /** Later moves only a range that ends before now. */
  get canLater(): boolean {
    const { to } = this.#options.query();
    return to !== null && to < Date.now();
  }

  /** Zoom out goes back to the range before a zoom (else it doubles the span). */
  get zoomsBack(): boolean {
    return this.#options.zoom.canZoomOut;
  }

  /** There is something wider to show: a range before a zoom, or a span to double (an open start is all). */
  get canZoomOut(): boolean {
    return this.zoomsBack || this.#options.query().from !== null;
  }

  /** Half a span earlier (`-1`) or later (`1`). */
  shift(direction: -1 | 1): void {
    const [from, to] = this.bounds;
    if (direction > 0 && !this.canLater) return;
    const step = ((to - from) / 2) * direction;
    this.#show(from + step, to + step);
  }

  zoomOut(): void {
    if (this.zoomsBack) return this.#options.zoom.zoomOut();
    if (!this.canZoomOut) return;
    const [from, to] = this.bounds;
    this.#show(from - (to - from) / 2, to + (to - from) / 2);
  }

  /** The log at `moment`: the range, as long as now, ends there. */
  goTo(moment: number): void {
    const [from, to] = this.bounds;
    this.#show(moment - (to - from), moment);
  }

  /** Shows `from`…`to` as an absolute range; one that would end after now (or within a minute of it) ends now, open, its span kept. */
  #show(from: number, to: number): void {
    const { host } = this;
    const late = to - Date.now();
    const open = late > -MINUTE;
    host.from = new Date(from - Math.max(0, late)).toISOString();
    host.to = open ? null : new Date(to).toISOString();
    host.requestUpdate();
  }
}

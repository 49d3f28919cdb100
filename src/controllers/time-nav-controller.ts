import type { ReactiveController } from 'lit';
import type { SessionQuery } from '../data/query.js';
import { resolvePreset, type RangePreset } from '../data/range-presets.js';
import type { ZoomController, ZoomHost } from './zoom-controller.js';

/** The host: its range attributes, and the element that hears its keys. */
export type TimeNavHost = ZoomHost & HTMLElement;

export interface TimeNavOptions {
  readonly zoom: ZoomController;
  /** The query shown now, its range resolved. */
  readonly query: () => SessionQuery;
}

/** The span an open start is taken to have when moving (nothing to halve otherwise). */
const OPEN_START_SPAN = 86_400_000;
const MINUTE = 60_000;

/** Keys in fields are text, not commands. */
const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/**
 * Moving through time: Earlier / Later shift the range by half its span, Zoom out goes back to
 * the range before the last zoom (`ZoomController`) or, with none, doubles the span around its
 * middle, and Go to opens the log at a moment (the range ends there, so the server pages from it).
 * A relative range ("last 24 h") becomes the absolute one it stands for now; a range that would end
 * after now ends "now" (open). Keys `[` `]` `-` do the same while the focus is in the widget and
 * not in a field, unless the host has `no-shortcuts`.
 */
export class TimeNavController implements ReactiveController {
  readonly host: TimeNavHost;
  readonly #options: TimeNavOptions;

  constructor(host: TimeNavHost, options: TimeNavOptions) {
    this.host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKey);
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

  #onKey = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || this.host.hasAttribute('no-shortcuts')) return;
    if (target && (TYPING.test(target.tagName) || target.isContentEditable)) return;
    const act = { '[': () => this.shift(-1), ']': () => this.shift(1), '-': () => this.zoomOut() }[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  };
}

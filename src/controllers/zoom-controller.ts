import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_RANGE } from '../data/defaults.js';
import type { SessionQuery } from '../data/query.js';
import type { AdminSessionsRangeChangeDetail } from '../events/range-change.js';

/** The range attributes of the host: a relative `range`, or an absolute `from`/`to`. */
export interface ZoomHost extends ReactiveControllerHost {
  range: string;
  from: string | null;
  to: string | null;
}

type RangeAttributes = Pick<ZoomHost, 'range' | 'from' | 'to'>;

/** Most ranges remembered to zoom out to. */
const MAX_ZOOM_STEPS = 20;

const keyOf = ({ range, from, to }: RangeAttributes) => `${range}|${from}|${to}`;
const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());
/** How long a range is, ms; an open start is endless. */
const span = (from: number | null, to: number | null, now: number) => (to ?? now) - (from ?? -Infinity);

/**
 * The range the admin chose, and the ranges before each zoom: a histogram drag, or a range
 * narrower than the one shown, remembers the range it left; "Zoom out" goes back to it (also out
 * of an empty bar). A range set any other way (a wider one, the page, Back/Forward) starts over.
 */
export class ZoomController implements ReactiveController {
  readonly #host: ZoomHost;
  /** The query shown now, its range resolved. */
  readonly #current: () => SessionQuery;
  #stack: RangeAttributes[] = [];
  /** The range this controller last set; another one seen on update was set from outside. */
  #expected: string | null = null;

  constructor(host: ZoomHost, current: () => SessionQuery) {
    this.#host = host;
    this.#current = current;
    host.addController(this);
  }

  /** Whether there is a wider range to go back to. */
  get canZoomOut(): boolean {
    return this.#stack.length > 0;
  }

  hostUpdate(): void {
    const key = keyOf(this.#host);
    if (this.#expected !== null && key !== this.#expected) this.#stack = [];
    this.#expected = key;
  }

  /** The range picker's choice: remembered as a zoom when it is narrower than the range shown. */
  choose({ from, to, relative }: AdminSessionsRangeChangeDetail): void {
    const now = Date.now();
    const query = this.#current();
    const narrower = span(from, to, now) < span(query.from, query.to, now);
    const next = relative
      ? { range: relative, from: null, to: null }
      : { range: from === null && to === null ? DEFAULT_RANGE : this.#host.range, from: iso(from), to: iso(to) };
    this.#set(next, narrower);
  }

  /** A drag over the histogram: shows `from`…`to`, remembering the range it leaves. */
  zoomTo(from: number, to: number): void {
    this.#set({ range: this.#host.range, from: iso(from), to: iso(to) }, true);
  }

  /** Back to the range before the last zoom. */
  zoomOut(): void {
    const previous = this.#stack.pop();
    if (previous) this.#apply(previous);
  }

  #set(next: RangeAttributes, zoom: boolean): void {
    const host = this.#host;
    if (keyOf(next) === keyOf(host)) return;
    if (zoom) this.#stack = [...this.#stack, { range: host.range, from: host.from, to: host.to }].slice(-MAX_ZOOM_STEPS);
    else this.#stack = [];
    this.#apply(next);
  }

  #apply(next: RangeAttributes): void {
    const host = this.#host;
    host.range = next.range;
    host.from = next.from;
    host.to = next.to;
    this.#expected = keyOf(next);
    host.requestUpdate();
  }
}

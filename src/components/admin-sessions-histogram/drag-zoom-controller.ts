/**
 * Pointer input over the histogram's buckets: the bucket under the pointer (hovered), and a press
 * that either clicks one bucket or drags across several, then asks to zoom to them. The pointer is
 * captured for the drag, so it may leave the chart; a cancelled pointer, a lost capture, the host
 * detached or `cancel()` (Escape, blur) drop the drag without zooming.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pointer travel (px) below which a press is a click on one bucket rather than a drag. */
const DRAG_THRESHOLD_PX = 4;

export interface DragZoomOptions {
  /** The bucket under a viewport x, clamped to the chart. */
  readonly bucketAt: (clientX: number) => number;
  /** The element the handlers are on, which captures the pointer. */
  readonly chart: () => HTMLElement | null;
  /** The user chose buckets `first` … `last` (inclusive). */
  readonly zoom: (first: number, last: number) => void;
}

interface Drag {
  readonly pointerId: number;
  readonly startX: number;
  /** The bucket pressed. */
  readonly anchor: number;
  moved: boolean;
}

export class DragZoomController implements ReactiveController {
  /** Bucket under the pointer. */
  hover: number | null = null;
  /** Buckets covered by the drag in progress, inclusive. */
  selection: { readonly first: number; readonly last: number } | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #options: DragZoomOptions;
  #drag: Drag | null = null;

  constructor(host: ReactiveControllerHost, options: DragZoomOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get dragging(): boolean {
    return this.#drag !== null;
  }

  /** Drops the drag in progress, if any, without zooming. */
  cancel(): void {
    const drag = this.#drag;
    this.#drag = null;
    this.#setSelection(null);
    const chart = this.#options.chart();
    if (drag && chart?.hasPointerCapture(drag.pointerId)) chart.releasePointerCapture(drag.pointerId);
  }

  /** Forgets the hovered bucket (the data changed, or the keyboard took over). */
  clearHover(): void {
    this.#setHover(null);
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.#drag) return;
    this.#options.chart()?.focus({ preventScroll: true });
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.#drag = { pointerId: event.pointerId, startX: event.clientX, anchor: this.#options.bucketAt(event.clientX), moved: false };
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const index = this.#options.bucketAt(event.clientX);
    this.#setHover(index);
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    if (!drag.moved && Math.abs(event.clientX - drag.startX) >= DRAG_THRESHOLD_PX) drag.moved = true;
    if (drag.moved) this.#setSelection({ first: Math.min(drag.anchor, index), last: Math.max(drag.anchor, index) });
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const selection = this.selection;
    this.cancel();
    if (drag.moved && selection) this.#options.zoom(selection.first, selection.last);
    else if (!drag.moved) this.#options.zoom(drag.anchor, drag.anchor);
  };

  /** `pointercancel` and `lostpointercapture`. */
  readonly onPointerCancel = (event: PointerEvent): void => {
    if (this.#drag?.pointerId === event.pointerId) this.cancel();
  };

  readonly onPointerLeave = (): void => {
    if (!this.#drag) this.#setHover(null);
  };

  #setHover(index: number | null): void {
    if (index === this.hover) return;
    this.hover = index;
    this.#host.requestUpdate();
  }

  #setSelection(selection: { first: number; last: number } | null): void {
    const old = this.selection;
    if (old === selection || (old && selection && old.first === selection.first && old.last === selection.last)) return;
    this.selection = selection;
    this.#host.requestUpdate();
  }
}

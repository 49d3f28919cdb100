import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../data/warn-once.js';
import type { TableColumn } from '../events/table-events.js';

/** Narrowest and widest a resized column gets (px), and one arrow key's step. */
export const MIN_WIDTH = 48;
export const MAX_WIDTH = 800;
const STEP = 16;
/** Columns that can be hidden: Date always shows. */
export const HIDEABLE: readonly TableColumn[] = ['admin', 'url'];

export interface ColumnLayout {
  /** Widths (px, the header's border box) of Date and Admin; the URL takes what is left. */
  widths: Partial<Record<TableColumn, number>>;
  hidden: TableColumn[];
}

/**
 * The table's columns as the viewer left them: widths from a drag or the keyboard on a header's
 * resize handle, columns hidden from the Columns menu, and a reset. Kept in `localStorage` under
 * the cache's scope (endpoint + viewing admin, read again when it changes) and checked on read: a
 * malformed entry is said once and the defaults are used.
 */
export class ColumnsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The cache's scope: one admin's layout is not another's. */
  readonly #scope: () => string;
  #key = '';
  layout: ColumnLayout = { widths: {}, hidden: [] };

  constructor(host: ReactiveControllerHost, scope: () => string) {
    this.#host = host;
    this.#scope = scope;
    host.addController(this);
    this.hostUpdate();
  }

  hostUpdate(): void {
    const key = `admin-sessions:columns:${this.#scope()}`;
    if (key === this.#key) return;
    this.#key = key;
    this.layout = { widths: {}, hidden: [] };
    try {
      const text = localStorage.getItem(key);
      if (text) this.layout = valid(JSON.parse(text));
    } catch {
      warnOnce(`columns in localStorage "${key}" unreadable: default columns used.`);
    }
  }

  /** Arrow Left/Right (±16 px), Home (narrowest), End (widest) on a column's resize handle; other keys pass. */
  onKey(column: TableColumn, event: KeyboardEvent): void {
    const px = { ArrowLeft: width(event) - STEP, ArrowRight: width(event) + STEP, Home: MIN_WIDTH, End: MAX_WIDTH }[event.key];
    if (px === undefined) return;
    // Not the table's row keys, nor a scroll.
    event.preventDefault();
    event.stopPropagation();
    this.resize(column, px);
    this.#save();
  }

  /** A drag: the handle captures the pointer and the column follows it until it is let go. */
  onPointerDown(column: TableColumn, down: PointerEvent): void {
    const handle = down.currentTarget as HTMLElement;
    // The handle is at the header's inline end: in a right-to-left page, dragging left widens.
    const sign = getComputedStyle(handle).direction === 'rtl' ? -1 : 1;
    const from = width(down);
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    handle.onpointermove = (event) => this.resize(column, from + sign * (event.clientX - down.clientX));
    handle.onpointerup = handle.onpointercancel = () => {
      handle.onpointermove = handle.onpointerup = handle.onpointercancel = null;
      this.#save();
    };
  }

  resize(column: TableColumn, px: number): void {
    this.layout = { ...this.layout, widths: { ...this.layout.widths, [column]: Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, px))) } };
    this.#host.requestUpdate();
  }

  /** Shows or hides a column (Date always shows). */
  show(column: TableColumn, shown: boolean): void {
    const hidden = this.layout.hidden.filter((name) => name !== column);
    this.#change({ ...this.layout, hidden: shown || !HIDEABLE.includes(column) ? hidden : [...hidden, column] });
  }

  /** Every column shown at its own width, and nothing kept. */
  reset(): void {
    this.#change({ widths: {}, hidden: [] });
  }

  #change(layout: ColumnLayout): void {
    this.layout = layout;
    this.#save();
    this.#host.requestUpdate();
  }

  #save(): void {
    try {
      localStorage.setItem(this.#key, JSON.stringify(this.layout));
    } catch {
      // full or blocked storage: the layout lasts for the page
    }
  }
}

/** A handle's column's width now (its header's border box). */
const width = (event: Event) => (event.currentTarget as HTMLElement).parentElement!.getBoundingClientRect().width;

/** `{widths: {date?, admin?}, hidden: ['admin' | 'url', …]}`, widths in range; throws otherwise. */
function valid(layout: ColumnLayout): ColumnLayout {
  const { widths, hidden } = layout;
  const ok = (px: unknown) => px === undefined || (typeof px === 'number' && px >= MIN_WIDTH && px <= MAX_WIDTH);
  if (Object.keys(widths).some((column) => !['date', 'admin'].includes(column) || !ok(widths[column as TableColumn])) || !hidden.every((column) => HIDEABLE.includes(column))) {
    throw new TypeError('bad layout');
  }
  return layout;
}

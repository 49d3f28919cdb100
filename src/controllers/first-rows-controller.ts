import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FIRST_RENDER_HOLD_MS, FIRST_ROWS_WAIT_MS } from '../data/defaults.js';

/** What waits for the first rows: `opened` settles when the gate opens (at once for one that is open). */
export interface Gate {
  readonly isOpen: boolean;
  readonly opened: Promise<void>;
}

/** A gate that is always open: what a part waits for when its host holds nothing back. */
export const OPEN_GATE: Gate = { isOpen: true, opened: Promise.resolve() };

const PRESSES = ['pointerdown', 'keydown', 'focusin'] as const;

/**
 * Puts the first rows first. With a server that answers quickly, the page's main thread, not the
 * network, decides when they are painted, so two things wait for them:
 *
 * - **The first full render** (`holds`): while the first page is on its way, for `FIRST_RENDER_HOLD_MS`
 *   at most, the host renders only a placeholder that keeps its place. An answer within that time
 *   is painted with the widget around it in one frame, rather than after a frame of skeleton rows;
 *   a slower one shows the skeleton when the time is up.
 * - **Everything else** (the gate): the chunks of the parts and tools, the query language, the
 *   histogram's request. Asked for beside the first page, their code would run between its answer
 *   and the frame that paints it. The gate opens after the frame that follows the first load's end
 *   (rows shown, none in the range, or a failure, as `settled` says), at the admin's first press or
 *   focus inside the host (what they reach for loads at once), or after `FIRST_ROWS_WAIT_MS` at the
 *   latest, so a slow server does not hold the controls back. It never closes again.
 */
export class FirstRowsController implements ReactiveController, Gate {
  readonly opened: Promise<void>;
  /** Settles with the first full render (the hold over). */
  readonly shown: Promise<void>;
  #shown!: () => void;
  #open = false;
  #resolve!: () => void;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #painting = false;
  /** `null` before the first render, `false` once the hold is over. */
  #holding: boolean | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #settled: () => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, settled: () => boolean) {
    this.#host = host;
    this.#settled = settled;
    this.opened = new Promise((resolve) => (this.#resolve = resolve));
    this.shown = new Promise((resolve) => (this.#shown = resolve));
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /**
   * Whether this render is to be the placeholder: `waiting` (the first page is on its way and
   * nothing is shown yet), the first full render not done, and its time not up. Once it answers
   * `false`, it always does.
   */
  holds(waiting: boolean): boolean {
    if (this.#holding === null) {
      this.#holding = true;
      // Time is up: the next render draws the skeleton, unless the first page came first.
      setTimeout(() => this.#holding && ((this.#holding = false), this.#host.requestUpdate()), FIRST_RENDER_HOLD_MS);
    }
    if (waiting && this.#holding) return true;
    this.#holding = false;
    this.#shown();
    return false;
  }

  /** Opens the gate now: everything waiting starts. */
  open = (): void => {
    if (this.#open) return;
    this.#open = true;
    this.hostDisconnected();
    for (const type of PRESSES) this.#host.removeEventListener(type, this.open, true);
    this.#resolve();
  };

  hostConnected(): void {
    if (this.#open) return;
    this.#timer ??= setTimeout(this.open, FIRST_ROWS_WAIT_MS);
    for (const type of PRESSES) this.#host.addEventListener(type, this.open, true);
  }

  hostUpdated(): void {
    if (this.#open || this.#painting || this.#holding !== false || !this.#settled()) return;
    // The frame after this update paints the rows (the table renders them in this microtask
    // checkpoint); a task posted from its animation frame callback runs once it is painted.
    this.#painting = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      // A host taken off the page meanwhile loads nothing (it waits for its next first rows).
      channel.port1.onmessage = () => (channel.port1.close(), this.#host.isConnected ? this.open() : (this.#painting = false));
      channel.port2.postMessage(null);
    });
  }

  hostDisconnected(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

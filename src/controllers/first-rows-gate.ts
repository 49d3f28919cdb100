import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FIRST_ROWS_WAIT_MS } from '../data/defaults.js';

/** What waits for a gate: `opened` settles when it opens (at once for one that is open). */
export interface Gate {
  readonly isOpen: boolean;
  readonly opened: Promise<void>;
}

/** A gate that is always open: what a part waits for when its host holds nothing back. */
export const OPEN_GATE: Gate = { isOpen: true, opened: Promise.resolve() };

/**
 * Holds back what the first rows do not need until they are on screen: the chunks of the parts and
 * tools, the query language, the histogram's request. Loaded during the first page's short round
 * trip, their code would run between the answer and the frame that paints it. The gate opens after
 * the frame that follows the first load's end (rows shown, none in the range, or a failure, as
 * `settled` says), at the admin's first press or focus inside the host (what they reach for loads at
 * once), or after `FIRST_ROWS_WAIT_MS` at the latest, so a slow server does not hold the controls back.
 * It never closes again.
 */
export class FirstRowsGate implements ReactiveController, Gate {
  readonly opened: Promise<void>;
  #open = false;
  #resolve!: () => void;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #painting = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #settled: () => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, settled: () => boolean) {
    this.#host = host;
    this.#settled = settled;
    this.opened = new Promise((resolve) => (this.#resolve = resolve));
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** Opens the gate now: everything waiting starts. */
  open = (): void => {
    if (this.#open) return;
    this.#open = true;
    this.hostDisconnected();
    for (const type of ['pointerdown', 'keydown', 'focusin'] as const) this.#host.removeEventListener(type, this.open, true);
    this.#resolve();
  };

  hostConnected(): void {
    if (this.#open) return;
    this.#timer ??= setTimeout(this.open, FIRST_ROWS_WAIT_MS);
    for (const type of ['pointerdown', 'keydown', 'focusin'] as const) this.#host.addEventListener(type, this.open, true);
  }

  hostUpdated(): void {
    if (this.#open || this.#painting || !this.#settled()) return;
    // The frame after this update paints the rows (the table renders them in this microtask
    // checkpoint); a task posted from its animation frame callback runs once it is painted.
    this.#painting = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (channel.port1.close(), this.open());
      channel.port2.postMessage(null);
    });
  }

  hostDisconnected(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

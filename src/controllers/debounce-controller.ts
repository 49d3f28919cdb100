import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs the last of a burst of calls once things are quiet for `ms`; nothing runs after the host leaves the page. */
export class DebounceController implements ReactiveController {
  readonly #ms: number;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(host: ReactiveControllerHost, ms: number) {
    this.#ms = ms;
    host.addController(this);
  }

  /** Runs `action` after `ms` unless another call comes first (which replaces it). */
  run(action: () => void): void {
    this.cancel();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      action();
    }, this.#ms);
  }

  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs the last of a burst of calls once things are quiet for `ms`; nothing runs after the host leaves the page. */
export class DebounceController implements ReactiveController {
  readonly #ms: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #action: (() => void) | null = null;

  constructor(host: ReactiveControllerHost, ms: number) {
    this.#ms = ms;
    host.addController(this);
  }

  /** Runs `action` after `ms` unless another call comes first (which replaces it). */
  run(action: () => void): void {
    this.cancel();
    this.#action = action;
    this.#timer = setTimeout(() => void this.flush(), this.#ms);
  }

  /** Runs the waiting action now (Enter in a search box), if there is one; says whether there was. */
  flush(): boolean {
    const action = this.#action;
    this.cancel();
    action?.();
    return action !== null;
  }

  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#action = null;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}

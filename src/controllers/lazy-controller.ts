import type { ReactiveControllerHost } from 'lit';
import { OPEN_GATE, type Gate } from './first-rows-controller.js';

/**
 * A controller whose code comes in a chunk of its own, made the first time it is wanted: the
 * histogram's and the export's controllers, which the first rows do not need. `want()` starts
 * loading it and gives it once there (else `null`); the host renders again when it arrives. A chunk
 * that fails is reported once and asked for again at the next `want()`. With a `gate`
 * (`FirstRowsController`), `want()` before it opens starts loading when it opens; `load()` (a click that
 * needs it) never waits.
 */
export class LazyController<T> {
  readonly #host: ReactiveControllerHost;
  readonly #make: (host: ReactiveControllerHost) => Promise<T>;
  #value: T | null = null;
  #loading: Promise<T> | null = null;
  readonly #gate: Gate;
  #waiting = false;

  /** `make` imports the controller's module and constructs it for `host` (it joins the host as controllers do). */
  constructor(host: ReactiveControllerHost, make: (host: ReactiveControllerHost) => Promise<T>, gate: Gate = OPEN_GATE) {
    this.#host = host;
    this.#make = make;
    this.#gate = gate;
  }

  /** The controller once made, else `null`. */
  get value(): T | null {
    return this.#value;
  }

  /** The controller, or `null` while its code loads (the host renders again when it is there). */
  want(): T | null {
    if (this.#value || this.#waiting) return this.#value;
    if (this.#gate.isOpen) void this.load().catch(() => undefined);
    else {
      this.#waiting = true;
      void this.#gate.opened.then(() => ((this.#waiting = false), this.load())).catch(() => undefined);
    }
    return this.#value;
  }

  /** The controller, loading its code first if need be (e.g. on the click that needs it). */
  load(): Promise<T> {
    if (this.#value) return Promise.resolve(this.#value);
    this.#loading ??= this.#make(this.#host).then(
      (value) => {
        this.#value = value;
        this.#host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.#loading = null;
        console.warn('admin-sessions: a part of the widget could not be loaded.', error);
        throw error;
      },
    );
    return this.#loading;
  }
}

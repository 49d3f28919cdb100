import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SLOW_PART_MS } from '../data/defaults.js';
import { OPEN_GATE, type Gate } from './first-rows-controller.js';

/**
 * Loads an element's parts on demand: each part is a custom element whose module comes in its own
 * chunk (`import()`), asked for the first time the host renders it. Until it is defined the host
 * renders its tag anyway (the browser upgrades it when the definition arrives, with the properties
 * already set) in space reserved by CSS; a part that takes longer than `SLOW_PART_MS` is `slow`
 * (the host says so in place) and one whose chunk failed is `failed` (the host says so and offers
 * `retry`). A part already defined (its module imported by the page) is `ready` at once. With a
 * `gate` (`FirstRowsController`), a part wanted before it opens is `loading` and its chunk is asked for
 * when it opens.
 */
export type PartState = 'loading' | 'slow' | 'ready' | 'failed';

export interface PartLoader {
  /** The custom element the chunk defines. */
  readonly tag: string;
  /** Imports the chunk (which defines `tag`). */
  readonly load: () => Promise<unknown>;
}

export class PartsController<Name extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #loaders: Readonly<Record<Name, PartLoader>>;
  readonly #states = new Map<Name, PartState>();
  readonly #timers = new Map<Name, ReturnType<typeof setTimeout>>();
  /** Bumped by `retry`, so that a superseded attempt reports nothing. */
  readonly #attempts = new Map<Name, number>();
  readonly #gate: Gate;

  constructor(host: ReactiveControllerHost, loaders: Readonly<Record<Name, PartLoader>>, gate: Gate = OPEN_GATE) {
    this.#host = host;
    this.#loaders = loaders;
    this.#gate = gate;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  /** The part's state, starting to load it the first time it is asked for. */
  want(name: Name): PartState {
    const known = this.#states.get(name);
    if (known === 'ready' || known === 'failed') return known;
    const { tag, load } = this.#loaders[name];
    if (customElements.get(tag)) {
      this.#settle(name, 'ready');
      return 'ready';
    }
    if (known) return known;
    if (this.#gate.isOpen) this.#start(name, tag, load);
    else {
      this.#states.set(name, 'loading');
      void this.#gate.opened.then(() => this.#states.get(name) === 'loading' && !this.#attempts.has(name) && this.#start(name, tag, load));
    }
    return 'loading';
  }

  /** Asks for a failed part again (a `Retry` button). */
  retry(name: Name): void {
    if (this.#states.get(name) !== 'failed') return;
    this.#states.delete(name);
    this.want(name);
    this.#host.requestUpdate();
  }

  #start(name: Name, tag: string, load: () => Promise<unknown>): void {
    const attempt = (this.#attempts.get(name) ?? 0) + 1;
    this.#attempts.set(name, attempt);
    this.#states.set(name, 'loading');
    this.#timers.set(
      name,
      setTimeout(() => {
        if (this.#states.get(name) === 'loading') this.#settle(name, 'slow');
      }, SLOW_PART_MS),
    );
    load()
      .then(() => customElements.whenDefined(tag))
      .then(
        () => this.#attempts.get(name) === attempt && this.#settle(name, 'ready'),
        (error: unknown) => {
          if (this.#attempts.get(name) !== attempt) return;
          console.warn(`admin-sessions: the <${tag}> chunk could not be loaded.`, error);
          this.#settle(name, 'failed');
        },
      );
  }

  #settle(name: Name, state: PartState): void {
    if (state !== 'slow') {
      clearTimeout(this.#timers.get(name));
      this.#timers.delete(name);
    }
    if (this.#states.get(name) === state) return;
    const was = this.#states.get(name);
    this.#states.set(name, state);
    // A part that was defined before it was ever drawn needs no second render.
    if (was !== undefined) this.#host.requestUpdate();
  }
}

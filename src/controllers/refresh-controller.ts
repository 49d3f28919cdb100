import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RefreshLoop, type RefreshLoopState } from '../data/refresh/refresh-loop.js';

export interface RefreshControllerOptions {
  /** Loads fresh data; see `RefreshLoop`. */
  readonly refresh: (signal: AbortSignal) => Promise<void>;
  /** On/off and seconds to start with; read when the host first connects. */
  readonly initial: () => { readonly enabled: boolean; readonly interval: number };
  /** Called on every change of the state, before the listeners. */
  readonly onState?: (state: RefreshLoopState) => void;
}

/**
 * The one auto-refresh loop of an element: starts with the host's connection and stops with its
 * disconnection, and tells its listeners whenever its state changes. `<admin-sessions>` owns one
 * and hands it to its `<admin-sessions-refresh>`; a standalone `<admin-sessions-refresh>` owns its
 * own. It never asks its host to re-render: whoever shows the state listens (`subscribe`), so a
 * tick re-renders the countdown, not the whole widget.
 */
export class RefreshController implements ReactiveController {
  readonly #options: RefreshControllerOptions;
  readonly #listeners = new Set<(state: RefreshLoopState) => void>();
  #loop: RefreshLoop | null = null;

  constructor(host: ReactiveControllerHost, options: RefreshControllerOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The loop's state; off with nothing scheduled before the host connects. */
  get state(): RefreshLoopState {
    return this.#loop?.state ?? { enabled: false, intervalMs: 5000, nextDueAt: null, pausedReason: 'off', inFlight: false, failures: 0 };
  }

  /** Calls `listener` on every change of `state`; returns the unsubscribe function. */
  subscribe(listener: (state: RefreshLoopState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  hostConnected(): void {
    if (!this.#loop) {
      const { enabled, interval } = this.#options.initial();
      this.#loop = new RefreshLoop({
        enabled,
        intervalMs: interval * 1000,
        refresh: this.#options.refresh,
        onState: (state) => {
          this.#options.onState?.(state);
          this.#listeners.forEach((listener) => listener(state));
        },
      });
    }
    this.#loop.start();
  }

  hostDisconnected(): void {
    this.#loop?.stop();
  }

  setEnabled(enabled: boolean): void {
    this.#loop?.setEnabled(enabled);
  }

  /** Seconds between refreshes. */
  setInterval(seconds: number): void {
    this.#loop?.setInterval(seconds * 1000);
  }

  /** Refreshes at once (an explicit request, whatever the pauses). */
  refreshNow(): Promise<void> {
    return this.#loop?.refreshNow() ?? Promise.resolve();
  }

  /** Drops the pending refresh (its query was superseded). */
  abort(): void {
    this.#loop?.abort();
  }
}

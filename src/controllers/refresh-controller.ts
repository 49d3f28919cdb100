import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RefreshLoop, RefreshLoopState } from '../data/refresh/refresh-loop.js';
import { OPEN_GATE, type Gate } from './first-rows-controller.js';

export interface RefreshControllerOptions {
  /** Loads fresh data; see `RefreshLoop`. */
  readonly refresh: (signal: AbortSignal) => Promise<void>;
  /** On/off and seconds to start with; read when the host first connects. */
  readonly initial: () => { readonly enabled: boolean; readonly interval: number };
  /** Called on every change of the state, before the listeners. */
  readonly onState?: (state: RefreshLoopState) => void;
  /** The loop's class when its code is at hand (`<admin-sessions-refresh>`'s own); else it is imported on the first connection. */
  readonly loop?: typeof RefreshLoop;
  /** What the loop's code waits for (`FirstRowsController`; by default nothing). */
  readonly gate?: Gate;
}

/**
 * The one auto-refresh loop of an element: starts with the host's connection and stops with its
 * disconnection, and tells its listeners whenever its state changes. `<admin-sessions>` owns one
 * and hands it to its `<admin-sessions-refresh>`; a standalone `<admin-sessions-refresh>` owns its
 * own. It never asks its host to re-render: whoever shows the state listens (`subscribe`), so a
 * tick re-renders the countdown, not the whole widget. The loop's code is not needed for the first
 * rows, so it is imported when the host first connects (the standalone build's parts chunk), or when
 * the `gate` opens; what is asked of it meanwhile is done once it is there.
 */
export class RefreshController implements ReactiveController {
  readonly #options: RefreshControllerOptions;
  readonly #listeners = new Set<(state: RefreshLoopState) => void>();
  #loop: RefreshLoop | null = null;
  #loading: Promise<RefreshLoop> | null = null;
  #connected = false;
  #connectedAt: number | null = null;
  /** What was asked before the loop was there. */
  readonly #pending: { enabled?: boolean; interval?: number } = {};
  #initial: { readonly enabled: boolean; readonly interval: number } | null = null;

  constructor(host: ReactiveControllerHost, options: RefreshControllerOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The loop's state; off with nothing scheduled before the host connects. */
  get state(): RefreshLoopState {
    if (this.#loop) return this.#loop.state;
    // Before the host connects: off; while the loop's code comes: what it will start with.
    const { enabled, interval } = this.#connected || this.#loading ? this.#start() : { enabled: false, interval: 5 };
    return { enabled, intervalMs: interval * 1000, nextDueAt: null, pausedReason: enabled ? null : 'off', inFlight: false, failures: 0 };
  }

  /** Calls `listener` on every change of `state`; returns the unsubscribe function. */
  subscribe(listener: (state: RefreshLoopState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#connectedAt ??= Date.now();
    if (this.#loop) this.#loop.start();
    else if (this.#options.loop) this.#make(this.#options.loop);
    else {
      const { gate = OPEN_GATE } = this.#options;
      const load = () => import('../data/refresh/refresh-loop.js').then(({ RefreshLoop }) => this.#make(RefreshLoop));
      this.#loading ??= gate.isOpen ? load() : gate.opened.then(load);
    }
  }

  /** On/off and seconds to start with: `initial()`, read once, and what was set since. */
  #start(): { enabled: boolean; interval: number } {
    this.#initial ??= this.#options.initial();
    return { enabled: this.#pending.enabled ?? this.#initial.enabled, interval: this.#pending.interval ?? this.#initial.interval };
  }

  #make(Loop: typeof RefreshLoop): RefreshLoop {
    const { enabled, interval } = this.#start();
    this.#loop = new Loop({
      enabled,
      intervalMs: interval * 1000,
      refresh: this.#options.refresh,
      onState: (state) => {
        this.#options.onState?.(state);
        this.#listeners.forEach((listener) => listener(state));
      },
    });
    // A loop whose code came after the host connected keeps the rhythm it would have had from then.
    if (this.#connected) this.#loop.start(this.#connectedAt!);
    this.#loading ??= Promise.resolve(this.#loop);
    return this.#loop;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#loop?.stop();
  }

  /** Resolves once the loop's code is there and the loop made (the first connection asks for it). */
  get ready(): Promise<RefreshLoop> | null {
    return this.#loading;
  }

  setEnabled(enabled: boolean): void {
    if (this.#loop) this.#loop.setEnabled(enabled);
    else this.#pending.enabled = enabled;
  }

  /** Seconds between refreshes. */
  setInterval(seconds: number): void {
    if (this.#loop) this.#loop.setInterval(seconds * 1000);
    else this.#pending.interval = seconds;
  }

  /** Refreshes at once (an explicit request, whatever the pauses). */
  refreshNow(): Promise<void> {
    if (this.#loop) return this.#loop.refreshNow();
    return this.#loading?.then((loop) => loop.refreshNow()) ?? Promise.resolve();
  }

  /** Drops the pending refresh (its query was superseded). */
  abort(): void {
    this.#loop?.abort();
  }
}

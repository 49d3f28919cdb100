import { isAbortError } from '../errors.js';

/**
 * Why auto-refresh is not currently counting down. The loop reports the first four from its own
 * state; `scrolled-away` is for a host that holds its refreshes itself and tells
 * `<admin-sessions-refresh>` so (its `paused-reason`).
 */
export type RefreshPausedReason = 'off' | 'hidden' | 'error' | 'unauthorized' | 'scrolled-away';

/** A snapshot of the loop, enough for a countdown UI: remaining = `nextDueAt - Date.now()`. */
export interface RefreshLoopState {
  readonly enabled: boolean;
  readonly intervalMs: number;
  /**
   * When the next request starts (ms since the epoch): the moment the timer fires, so a countdown
   * reaches 0 exactly then. `null` while nothing is scheduled (off, paused, not started). During a
   * back-off (`pausedReason: 'error'`) it is the time of the retry.
   */
  readonly nextDueAt: number | null;
  readonly pausedReason: RefreshPausedReason | null;
  readonly inFlight: boolean;
  /** Consecutive failed refreshes; back to 0 after one succeeds. */
  readonly failures: number;
}

/** Where the loop learns whether the page is hidden; `document` by default. */
export interface VisibilitySource {
  readonly hidden: boolean;
  /** Calls `onChange` whenever `hidden` may have changed; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}

export interface RefreshBackoff {
  /** First retry delay after a failure; doubles with every further failure. Defaults to the interval. */
  readonly baseMs?: number;
  /** Longest retry delay. Defaults to 5 minutes. */
  readonly maxMs?: number;
}

export interface RefreshLoopOptions {
  /**
   * Loads fresh data. Must settle; should stop work when `signal` aborts. Reject with a
   * `SessionsError` so the loop can tell an expired session (`code: 'unauthorized'`) or a
   * rate limit (`retryAfter`) from a transient failure.
   */
  readonly refresh: (signal: AbortSignal) => Promise<void>;
  readonly intervalMs: number;
  readonly enabled: boolean;
  /** Called with a new snapshot whenever the state changes. */
  readonly onState?: (state: RefreshLoopState) => void;
  /** `null`: the page is always considered visible. Omitted: `document`, when there is one. */
  readonly visibility?: VisibilitySource | null;
  readonly backoff?: RefreshBackoff;
}

const DEFAULT_MAX_BACKOFF_MS = 5 * 60_000;

/** `document.visibilityState` as a {@link VisibilitySource}; `null` outside a browser. */
function documentVisibility(): VisibilitySource | null {
  if (typeof document === 'undefined') return null;
  return {
    get hidden() {
      return document.visibilityState === 'hidden';
    },
    subscribe(onChange) {
      document.addEventListener('visibilitychange', onChange);
      return () => document.removeEventListener('visibilitychange', onChange);
    },
  };
}

/**
 * Drives periodic refresh: one request at a time, on a fixed rhythm, paused while the page is
 * hidden, backing off on errors and stopping for an expired session. No DOM: the host calls
 * `start()` when connected and `stop()` when disconnected.
 *
 * Timing rules:
 * - Ticks fall on a fixed grid: the next one is due `intervalMs` after the previous one was due,
 *   not after its request ended, so a slow request does not shift the rhythm.
 * - A tick never starts while a request is pending. If a request overruns one or more due times,
 *   a single tick fires as soon as it settles and the rhythm restarts from there (no burst).
 * - While the page is hidden nothing runs; when it shows again a tick fires at once if one
 *   became due meanwhile, otherwise the countdown simply continues.
 * - Only `setTimeout`, `clearTimeout` and `Date.now()` measure time.
 */
export class RefreshLoop {
  readonly #refresh: (signal: AbortSignal) => Promise<void>;
  readonly #onState: ((state: RefreshLoopState) => void) | null;
  readonly #visibility: VisibilitySource | null;
  readonly #backoffBaseMs: number | null;
  readonly #backoffMaxMs: number;

  #enabled: boolean;
  #intervalMs: number;
  #started = false;
  #unsubscribeVisibility: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** Next attempt (a regular tick or a back-off retry); kept while paused, so resume knows if it was missed. */
  #dueAt: number | null = null;
  #request: AbortController | null = null;
  #settled: Promise<void> = Promise.resolve();
  #failures = 0;
  #unauthorized = false;
  #lastState: RefreshLoopState | null = null;

  constructor(options: RefreshLoopOptions) {
    this.#refresh = options.refresh;
    this.#onState = options.onState ?? null;
    this.#visibility = options.visibility === undefined ? documentVisibility() : options.visibility;
    this.#backoffBaseMs = options.backoff?.baseMs ?? null;
    this.#backoffMaxMs = options.backoff?.maxMs ?? DEFAULT_MAX_BACKOFF_MS;
    this.#enabled = options.enabled;
    this.#intervalMs = checkInterval(options.intervalMs);
  }

  get state(): RefreshLoopState {
    const pausedReason = this.#pausedReason();
    const counting = this.#started && (pausedReason === null || pausedReason === 'error');
    return {
      enabled: this.#enabled,
      intervalMs: this.#intervalMs,
      nextDueAt: counting ? this.#dueAt : null,
      pausedReason,
      inFlight: this.#request !== null,
      failures: this.#failures,
    };
  }

  /** Begins the rhythm (first tick one interval after `since`, by default now) and watches visibility. Idempotent. */
  start(since = Date.now()): void {
    if (this.#started) return;
    this.#started = true;
    this.#unsubscribeVisibility = this.#visibility?.subscribe(this.#onVisibilityChange) ?? null;
    this.#dueAt = this.#enabled && !this.#unauthorized ? since + this.#intervalMs : null;
    this.#schedule();
    this.#emit();
  }

  /** Removes the visibility listener and the timer, and aborts a pending request. Idempotent. */
  stop(): void {
    this.#unsubscribeVisibility?.();
    this.#unsubscribeVisibility = null;
    this.#clearTimer();
    this.#request?.abort();
    this.#request = null;
    this.#dueAt = null;
    if (!this.#started) return;
    this.#started = false;
    this.#emit();
  }

  /**
   * Turns auto-refresh on (countdown restarts at a full interval; clears an expired-session or
   * error pause) or off (the pending request, if any, still completes).
   */
  setEnabled(enabled: boolean): void {
    if (enabled === this.#enabled && !(enabled && this.#unauthorized)) return;
    this.#enabled = enabled;
    if (enabled) {
      this.#unauthorized = false;
      this.#failures = 0;
      this.#dueAt = Date.now() + this.#intervalMs;
    } else {
      this.#dueAt = null;
    }
    this.#schedule();
    this.#emit();
  }

  /** Changes the period; the countdown restarts at the new full interval (a pending back-off is kept). */
  setInterval(intervalMs: number): void {
    checkInterval(intervalMs);
    if (intervalMs === this.#intervalMs) return;
    this.#intervalMs = intervalMs;
    if (this.#enabled && !this.#unauthorized && this.#failures === 0) this.#dueAt = Date.now() + intervalMs;
    this.#schedule();
    this.#emit();
  }

  /**
   * Refreshes now, whatever the pauses (an explicit request), and restarts the countdown from now.
   * Clears an expired-session pause. While a request is pending it starts nothing and returns
   * that request's completion.
   */
  refreshNow(): Promise<void> {
    if (this.#request) return this.#settled;
    this.#unauthorized = false;
    return this.#fire(true);
  }

  /**
   * Aborts the pending request (e.g. the query changed): its signal aborts and whatever it
   * resolves or rejects with afterwards is ignored. The rhythm continues; call `refreshNow()`
   * to load again at once.
   */
  abort(): void {
    const request = this.#request;
    if (!request) return;
    this.#request = null;
    request.abort();
    const now = Date.now();
    if (this.#dueAt !== null && this.#dueAt <= now) this.#dueAt = now + this.#intervalMs;
    this.#schedule();
    this.#emit();
  }

  #onVisibilityChange = (): void => {
    this.#schedule();
    this.#emit();
  };

  #hidden(): boolean {
    return this.#started && (this.#visibility?.hidden ?? false);
  }

  #pausedReason(): RefreshPausedReason | null {
    if (!this.#enabled) return 'off';
    if (this.#unauthorized) return 'unauthorized';
    if (this.#hidden()) return 'hidden';
    if (this.#failures > 0) return 'error';
    return null;
  }

  #mayTick(): boolean {
    return this.#started && this.#enabled && !this.#unauthorized && !this.#hidden();
  }

  /** Arms the one timer for `#dueAt`, or fires at once when that moment has already passed. */
  #schedule(): void {
    this.#clearTimer();
    if (!this.#mayTick() || this.#request || this.#dueAt === null) return;
    const delay = this.#dueAt - Date.now();
    if (delay <= 0) {
      void this.#fire(true);
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#fire(false);
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer === null) return;
    clearTimeout(this.#timer);
    this.#timer = null;
  }

  /**
   * Starts a request. An on-time tick keeps the grid (next = due + interval, whatever the timer's
   * own lateness); a late one (catch-up, resume, refresh now) restarts it from now.
   */
  #fire(late: boolean): Promise<void> {
    const now = Date.now();
    const anchor = late || this.#dueAt === null ? now : this.#dueAt;
    const next = anchor + this.#intervalMs;
    this.#dueAt = this.#enabled ? (next > now ? next : now + this.#intervalMs) : null;
    this.#clearTimer();
    const request = new AbortController();
    this.#request = request;
    this.#emit();
    let outcome: Promise<void>;
    try {
      outcome = Promise.resolve(this.#refresh(request.signal));
    } catch (error) {
      outcome = Promise.reject(error);
    }
    this.#settled = outcome.then(
      () => this.#settle(request, true, null),
      (error: unknown) => this.#settle(request, false, error),
    );
    return this.#settled;
  }

  #settle(request: AbortController, ok: boolean, error: unknown): void {
    // Aborted or stopped: the answer belongs to a request nobody wants any more.
    if (this.#request !== request) return;
    this.#request = null;
    if (ok) {
      this.#failures = 0;
    } else if (!isAbortError(error)) {
      this.#failures++;
      if (errorKind(error) === 'unauthorized') {
        this.#unauthorized = true;
        this.#dueAt = null;
      } else if (this.#enabled) {
        this.#dueAt = Date.now() + this.#retryDelay(error);
      }
    }
    this.#schedule();
    this.#emit();
  }

  #retryDelay(error: unknown): number {
    const base = this.#backoffBaseMs ?? this.#intervalMs;
    const backoff = Math.min(this.#backoffMaxMs, base * 2 ** (this.#failures - 1));
    const retryAfter = retryAfterSeconds(error);
    return retryAfter === null ? backoff : Math.max(backoff, retryAfter * 1000);
  }

  #emit(): void {
    const state = this.state;
    const last = this.#lastState;
    if (
      last &&
      last.enabled === state.enabled &&
      last.intervalMs === state.intervalMs &&
      last.nextDueAt === state.nextDueAt &&
      last.pausedReason === state.pausedReason &&
      last.inFlight === state.inFlight &&
      last.failures === state.failures
    ) {
      return;
    }
    this.#lastState = state;
    this.#onState?.(state);
  }
}

function checkInterval(intervalMs: number): number {
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`RefreshLoop: intervalMs must be a positive number, got ${intervalMs}.`);
  return intervalMs;
}

/**
 * `SessionsError.code`, read structurally so errors from another copy of the library count too
 * (an older copy names it `kind`).
 */
function errorKind(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, kind } = error as { code?: unknown; kind?: unknown };
  return typeof code === 'string' ? code : typeof kind === 'string' ? kind : null;
}

/** `SessionsError.retryAfter` (seconds the server asked us to wait), if any. */
function retryAfterSeconds(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('retryAfter' in error)) return null;
  const value = error.retryAfter;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

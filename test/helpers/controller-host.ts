import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SourceHost } from '../../src/controllers/source-controller.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';

/**
 * A minimal `ReactiveControllerHost` for testing one controller without an element: it counts
 * `requestUpdate` calls and runs the controller life cycle the way Lit does (`hostConnected` on
 * connect and for controllers added while connected, `hostUpdate` then `hostUpdated` on update,
 * `hostDisconnected` on disconnect).
 *
 * With `autoUpdate`, `requestUpdate` schedules one update in a microtask while connected (as a Lit
 * element does), so a `@lit/task` Task re-runs when its arguments change; without it, the test calls
 * `update()` itself.
 */
export class ControllerHost implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  /** How many times a controller asked the host to re-render. */
  requestUpdateCount = 0;
  /** How many updates ran. */
  updateCount = 0;
  connected = false;
  readonly autoUpdate: boolean;
  #pending: Promise<boolean> | null = null;

  constructor({ autoUpdate = false }: { autoUpdate?: boolean } = {}) {
    this.autoUpdate = autoUpdate;
  }

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  requestUpdate(): void {
    this.requestUpdateCount++;
    if (this.autoUpdate && this.connected && !this.#pending) {
      this.#pending = Promise.resolve().then(() => {
        this.#pending = null;
        if (this.connected) this.update();
        return true;
      });
    }
  }

  /** Settles after the update a `requestUpdate` scheduled (at once when none is pending). */
  get updateComplete(): Promise<boolean> {
    return this.#pending ?? Promise.resolve(true);
  }

  connect(): void {
    this.connected = true;
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  /** One update, as Lit runs it: every controller's `hostUpdate`, then (after the render) every `hostUpdated`. */
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
    this.updateCount++;
    for (const controller of this.controllers) controller.hostUpdated?.();
  }

  disconnect(): void {
    this.connected = false;
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

/** Runs `body` with `console.warn` recorded instead of printed; resolves to the warnings. */
export async function recordWarnings(body: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** A host with the attributes `SourceController` reads (a page's `fetchPage` or an endpoint; memory cache by default). */
export class FakeSourceHost extends ControllerHost implements SourceHost {
  endpoint = '/api/admin-sessions';
  adapter = 'native';
  serverTimeZone = 'UTC';
  timeout: number | string = 15_000;
  fetchPage: FetchPage | null = null;
  cache: string | null = 'memory';
  cacheMaxEntries: number | string = 20_000;
  cacheMaxAge: number | string = 24;
  currentAdmin: string | null = null;
  cacheKey: string | null = null;
}

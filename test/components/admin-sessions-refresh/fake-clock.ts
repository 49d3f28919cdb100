/**
 * Fake timers for the refresh tests: the clock `sinon.useFakeTimers()` returns.
 *
 * `sinon` itself is not installed (@open-wc/testing 4 does not depend on it), but its timer
 * library @sinonjs/fake-timers is (through @types/sinon). That ships as CommonJS only, which the
 * test runner serves untransformed, so it is evaluated here with a two-line `require` shim. Once
 * `sinon` is a devDependency, `installFakeClock()` becomes `sinon.useFakeTimers({ now, toFake })`.
 */
import type { Clock, FakeMethod } from '@sinonjs/fake-timers';

interface FakeTimersModule {
  install(config: { now?: number; toFake?: FakeMethod[] }): Clock & { uninstall(): void };
}

const SOURCE_URL = new URL('../../../node_modules/@sinonjs/fake-timers/src/fake-timers-src.js', import.meta.url).href;

async function loadFakeTimers(): Promise<FakeTimersModule> {
  const response = await fetch(SOURCE_URL);
  if (!response.ok) throw new Error(`fake-clock: ${SOURCE_URL} answered ${response.status}`);
  const source = await response.text();
  const module = { exports: {} as unknown };
  const require = (id: string): unknown => {
    if (id === '@sinonjs/commons') return { global: globalThis };
    throw new Error(`fake-clock: no ${id} in the browser`); // fake-timers probes Node modules and catches this
  };
  // tickAsync yields one macrotask per timer through `setImmediate || setTimeout`; the browser's
  // nested setTimeout is clamped to 4 ms, so lend it a MessageChannel-based setImmediate while the
  // library captures that reference (a simulated hour of 2 s ticks: ~8 s → well under 1 s).
  const global = globalThis as { setImmediate?: unknown };
  const hadSetImmediate = 'setImmediate' in global;
  if (!hadSetImmediate) global.setImmediate = messageChannelImmediate();
  try {
    new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${SOURCE_URL}`)(module, module.exports, require);
  } finally {
    if (!hadSetImmediate) delete global.setImmediate;
  }
  return module.exports as FakeTimersModule;
}

function messageChannelImmediate(): (callback: () => void) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (callback) => {
    queue.push(callback);
    channel.port2.postMessage(null);
  };
}

const fakeTimers = await loadFakeTimers();

/** A fixed, realistic epoch, so code that treats `0` as "no time" cannot pass by accident. */
export const EPOCH = Date.UTC(2025, 5, 1, 9, 0, 0);

export type FakeClock = Clock & { uninstall(): void };

/** Fakes `setTimeout`/`setInterval` and `Date` (not animation frames or microtasks, which Lit and the runner need). */
export function installFakeClock(now = EPOCH): FakeClock {
  return fakeTimers.install({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

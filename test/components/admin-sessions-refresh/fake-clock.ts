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
  new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${SOURCE_URL}`)(module, module.exports, require);
  return module.exports as FakeTimersModule;
}

const fakeTimers = await loadFakeTimers();

/** A fixed, realistic epoch, so code that treats `0` as "no time" cannot pass by accident. */
export const EPOCH = Date.UTC(2025, 5, 1, 9, 0, 0);

export type FakeClock = Clock & { uninstall(): void };

/** Fakes `setTimeout`/`setInterval` and `Date` (not animation frames or microtasks, which Lit and the runner need). */
export function installFakeClock(now = EPOCH): FakeClock {
  return fakeTimers.install({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

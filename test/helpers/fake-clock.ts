import sinon from 'sinon';

/** A fixed, realistic epoch, so code that treats `0` as "no time" cannot pass by accident. */
export const EPOCH = Date.UTC(2025, 5, 1, 9, 0, 0);

export type FakeClock = sinon.SinonFakeTimers;

/** Fakes `setTimeout`/`setInterval` and `Date` (not animation frames or microtasks, which Lit and the runner need). */
export function installFakeClock(now = EPOCH): FakeClock {
  return sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

/**
 * A fake clock for runs of thousands of fake timers (simulated hours, a loop's every tick). sinon's `tickAsync` yields to the real
 * event loop after every fake timer with `setImmediate || setTimeout`; browsers have no
 * setImmediate and clamp nested `setTimeout(0)` to 4 ms, so each fake timer would cost ≥ 4 ms of
 * wall time. A MessageChannel setImmediate yields just as truly (a real task) without the clamp; it
 * is installed while the clock is, and handed to sinon through `global`.
 */
export function installFastFakeClock(now = EPOCH): FakeClock {
  const g = globalThis as { setImmediate?: (fn: () => void) => void };
  let removeSetImmediate = () => {};
  if (!g.setImmediate) {
    const channel = new MessageChannel();
    const queue: (() => void)[] = [];
    channel.port1.onmessage = () => queue.shift()?.();
    g.setImmediate = (fn) => {
      queue.push(fn);
      channel.port2.postMessage(0);
    };
    removeSetImmediate = () => {
      delete g.setImmediate;
      channel.port1.close();
    };
  }
  const clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], global: globalThis } as never);
  const restore = clock.restore.bind(clock);
  clock.restore = () => {
    restore();
    removeSetImmediate();
  };
  return clock;
}

/**
 * Steps a fake clock `stepMs` at a time until `predicate` holds (`waitUntil` polls with
 * `setTimeout`, which is fake here). Every step runs the timers due and yields to real tasks, so
 * work that needs no real I/O (a `fetchPage` stub, Lit updates) gets done in between.
 */
export async function tickUntil(clock: FakeClock, predicate: () => unknown, message: string, { stepMs = 10, maxMs = 10_000 } = {}): Promise<void> {
  for (let waited = 0; !predicate(); waited += stepMs) {
    if (waited >= maxMs) throw new Error(`${message} (after ${maxMs} fake ms)`);
    await clock.tickAsync(stepMs);
  }
}

/**
 * Waits on a fake clock for something that also needs real I/O (msw's worker answers in real
 * tasks): each step moves the clock `stepMs` (0: only what is due) and waits one real animation
 * frame, which the clock does not fake. Fails after `maxSteps` steps.
 */
export async function untilTicking(clock: FakeClock, predicate: () => unknown, message: string, { stepMs = 0, maxSteps = 600 } = {}): Promise<void> {
  for (let step = 0; !predicate(); step++) {
    if (step >= maxSteps) throw new Error(`${message} (after ${maxSteps} steps)`);
    await clock.tickAsync(stepMs);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

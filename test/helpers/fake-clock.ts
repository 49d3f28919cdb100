import sinon from 'sinon';

/** A fixed, realistic epoch, so code that treats `0` as "no time" cannot pass by accident. */
export const EPOCH = Date.UTC(2025, 5, 1, 9, 0, 0);

export type FakeClock = sinon.SinonFakeTimers;

/** Fakes `setTimeout`/`setInterval` and `Date` (not animation frames or microtasks, which Lit and the runner need). */
export function installFakeClock(now = EPOCH): FakeClock {
  return sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

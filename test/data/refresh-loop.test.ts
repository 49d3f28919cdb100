import { expect } from '@open-wc/testing';
import { SessionsError } from '../../src/data/errors.js';
import { RefreshLoop, type RefreshLoopOptions, type RefreshLoopState, type VisibilitySource } from '../../src/data/refresh/refresh-loop.js';
import { EPOCH, installFastFakeClock, type FakeClock } from '../helpers/fake-clock.js';

/** How the fake server answers request number `index` (0-based): after `ms`, with `error` or success. */
type Answer = (index: number) => { ms: number; error?: unknown };

/** A refresh callback that records when each request started and how many ran at once. */
class FakeBackend {
  readonly starts: number[] = [];
  readonly signals: AbortSignal[] = [];
  active = 0;
  maxActive = 0;

  constructor(public answer: Answer = () => ({ ms: 0 })) {}

  /** Start times relative to the clock's epoch. */
  get startedAt(): number[] {
    return this.starts.map((time) => time - EPOCH);
  }

  get gaps(): number[] {
    return this.starts.slice(1).map((time, i) => time - this.starts[i]!);
  }

  readonly refresh = (signal: AbortSignal): Promise<void> => {
    const { ms, error } = this.answer(this.starts.length);
    this.starts.push(Date.now());
    this.signals.push(signal);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    return new Promise((resolve, reject) => {
      const finish = () => {
        this.active--;
        if (error === undefined) resolve();
        else reject(error);
      };
      if (ms === 0) finish();
      else setTimeout(finish, ms);
    });
  };
}

class FakeVisibility implements VisibilitySource {
  hidden = false;
  readonly listeners = new Set<() => void>();

  subscribe(onChange: () => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  set(hidden: boolean): void {
    this.hidden = hidden;
    for (const listener of this.listeners) listener();
  }
}

describe('RefreshLoop', () => {
  let clock: FakeClock;
  let loop: RefreshLoop | null;
  let states: RefreshLoopState[];

  beforeEach(() => {
    clock = installFastFakeClock();
    loop = null;
    states = [];
  });

  afterEach(() => {
    loop?.stop();
    clock.restore();
  });

  function startLoop(backend: FakeBackend, options: Partial<RefreshLoopOptions> = {}): RefreshLoop {
    loop = new RefreshLoop({
      refresh: backend.refresh,
      intervalMs: 2000,
      enabled: true,
      visibility: null,
      onState: (state) => states.push(state),
      ...options,
    });
    loop.start();
    return loop;
  }

  describe('rhythm', () => {
    it('makes exactly 1,800 requests in a simulated hour at 2 s, never two at once', async function () {
      this.timeout(60_000);
      const backend = new FakeBackend(() => ({ ms: 1500 }));
      startLoop(backend);
      await clock.tickAsync(60 * 60_000);
      expect(backend.starts).to.have.length(1800);
      expect(backend.maxActive).to.equal(1);
      expect(backend.startedAt[0]).to.equal(2000);
      expect(backend.startedAt.at(-1)).to.equal(3_600_000);
    });

    it('keeps the period at the interval when each request takes 700 ms (no drift)', async () => {
      const backend = new FakeBackend(() => ({ ms: 700 }));
      startLoop(backend);
      await clock.tickAsync(200 * 2000);
      expect(backend.starts).to.have.length(200);
      expect(backend.startedAt).to.deep.equal(Array.from({ length: 200 }, (_, i) => (i + 1) * 2000));
    });

    it('announces each due time before it and starts the request exactly then (an exact countdown)', async () => {
      const announcedAtStart: (number | null)[] = [];
      const backend = new FakeBackend(() => ({ ms: 700 }));
      startLoop(backend, {
        refresh: (signal) => {
          // The state before this request's own "in flight" state is what the countdown was showing.
          announcedAtStart.push(states.at(-2)?.nextDueAt ?? null);
          return backend.refresh(signal);
        },
      });
      expect(loop!.state.nextDueAt).to.equal(EPOCH + 2000);
      await clock.tickAsync(1999);
      expect(backend.starts).to.have.length(0);
      await clock.tickAsync(1);
      expect(backend.startedAt).to.deep.equal([2000]);
      // While the request runs, the countdown already shows the next tick.
      expect(loop!.state).to.include({ inFlight: true, nextDueAt: EPOCH + 4000 });
      await clock.tickAsync(10_000);
      expect(backend.starts).to.have.length(6);
      expect(announcedAtStart).to.deep.equal(backend.starts);
    });

    it('never overlaps a slow (3 s) request and catches up once, without a burst', async () => {
      const backend = new FakeBackend((index) => ({ ms: index === 0 ? 3000 : 100 }));
      startLoop(backend);
      await clock.tickAsync(11_000);
      // Due at 4 s while the first request ran until 5 s: one catch-up at 5 s, then every 2 s again.
      expect(backend.startedAt).to.deep.equal([2000, 5000, 7000, 9000, 11_000]);
      expect(backend.maxActive).to.equal(1);
    });

    it('fires a single catch-up however many due times a request overran', async () => {
      const backend = new FakeBackend((index) => ({ ms: index === 0 ? 7000 : 100 }));
      startLoop(backend);
      await clock.tickAsync(13_000);
      expect(backend.startedAt).to.deep.equal([2000, 9000, 11_000, 13_000]);
      expect(backend.maxActive).to.equal(1);
    });

    it('starts no tick while a request is pending, even when the interval or visibility changes meanwhile', async () => {
      const visibility = new FakeVisibility();
      const backend = new FakeBackend((index) => ({ ms: index === 0 ? 3000 : 100 }));
      startLoop(backend, { visibility });
      await clock.tickAsync(2500); // first request runs 2 s → 5 s
      loop!.setInterval(1000); // due at 3.5 s, during the request
      visibility.set(true);
      visibility.set(false);
      await clock.tickAsync(2000);
      expect(backend.maxActive).to.equal(1);
      expect(backend.startedAt).to.deep.equal([2000]);
      await clock.tickAsync(500);
      expect(backend.startedAt).to.deep.equal([2000, 5000]);
      expect(backend.maxActive).to.equal(1);
    });

    it('fires once when its timer comes very late (the computer slept) and restarts the rhythm from then', async () => {
      const backend = new FakeBackend();
      startLoop(backend);
      clock.jump(10_000); // the 2 s timer runs only now, as after a sleep
      await clock.tickAsync(0);
      expect(backend.startedAt).to.deep.equal([10_000]);
      expect(loop!.state.nextDueAt).to.equal(EPOCH + 12_000);
      await clock.tickAsync(2000);
      expect(backend.startedAt).to.deep.equal([10_000, 12_000]);
    });

    it('keeps requests back to back, one at a time, when every request is slower than the interval', async () => {
      const backend = new FakeBackend(() => ({ ms: 3000 }));
      startLoop(backend);
      await clock.tickAsync(20_000);
      expect(backend.startedAt).to.deep.equal([2000, 5000, 8000, 11_000, 14_000, 17_000, 20_000]);
      expect(backend.maxActive).to.equal(1);
    });
  });

  describe('hidden tab', () => {
    it('makes no request while hidden and refreshes at once on return when a tick was due', async () => {
      const visibility = new FakeVisibility();
      const backend = new FakeBackend();
      startLoop(backend, { visibility });
      await clock.tickAsync(1000);
      visibility.set(true);
      expect(loop!.state).to.include({ pausedReason: 'hidden', nextDueAt: null });
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(10 * 60_000);
      expect(backend.starts).to.have.length(0);
      visibility.set(false);
      // At once, without any time passing.
      expect(backend.startedAt).to.deep.equal([601_000]);
      await clock.tickAsync(4000);
      expect(backend.startedAt).to.deep.equal([601_000, 603_000, 605_000]);
    });

    it('just continues the countdown when the tab returns before the next tick was due', async () => {
      const visibility = new FakeVisibility();
      const backend = new FakeBackend();
      startLoop(backend, { visibility });
      await clock.tickAsync(500);
      visibility.set(true);
      await clock.tickAsync(1000);
      visibility.set(false);
      expect(backend.starts).to.have.length(0);
      expect(loop!.state).to.include({ pausedReason: null, nextDueAt: EPOCH + 2000 });
      await clock.tickAsync(500);
      expect(backend.startedAt).to.deep.equal([2000]);
    });

    it('starts paused when the tab is already hidden', async () => {
      const visibility = new FakeVisibility();
      visibility.hidden = true;
      const backend = new FakeBackend();
      startLoop(backend, { visibility });
      expect(loop!.state.pausedReason).to.equal('hidden');
      await clock.tickAsync(60_000);
      expect(backend.starts).to.have.length(0);
    });

    it('follows document.visibilityState by default and stops listening on stop()', async () => {
      const backend = new FakeBackend();
      let visibilityState: DocumentVisibilityState = 'visible';
      const listening = new Set<unknown>();
      const { addEventListener, removeEventListener } = document;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibilityState });
      document.addEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
        if (type === 'visibilitychange') listening.add(listener);
        return addEventListener.call(this, type, listener as EventListener, options as AddEventListenerOptions);
      } as typeof document.addEventListener;
      document.removeEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
        if (type === 'visibilitychange') listening.delete(listener);
        return removeEventListener.call(this, type, listener as EventListener, options as EventListenerOptions);
      } as typeof document.removeEventListener;
      try {
        loop = new RefreshLoop({ refresh: backend.refresh, intervalMs: 2000, enabled: true });
        loop.start();
        expect(listening.size).to.equal(1);
        visibilityState = 'hidden';
        document.dispatchEvent(new Event('visibilitychange'));
        expect(loop.state.pausedReason).to.equal('hidden');
        await clock.tickAsync(5000);
        expect(backend.starts).to.have.length(0);
        visibilityState = 'visible';
        document.dispatchEvent(new Event('visibilitychange'));
        expect(backend.startedAt).to.deep.equal([5000]);
        await clock.tickAsync(0);
        loop.stop();
        expect(listening.size).to.equal(0);
        expect(clock.countTimers()).to.equal(0);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
        document.addEventListener = addEventListener;
        document.removeEventListener = removeEventListener;
      }
    });
  });

  describe('errors', () => {
    it('backs off exponentially from the interval, capped, and recovers by itself', async () => {
      let failing = true;
      const backend = new FakeBackend(() => ({ ms: 0, error: failing ? new SessionsError('server', 'HTTP 500', 500) : undefined }));
      startLoop(backend, { backoff: { maxMs: 30_000 } });
      await clock.tickAsync(2000);
      expect(loop!.state).to.include({ failures: 1, pausedReason: 'error', nextDueAt: EPOCH + 4000 });
      await clock.tickAsync(2000 + 4000 + 8000 + 16_000 + 30_000 + 30_000);
      expect(backend.gaps).to.deep.equal([2000, 4000, 8000, 16_000, 30_000, 30_000]);
      expect(loop!.state.failures).to.equal(7);
      failing = false;
      await clock.tickAsync(30_000);
      expect(loop!.state).to.include({ failures: 0, pausedReason: null });
      await clock.tickAsync(6000);
      expect(backend.gaps.slice(-4)).to.deep.equal([30_000, 2000, 2000, 2000]);
    });

    it('caps the back-off at 5 minutes by default', async () => {
      const backend = new FakeBackend(() => ({ ms: 0, error: new SessionsError('network', 'offline') }));
      startLoop(backend, { intervalMs: 60_000 });
      await clock.tickAsync(60_000 * (1 + 1 + 2 + 4) + 300_000 * 2);
      expect(backend.gaps).to.deep.equal([60_000, 120_000, 240_000, 300_000, 300_000]);
    });

    it('stops auto-refresh on an expired session until it is enabled again', async () => {
      let unauthorized = true;
      const backend = new FakeBackend(() => ({ ms: 0, error: unauthorized ? new SessionsError('unauthorized', 'expired', 401) : undefined }));
      startLoop(backend);
      await clock.tickAsync(2000);
      expect(loop!.state).to.include({ pausedReason: 'unauthorized', nextDueAt: null, enabled: true });
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(60 * 60_000);
      expect(backend.starts).to.have.length(1);
      unauthorized = false;
      loop!.setEnabled(true);
      expect(loop!.state).to.include({ pausedReason: null, failures: 0 });
      await clock.tickAsync(2000);
      expect(backend.starts).to.have.length(2);
      expect(backend.gaps.at(-1)).to.equal(60 * 60_000 + 2000);
    });

    it('resumes after an expired session on refreshNow()', async () => {
      let unauthorized = true;
      const backend = new FakeBackend(() => ({ ms: 0, error: unauthorized ? new SessionsError('unauthorized', 'expired', 401) : undefined }));
      startLoop(backend);
      await clock.tickAsync(2000);
      expect(loop!.state.pausedReason).to.equal('unauthorized');
      unauthorized = false;
      await loop!.refreshNow();
      expect(loop!.state).to.include({ pausedReason: null, failures: 0, nextDueAt: EPOCH + 4000 });
      await clock.tickAsync(4000);
      expect(backend.startedAt).to.deep.equal([2000, 2000, 4000, 6000]);
    });

    it('waits at least Retry-After when rate limited', async () => {
      let limited = true;
      const backend = new FakeBackend(() => ({ ms: 0, error: limited ? new SessionsError('rate-limited', 'slow down', 429, null, 30) : undefined }));
      startLoop(backend);
      await clock.tickAsync(2000);
      limited = false;
      expect(loop!.state).to.include({ pausedReason: 'error', nextDueAt: EPOCH + 32_000 });
      await clock.tickAsync(29_999);
      expect(backend.starts).to.have.length(1);
      await clock.tickAsync(1);
      expect(backend.startedAt).to.deep.equal([2000, 32_000]);
    });

    it('does not count an AbortError as a failure', async () => {
      const backend = new FakeBackend((index) => ({ ms: 10, error: index === 0 ? new DOMException('gone', 'AbortError') : undefined }));
      startLoop(backend);
      await clock.tickAsync(2010);
      expect(loop!.state).to.include({ failures: 0, pausedReason: null, nextDueAt: EPOCH + 4000 });
      await clock.tickAsync(2000);
      expect(backend.startedAt).to.deep.equal([2000, 4000]);
    });

    it('survives a refresh that throws synchronously', async () => {
      let calls = 0;
      loop = new RefreshLoop({
        refresh: () => {
          calls++;
          throw new SessionsError('config', 'bad');
        },
        intervalMs: 2000,
        enabled: true,
        visibility: null,
      });
      loop.start();
      await clock.tickAsync(2000);
      expect(calls).to.equal(1);
      expect(loop.state).to.include({ failures: 1, pausedReason: 'error' });
    });
  });

  describe('abort()', () => {
    it('aborts the signal and ignores whatever the aborted request answers', async () => {
      const backend = new FakeBackend(() => ({ ms: 1500, error: new SessionsError('unauthorized', 'late answer', 401) }));
      startLoop(backend);
      await clock.tickAsync(2000);
      expect(loop!.state.inFlight).to.equal(true);
      loop!.abort();
      expect(backend.signals[0]!.aborted).to.equal(true);
      expect(loop!.state).to.include({ inFlight: false, nextDueAt: EPOCH + 4000 });
      await clock.tickAsync(1500); // the aborted request now rejects with a 401
      expect(loop!.state).to.include({ failures: 0, pausedReason: null, inFlight: false });
      expect(clock.countTimers()).to.equal(1); // the loop's next tick, still on the rhythm
    });

    it('lets a new request start at once after aborting the pending one', async () => {
      const backend = new FakeBackend(() => ({ ms: 1500 }));
      startLoop(backend);
      await clock.tickAsync(2000);
      loop!.abort();
      await clock.tickAsync(100);
      void loop!.refreshNow();
      expect(backend.startedAt).to.deep.equal([2000, 2100]);
      expect(backend.signals[1]!.aborted).to.equal(false);
      await clock.tickAsync(1400); // the first (aborted) request settles; the second must keep running
      expect(loop!.state.inFlight).to.equal(true);
    });
  });

  describe('controls', () => {
    it('makes no requests and holds no timer while off, and counts a full interval when switched on', async () => {
      const backend = new FakeBackend();
      startLoop(backend, { enabled: false });
      expect(loop!.state).to.include({ enabled: false, pausedReason: 'off', nextDueAt: null });
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(60_000);
      loop!.setEnabled(true);
      expect(loop!.state).to.include({ enabled: true, pausedReason: null, nextDueAt: EPOCH + 62_000 });
      await clock.tickAsync(2000);
      expect(backend.startedAt).to.deep.equal([62_000]);
      loop!.setEnabled(false);
      expect(clock.countTimers()).to.equal(0);
    });

    it('restarts the countdown at the new interval', async () => {
      const backend = new FakeBackend();
      startLoop(backend, { intervalMs: 30_000 });
      await clock.tickAsync(10_000);
      loop!.setInterval(5000);
      expect(loop!.state).to.include({ intervalMs: 5000, nextDueAt: EPOCH + 15_000 });
      await clock.tickAsync(10_000);
      expect(backend.startedAt).to.deep.equal([15_000, 20_000]);
    });

    it('refreshes now once, restarting the countdown, and never starts a second request while one runs', async () => {
      const backend = new FakeBackend(() => ({ ms: 500 }));
      startLoop(backend);
      await clock.tickAsync(1200);
      const first = loop!.refreshNow();
      const second = loop!.refreshNow();
      expect(backend.startedAt).to.deep.equal([1200]);
      expect(loop!.state.nextDueAt).to.equal(EPOCH + 3200);
      await clock.tickAsync(500);
      await Promise.all([first, second]);
      await clock.tickAsync(2000);
      expect(backend.startedAt).to.deep.equal([1200, 3200]);
    });

    it('rejects an interval that is not a positive number', () => {
      expect(() => new RefreshLoop({ refresh: async () => {}, intervalMs: 0, enabled: true, visibility: null })).to.throw(RangeError);
      const backend = new FakeBackend();
      startLoop(backend);
      expect(() => loop!.setInterval(Number.NaN)).to.throw(RangeError);
    });
  });

  describe('stop()', () => {
    it('leaves no timer and no visibility listener, whatever the state', async () => {
      const visibility = new FakeVisibility();
      const backend = new FakeBackend(() => ({ ms: 0, error: new SessionsError('server', 'down') }));
      // Counting down.
      startLoop(backend, { visibility });
      expect(clock.countTimers()).to.equal(1);
      expect(visibility.listeners.size).to.equal(1);
      loop!.stop();
      expect(clock.countTimers()).to.equal(0);
      expect(visibility.listeners.size).to.equal(0);
      // Backing off after an error.
      loop!.start();
      await clock.tickAsync(2000);
      expect(loop!.state.pausedReason).to.equal('error');
      expect(clock.countTimers()).to.equal(1);
      loop!.stop();
      expect(clock.countTimers()).to.equal(0);
      expect(visibility.listeners.size).to.equal(0);
      await clock.tickAsync(10 * 60_000);
      expect(backend.starts).to.have.length(1);
    });

    it('aborts the pending request and ignores its answer', async () => {
      const backend = new FakeBackend(() => ({ ms: 1000 }));
      startLoop(backend);
      await clock.tickAsync(2000);
      loop!.stop();
      expect(backend.signals[0]!.aborted).to.equal(true);
      await clock.tickAsync(1000); // the request's own timer ends
      expect(clock.countTimers()).to.equal(0);
      expect(loop!.state).to.include({ inFlight: false, nextDueAt: null });
    });

    it('starts a fresh rhythm when started again', async () => {
      const backend = new FakeBackend();
      startLoop(backend);
      await clock.tickAsync(1000);
      loop!.stop();
      await clock.tickAsync(5000);
      loop!.start();
      await clock.tickAsync(2000);
      expect(backend.startedAt).to.deep.equal([8000]);
    });
  });
});

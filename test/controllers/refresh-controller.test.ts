import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import type { AdminSessionsRefresh } from '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import { RefreshController } from '../../src/controllers/refresh-controller.js';
import type { RefreshLoopState } from '../../src/data/refresh/refresh-loop.js';
import { clickOn, forgetChoice, mustPart, text } from '../components/admin-sessions-refresh/helpers.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { EPOCH, installFakeClock, type FakeClock } from '../helpers/fake-clock.js';

describe('RefreshController', () => {
  let clock: FakeClock;

  beforeEach(() => {
    forgetChoice();
    clock = installFakeClock();
  });

  afterEach(() => {
    clock.restore();
    forgetChoice();
  });

  /** A host with a refresh controller whose refresh callback records its signals and resolves at once. */
  function setUp(initial = { enabled: true, interval: 5 }) {
    const host = new ControllerHost();
    const signals: AbortSignal[] = [];
    const states: RefreshLoopState[] = [];
    const initialCalls: number[] = [];
    const controller = new RefreshController(host, {
      refresh: (signal) => (signals.push(signal), Promise.resolve()),
      initial: () => (initialCalls.push(Date.now()), initial),
      onState: (state) => states.push(state),
    });
    return { host, controller, signals, states, initialCalls };
  }

  it('is off with nothing scheduled until the host connects, then starts with initial()', async () => {
    const { host, controller, signals, initialCalls } = setUp({ enabled: true, interval: 3 });
    expect(controller.state).to.include({ enabled: false, nextDueAt: null, pausedReason: 'off' });
    expect(initialCalls, 'initial() is read on connect, not before').to.deep.equal([]);
    expect(clock.countTimers()).to.equal(0);

    host.connect();
    await controller.ready;
    // The loop's code is imported on the first connection (it is not needed for the first rows).
    await controller.ready;
    expect(initialCalls).to.deep.equal([EPOCH]);
    expect(controller.state).to.include({ enabled: true, intervalMs: 3000, nextDueAt: EPOCH + 3000, pausedReason: null });
    await clock.tickAsync(2999);
    expect(signals).to.have.length(0);
    await clock.tickAsync(1);
    expect(signals).to.have.length(1);
    await clock.tickAsync(3000);
    expect(signals).to.have.length(2);
  });

  it('stops on disconnect: no timer left, the request in flight aborted, no more refreshes', async () => {
    const host = new ControllerHost();
    const signals: AbortSignal[] = [];
    const controller = new RefreshController(host, {
      // Never settles: the request is still in flight when the host leaves.
      refresh: (signal) => (signals.push(signal), new Promise<void>(() => {})),
      initial: () => ({ enabled: true, interval: 5 }),
    });
    host.connect();
    await controller.ready;
    await clock.tickAsync(5000);
    expect(signals).to.have.length(1);
    expect(controller.state.inFlight).to.equal(true);

    host.disconnect();
    expect(clock.countTimers(), 'no timer left behind').to.equal(0);
    expect(signals[0]!.aborted).to.equal(true);
    expect(controller.state.nextDueAt).to.equal(null);
    await clock.tickAsync(60_000);
    expect(signals).to.have.length(1);
  });

  it('resumes the same loop when the host connects again (initial() is not read twice)', async () => {
    const { host, controller, signals, initialCalls } = setUp();
    host.connect();
    await controller.ready;
    host.disconnect();
    await clock.tickAsync(1000);
    host.connect();
    await controller.ready;
    expect(initialCalls).to.have.length(1);
    expect(controller.state.nextDueAt).to.equal(EPOCH + 1000 + 5000);
    await clock.tickAsync(5000);
    expect(signals).to.have.length(1);
  });

  it('keeps what is asked while the loop\'s code comes, and starts with it', async () => {
    const { host, controller, signals } = setUp({ enabled: false, interval: 5 });
    host.connect();
    expect(controller.ready, 'the first connection asks for the loop').to.be.instanceOf(Promise);
    controller.setEnabled(true);
    controller.setInterval(2);
    expect(controller.state, 'said as it will start').to.include({ enabled: true, intervalMs: 2000, pausedReason: null });
    const now = controller.refreshNow();
    await controller.ready;
    await now;
    expect(signals, 'Refresh now, once the loop is there').to.have.length(1);
    expect(controller.state).to.include({ enabled: true, intervalMs: 2000 });
    await clock.tickAsync(2000);
    expect(signals).to.have.length(2);
  });

  it('gives onState and every subscriber each change, in that order; an unsubscribed listener hears no more', async () => {
    const { host, controller, states } = setUp();
    const order: string[] = [];
    const first: RefreshLoopState[] = [];
    const second: RefreshLoopState[] = [];
    controller.subscribe((state) => (first.push(state), order.push('first')));
    const unsubscribe = controller.subscribe((state) => (second.push(state), order.push('second')));
    host.connect();
    await controller.ready;
    await clock.tickAsync(5000);
    controller.setInterval(10);
    unsubscribe();
    controller.setEnabled(false);

    expect(states.length).to.be.greaterThan(3);
    expect(first, 'a subscriber sees what onState sees').to.deep.equal(states);
    expect(second).to.deep.equal(states.slice(0, -1));
    expect(states.at(-2)).to.include({ intervalMs: 10_000 });
    expect(states.at(-1)).to.include({ enabled: false, pausedReason: 'off', nextDueAt: null });
    expect(order.slice(0, 2)).to.deep.equal(['first', 'second']);
    // The request of the tick was reported in flight, then settled.
    expect(states.some((state) => state.inFlight)).to.equal(true);
  });

  it('setEnabled, setInterval, refreshNow and abort drive the loop', async () => {
    const host = new ControllerHost();
    const signals: AbortSignal[] = [];
    let settle: (() => void) | null = null;
    const controller = new RefreshController(host, {
      refresh: (signal) => (signals.push(signal), new Promise<void>((resolve) => (settle = resolve))),
      initial: () => ({ enabled: false, interval: 5 }),
    });
    host.connect();
    await controller.ready;
    expect(controller.state).to.include({ enabled: false, pausedReason: 'off', nextDueAt: null });
    expect(clock.countTimers()).to.equal(0);

    controller.setEnabled(true);
    expect(controller.state).to.include({ enabled: true, pausedReason: null, nextDueAt: EPOCH + 5000 });
    controller.setInterval(2);
    expect(controller.state).to.include({ intervalMs: 2000 });
    expect(controller.state.nextDueAt).to.equal(EPOCH + 2000);

    // An explicit refresh runs at once, whatever the timer says.
    const now = controller.refreshNow();
    expect(signals).to.have.length(1);
    expect(controller.state.inFlight).to.equal(true);

    controller.abort();
    expect(signals[0]!.aborted, 'abort drops the pending refresh').to.equal(true);
    settle!();
    await now;

    controller.setEnabled(false);
    expect(controller.state.nextDueAt).to.equal(null);
    await clock.tickAsync(30_000);
    expect(signals, 'off: no further refresh').to.have.length(1);
  });

  it('never asks its host to re-render, across ticks and changes', async () => {
    const { host, controller, signals } = setUp({ enabled: true, interval: 2 });
    host.connect();
    await controller.ready;
    await clock.tickAsync(10_000);
    controller.setInterval(5);
    await controller.refreshNow();
    controller.setEnabled(false);
    expect(signals.length).to.be.greaterThan(4);
    expect(host.requestUpdateCount).to.equal(0);
  });

  describe('in <admin-sessions-refresh>', () => {
    afterEach(() => sinon.restore());

    it('standalone with a refresh callback: runs its own RefreshController and shows its countdown', async () => {
      const refreshNow = sinon.spy(RefreshController.prototype, 'refreshNow');
      let calls = 0;
      const el = await fixture<AdminSessionsRefresh>(
        html`<admin-sessions-refresh enabled interval="5" .refresh=${() => (calls++, Promise.resolve())}></admin-sessions-refresh>`,
      );
      expect(el.nextDueAt).to.equal(EPOCH + 5000);
      expect(text(el, 'countdown-label')).to.equal('Next refresh in 5 s');
      await clock.tickAsync(5000);
      expect(calls).to.equal(1);
      await el.updateComplete;
      expect(el.nextDueAt, 'the next tick is counted down').to.equal(EPOCH + 10_000);

      mustPart<HTMLButtonElement>(el, 'refresh-now').click();
      expect(refreshNow.callCount).to.equal(1);
      expect(refreshNow.firstCall.thisValue).to.be.instanceOf(RefreshController);
      expect(calls).to.equal(2);

      el.remove();
      expect(clock.countTimers(), 'the own loop and the countdown stop with the element').to.equal(0);
    });

    it('given a .controller: shows the shared loop’s nextDueAt, and its switch turns that loop off', async () => {
      const host = new ControllerHost();
      let calls = 0;
      const shared = new RefreshController(host, {
        refresh: () => (calls++, Promise.resolve()),
        initial: () => ({ enabled: true, interval: 10 }),
      });
      host.connect();
      await shared.ready;
      const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh .controller=${shared}></admin-sessions-refresh>`);
      expect(el.enabled).to.equal(true);
      expect(el.interval).to.equal(10);
      expect(shared.state.nextDueAt).to.equal(EPOCH + 10_000);
      expect(el.nextDueAt).to.equal(shared.state.nextDueAt);
      expect(text(el, 'countdown-label')).to.equal('Next refresh in 10 s');

      await clock.tickAsync(10_000);
      expect(calls).to.equal(1);
      await el.updateComplete;
      expect(shared.state.nextDueAt).to.equal(EPOCH + 20_000);
      expect(el.nextDueAt).to.equal(shared.state.nextDueAt);

      clock.restore(); // a real mouse click goes through the test runner, which needs real timers
      await clickOn(mustPart(el, 'switch'));
      await el.updateComplete;
      expect(shared.state).to.include({ enabled: false, nextDueAt: null });
      expect(mustPart(el, 'switch').getAttribute('aria-checked')).to.equal('false');
      host.disconnect();
      clock = installFakeClock(); // afterEach restores it
    });
  });
});

/**
 * FirstRowsController: the first full render waits a moment for the first page, and what the first
 * rows do not need waits until they are painted (or the admin reaches for something, or time is up).
 * A plain element as the host; timers on a fake clock, animation frames real.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FirstRowsController } from '../../src/controllers/first-rows-controller.js';
import { FIRST_RENDER_HOLD_MS, FIRST_ROWS_WAIT_MS } from '../../src/data/defaults.js';
import { installFakeClock, type FakeClock } from '../helpers/fake-clock.js';

class Host extends HTMLElement implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  requests = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.requests++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connectedCallback(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnectedCallback(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
  /** What Lit does after an update. */
  updated(): void {
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}
customElements.define('x-first-rows-host', Host);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** A task (a real one: timers are fake here). */
const task = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve(null));
    channel.port2.postMessage(null);
  });
/** After the next frame and a task posted from it: the gate's own task, posted before, has run. */
const afterPaint = async () => (await frame(), await task());

describe('FirstRowsController', () => {
  let clock: FakeClock;
  let host: Host;
  let settled: boolean;
  let gate: FirstRowsController;

  beforeEach(() => {
    clock = installFakeClock();
    settled = false;
    host = document.createElement('x-first-rows-host') as Host;
    gate = new FirstRowsController(host, () => settled);
    document.body.append(host);
  });

  afterEach(() => {
    host.remove();
    clock.restore();
  });

  describe('the first full render', () => {
    it('is held while the first page is on its way, FIRST_RENDER_HOLD_MS at most, then drawn (the skeleton) and never held again', async () => {
      let shown = false;
      void gate.shown.then(() => (shown = true));
      expect(gate.holds(true), 'the first render').to.equal(true);
      clock.tick(FIRST_RENDER_HOLD_MS - 1);
      expect(gate.holds(true), 'a moment later').to.equal(true);
      expect(host.requests).to.equal(0);
      clock.tick(1);
      expect(host.requests, 'time is up: the host draws again').to.equal(1);
      expect(gate.holds(true), 'the skeleton is drawn').to.equal(false);
      await Promise.resolve();
      expect(shown, 'shown settles with the first full render').to.equal(true);
      expect(gate.holds(true), 'a later query that waits is drawn as usual').to.equal(false);
    });

    it('ends as the first page is answered: drawn at once, and the time running out asks for nothing more', () => {
      expect(gate.holds(true)).to.equal(true);
      clock.tick(20);
      expect(gate.holds(false), 'the answer is there').to.equal(false);
      clock.tick(FIRST_RENDER_HOLD_MS);
      expect(host.requests, 'no render when the time is up').to.equal(0);
    });

    it('does not hold a first render with nothing on its way (an error, rows from the cache)', () => {
      expect(gate.holds(false)).to.equal(false);
      expect(gate.holds(true)).to.equal(false);
    });
  });

  describe('the gate', () => {
    it('opens after the frame that follows the first settled update, not before', async () => {
      gate.holds(false);
      host.updated();
      await afterPaint();
      expect(gate.isOpen, 'nothing loaded yet').to.equal(false);
      settled = true;
      host.updated();
      expect(gate.isOpen, 'the rows are not painted yet').to.equal(false);
      let openInFrame: boolean | null = null;
      requestAnimationFrame(() => (openInFrame = gate.isOpen));
      await frame();
      expect(openInFrame, 'in the frame that paints them').to.equal(false);
      await afterPaint();
      expect(gate.isOpen, 'after that frame').to.equal(true);
      await gate.opened;
    });

    it('waits for the first full render: a settled update during the hold opens nothing', async () => {
      settled = true;
      gate.holds(true);
      host.updated();
      await afterPaint();
      expect(gate.isOpen).to.equal(false);
      gate.holds(false);
      host.updated();
      await afterPaint();
      expect(gate.isOpen).to.equal(true);
    });

    for (const type of ['pointerdown', 'keydown', 'focusin']) {
      it(`opens at the admin's first ${type} inside the host`, () => {
        host.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        expect(gate.isOpen).to.equal(true);
      });
    }

    it('opens after FIRST_ROWS_WAIT_MS at the latest (a slow server), and never closes', () => {
      clock.tick(FIRST_ROWS_WAIT_MS - 1);
      expect(gate.isOpen).to.equal(false);
      clock.tick(1);
      expect(gate.isOpen).to.equal(true);
      host.remove();
      document.body.append(host);
      expect(gate.isOpen).to.equal(true);
    });

    it('opens nothing for a host taken off the page before its rows were painted', async () => {
      gate.holds(false);
      settled = true;
      host.updated();
      host.remove();
      await afterPaint();
      expect(gate.isOpen, 'away').to.equal(false);
      document.body.append(host);
      host.updated();
      await afterPaint();
      expect(gate.isOpen, 'back, its rows painted').to.equal(true);
    });

    it('keeps waiting while the host is away, and counts its time again when it comes back', () => {
      clock.tick(FIRST_ROWS_WAIT_MS - 10);
      host.remove();
      clock.tick(FIRST_ROWS_WAIT_MS);
      expect(gate.isOpen, 'not while away').to.equal(false);
      document.body.append(host);
      clock.tick(FIRST_ROWS_WAIT_MS);
      expect(gate.isOpen).to.equal(true);
    });
  });
});

import { expect } from '@open-wc/testing';
import { DebounceController } from '../../src/controllers/debounce-controller.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { installFakeClock, type FakeClock } from '../helpers/fake-clock.js';

describe('DebounceController', () => {
  let clock: FakeClock;
  let host: ControllerHost;
  let debounce: DebounceController;
  let ran: string[];

  beforeEach(() => {
    clock = installFakeClock();
    host = new ControllerHost();
    debounce = new DebounceController(host, 300);
    host.connect();
    ran = [];
  });

  afterEach(() => clock.restore());

  it('adds itself to its host', () => {
    expect(host.controllers.has(debounce)).to.equal(true);
  });

  it('runs the last of a burst once, exactly `ms` after the last call', () => {
    debounce.run(() => ran.push('a'));
    clock.tick(200);
    debounce.run(() => ran.push('ab'));
    clock.tick(200);
    debounce.run(() => ran.push('abc'));
    clock.tick(299);
    expect(ran, 'still typing: nothing yet').to.deep.equal([]);
    clock.tick(1);
    expect(ran).to.deep.equal(['abc']);
    expect(clock.countTimers()).to.equal(0);
  });

  it('flush runs the waiting action at once (Enter in the search box), and only once', () => {
    debounce.run(() => ran.push('alice'));
    clock.tick(100);
    expect(debounce.flush(), 'there was one').to.equal(true);
    expect(ran).to.deep.equal(['alice']);
    clock.tick(1_000);
    expect(debounce.flush(), 'nothing left').to.equal(false);
    expect(ran, 'nothing waits any more').to.deep.equal(['alice']);
    expect(clock.countTimers()).to.equal(0);
  });

  it('runs again for a call after the quiet period', () => {
    debounce.run(() => ran.push('first'));
    clock.tick(300);
    debounce.run(() => ran.push('second'));
    clock.tick(300);
    expect(ran).to.deep.equal(['first', 'second']);
  });

  it('cancel() drops the pending action', () => {
    debounce.run(() => ran.push('dropped'));
    clock.tick(100);
    debounce.cancel();
    expect(clock.countTimers()).to.equal(0);
    debounce.run(() => ran.push('kept'));
    clock.tick(300);
    expect(ran).to.deep.equal(['kept']);
  });

  it('runs nothing after the host leaves the page', () => {
    debounce.run(() => ran.push('late'));
    host.disconnect();
    expect(clock.countTimers(), 'no timer left behind').to.equal(0);
    clock.tick(1000);
    expect(ran).to.deep.equal([]);
  });

  it('never asks its host to re-render (the action does what it needs)', () => {
    debounce.run(() => ran.push('x'));
    clock.tick(300);
    expect(host.requestUpdateCount).to.equal(0);
  });
});

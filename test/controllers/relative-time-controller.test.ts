import { expect } from '@open-wc/testing';
import { RelativeTimeController } from '../../src/controllers/relative-time-controller.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { EPOCH, installFakeClock, type FakeClock } from '../helpers/fake-clock.js';

const MINUTE = 60_000;

describe('RelativeTimeController', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = installFakeClock(EPOCH)));
  afterEach(() => clock.restore());

  it('says a time in the largest unit it spans, in each language the widget speaks', () => {
    const times = new RelativeTimeController(new ControllerHost(), () => {});
    const en = times.text('en');
    expect(en(EPOCH - 20_000)).to.equal('this minute');
    expect(en(EPOCH - 3 * MINUTE - 59_000), 'whole minutes passed').to.equal('3 min. ago');
    expect(en(EPOCH - 2 * 60 * MINUTE)).to.equal('2 hr. ago');
    expect(en(EPOCH - 24 * 60 * MINUTE)).to.equal('yesterday');
    expect(times.text('de')(EPOCH - 3 * MINUTE)).to.equal('vor 3 Min.');
    expect(times.text('uk')(EPOCH - 3 * MINUTE)).to.equal('3 хв тому');
    expect(times.text('en'), 'one writer per language: the table sees no change').to.equal(en);
  });

  it('ticks once a minute while connected, and not after', () => {
    const host = new ControllerHost();
    let ticks = 0;
    new RelativeTimeController(host, () => ticks++);
    host.connect();
    clock.tick(MINUTE - 1);
    expect(ticks).to.equal(0);
    clock.tick(1);
    expect(ticks).to.equal(1);
    clock.tick(2 * MINUTE);
    expect(ticks).to.equal(3);
    host.disconnect();
    clock.tick(5 * MINUTE);
    expect(ticks, 'no tick once disconnected').to.equal(3);
    host.connect();
    clock.tick(MINUTE);
    expect(ticks, 'one timer again on reconnect').to.equal(4);
  });
});

import { expect } from '@open-wc/testing';
import { TimeNavController, type TimeNavHost } from '../../src/controllers/time-nav-controller.js';
import { ZoomController } from '../../src/controllers/zoom-controller.js';
import { resolveQuery } from '../../src/controllers/view-query.js';
import { EPOCH, installFakeClock, type FakeClock } from '../helpers/fake-clock.js';

const HOUR = 3_600_000;

/** A host element with the range attributes, updating its controllers on request. */
function makeHost(range: { range?: string; from?: string | null; to?: string | null }): TimeNavHost {
  const controllers: { hostConnected?(): void; hostUpdate?(): void }[] = [];
  const host = Object.assign(document.createElement('div'), {
    range: range.range ?? '24h',
    from: range.from ?? null,
    to: range.to ?? null,
    addController: (controller: (typeof controllers)[number]) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => controllers.forEach((controller) => controller.hostUpdate?.()),
    updateComplete: Promise.resolve(true),
  });
  document.body.append(host);
  return host as unknown as TimeNavHost;
}

function setUp(range: Parameters<typeof makeHost>[0]) {
  const host = makeHost(range);
  const query = () => resolveQuery({ ...host, query: '', hideMe: false, sort: 'time', order: 'desc', timeZone: 'utc', serverTimeZone: 'UTC' });
  const zoom = new ZoomController(host, query);
  const nav = new TimeNavController(host, { zoom, query });
  return { host, nav, zoom };
}
const iso = (ms: number) => new Date(ms).toISOString();

describe('TimeNavController', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = installFakeClock(EPOCH)));
  afterEach(() => {
    clock.restore();
    document.querySelectorAll('body > div').forEach((node) => node.remove());
  });

  it('Earlier makes a relative range absolute, half a span back; Later cannot pass now', () => {
    const { host, nav } = setUp({ range: '24h' });
    expect(nav.canLater).to.equal(false);
    nav.shift(-1);
    expect([host.from, host.to]).to.deep.equal([iso(EPOCH - 36 * HOUR), iso(EPOCH - 12 * HOUR)]);
    expect(nav.canLater).to.equal(true);
    nav.shift(1);
    expect([host.from, host.to], 'back at now: open again').to.deep.equal([iso(EPOCH - 24 * HOUR), null]);
  });

  it('Zoom out doubles around the middle, or goes back after a zoom', () => {
    const { host, nav, zoom } = setUp({ from: iso(EPOCH - 10 * HOUR), to: iso(EPOCH - 8 * HOUR) });
    nav.zoomOut();
    expect([host.from, host.to]).to.deep.equal([iso(EPOCH - 11 * HOUR), iso(EPOCH - 7 * HOUR)]);
    zoom.zoomTo(EPOCH - 9 * HOUR, EPOCH - 8 * HOUR);
    expect(nav.zoomsBack).to.equal(true);
    nav.zoomOut();
    expect([host.from, host.to], 'back to the range before the zoom').to.deep.equal([iso(EPOCH - 11 * HOUR), iso(EPOCH - 7 * HOUR)]);
  });

  it('an open start has nothing wider: Zoom out does nothing', () => {
    const { host, nav } = setUp({ from: null, to: iso(EPOCH - HOUR) });
    expect(nav.canZoomOut).to.equal(false);
    nav.zoomOut();
    expect(host.from).to.equal(null);
  });

  it('Go to ends the range at the moment, its span kept', () => {
    const { host, nav } = setUp({ range: '1h' });
    nav.goTo(EPOCH - 7 * 24 * HOUR);
    expect([host.from, host.to]).to.deep.equal([iso(EPOCH - 7 * 24 * HOUR - HOUR), iso(EPOCH - 7 * 24 * HOUR)]);
  });
});

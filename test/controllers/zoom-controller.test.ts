import { expect } from '@open-wc/testing';
import { ZoomController, type ZoomHost } from '../../src/controllers/zoom-controller.js';
import { resolveQuery } from '../../src/controllers/view-query.js';
import { ControllerHost } from '../helpers/controller-host.js';

const HOUR = 3_600_000;

class RangeHost extends ControllerHost implements ZoomHost {
  range = '24h';
  from: string | null = null;
  to: string | null = null;
}

describe('ZoomController', () => {
  let host: RangeHost;
  let zoom: ZoomController;
  const now = Date.now();
  const current = () => resolveQuery({ ...host, query: '', hideMe: false, sort: 'time', order: 'desc', timeZone: 'utc', serverTimeZone: 'UTC' });

  beforeEach(() => {
    host = new RangeHost();
    zoom = new ZoomController(host, current);
    host.connect();
    host.update();
  });

  const range = () => ({ range: host.range, from: host.from, to: host.to });

  it('undoes histogram drags one at a time, back to the relative range', () => {
    zoom.zoomTo(now - 2 * HOUR, now - HOUR);
    host.update();
    zoom.zoomTo(now - 2 * HOUR, now - 1.5 * HOUR);
    host.update();
    expect(zoom.canZoomOut).to.equal(true);
    zoom.zoomOut();
    host.update();
    expect(range()).to.deep.equal({ range: '24h', from: new Date(now - 2 * HOUR).toISOString(), to: new Date(now - HOUR).toISOString() });
    zoom.zoomOut();
    host.update();
    expect(range()).to.deep.equal({ range: '24h', from: null, to: null });
    expect(zoom.canZoomOut).to.equal(false);
  });

  it('a narrower range from the picker is a zoom; a wider one is not', () => {
    zoom.choose({ from: now - HOUR, to: null, relative: '1h' });
    host.update();
    expect(range()).to.deep.equal({ range: '1h', from: null, to: null });
    expect(zoom.canZoomOut).to.equal(true);
    zoom.choose({ from: now - 7 * 24 * HOUR, to: null, relative: '7d' });
    host.update();
    expect(zoom.canZoomOut, 'wider: starts over').to.equal(false);
  });

  it('a range set from outside (the page, Back) starts over', () => {
    zoom.zoomTo(now - 2 * HOUR, now - HOUR);
    host.update();
    host.range = '7d';
    host.from = null;
    host.to = null;
    host.update();
    expect(zoom.canZoomOut).to.equal(false);
  });

  it('an empty absolute range falls back to the default relative one', () => {
    host.range = '1h';
    host.update();
    zoom.choose({ from: null, to: null, relative: null });
    expect(range()).to.deep.equal({ range: '24h', from: null, to: null });
  });
});

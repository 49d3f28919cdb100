import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { AdminSessionsRangeChangeEvent } from '../../../src/events/range-change.js';
import { rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';
import { HOUR, mount, zoomOut, usable, back } from './sync-url-helpers.js';

/**
 * Issue 16, points 12 and 7: with `sync-url`, each settled search and each range change is a
 * history entry, and Back shows the view of the entry it lands on, its URL and its controls
 * together; every zoom (a histogram drag, a narrower range) can be undone with "Zoom out". With
 * nothing to go back to, Zoom out doubles the span (issue 17, point 2); its title says which.
 */

const DOUBLE = 'Double the range';
const BACK = 'Back to the last range';

describe('<admin-sessions> zoom out', () => {
  before(startWorker);

  it('a histogram drag can be undone with Zoom out, which sits still in the toolbar', async () => {
    const el = await mount({ syncUrl: false });
    const button = zoomOut(el);
    expect(usable(button)).to.equal(true);
    expect(button.title, 'nothing to go back to yet: it doubles').to.equal(DOUBLE);
    const place = button.getBoundingClientRect();

    const histogram = shadowPart(el, 'histogram')!;
    await until(() => histogram.shadowRoot?.querySelector('[part~="plot"]'), 'no histogram plot');
    // A drag across the right third of the chart, measured just before it; again if the chart was
    // still being laid out (a loaded machine) and the drag missed it.
    for (let attempt = 0; el.from === null && attempt < 3; attempt++) {
      await resetMouse();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const plot = histogram.shadowRoot!.querySelector('[part~="plot"]')!.getBoundingClientRect();
      const y = Math.round(plot.top + plot.height / 2);
      await sendMouse({ type: 'move', position: [Math.round(plot.left + plot.width * 0.6), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(plot.left + plot.width * 0.9), y] });
      await sendMouse({ type: 'up' });
      await until(() => el.from !== null, 'the drag did not zoom', 2_000).catch(() => undefined);
    }
    expect(el.from, 'the drag zoomed').to.not.equal(null);
    await el.updateComplete;
    expect(zoomOut(el).title, 'Zoom out goes back').to.equal(BACK);
    expect(zoomOut(el).getBoundingClientRect().left).to.be.closeTo(place.left, 0.5);
    expect(zoomOut(el).getBoundingClientRect().top).to.be.closeTo(place.top, 0.5);

    zoomOut(el).click();
    await el.updateComplete;
    expect({ range: el.range, from: el.from, to: el.to }).to.deep.equal({ range: '7d', from: null, to: null });
    expect(zoomOut(el).title, 'nothing left to go back to').to.equal(DOUBLE);
    await until(() => rowsOf(el).length > 5, 'the rows of 7 days come back');
  });

  it('zooming into an empty span is no dead end: Zoom out brings the wider range back', async () => {
    const el = await mount({ syncUrl: false });
    const range = el.shadowRoot!.querySelector('admin-sessions-range')!;
    // Narrower than 7 days and before the log starts: nothing in it.
    range.dispatchEvent(new AdminSessionsRangeChangeEvent({ from: Date.now() - 6 * 24 * HOUR, to: Date.now() - 5 * 24 * HOUR, relative: null }));
    await until(() => shadowPart(el, 'empty'), 'the empty range shows its empty state');
    expect(zoomOut(el).title).to.equal(BACK);
    zoomOut(el).click();
    await until(() => rowsOf(el).length > 5, 'the rows of 7 days come back');
    expect(el.range).to.equal('7d');
    expect(el.from).to.equal(null);
  });

  it('a wider range is no zoom: nothing to go back to, so Zoom out doubles the span', async () => {
    const el = await mount({ syncUrl: false });
    const range = el.shadowRoot!.querySelector('admin-sessions-range')!;
    range.dispatchEvent(new AdminSessionsRangeChangeEvent({ from: Date.now() - 30 * 24 * HOUR, to: null, relative: '30d' }));
    await el.updateComplete;
    expect(el.range).to.equal('30d');
    expect(zoomOut(el).title).to.equal(DOUBLE);
    zoomOut(el).click();
    await el.updateComplete;
    // 60 days around the middle of the last 30 would end in the future: it ends now, open.
    expect(el.to).to.equal(null);
    expect(Date.parse(el.from!)).to.be.closeTo(Date.now() - 60 * 24 * HOUR, 60_000);
  });
});

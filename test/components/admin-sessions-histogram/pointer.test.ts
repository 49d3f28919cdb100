import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { MINUTE, T0, bucketPoint, mount, moveTo, part, recordZooms, settle, shown, tooltipText } from './helpers.js';

describe('<admin-sessions-histogram> pointer', () => {
  afterEach(() => resetMouse());

  it('shows the hovered bucket’s time and counts in a tooltip', async () => {
    const el = await mount();
    expect(shown(el, 'tooltip'), 'tooltip shown').to.equal(false);
    await moveTo(bucketPoint(el, 5));
    await settle(el);
    expect(tooltipText(el)).to.equal('14:05–14:06 · 12 WEB, 40 API');
    expect(part(el, 'highlight')!.getAttribute('x')).to.equal('5');
    await moveTo(bucketPoint(el, 42, -3));
    await settle(el);
    expect(tooltipText(el)).to.equal('14:42–14:43 · 0 WEB, 5 API');
    // The tooltip stays inside the chart at either end.
    await moveTo(bucketPoint(el, 59));
    await settle(el);
    const chartBox = part(el, 'chart')!.getBoundingClientRect();
    expect(part(el, 'tooltip')!.getBoundingClientRect().right).to.be.at.most(chartBox.right + 0.5);
    await moveTo([Math.round(chartBox.left + 300), Math.round(chartBox.bottom + 40)]);
    await settle(el);
    expect(shown(el, 'tooltip'), 'tooltip shown').to.equal(false);
  });

  it('dragging across buckets shows a selection and zooms to exactly those buckets, once', async () => {
    const el = await mount();
    const zooms = recordZooms(el);
    await moveTo(bucketPoint(el, 10));
    await sendMouse({ type: 'down' });
    await moveTo(bucketPoint(el, 15));
    await moveTo(bucketPoint(el, 20));
    await settle(el);
    const selection = part(el, 'selection')!.getBoundingClientRect();
    const plot = part(el, 'plot')!.getBoundingClientRect();
    expect(selection.left).to.be.closeTo(plot.left + 100, 0.5);
    expect(selection.width).to.be.closeTo(110, 0.5);
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([]);
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(zooms.length).to.equal(1);
    expect(zooms[0]!.detail).to.deep.equal({ from: T0 + 10 * MINUTE, to: T0 + 21 * MINUTE - 1 });
    expect(zooms[0]!.bubbles && zooms[0]!.composed).to.equal(true);
    expect(shown(el, 'selection'), 'selection shown').to.equal(false);
  });

  it('dragging right to left zooms to the same buckets', async () => {
    const el = await mount();
    const zooms = recordZooms(el);
    await moveTo(bucketPoint(el, 44));
    await sendMouse({ type: 'down' });
    await moveTo(bucketPoint(el, 40));
    await sendMouse({ type: 'up' });
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([{ from: T0 + 40 * MINUTE, to: T0 + 45 * MINUTE - 1 }]);
  });

  it('a click (under 4 px of travel) zooms to the one bucket clicked', async () => {
    const el = await mount();
    const zooms = recordZooms(el);
    await moveTo(bucketPoint(el, 7, -2));
    await sendMouse({ type: 'down' });
    await moveTo(bucketPoint(el, 7, 1));
    await settle(el);
    expect(shown(el, 'selection'), 'selection shown').to.equal(false);
    await sendMouse({ type: 'up' });
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([{ from: T0 + 7 * MINUTE, to: T0 + 8 * MINUTE - 1 }]);
  });

  it('never zooms outside the selected range', async () => {
    // The range starts mid-bucket and ends mid-bucket: the zoom is clipped to it.
    const el = await mount(undefined, { from: T0 + 30_000, to: T0 + 59 * MINUTE + 10_000 });
    const zooms = recordZooms(el);
    await moveTo(bucketPoint(el, 0));
    await sendMouse({ type: 'down' });
    await moveTo(bucketPoint(el, 2));
    await sendMouse({ type: 'up' });
    await moveTo(bucketPoint(el, 59));
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([
      { from: T0 + 30_000, to: T0 + 3 * MINUTE - 1 },
      { from: T0 + 59 * MINUTE, to: T0 + 59 * MINUTE + 10_000 },
    ]);
  });

  it('Escape cancels a drag: the selection goes and releasing zooms nothing', async () => {
    const el = await mount();
    const zooms = recordZooms(el);
    let escapesOutside = 0;
    const countEscapes = (event: KeyboardEvent) => void (event.key === 'Escape' && escapesOutside++);
    document.addEventListener('keydown', countEscapes);
    await moveTo(bucketPoint(el, 10));
    await sendMouse({ type: 'down' });
    await moveTo(bucketPoint(el, 20));
    await settle(el);
    expect(shown(el, 'selection'), 'selection shown').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(shown(el, 'selection'), 'selection shown').to.equal(false);
    await moveTo(bucketPoint(el, 25));
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([]);
    expect(shown(el, 'selection'), 'selection shown').to.equal(false);
    document.removeEventListener('keydown', countEscapes);
    expect(escapesOutside).to.equal(0);
    // The next drag works as usual.
    await moveTo(bucketPoint(el, 1));
    await sendMouse({ type: 'down' });
    await moveTo(bucketPoint(el, 2));
    await sendMouse({ type: 'up' });
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([{ from: T0 + MINUTE, to: T0 + 3 * MINUTE - 1 }]);
  });

  it('ignores buttons other than the primary one', async () => {
    const el = await mount();
    const zooms = recordZooms(el);
    await moveTo(bucketPoint(el, 10));
    await sendMouse({ type: 'down', button: 'middle' });
    await moveTo(bucketPoint(el, 20));
    await sendMouse({ type: 'up', button: 'middle' });
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([]);
  });
});

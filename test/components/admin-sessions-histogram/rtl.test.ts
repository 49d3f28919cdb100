import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AdminSessionsHistogram } from '../../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import { HOUR, MINUTE, T0, chart, hourData, spokenBucket, moveTo, part, parts, recordZooms, settle, tooltipText } from './helpers.js';

/**
 * The histogram in a right-to-left context (a `dir="rtl"` wrapper, as a page section would be): time
 * runs right to left. The chart is 600 px wide with 60 one-minute buckets, so each column is 10 px;
 * in RTL bucket `i` (14:i) covers [right − 10(i + 1), right − 10i).
 */

async function mountIn(dir: 'rtl' | 'ltr'): Promise<{ el: AdminSessionsHistogram; wrapper: HTMLDivElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}>
    <admin-sessions-histogram
      style="width: 600px; --admin-sessions-histogram-height: 100px"
      locale="en-US"
      time-zone="UTC"
      .data=${hourData()}
      .from=${T0}
      .to=${T0 + HOUR - 1}
    ></admin-sessions-histogram>
  </div>`);
  const el = wrapper.querySelector('admin-sessions-histogram')!;
  await settle(el);
  return { el, wrapper };
}

const plotBox = (el: AdminSessionsHistogram) => part(el, 'plot')!.getBoundingClientRect();

/** Viewport x of a pixel `fromRight` px left of the plot's right edge, and the plot's middle height. */
function fromRight(el: AdminSessionsHistogram, px: number): [number, number] {
  const box = plotBox(el);
  return [Math.round(box.right - px), Math.round(box.top + box.height / 2)];
}

/** Left edges of the drawn WEB bars (those with height), in bucket order: [bucket, left]. */
function barLefts(el: AdminSessionsHistogram): Array<[number, number]> {
  return parts<SVGRectElement>(el, 'bar-web')
    .filter((bar) => Number(bar.getAttribute('height')) > 0)
    .map((bar): [number, number] => [Number(bar.dataset.index), bar.getBoundingClientRect().left])
    .sort((a, b) => a[0] - b[0]);
}

describe('<admin-sessions-histogram> right to left', () => {
  afterEach(() => resetMouse());

  it('draws time from right to left: the newest bucket leftmost, the oldest rightmost', async () => {
    const { el } = await mountIn('rtl');
    const box = plotBox(el);
    const lefts = barLefts(el);
    expect(lefts.length).to.be.greaterThan(40);
    // Every later bucket is drawn further left, one 10 px column per minute.
    const misplaced = lefts.filter(([index, left]) => Math.abs(left - (box.right - 10 * (index + 1) + 1)) > 0.5);
    expect(misplaced.map(([index, left]) => `bucket ${index} at ${left - box.left}px`)).to.deep.equal([]);
    expect(lefts.at(-1)![0], 'newest drawn bucket').to.equal(59);
    expect(lefts.at(-1)![1] - box.left, 'bucket 59 in the leftmost column').to.be.closeTo(1, 0.5);
    // The peak (bucket 5, 14:05) sits in the sixth column from the right.
    const peak = parts<SVGRectElement>(el, 'bar-api').find((bar) => bar.dataset.index === '5')!.getBoundingClientRect();
    expect(box.right - peak.right).to.be.closeTo(51, 0.5);
    // The axis: the first label (the range's start, 14:00) at the right edge, later ones further left.
    const ticks = parts<HTMLElement>(el, 'tick').map((tick) => ({ text: tick.textContent!.trim(), box: tick.getBoundingClientRect() }));
    expect(ticks[0]!.text).to.equal('14:00');
    expect(box.right - ticks[0]!.box.right, 'start label flush with the right edge').to.be.closeTo(0, 1);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.box.right, `"${ticks[i]!.text}" left of "${ticks[i - 1]!.text}"`).to.be.below(ticks[i - 1]!.box.left);
    // "14:30" is centred under the boundary between 14:29 and 14:30: 300 px from the right.
    const half = ticks.find((tick) => tick.text === '14:30')!;
    expect(box.right - (half.box.left + half.box.width / 2)).to.be.closeTo(300, 1);
  });

  it('keeps left to right outside an RTL context (the same element, a dir="ltr" wrapper)', async () => {
    const { el } = await mountIn('ltr');
    const box = plotBox(el);
    const lefts = barLefts(el);
    expect(lefts.filter(([index, left]) => Math.abs(left - (box.left + 10 * index + 1)) > 0.5)).to.deep.equal([]);
    expect(chart(el).hasAttribute('data-rtl')).to.equal(false);
  });

  it('Left moves to a newer bucket and Right to an older one; Home and End go to the oldest and newest', async () => {
    const { el } = await mountIn('rtl');
    const box = plotBox(el);
    const highlightRight = () => box.right - part(el, 'highlight')!.getBoundingClientRect().right;
    chart(el).focus();
    // From nothing, Left starts at the rightmost bucket, the oldest (as Right starts at the leftmost in LTR).
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(spokenBucket(el)).to.match(/^14:00–14:01 · /);
    expect(highlightRight(), 'highlight at the right edge').to.be.closeTo(0, 0.5);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(spokenBucket(el)).to.match(/^14:01–14:02 · /);
    expect(highlightRight(), 'one column to the left').to.be.closeTo(10, 0.5);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(spokenBucket(el)).to.equal('14:05–14:06 · 12 WEB, 40 API');
    expect(tooltipText(el)).to.equal('14:05–14:06 · 12 WEB, 40 API');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(spokenBucket(el)).to.match(/^14:04–14:05 · /);
    expect(highlightRight()).to.be.closeTo(40, 0.5);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(spokenBucket(el), 'the newest end holds').to.match(/^14:59–15:00 · /);
    expect(part(el, 'highlight')!.getBoundingClientRect().left - box.left, 'highlight at the left edge').to.be.closeTo(0, 0.5);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(spokenBucket(el), 'the oldest end holds').to.match(/^14:00–14:01 · /);
  });

  it('a drag from one pixel to another zooms to the times under them', async () => {
    const { el } = await mountIn('rtl');
    const zooms = recordZooms(el);
    part(el, 'plot')!.scrollIntoView({ block: 'center' });
    const box = plotBox(el);
    // From 105 px (14:10) to 205 px (14:20) left of the right edge: leftwards, towards later times.
    await moveTo(fromRight(el, 105));
    await sendMouse({ type: 'down' });
    await moveTo(fromRight(el, 155));
    await moveTo(fromRight(el, 205));
    await settle(el);
    const selection = part(el, 'selection')!.getBoundingClientRect();
    expect(box.right - selection.right, 'selection starts at 14:10').to.be.closeTo(100, 0.5);
    expect(selection.width, 'selection covers 14:10 … 14:20').to.be.closeTo(110, 0.5);
    expect(tooltipText(el)).to.match(/^14:20–14:21 · /);
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([{ from: T0 + 10 * MINUTE, to: T0 + 21 * MINUTE - 1 }]);
    // Rightwards, towards earlier times: 14:44 back to 14:40.
    await moveTo(fromRight(el, 445));
    await sendMouse({ type: 'down' });
    await moveTo(fromRight(el, 405));
    await sendMouse({ type: 'up' });
    // A click near the left edge is the newest bucket.
    await moveTo([Math.round(box.left + 3), Math.round(box.top + box.height / 2)]);
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    expect(zooms.map((zoom) => zoom.detail).slice(1)).to.deep.equal([
      { from: T0 + 40 * MINUTE, to: T0 + 45 * MINUTE - 1 },
      { from: T0 + 59 * MINUTE, to: T0 + HOUR - 1 },
    ]);
  });

  it('keeps the tooltip inside the chart at both ends', async () => {
    const { el } = await mountIn('rtl');
    const chartBox = chart(el).getBoundingClientRect();
    part(el, 'plot')!.scrollIntoView({ block: 'center' });
    for (const px of [3, 597]) {
      await moveTo(fromRight(el, px));
      await settle(el);
      // Let the tooltip's 80 ms glide from one end to the other finish.
      await Promise.all(part(el, 'tooltip')!.getAnimations().map((animation) => animation.finished));
      const tooltip = part(el, 'tooltip')!.getBoundingClientRect();
      expect(tooltip.left, `tooltip at ${px}px from the right`).to.be.at.least(chartBox.left - 0.5);
      expect(tooltip.right, `tooltip at ${px}px from the right`).to.be.at.most(chartBox.right + 0.5);
    }
    expect(tooltipText(el)).to.match(/^14:59–15:00 · /);
  });

  it('follows a wrapper that turns right to left after it was drawn', async () => {
    const { el, wrapper } = await mountIn('ltr');
    wrapper.dir = 'rtl';
    chart(el).focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    const box = plotBox(el);
    expect(box.right - part(el, 'highlight')!.getBoundingClientRect().right, 'oldest bucket on the right').to.be.closeTo(0, 0.5);
    expect(barLefts(el).at(-1)![1] - box.left, 'newest bar on the left').to.be.closeTo(1, 0.5);
    expect(chart(el).hasAttribute('data-rtl')).to.equal(true);
  });
});

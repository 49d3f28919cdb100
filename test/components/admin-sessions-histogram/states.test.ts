import { expect } from '@open-wc/testing';
import { duration } from '../../../src/components/admin-sessions-histogram/labels.js';
import '../../../src/i18n/de.js';
import { DAY, HOUR, MINUTE, T0, hourData, mount, part, settle, shown } from './helpers.js';

/**
 * Issue 16, defects 2 and 8 on the element itself: what it says instead of bars (loading, failed),
 * stale bars marked, and the part of the range the counted rows cover, with "Load more".
 */

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<admin-sessions-histogram> states and the loaded span', () => {
  it('says loading, or that there are no counts, never "no requests", when there are no bars to draw', async () => {
    const el = await mount({ start: T0, size: MINUTE, web: [0, 0], api: [0, 0] });
    expect(text(el)).to.match(/no requests in this range/i);
    el.state = 'loading';
    await settle(el);
    expect(text(el)).not.to.match(/no requests/i);
    expect(part(el, 'state')!.textContent).to.match(/loading/i);
    expect(part(el, 'histogram')!.getAttribute('aria-busy')).to.equal('true');
    el.state = 'failed';
    await settle(el);
    expect(part(el, 'state')!.textContent).to.equal('No counts: the log did not load');
    expect(part(el, 'histogram')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
    el.state = 'stale';
    await settle(el);
    expect(text(el), 'stale and empty: the last query’s emptiness is not claimed').not.to.match(/no requests/i);
  });

  it('dims stale bars and marks them busy', async () => {
    const el = await mount(hourData());
    const chart = part(el, 'chart')!;
    expect(getComputedStyle(chart).opacity).to.equal('1');
    el.state = 'stale';
    await settle(el);
    expect(Number(getComputedStyle(part(el, 'chart')!).opacity)).to.be.below(1);
    expect(part(el, 'histogram')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('says how much of the range the counted rows cover, and asks for more on the element', async () => {
    const el = await mount(hourData(), { from: T0 + HOUR - 2 * DAY, to: T0 + HOUR });
    expect(shown(el, 'loaded')).to.equal(false);
    el.loaded = { from: T0 + HOUR - 200 * MINUTE, to: T0 + HOUR };
    await settle(el);
    expect(part(el, 'loaded')!.textContent).to.equal('Loaded: the last 3.3 hr of 2 days');
    await expect(el).to.be.accessible();
    let asked = 0;
    let bubbled = 0;
    el.addEventListener('admin-sessions-histogram-load-more', () => asked++);
    document.addEventListener('admin-sessions-histogram-load-more', () => bubbled++);
    part(el, 'load-more')!.click();
    expect(asked).to.equal(1);
    expect(bubbled, 'the event stays on the element').to.equal(0);
    el.from = null;
    el.locale = 'de';
    await settle(el);
    expect(part(el, 'loaded')!.textContent).to.equal('Geladen: die letzten 3,3 Std.');
  });

  it('words durations in their largest unit, never rounded up', () => {
    expect(duration(46 * 1000, 'en')).to.equal('46 sec');
    expect(duration(59 * MINUTE + 59_999, 'en')).to.equal('59.9 min');
    expect(duration(48 * HOUR, 'en')).to.equal('2 days');
    expect(duration(200, 'en')).to.equal('0.2 sec');
  });
});

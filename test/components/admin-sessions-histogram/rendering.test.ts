import { expect } from '@open-wc/testing';
import { HOUR, MINUTE, T0, hourData, mount, part, parts, settle, shown } from './helpers.js';

const heightOf = (element: Element) => element.getBoundingClientRect().height;

describe('<admin-sessions-histogram> rendering', () => {
  it('draws one WEB and one API bar per bucket, heights proportional to the counts', async () => {
    const data = hourData();
    const el = await mount(data);
    const web = parts(el, 'bar-web');
    const api = parts(el, 'bar-api');
    expect(web.length).to.equal(60);
    expect(api.length).to.equal(60);
    const plotHeight = heightOf(part(el, 'plot')!);
    expect(plotHeight).to.be.closeTo(100, 0.5);
    // The peak bucket (5: 12 WEB + 40 API) fills the plot; every other bar is to scale.
    const pxPerRequest = plotHeight / 52;
    for (let i = 0; i < 60; i++) {
      expect(heightOf(web[i]!), `WEB ${i}`).to.be.closeTo(data.web[i]! * pxPerRequest, 0.5);
      expect(heightOf(api[i]!), `API ${i}`).to.be.closeTo(data.api[i]! * pxPerRequest, 0.5);
    }
    expect(heightOf(web[5]!) + heightOf(api[5]!)).to.be.closeTo(plotHeight, 0.5);
    expect(heightOf(web[30]!) + heightOf(api[30]!)).to.equal(0);
  });

  it('stacks WEB on API, side by side in time order, across the full width', async () => {
    const el = await mount();
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const web = parts(el, 'bar-web').map((bar) => bar.getBoundingClientRect());
    const api = parts(el, 'bar-api').map((bar) => bar.getBoundingClientRect());
    expect(plot.width).to.be.closeTo(600, 0.5);
    expect(api[5]!.bottom).to.be.closeTo(plot.bottom, 0.5);
    expect(web[5]!.bottom).to.be.closeTo(api[5]!.top, 0.5);
    expect(api[5]!.left).to.be.closeTo(plot.left + 5 * 10 + 1, 0.5);
    expect(api[5]!.width).to.be.closeTo(8, 0.5);
    expect(api[59]!.right).to.be.closeTo(plot.right - 1, 0.5);
  });

  it('uses the colours and height from its custom properties', async () => {
    const el = await mount();
    el.style.setProperty('--admin-sessions-histogram-web', 'rgb(1, 2, 3)');
    el.style.setProperty('--admin-sessions-histogram-api', 'rgb(4, 5, 6)');
    el.style.setProperty('--admin-sessions-histogram-height', '40px');
    await settle(el);
    expect(getComputedStyle(parts(el, 'bar-web')[0]!).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(parts(el, 'bar-api')[0]!).fill).to.equal('rgb(4, 5, 6)');
    expect(heightOf(part(el, 'plot')!)).to.be.closeTo(40, 0.5);
    expect(heightOf(parts(el, 'bar-web')[5]!) + heightOf(parts(el, 'bar-api')[5]!)).to.be.closeTo(40, 0.5);
  });

  it('defaults to a 4rem chart that follows its container’s width', async () => {
    const el = await mount();
    el.style.removeProperty('--admin-sessions-histogram-height');
    el.style.width = '300px';
    await settle(el);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const plot = part(el, 'plot')!.getBoundingClientRect();
    expect(plot.height).to.be.closeTo(4 * rem, 0.5);
    expect(plot.width).to.be.closeTo(300, 0.5);
    expect(parts(el, 'bar-web')[59]!.getBoundingClientRect().right).to.be.closeTo(plot.right - 0.5, 0.5);
  });

  it('labels the axis with a few round times in the chosen zone and locale', async () => {
    const el = await mount();
    expect(parts(el, 'tick').map((tick) => tick.textContent!.trim())).to.deep.equal(['14:00', '14:15', '14:30', '14:45']);
    el.timeZone = 'Asia/Kolkata';
    await settle(el);
    expect(parts(el, 'tick').map((tick) => tick.textContent!.trim())).to.deep.equal(['19:30', '19:45', '20:00', '20:15']);
    // A tick sits where its time is on the chart.
    const plot = part(el, 'plot')!.getBoundingClientRect();
    expect(parts(el, 'tick')[2]!.getBoundingClientRect().left + parts(el, 'tick')[2]!.getBoundingClientRect().width / 2).to.be.closeTo(
      plot.left + 300,
      1,
    );
  });

  it('shows dates on the axis when the chart spans days', async () => {
    const days = 7;
    const el = await mount(
      { start: T0 - 14 * HOUR, size: 3 * HOUR, web: new Array(8 * days).fill(1), api: new Array(8 * days).fill(2) },
      { from: null, to: null },
    );
    const ticks = parts(el, 'tick').map((tick) => tick.textContent!.trim());
    expect(ticks[0]).to.equal('Dec 15, 00:00');
    expect(ticks.length).to.be.within(2, 5);
  });

  it('says "No requests in this range" when every bucket is empty, and when there is no data', async () => {
    const empty = { start: T0, size: MINUTE, web: new Array(60).fill(0), api: new Array(60).fill(0) };
    for (const data of [empty, { start: T0, size: MINUTE, web: [], api: [] }, null]) {
      const el = await mount(data);
      expect(part(el, 'empty')?.textContent?.trim()).to.equal('No requests in this range');
      expect(shown(el, 'chart'), 'chart shown').to.equal(false);
      expect(parts(el, 'bar-web').length).to.equal(0);
    }
  });

  it('labels data computed from the loaded rows, with their number', async () => {
    const el = await mount();
    expect(shown(el, 'label'), 'label shown').to.equal(false);
    el.source = 'loaded';
    el.loadedCount = 1234;
    await settle(el);
    expect(part(el, 'label')!.textContent!.trim()).to.equal('Computed from the 1,234 loaded rows');
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.include('Computed from 1,234 loaded rows only');
    el.loadedCount = 1;
    await settle(el);
    expect(part(el, 'label')!.textContent!.trim()).to.equal('Computed from the 1 loaded row');
  });

  it('takes source and loaded-count as attributes, and falls back to server on a bad source', async () => {
    const el = await mount();
    el.setAttribute('source', 'loaded');
    el.setAttribute('loaded-count', '20');
    await settle(el);
    expect(part(el, 'label')!.textContent!.trim()).to.equal('Computed from the 20 loaded rows');
    el.setAttribute('source', 'guess');
    await settle(el);
    expect(el.source).to.equal('server');
    expect(shown(el, 'label'), 'label shown').to.equal(false);
  });

  it('summarises total and peak in the chart’s accessible name', async () => {
    const el = await mount();
    const label = part(el, 'chart')!.getAttribute('aria-label')!;
    expect(label).to.include('Requests per minute from 14:00 to 15:00');
    expect(label).to.include('Peak 52 at 14:05–14:06');
    expect(label).to.match(/\d+ in total, \d+ WEB and \d+ API/);
  });

  it('names the end’s date too when the chart spans days', async () => {
    // Seven days in three-hour buckets, from Dec 15, 12:00 UTC.
    const start = Date.UTC(2025, 11, 15, 12);
    const el = await mount({ start, size: 3 * HOUR, web: new Array(56).fill(1), api: new Array(56).fill(2) });
    el.timeZone = 'UTC';
    el.locale = 'en-US';
    await settle(el);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.include('Requests per 3 hours from Dec 15, 12:00 to Dec 22, 12:00');
  });

  it('sets no transitions when the admin prefers reduced motion', async () => {
    const el = await mount();
    const sheet = [...el.shadowRoot!.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    expect(sheet).to.match(/prefers-reduced-motion: reduce\)\s*\{\s*\.tooltip\s*\{\s*transition: none/);
  });
});

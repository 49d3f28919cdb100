import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { forgetMissingHistograms } from '../../../src/controllers/histogram-controller.js';
import { AdminSessionsRangeChangeEvent } from '../../../src/events/range-change.js';
import { mockApi } from '../../helpers/mock-api.js';
import { deferred, rowsOf, shadowPart, startWorker, tableOf, until, worker } from '../../helpers/msw.js';

/**
 * Issue 16, defect 2: a failed or loading state never claims an empty log, and what is shown of the
 * previous query while the new one loads is marked (dimmed, aria-busy).
 */

const HOUR = 3_600_000;

const histogramOf = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-histogram')!;
/** What a person reads in the histogram. */
const histogramText = (el: AdminSessions) => histogramOf(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const histogramRoot = (el: AdminSessions) => histogramOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="histogram"]')!;
const chartOpacity = (el: AdminSessions) => Number(getComputedStyle(histogramOf(el).shadowRoot!.querySelector('[part~="chart"]')!).opacity);

/** Holds every request to `path` until `release` is called (then the mock API answers it). */
function holdRequests(path: string): { release: () => void; held: () => number } {
  const gate = deferred();
  let held = 0;
  worker.use(http.get(path, async () => void (held++, await gate.promise)));
  return { release: () => gate.resolve(), held: () => held };
}

async function mount(endpoint: string, adapter = 'native'): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" range="24h" locale="en" time-zone="utc" adapter=${adapter} endpoint=${endpoint}></admin-sessions>`);
  await until(() => rowsOf(el).length > 5, 'no rows');
  await partsSettled(el);
  return el;
}

describe('<admin-sessions> honest loading and failed states', () => {
  before(startWorker);
  beforeEach(() => forgetMissingHistograms());

  it('a first load that fails shows the error, and the histogram says there are no counts, not that there are no requests', async () => {
    const api = mockApi();
    api.failNext(500, { times: 5 });
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" adapter="puqcloud" endpoint=${api.puqcloudPath}></admin-sessions>`);
    await until(() => shadowPart(el, 'error'), 'no error shown');
    await until(() => histogramOf(el)?.shadowRoot?.querySelector('[part~="state"]'), 'the histogram says nothing about the failure');
    expect(histogramText(el)).not.to.match(/no requests/i);
    expect(histogramText(el)).not.to.match(/computed from the 0/i);
    expect(histogramText(el)).to.match(/no counts: the log did not load/i);
    expect(shadowPart(el, 'empty'), 'nor does the table claim an empty log').to.equal(null);
  });

  it('a range change while the server is held says loading in the histogram and the table, then shows the answer', async () => {
    const api = mockApi({ count: 300 });
    const el = await mount(api.nativePath);
    const hold = holdRequests(api.nativePath);
    el.shadowRoot!.querySelector('admin-sessions-range')!.dispatchEvent(
      new AdminSessionsRangeChangeEvent({ from: Date.now() - 3 * HOUR, to: null, relative: null }),
    );
    await until(() => hold.held() > 0, 'the new range was not asked for');
    await el.updateComplete;
    await histogramOf(el).updateComplete;
    expect(histogramText(el)).not.to.match(/no requests/i);
    expect(histogramText(el)).not.to.match(/computed from the 0/i);
    expect(histogramText(el)).to.match(/loading/i);
    expect(histogramRoot(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadowPart(el, 'loading')!.textContent, 'the table says loading').to.match(/loading/i);
    expect(shadowPart(el, 'empty')).to.equal(null);

    hold.release();
    await until(() => rowsOf(el).length > 0 && histogramOf(el).shadowRoot!.querySelector('[part~="chart"]'), 'the answer is not shown');
    expect(histogramRoot(el).getAttribute('aria-busy')).to.equal('false');
    expect(histogramText(el)).not.to.match(/loading/i);
    expect(chartOpacity(el)).to.equal(1);
  });

  it('the server’s bars of the last range are dimmed and busy until the new range’s come', async () => {
    const api = mockApi({ count: 300, histogram: true });
    const el = await mount(api.nativePath);
    await until(() => histogramOf(el).source === 'server', 'no server histogram');
    const hold = holdRequests(`${api.nativePath}/histogram`);
    el.shadowRoot!.querySelector('admin-sessions-range')!.dispatchEvent(
      new AdminSessionsRangeChangeEvent({ from: Date.now() - 12 * HOUR, to: null, relative: null }),
    );
    await until(() => hold.held() > 0, 'the new range’s histogram was not asked for');
    await until(() => rowsOf(el).length > 0, 'the new rows');
    await el.updateComplete;
    await histogramOf(el).updateComplete;
    expect(histogramRoot(el).getAttribute('aria-busy')).to.equal('true');
    expect(chartOpacity(el), 'stale bars are dimmed').to.be.below(1);

    hold.release();
    await until(() => histogramRoot(el).getAttribute('aria-busy') === 'false', 'the new bars did not come');
    expect(chartOpacity(el)).to.equal(1);
  });

  it('rows of the previous source stay dimmed and busy until the new answer replaces them', async () => {
    const api = mockApi({ count: 300 });
    const other = mockApi({ count: 40, prefix: '/t-other' });
    // Both routes answer: the second mockApi replaced the first one's handlers.
    worker.use(...api);
    const el = await mount(api.nativePath);
    const wrap = () => tableOf(el).parentElement!;
    expect(wrap().getAttribute('aria-busy')).to.equal('false');
    const hold = holdRequests(other.nativePath);
    el.endpoint = other.nativePath;
    await until(() => hold.held() > 0, 'the new endpoint was not asked');
    await el.updateComplete;
    expect(rowsOf(el).length, 'the old rows are still on screen').to.be.greaterThan(5);
    expect(wrap().getAttribute('aria-busy')).to.equal('true');
    expect(Number(getComputedStyle(tableOf(el)).opacity)).to.be.below(1);
    expect(histogramRoot(el).getAttribute('aria-busy'), 'and so are their bars').to.equal('true');

    hold.release();
    await until(() => wrap().getAttribute('aria-busy') === 'false', 'still busy after the answer');
    expect(Number(getComputedStyle(tableOf(el)).opacity)).to.equal(1);
    expect(rowsOf(el).length).to.be.at.most(40);
  });
});

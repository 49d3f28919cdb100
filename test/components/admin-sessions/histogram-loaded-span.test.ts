import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { mockApi, pageRequests } from '../../helpers/mock-api.js';
import type { PageRequest, SessionPage } from '../../../src/data/adapters/adapter.js';
import { EPOCH, installFakeClock, type FakeClock } from '../../helpers/fake-clock.js';
import { makeEntries } from '../../helpers/entries.js';
import { rowsOf, startWorker, until } from '../../helpers/msw.js';

/**
 * Issue 16, defect 8: on a server without a histogram endpoint (PUQcloud) the bars come from the
 * loaded rows, so the axis covers only what is loaded, says how much of the range that is, and
 * offers to load more; never empty bars for the part not loaded.
 */

const HOUR = 3_600_000;

const histogramOf = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-histogram')!;
const histogramPart = (el: AdminSessions, part: string) => histogramOf(el).shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

/** A PUQcloud log over two days (bursts of scripted API calls among the clicks), on a 48 h range. */
async function mount(count: number) {
  const api = mockApi({ count, days: 2, selfLog: false });
  const from = new Date(Date.now() - 48 * HOUR).toISOString();
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" locale="en" time-zone="utc" adapter="puqcloud" page-size="50" from=${from} endpoint=${api.puqcloudPath}></admin-sessions>`,
  );
  await until(() => rowsOf(el).length > 5, 'no rows');
  await partsSettled(el);
  await until(() => histogramPart(el, 'chart'), 'no chart');
  return { el, api };
}

const DAY = 24 * HOUR;

/** An axis label's time of day in seconds ("14:05", "14:05:30"; UTC), the next day's counted on from `after`'s. */
function secondsOfDay(label: string, after: number): number {
  const [, h, m, sec] = /(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(label.trim()) ?? [];
  if (h === undefined) throw new Error(`not a time label: ${label}`);
  const seconds = Number(h) * 3600 + Number(m) * 60 + Number(sec ?? 0);
  return seconds < (after % DAY) / 1000 - 12 * 3600 ? seconds + 24 * 3600 : seconds;
}

const oldestLoaded = (el: AdminSessions) => Math.min(...el.entries.map((entry) => entry.time));

describe('<admin-sessions> histogram from loaded rows (PUQcloud)', () => {
  before(startWorker);

  it('covers the span loaded, says how much of 48 h it is, and "Load more" asks for the next page and widens it', async () => {
    const { el, api } = await mount(3000);
    expect(el.entries.length).to.equal(50);
    const histogram = histogramOf(el);
    const oldest = oldestLoaded(el);
    expect(oldest, 'the first page covers part of the range').to.be.above(Date.now() - 47 * HOUR);
    expect(histogram.data!.start, 'the axis starts at the oldest row loaded (its bucket)').to.be.above(oldest - histogram.data!.size);
    expect(secondsOfDay(histogramPart(el, 'tick')!.textContent!, oldest), 'the first axis label').to.be.at.least(Math.floor((oldest % DAY) / 1000));
    const note = histogramPart(el, 'loaded')!.textContent!;
    expect(note).to.match(/^Loaded: the last [\d.]+ (days?|hr|min|sec) of 2 days$/);
    expect(histogramOf(el).shadowRoot!.textContent).not.to.match(/no requests/i);

    const asked = pageRequests(api, 'puqcloud').length;
    histogramPart(el, 'load-more')!.click();
    await until(() => el.entries.length > 50, 'no more rows');
    const next = new URL(pageRequests(api, 'puqcloud')[asked]!.url);
    expect(next.searchParams.get('start'), 'the next page').to.equal('50');
    await until(() => oldestLoaded(el) < oldest, 'the span did not widen');
    await el.updateComplete;
    await histogram.updateComplete;
    expect(histogram.loaded!.from, 'the axis widened').to.be.below(oldest);
    expect(histogram.data!.start).to.be.at.most(histogram.loaded!.from);
    expect(histogram.data!.start).to.be.above(oldestLoaded(el) - histogram.data!.size);
    expect(secondsOfDay(histogramPart(el, 'tick')!.textContent!, oldestLoaded(el))).to.be.at.least(Math.floor((oldestLoaded(el) % DAY) / 1000));
    expect(histogramPart(el, 'loaded')!.textContent).not.to.equal(note);
  });

  it('draws the whole range, without a note, once the log’s end is loaded', async () => {
    const { el } = await mount(30);
    expect(el.entries.length).to.be.below(50);
    const histogram = histogramOf(el);
    expect(histogram.loaded).to.equal(null);
    expect(histogramPart(el, 'loaded')).to.equal(null);
    expect(histogramPart(el, 'load-more')).to.equal(null);
    expect(histogram.data!.start, 'the axis is the whole 48 h').to.be.at.most(Date.now() - 47.9 * HOUR);
  });

  describe('a range that ends in the future (the ±24 hours default)', () => {
    let clock: FakeClock;
    beforeEach(() => {
      clock = installFakeClock(EPOCH);
    });
    afterEach(() => clock.restore());

    /** Waits frame by frame (frames are real; timers are fake here). */
    async function frames(predicate: () => unknown, message: string): Promise<void> {
      for (let frame = 0; frame < 600; frame++) {
        if (predicate()) return;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      throw new Error(message);
    }

    it('covers the 4 minutes loaded up to now, says "4 min of 2 days" and that the chart ends now, with the rows spread over the bars', async () => {
      // 50 rows 5 s apart: the last 4 min 5 s before now, and more pages behind them.
      const rows = makeEntries(50, EPOCH - 1000).map((entry, i) => ({ ...entry, time: EPOCH - 1000 - i * 5000 }));
      const fetchPage = async (request: PageRequest): Promise<SessionPage> =>
        request.cursor === null && request.newerThan === null ? { entries: rows, total: 3000, nextCursor: 'next' } : { entries: [], total: 3000, nextCursor: null };
      const from = new Date(EPOCH - 24 * HOUR).toISOString();
      const to = new Date(EPOCH + 24 * HOUR).toISOString();
      const el = await fixture<AdminSessions>(
        html`<admin-sessions cache="none" locale="en" time-zone="utc" page-size="50" from=${from} to=${to} .fetchPage=${fetchPage}></admin-sessions>`,
      );
      await frames(() => rowsOf(el).length > 5, 'no rows');
      await partsSettled(el);
      await frames(() => histogramPart(el, 'chart'), 'no chart');
      const histogram = histogramOf(el);
      await histogram.updateComplete;
      expect(histogramPart(el, 'loaded')!.textContent).to.equal('Loaded: the last 4.1 min of 2 days; the chart ends now');
      const data = histogram.data!;
      const oldest = EPOCH - 1000 - 49 * 5000;
      expect(data.start, 'the axis starts at the oldest row (its bucket)').to.be.above(oldest - data.size);
      expect(data.start + data.size * data.web.length, 'the axis ends now, not 24 h ahead').to.be.at.most(EPOCH + data.size);
      const filled = data.web.filter((web, i) => web + data.api[i]! > 0).length;
      expect(filled, 'the rows are spread over the bars, not one sliver at the left').to.be.at.least(10);
      const drawn = [...histogram.shadowRoot!.querySelectorAll<SVGRectElement>('rect.bar-web, rect.bar-api')].filter((bar) => Number(bar.getAttribute('height')) > 0);
      expect(new Set(drawn.map((bar) => bar.dataset.index)).size, 'bars drawn with height').to.equal(filled);
    });
  });
});

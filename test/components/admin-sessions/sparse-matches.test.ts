import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage, PageRequest } from '../../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { makeEntries } from '../../helpers/entries.js';
import { installFakeClock, tickUntil } from '../../helpers/fake-clock.js';
import { sendKeys } from '@web/test-runner-commands';
import { rowsOf, shadowPart, tableOf, until } from '../../helpers/msw.js';

/**
 * Filters applied over the loaded rows (query-language terms the server cannot do) can leave a page
 * with no match. With nothing to scroll, infinite scroll never asks for more, and the admin read
 * "No requests in this range." while matches sat on the next pages. The widget now loads further
 * pages on its own (10 per query), then offers "Search older requests".
 */

/** 1,000 requests, newest first, 50 a page; DELETE only at rows 300–309 and 900–940. */
function sparseLog(): { entries: SessionEntry[]; requests: PageRequest[]; fetchPage: FetchPage; hold: () => () => void } {
  const entries = makeEntries(1000, Date.now() - 60_000).map((entry, i) => ({
    ...entry,
    method: (i >= 300 && i < 310) || (i >= 900 && i <= 940) ? 'DELETE' : 'GET',
  }));
  const requests: PageRequest[] = [];
  let gate: Promise<void> | null = null;
  /** Holds further pages until the returned function lets them go. */
  const hold = () => {
    let release!: () => void;
    gate = new Promise((resolve) => (release = resolve));
    return () => {
      gate = null;
      release();
    };
  };
  const fetchPage: FetchPage = async (request) => {
    requests.push(request);
    if (gate) await gate;
    const start = Number(request.cursor ?? 0);
    const end = start + request.limit;
    return { entries: entries.slice(start, end), total: entries.length, nextCursor: end < entries.length ? String(end) : null };
  };
  return { entries, requests, fetchPage, hold };
}

async function mount(fetchPage: FetchPage, query: string, locale = 'en'): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" range="24h" page-size="50" no-histogram locale=${locale} style="--admin-sessions-table-height: 600px"></admin-sessions>`,
  );
  el.query = query;
  el.fetchPage = fetchPage;
  return el;
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pages = (requests: PageRequest[]) => requests.filter((request) => request.newerThan === null).length;

describe('<admin-sessions> sparse matches over the loaded rows', () => {
  it('loads further pages on its own until matches show, then offers "Search older requests"', async function () {
    this.timeout(20_000);
    const log = sparseLog();
    const el = await mount(log.fetchPage, 'method:DELETE');
    // The first page has no DELETE; the ten pages after it bring rows 300–309.
    await until(() => shadowPart(el, 'search-older'), 'no "Search older requests"', 10_000);
    // Ten pages on its own after the first (infinite scroll may add one: the ten matches fit the screen).
    expect(pages(log.requests)).to.be.within(11, 12);
    expect(el.entries.length).to.equal(10);
    expect(rowsOf(el).length).to.equal(10);
    expect(text(shadowPart(el, 'search-older'))).to.equal('Search older requests');
    expect(shadowPart(el, 'empty')).to.equal(null);

    shadowPart(el, 'search-older')!.click();
    // Rows 900–940 (page 19 of 20) bring 41 more: a page of matches, so it stops there.
    await until(() => el.entries.length === 51, `matches after searching older: ${el.entries.length}`, 10_000);
    await el.updateComplete;
    expect(pages(log.requests)).to.be.within(19, 20);
    expect(shadowPart(el, 'search-older'), 'a page of matches shows; scrolling loads the rest').to.equal(null);
  });

  it('says how many loaded rows were searched when none match, instead of "No requests in this range."', async function () {
    this.timeout(20_000);
    const log = sparseLog();
    const el = await mount(log.fetchPage, 'method:TRACE');
    await until(() => shadowPart(el, 'search-older'), 'no "Search older requests"', 10_000);
    await until(() => shadowPart(el, 'empty'), 'no empty state');
    expect(text(shadowPart(el, 'empty'))).to.equal('No matching requests in the 550 loaded rows.');
    expect(pages(log.requests), 'ten pages on their own, no more').to.equal(11);
    expect(shadowPart(el, 'empty')!.getAttribute('role'), 'the result is announced').to.equal('status');

    // From the keyboard: the button keeps the focus while it searches, then hands it to the table.
    shadowPart(el, 'search-older')!.focus();
    const release = log.hold();
    await sendKeys({ press: 'Enter' });
    await until(() => pages(log.requests) > 11, 'Enter did not search older requests');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus stays on the button while it searches').to.equal(shadowPart(el, 'search-older'));
    expect(shadowPart(el, 'search-older')!.getAttribute('aria-disabled')).to.equal('true');
    release();
    // The log ends at 1,000 rows: nothing older to search, and no match.
    await until(() => text(shadowPart(el, 'empty')) === 'No matching requests in the 1,000 loaded rows.', `empty state: ${text(shadowPart(el, 'empty'))}`, 10_000);
    await until(() => shadowPart(el, 'search-older') === null, 'still offers older requests at the log’s end');
    await until(() => tableOf(el).shadowRoot!.activeElement?.getAttribute('part') === 'scroller', `focus went to ${document.activeElement?.localName}`);
    expect(pages(log.requests)).to.equal(20);

    // A new query starts a new allowance.
    el.query = 'method:PATCH';
    await until(() => text(shadowPart(el, 'empty')) === 'No matching requests in the 550 loaded rows.' && pages(log.requests) === 31, `pages: ${pages(log.requests)}`, 10_000);
  });

  it('speaks the widget language', async function () {
    this.timeout(20_000);
    const log = sparseLog();
    const el = await mount(log.fetchPage, 'method:TRACE', 'de');
    await until(() => shadowPart(el, 'search-older') && shadowPart(el, 'empty'), 'no empty state with "Search older"', 10_000);
    expect(text(shadowPart(el, 'empty'))).to.equal('Keine passenden Anfragen in den 550 geladenen Zeilen.');
    expect(text(shadowPart(el, 'search-older'))).to.equal('Ältere Anfragen durchsuchen');
  });

  it('says the search matched nothing when the server found nothing for it', async () => {
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" range="24h" no-histogram></admin-sessions>`);
    el.query = 'zzzxqq';
    el.fetchPage = async () => ({ entries: [], total: 0, nextCursor: null });
    await until(() => shadowPart(el, 'empty'), 'no empty state');
    expect(text(shadowPart(el, 'empty'))).to.equal('No requests in this range match the search.');
    el.query = '';
    await until(() => text(shadowPart(el, 'empty')) === 'No requests in this range.', `without a search: ${text(shadowPart(el, 'empty'))}`);
  });

  it('loads no page on its own when the server did all the filtering', async () => {
    // On a fake clock: once the first page shows, a minute passes in no time, so any timer that
    // would load another page (the near-end debounce, a retry) has fired before the check.
    const clock = installFakeClock(Date.now());
    try {
      const log = sparseLog();
      const el = await mount(log.fetchPage, '');
      await tickUntil(clock, () => rowsOf(el).length > 5, 'no rows');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(pages(log.requests)).to.equal(1);
      expect(shadowPart(el, 'search-older')).to.equal(null);
    } finally {
      clock.restore();
    }
  });

  it('with filters over the loaded rows, the same check sees pages loaded on their own (it can fail)', async () => {
    const clock = installFakeClock(Date.now());
    try {
      const log = sparseLog();
      const el = await mount(log.fetchPage, 'method:DELETE');
      await tickUntil(clock, () => rowsOf(el).length > 5, 'no rows');
      await clock.tickAsync(60_000);
      expect(pages(log.requests)).to.be.greaterThan(1);
    } finally {
      clock.restore();
    }
  });
});

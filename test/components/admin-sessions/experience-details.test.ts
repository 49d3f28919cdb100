import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { makeEntries } from '../../helpers/entries.js';
import { installFakeClock, untilTicking } from '../../helpers/fake-clock.js';
import { box, overlap } from '../../helpers/geometry.js';
import { mockApi, pageRequests } from '../../helpers/mock-api.js';
import { rowsOf, shadowPart, startWorker, tableOf, until, useHandlers } from '../../helpers/msw.js';

/**
 * Issue 16, point 11: small things a person notices — the new-entries pill over a row, an export
 * status that never went, an error reason said twice, the terminal theme's switch, the histogram
 * legend against the frame, and a burst of page requests on PUQcloud.
 */

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function clickOn(target: Element): Promise<void> {
  const { x, y, width, height } = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('<admin-sessions> small things (issue 16, point 11)', () => {
  before(startWorker);

  it('the new-entries pill covers no row', async () => {
    let entries = makeEntries(200, Date.now() - 60_000);
    const fetchPage: FetchPage = async ({ limit, cursor, newerThan }) => {
      if (newerThan !== null) return { entries: entries.slice(0, entries.indexOf(entries.find((entry) => entry.id === newerThan.id)!)), total: entries.length, nextCursor: null };
      const start = Number(cursor ?? 0);
      return { entries: entries.slice(start, start + limit), total: entries.length, nextCursor: start + limit < entries.length ? String(start + limit) : null };
    };
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" no-histogram .fetchPage=${fetchPage}></admin-sessions>`);
    await until(() => rowsOf(el).length > 5, 'no rows');
    await partsSettled(el);
    const scroller = tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    scroller.scrollTop = 300;
    await until(() => scroller.scrollTop > 100, 'did not scroll');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    entries = [...makeEntries(3, Date.now(), 'new'), ...entries];
    await el.refresh();
    await until(() => shadowPart(el, 'new-entries-pill'), 'no pill');
    await el.updateComplete;
    const pill = box(shadowPart(el, 'new-entries-pill')!);
    const view = box(scroller);
    const covered = rowsOf(el)
      .flatMap((row) => [...row.querySelectorAll('td')])
      // Cells in sight: inside the scroll region's box.
      .filter((cell) => overlap(box(cell), view) > 0 && overlap(pill, box(cell)) > 0)
      .map((cell) => text(cell));
    expect(covered, 'cells under the pill').to.deep.equal([]);
    expect(pill.bottom, 'above the table').to.be.at.most(box(tableOf(el)).top + 0.5);
    expect(text(shadowPart(el, 'new-entries-pill'))).to.include('3');
  });

  it('a finished export’s status goes away after a while', async () => {
    const entries = makeEntries(30, Date.now());
    const fetchPage: FetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" no-histogram .fetchPage=${fetchPage}></admin-sessions>`);
    await until(() => rowsOf(el).length > 5, 'no rows');
    await partsSettled(el);
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    const clock = installFakeClock(Date.now());
    try {
      await clickOn(el.shadowRoot!.querySelector('[part~="export"][data-format="csv"]')!);
      await untilTicking(clock, () => /Exported 30 rows/.test(text(shadowPart(el, 'export-status'))), 'no export status');
      await clock.tickAsync(7_000);
      await el.updateComplete;
      expect(text(shadowPart(el, 'export-status')), 'still there a moment later').to.match(/Exported 30 rows/);
      await clock.tickAsync(1_000);
      await el.updateComplete;
      expect(text(shadowPart(el, 'export-status'))).to.equal('');
      expect(shadowPart(el, 'export-status')!.getClientRects().length, 'nothing left on screen').to.equal(0);
    } finally {
      clock.restore();
      HTMLAnchorElement.prototype.click = realClick;
    }
  });

  for (const [locale, reason] of [['en', 'Internal server error'], ['de', 'Internal server error'], ['uk', 'Internal server error']] as const) {
    it(`a server error says its status and reason once, in one pair of brackets (${locale})`, async () => {
      const path = `/t${Math.random().toString(36).slice(2, 8)}/api/admin-sessions`;
      useHandlers(http.get(path, () => HttpResponse.json({ error: { code: 'server_error', message: reason } }, { status: 500 })));
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" no-histogram locale=${locale} endpoint=${path}></admin-sessions>`);
      await until(() => shadowPart(el, 'error'), 'no error shown');
      const message = text(shadowPart(el, 'error'));
      expect(message).to.include(`(HTTP 500: ${reason})`);
      expect(message.split(reason).length - 1, message).to.equal(1);
      expect(message, message).not.to.match(/\)\s*\(/);
    });
  }

  it('the terminal theme’s switch looks off when it is off', async () => {
    const css = await (await fetch('/demo/themes.css')).text();
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    try {
      const entries = makeEntries(5, Date.now());
      const fetchPage: FetchPage = async () => ({ entries, total: 5, nextCursor: null });
      const el = await fixture<AdminSessions>(html`<admin-sessions class="theme-terminal" cache="none" refresh-interval="30" .fetchPage=${fetchPage}></admin-sessions>`);
      await until(() => rowsOf(el).length > 0, 'no rows');
      await partsSettled(el);
      const refresh = shadowPart(el, 'refresh')!;
      const track = () => getComputedStyle(refresh.shadowRoot!.querySelector('.track')!).backgroundColor;
      const accent = getComputedStyle(el).getPropertyValue('--admin-sessions-accent-color').trim();
      expect(accent).to.equal('#39ff88');
      const off = track();
      await clickOn(refresh.shadowRoot!.querySelector('[part~="switch"]')!);
      await until(() => refresh.shadowRoot!.querySelector('[part~="switch"]')!.getAttribute('aria-checked') === 'true', 'the switch did not turn on');
      const trackElement = refresh.shadowRoot!.querySelector('.track')!;
      await Promise.all(trackElement.getAnimations().map((animation) => animation.finished));
      const on = track();
      expect(on, 'on: filled with the accent').to.equal('rgb(57, 255, 136)');
      expect(off, 'off: not filled').to.equal('rgba(0, 0, 0, 0)');
    } finally {
      style.remove();
      localStorage.clear();
    }
  });

  it('the histogram legend keeps off the frame', async () => {
    const api = mockApi({ count: 100 });
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" endpoint=${api.nativePath}></admin-sessions>`);
    await until(() => rowsOf(el).length > 5, 'no rows');
    await partsSettled(el);
    const histogram = shadowPart(el, 'histogram')!;
    await until(() => histogram.shadowRoot?.querySelector('[part~="legend"]'), 'no legend');
    const legend = box(histogram.shadowRoot!.querySelector('[part~="legend"]')!);
    const frame = box(el);
    expect(legend.left - frame.left, 'room at the start').to.be.at.least(8);
    const statusText = box(shadowPart(el, 'status')!);
    expect(legend.left, 'in line with the status line').to.be.closeTo(statusText.left + 12, 1);
  });

  it('on PUQcloud, a filter over loaded rows reads a few pages, then offers “Search older requests”', async function () {
    // Four pages of a 3,000-row log through the mock service worker: slow in Firefox on a loaded machine.
    this.timeout(60_000);
    const api = mockApi({ count: 3000, selfLog: true });
    const el = await fixture<AdminSessions>(
      html`<admin-sessions cache="none" adapter="puqcloud" locale="en" no-histogram query="method:POST" endpoint=${api.puqcloudPath}></admin-sessions>`,
    );
    await until(() => shadowPart(el, 'search-older')?.getAttribute('aria-disabled') === 'false', 'no “Search older requests”', 40_000);
    // The first page and three more on their own (infinite scroll may ask one more).
    expect(pageRequests(api, 'puqcloud').length).to.be.within(4, 5);
    const before = pageRequests(api, 'puqcloud').length;
    shadowPart(el, 'search-older')!.click();
    await until(() => pageRequests(api, 'puqcloud').length > before, 'Search older did not search', 10_000);
    await until(() => shadowPart(el, 'search-older')?.getAttribute('aria-disabled') !== 'true' && !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'still searching', 20_000);
    // As many again (three), and again infinite scroll may ask one more when the matches do not fill the table.
    expect(pageRequests(api, 'puqcloud').length - before, 'as many again at most').to.be.within(1, 4);
  });
});

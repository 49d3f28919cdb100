import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../../src/components/admin-sessions-details/admin-sessions-details.js';
import '../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import '../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessionsDetails } from '../../src/components/admin-sessions-details/admin-sessions-details.js';
import type { AdminSessionsHistogram } from '../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import type { AdminSessionsRange } from '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRefresh } from '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import type { AdminSessionsTable } from '../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { SessionsError } from '../../src/data/errors.js';
import { refreshPreferenceKey } from '../../src/data/refresh/refresh-preference.js';
import { clearCache } from '../../src/index.js';
import page from '../fixtures/puqcloud/page-debug.json';
import { makeEntries } from '../helpers/entries.js';
import { storedRecords } from '../helpers/idb.js';
import { deferred, rowsOf, shadowPart, startWorker, tableOf, until, useHandlers } from '../helpers/msw.js';
import { mountState, restoreScene, setScene, STATES, WIDTHS } from '../visual/states.js';

/*
 * axe for the states test/components/{admin-sessions,admin-sessions-range,admin-sessions-histogram}/
 * accessibility.test.ts do not reach: those cover <admin-sessions> loaded, expanded, empty and in
 * error; the range picker closed, open and open with an error; the histogram with data, a highlighted
 * bucket and empty.
 */

/** Whether a custom state is on (false where :state() is not supported). */
function hasState(el: Element, state: string): boolean {
  try {
    return el.matches(`:state(${state})`);
  } catch {
    return false;
  }
}

/** Makes the page report `document.visibilityState` as `state` and tells listeners. */
function setPageVisibility(state: DocumentVisibilityState): void {
  if (state === 'visible') delete (document as { visibilityState?: unknown }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function pages(entries: readonly SessionEntry[], onRefresh?: () => never): FetchPage {
  return async ({ newerThan }) => {
    if (newerThan) {
      if (onRefresh) onRefresh();
      return { entries: [], total: entries.length, nextCursor: null };
    }
    return { entries: entries.slice(0, 50), total: entries.length, nextCursor: null };
  };
}

describe('axe in every state: <admin-sessions>', function () {
  this.timeout(60_000);
  before(startWorker);
  afterEach(() => {
    localStorage.removeItem(refreshPreferenceKey());
    setPageVisibility('visible');
  });

  it('while the first page is loading', async () => {
    const hold = deferred();
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none"></admin-sessions>`);
    el.fetchPage = async () => {
      await hold.promise;
      return { entries: [], total: 0, nextCursor: null };
    };
    await until(() => shadowPart(el, 'loading') !== null, 'no loading state');
    expect(hasState(el, 'loading')).to.equal(true);
    await expect(el).to.be.accessible();
    hold.resolve();
  });

  it('showing cached rows while the network answer is on its way', async () => {
    const endpoint = '/t/axe-cache/admin_session_logs';
    const admin = `axe-${Math.random().toString(36).slice(2)}`;
    const answer = (url: string) => {
      const body = structuredClone(page);
      body.data.original.draw = Number(new URL(url).searchParams.get('draw'));
      return HttpResponse.json(body);
    };
    const mount = () =>
      fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${endpoint} current-admin=${admin} range="7d"></admin-sessions>`);
    try {
      useHandlers(http.get(endpoint, ({ request }) => answer(request.url)));
      const cold = await mount();
      await until(() => rowsOf(cold).length === 7, 'cold open shows no rows');
      // The cache write is fire-and-forget: the warm open waits until the rows are stored.
      await until(async () => JSON.stringify(await storedRecords()).includes(admin), 'nothing was cached');
      cold.remove();
      const hold = deferred();
      useHandlers(http.get(endpoint, async ({ request }) => (await hold.promise, answer(request.url))));
      const warm = await mount();
      await until(() => shadowPart(warm, 'cached') !== null, 'cached rows never painted');
      expect(hasState(warm, 'cached')).to.equal(true);
      await expect(warm).to.be.accessible();
      hold.resolve();
    } finally {
      await clearCache();
    }
  });

  it('with auto-refresh paused (hidden tab)', async () => {
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" auto-refresh></admin-sessions>`);
    el.fetchPage = pages(makeEntries(30, Date.now()));
    await until(() => rowsOf(el).length > 3, 'no rows');
    setPageVisibility('hidden');
    await until(() => hasState(el, 'paused'), 'not paused');
    const refresh = el.shadowRoot!.querySelector<AdminSessionsRefresh>('admin-sessions-refresh')!;
    await until(() => refresh.shadowRoot!.querySelector('[part~="paused"]') !== null, 'no paused text');
    await expect(el).to.be.accessible();
  });

  it('with an error over the last good rows, and auto-refresh backing off', async () => {
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" auto-refresh></admin-sessions>`);
    el.fetchPage = pages(makeEntries(30, Date.now()), () => {
      throw new SessionsError('server', 'The server failed (500).', 500);
    });
    await until(() => rowsOf(el).length > 3, 'no rows');
    await el.refresh();
    await until(() => shadowPart(el, 'error') !== null, 'no error shown');
    expect(rowsOf(el).length, 'the rows stay').to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  it('compact, with folded repeats, a local search note and a highlighted match', async () => {
    const entries = makeEntries(30, Date.now()).map((entry, i) => (i < 4 ? { ...makeEntries(1, Date.now())[0]!, id: `same${i}`, time: entry.time } : entry));
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" density="compact" collapse-repeats query="admin/clients"></admin-sessions>`);
    el.fetchPage = pages(entries);
    await until(() => rowsOf(el).length > 3, 'no rows');
    await until(() => tableOf(el).shadowRoot!.querySelector('mark') !== null, 'no highlighted match');
    await expect(el).to.be.accessible();
  });
});

describe('axe in every state: the states the visual tests shoot, at their widths', function () {
  this.timeout(60_000);
  before(setScene);
  after(async () => {
    restoreScene();
    await setViewport({ width: 800, height: 600 });
  });

  for (const state of STATES) {
    for (const width of WIDTHS) {
      it(`${state} at ${width} px`, async () => {
        const { el } = await mountState(state, width);
        expect(window.innerWidth, 'the viewport width').to.equal(width);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('axe in every state: the parts on their own', function () {
  this.timeout(60_000);

  it('<admin-sessions-table> with rows: badges, marks, folded repeats, a focused and an expanded row', async () => {
    const entries = makeEntries(30);
    const el = await fixture<AdminSessionsTable>(html`<admin-sessions-table
      style="--admin-sessions-table-height: 300px"
      zone-label="UTC"
      time-zone="UTC"
      highlight="alice"
      .entries=${entries}
      .total=${300}
      .expandedId=${entries[1]!.id}
      .newIds=${new Set([entries[0]!.id])}
      .repeatCounts=${new Map([[entries[2]!.id, 3]])}
      .marks=${new Map([[entries[0]!.id, { newIp: { reason: 'First request from this IP in the loaded range' }, burst: { reason: '12 changing requests in a minute', count: 12, windowMs: 60_000 } }]])}
      .localSortColumns=${new Set(['time'])}
    ></admin-sessions-table>`);
    await el.updateComplete;
    el.focusRow(3);
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '3', 'row not focused');
    // The unusual-activity badges come with their reasons' code.
    await until(() => el.shadowRoot!.querySelectorAll('[part~="badge"]').length > 1, 'no badges');
    await expect(el).to.be.accessible();
  });

  it('<admin-sessions-table> empty', async () => {
    const el = await fixture<AdminSessionsTable>(html`<admin-sessions-table .entries=${[]}></admin-sessions-table>`);
    expect(el.shadowRoot!.querySelectorAll('tr[part~="row"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('<admin-sessions-range> open on a chosen preset, and open in German', async () => {
    const el = await fixture<AdminSessionsRange>(html`<admin-sessions-range range="7d"></admin-sessions-range>`);
    const trigger = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => trigger.getAttribute('aria-expanded') === 'true', 'the panel did not open');
    await until(() => el.shadowRoot!.querySelector('[data-preset="7d"]')!.getAttribute('aria-pressed') === 'true');
    await el.updateComplete;
    await expect(el).to.be.accessible();

    const german = await fixture<AdminSessionsRange>(html`<admin-sessions-range locale="de" time-zone="Europe/Berlin" from="2025-12-15T13:00:00Z"></admin-sessions-range>`);
    await german.updateComplete;
    const germanTrigger = german.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
    germanTrigger.click();
    await until(() => germanTrigger.getAttribute('aria-expanded') === 'true', 'the German panel did not open');
    await german.updateComplete;
    await expect(german).to.be.accessible();
  });

  it('<admin-sessions-refresh> off, on with a countdown, and paused after an error', async () => {
    localStorage.removeItem(refreshPreferenceKey());
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
    expect(el.shadowRoot!.querySelector('[part~="switch"]')!.getAttribute('aria-checked')).to.equal('false');
    await expect(el).to.be.accessible();

    const on = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh enabled .nextDueAt=${Date.now() + 4000}></admin-sessions-refresh>`);
    expect(on.shadowRoot!.querySelector('[part~="countdown"]')).to.not.equal(null);
    await expect(on).to.be.accessible();

    const paused = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh enabled paused-reason="error" .nextDueAt=${Date.now() + 8000}></admin-sessions-refresh>`);
    expect(paused.shadowRoot!.querySelector('[part~="paused"]')!.getAttribute('data-reason')).to.equal('error');
    await expect(paused).to.be.accessible();
  });

  it('<admin-sessions-histogram> while its tooltip shows a hovered bucket, and before data arrives', async () => {
    const start = Date.UTC(2025, 11, 15, 14);
    const el = await fixture<AdminSessionsHistogram>(html`<admin-sessions-histogram
      style="width: 600px; --admin-sessions-histogram-height: 100px"
      locale="en-US"
      time-zone="UTC"
      .data=${{ start, size: 60_000, web: Array.from({ length: 60 }, (_, i) => i % 5), api: Array.from({ length: 60 }, (_, i) => i % 3) }}
      .from=${start}
      .to=${start + 3_600_000 - 1}
    ></admin-sessions-histogram>`);
    await el.updateComplete;
    const plot = el.shadowRoot!.querySelector('svg')!;
    plot.scrollIntoView({ block: 'center' });
    const box = plot.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 3), Math.round(box.top + box.height / 2)] });
    await until(() => {
      const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]');
      return tooltip !== null && !tooltip.hidden && tooltip.textContent!.trim() !== '';
    }, 'no tooltip on hover');
    await expect(el).to.be.accessible();
    await sendMouse({ type: 'move', position: [0, 0] });

    const waiting = await fixture<AdminSessionsHistogram>(html`<admin-sessions-histogram .data=${null}></admin-sessions-histogram>`);
    await expect(waiting).to.be.accessible();
  });

  it('<admin-sessions-details> with a query string and unusual activity, and for a deleted admin without an IP', async () => {
    const [entry] = makeEntries(1);
    const full = await fixture<AdminSessionsDetails>(html`<admin-sessions-details
      .entry=${{ ...entry!, url: 'https://panel.example.com/admin/clients?page=2&sort=name', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36' }}
      .mark=${{ newIp: { reason: 'First request from this IP in the loaded range' }, burst: { reason: '12 changing requests in a minute', count: 12, windowMs: 60_000 } }}
    ></admin-sessions-details>`);
    expect(full.shadowRoot!.querySelectorAll('button').length).to.be.greaterThan(5);
    await expect(full).to.be.accessible();

    const bare = await fixture<AdminSessionsDetails>(html`<admin-sessions-details .entry=${{ ...entry!, admin: null, ip: null, userAgent: null }}></admin-sessions-details>`);
    expect(bare.shadowRoot!.querySelector('section')).to.not.equal(null);
    await expect(bare).to.be.accessible();
  });
});

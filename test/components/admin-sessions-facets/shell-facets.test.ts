import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../../src/components/admin-sessions-facets/admin-sessions-facets.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { forgetMissingFacets } from '../../../src/controllers/facets-controller.js';
import { mockApi, pageRequests, type MockApi } from '../../helpers/mock-api.js';
import { deferred, partText, rowsOf, startWorker, until, worker } from '../../helpers/msw.js';
import { installFakeClock } from '../../helpers/fake-clock.js';

/**
 * Issue 17, point 1: the facets panel in the widget. A click on a value adds its filter to the
 * search and the rows follow; the exclude button adds the negated filter; the native server's
 * `{endpoint}/facets` counts over the whole range, and without it (PUQcloud, a 404, a failure) the
 * loaded rows are counted, said so, with a bounded, cancellable "Load more".
 */

const HOUR = 3_600_000;
const facetsOf = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-facets');
const facetsPart = (el: AdminSessions, part: string) => [...(facetsOf(el)?.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${part}"]`) ?? [])];
const facetValues = (el: AdminSessions, facet: string) =>
  [...(facetsOf(el)?.shadowRoot?.querySelectorAll<HTMLButtonElement>(`[data-facet="${facet}"] [part~="facet-value"]`) ?? [])];
const searchBox = (el: AdminSessions) => el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
const facetRequests = (api: MockApi) => api.requests.filter((request) => new URL(request.url, location.href).pathname.endsWith('/facets'));
/** The search box's options a person sees. */
const suggestions = (el: AdminSessions) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="suggestion"]')].filter((option) => option.getClientRects().length > 0).map((option) => option.textContent!.trim());
const noteText = (el: AdminSessions) => facetsPart(el, 'note')[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

async function mount(api: MockApi, adapter: 'native' | 'puqcloud', attributes: { facets?: boolean } = { facets: true }): Promise<AdminSessions> {
  const endpoint = adapter === 'native' ? api.nativePath : api.puqcloudPath;
  const from = new Date(Date.now() - 48 * HOUR).toISOString();
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" locale="en" time-zone="utc" page-size="50" from=${from} adapter=${adapter} endpoint=${endpoint} ?facets=${attributes.facets}></admin-sessions>`,
  );
  await until(() => rowsOf(el).length > 5, 'no rows');
  await partsSettled(el);
  return el;
}

/**
 * The panel shows the server's counts. Before they arrive it counts the loaded rows, and those can
 * look alike (the newest 50 rows may all be one admin's).
 */
const serverCounted = (el: AdminSessions) => facetsOf(el)?.state?.source === 'server' && !facetsOf(el)!.state!.stale;

/** The admins' emails on the rows shown. */
const rowEmails = (el: AdminSessions) => rowsOf(el).map((row) => partText(row, 'admin-email'));

describe('<admin-sessions> facets', () => {
  before(startWorker);
  beforeEach(() => forgetMissingFacets());

  it('counts over the whole range through the native facets endpoint; a click on an admin searches admin:… and the rows are theirs', async () => {
    const api = mockApi({ count: 3000, days: 2, facets: true });
    const el = await mount(api, 'native');
    await until(() => serverCounted(el) && facetValues(el, 'admin').length > 1, 'no admin facet counted by the server');
    expect(facetRequests(api).map((request) => request.status), 'the endpoint answered').to.include(200);
    const asked = new URL(facetRequests(api)[0]!.url);
    expect(asked.searchParams.get('from'), 'the same range as the log').to.equal(new URL(pageRequests(api, 'native')[0]!.url).searchParams.get('from'));
    expect(noteText(el), 'counted by the server: no loaded-rows note').to.equal(null);
    const total = facetsOf(el)!.state!.counts.total;
    expect(total, 'the whole range, more than the rows loaded').to.be.above(el.entries.length);

    // An admin other than the newest row's, so that the click changes which rows are shown.
    const admins = facetsOf(el)!.state!.counts.facets.admin;
    const index = admins.findIndex(({ value }) => value !== rowEmails(el)[0]);
    const first = facetValues(el, 'admin')[index]!;
    const email = admins[index]!.value;
    expect(first.textContent).to.contain(admins[index]!.label).and.match(/\d+ · [\d.]+%/);
    expect(rowEmails(el).some((shown) => shown !== email), 'other admins’ rows before').to.equal(true);
    first.click();
    await until(() => searchBox(el).value === `admin:${email}`, `the search box shows admin:${email}`);
    await until(() => rowsOf(el).length > 0 && rowEmails(el).every((shown) => shown === email), 'the rows are not that admin’s only');
  });

  it('Enter on a value keeps the keyboard in its facet: the rows are that admin’s and the focus is on the facet’s first value', async () => {
    const api = mockApi({ count: 3000, days: 2, facets: true });
    const el = await mount(api, 'native');
    await until(() => facetValues(el, 'admin').length > 2, 'no admin facet');
    const email = facetsOf(el)!.state!.counts.facets.admin[2]!.value;
    facetValues(el, 'admin')[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => searchBox(el).value === `admin:${email}`, `the search box shows admin:${email}`);
    await until(() => rowsOf(el).length > 0 && rowEmails(el).every((shown) => shown === email), 'the rows are not that admin’s only');
    // The third value's button went with the new counts: the focus is on what is left of the facet.
    await until(() => facetValues(el, 'admin').length === 1 && !facetsOf(el)!.state!.stale, 'the admin facet is not that admin alone');
    await el.updateComplete;
    await facetsOf(el)!.updateComplete;
    // (Compared by name: chai's message for a failed element comparison hung the page.)
    expect(document.activeElement?.localName, 'not on <body>').to.equal('admin-sessions');
    expect(facetsOf(el)!.shadowRoot!.activeElement === facetValues(el, 'admin')[0], 'on the admin facet’s first value').to.equal(true);
    expect(facetValues(el, 'admin')[0]!.textContent).to.contain(facetsOf(el)!.state!.counts.facets.admin[0]!.label);
    // Tab goes on from there, in the facet.
    await sendKeys({ press: 'Tab' });
    expect(facetsOf(el)!.shadowRoot!.activeElement?.getAttribute('part'), 'Tab goes on to its exclude button').to.equal('facet-exclude');
  });

  it('a value clicked again, or an exclude after it, leaves its term in the search once', async () => {
    const api = mockApi({ count: 3000, days: 2, facets: true });
    const el = await mount(api, 'native');
    await until(() => facetValues(el, 'method').length > 1, 'no method facet');
    const method = facetsOf(el)!.state!.counts.facets.method[0]!.value;
    facetValues(el, 'method')[0]!.click();
    await until(() => searchBox(el).value === `method:${method}` && !facetsOf(el)!.state!.stale, 'not searched by the method');
    await until(() => facetValues(el, 'method')[0]?.textContent?.includes(method) === true, 'the method facet is gone');
    facetValues(el, 'method')[0]!.click();
    await el.updateComplete;
    expect(searchBox(el).value, 'clicked again').to.equal(`method:${method}`);
    facetsPart(el, 'facet-exclude').find((button) => button.closest('[data-facet="method"]'))!.click();
    await until(() => searchBox(el).value === `-method:${method}`, `the search is not -method:${method} alone`);
  });

  it('the exclude button (named "Exclude admin …") searches -admin:… and that admin’s rows go', async () => {
    const api = mockApi({ count: 3000, days: 2, facets: true });
    const el = await mount(api, 'native');
    await until(() => serverCounted(el) && facetValues(el, 'admin').length > 0, 'no admin facet counted by the server');
    // The newest row's admin, so that their rows are on the page before.
    const admins = facetsOf(el)!.state!.counts.facets.admin;
    const index = admins.findIndex(({ value }) => value === rowEmails(el)[0]);
    expect(index, 'the newest row’s admin is in the facet').to.be.at.least(0);
    const top = admins[index]!;
    const exclude = facetsPart(el, 'facet-exclude').filter((button) => button.closest('[data-facet="admin"]'))[index]!;
    expect(exclude.getAttribute('aria-label')).to.equal(`Exclude admin ${top.label}`);
    exclude.click();
    await until(() => searchBox(el).value === `-admin:${top.value}`, 'the search box shows -admin:…');
    await until(() => rowsOf(el).length > 0 && !rowEmails(el).includes(top.value), 'the excluded admin’s rows stay');
  });

  it('a path facet searches path:… with ids collapsed, and the rows are on that path', async () => {
    const api = mockApi({ count: 3000, days: 2, facets: true });
    const el = await mount(api, 'native');
    await until(() => facetValues(el, 'path').length > 0, 'no path facet');
    const paths = facetsOf(el)!.state!.counts.facets.path;
    const index = Math.max(0, paths.findIndex((path) => path.value.includes(':id')));
    const path = paths[index]!.value;
    facetValues(el, 'path')[index]!.click();
    await until(() => searchBox(el).value === `path:${path}`, 'the search box shows path:…');
    const pattern = new RegExp(`^(https?://[^/]+)?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:id/g, '[^/?]+')}(\\?|$)`);
    await until(() => rowsOf(el).length > 0 && rowsOf(el).every((row) => pattern.test(partText(row, 'url'))), `the rows are not all on ${path}`);
  });

  it('auto-refresh: the rows a refresh brings join the server’s counts, without asking /facets again', async function () {
    // The waits below fail with their message before the test times out (and the clock is restored).
    this.timeout(30_000);
    const clock = installFakeClock(Date.now());
    /** Waits frame by frame (frames are real; timers are fake here). */
    const frames = async (predicate: () => unknown, message: string) => {
      for (let frame = 0; frame < 300; frame++) {
        if (predicate()) return;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      throw new Error(message);
    };
    /** The type facet as shown: each value's label and count (all rows have a type, so they sum to the rows counted). */
    const typeCounts = (el: AdminSessions) =>
      Object.fromEntries(facetValues(el, 'type').map((button) => [button.querySelector('.label')!.textContent!.trim(), Number(/^[\d,]+/.exec(button.querySelector('.count')!.textContent!.trim())![0].replace(/,/g, ''))]));
    try {
      const api = mockApi({ count: 3000, days: 2, facets: true });
      const from = new Date(Date.now() - 48 * HOUR).toISOString();
      const el = await fixture<AdminSessions>(
        html`<admin-sessions cache="none" locale="en" time-zone="utc" page-size="50" from=${from} adapter="native" endpoint=${api.nativePath} facets auto-refresh refresh-interval="5"></admin-sessions>`,
      );
      await frames(() => rowsOf(el).length > 5 && facetsOf(el)?.state?.source === 'server' && !facetsOf(el)!.state!.stale && facetValues(el, 'type').length === 2, 'no rows or no server counts');
      await facetsOf(el)!.updateComplete;
      const before = typeCounts(el);
      const total = before.API! + before.WEB!;
      expect(total, 'the server counted the whole range').to.be.above(el.entries.length);
      expect(facetsOf(el)!.state!.counts.total).to.equal(total);
      // Three API requests are logged; the next refresh brings them.
      const newest = api.store.newestFirst()[0]!;
      for (let i = 1; i <= 3; i++) api.store.insert({ ...newest, id: api.store.newId(), time: Math.floor(Date.now() / 1000) * 1000 + i * 1000, type: 'API' });
      const shown = el.entries.length;
      api.setNow(Date.now() + 5000);
      clock.tick(5000);
      await frames(() => el.entries.length === shown + 3, 'the refresh did not bring the three rows');
      await frames(() => typeCounts(el).API === before.API! + 3, `the API count did not grow by 3: ${JSON.stringify(typeCounts(el))} (was ${JSON.stringify(before)})`);
      expect(typeCounts(el).WEB).to.equal(before.WEB);
      expect(facetsOf(el)!.state!.counts.total, 'the shares’ denominator').to.equal(total + 3);
      expect(facetRequests(api), 'one request to /facets').to.have.length(1);
    } finally {
      clock.restore();
    }
  });

  it('the search box suggests the facets’ values over the whole range: path: offers their paths, ip: their IPs first', async () => {
    const api = mockApi({ count: 3000, days: 2, facets: true });
    const el = await mount(api, 'native');
    await until(() => facetValues(el, 'path').length > 1 && facetValues(el, 'ip').length > 1 && !facetsOf(el)!.state!.stale, 'no path and IP facets');
    const { facets } = facetsOf(el)!.state!.counts;
    await until(() => searchBox(el).getAttribute('role') === 'combobox', 'the search box is not a combobox yet');
    searchBox(el).focus();
    // The loaded rows give no `path:` values (only `url:`): these are the facet's, in its order.
    await sendKeys({ type: 'path:' });
    await until(() => suggestions(el).length > 0, 'no paths offered after path:');
    expect(suggestions(el)).to.deep.equal(facets.path.slice(0, 8).map(({ value }) => value));
    await sendKeys({ press: 'Escape' });
    searchBox(el).select();
    await sendKeys({ type: 'ip:' });
    await until(() => suggestions(el).length > 0, 'no IPs offered after ip:');
    expect(suggestions(el).slice(0, facets.ip.length), 'the whole range’s most frequent IPs first').to.deep.equal(facets.ip.slice(0, 8).map(({ value }) => value));
  });

  it('PUQcloud: no facets request; "From N loaded rows of M", and Load more counts more rows', async () => {
    const api = mockApi({ count: 3000, days: 2 });
    const el = await mount(api, 'puqcloud');
    await until(() => noteText(el), 'no note');
    expect(facetRequests(api), 'PUQcloud is never asked').to.have.length(0);
    expect(noteText(el)).to.match(/^From 50 loaded rows of [\d,]+$/);
    const asked = pageRequests(api, 'puqcloud').length;
    facetsPart(el, 'load-more')[0]!.click();
    await until(() => el.entries.length > 50, 'no more rows');
    await until(() => !facetsPart(el, 'cancel').length, 'the load more did not end');
    expect(pageRequests(api, 'puqcloud').length - asked, 'at most 5 pages a click').to.be.within(1, 5);
    expect(noteText(el)).to.equal(`From ${el.entries.length.toLocaleString('en')} loaded rows of ${el.shadowRoot!.querySelector('admin-sessions-table')!.total!.toLocaleString('en')}`);
    expect(facetsOf(el)!.state!.counts.total).to.equal(el.entries.length);
  });

  it('Cancel aborts a running Load more: its page adds nothing and Load more is offered again', async () => {
    const api = mockApi({ count: 3000, days: 2 });
    const el = await mount(api, 'puqcloud');
    await until(() => facetsPart(el, 'load-more').length, 'no Load more');
    const gate = deferred();
    let held = 0;
    worker.use(http.get(api.puqcloudPath, async () => void (held++, await gate.promise)));
    facetsPart(el, 'load-more')[0]!.click();
    await until(() => held === 1 && facetsPart(el, 'cancel').length, 'no page on its way, or no Cancel');
    facetsPart(el, 'cancel')[0]!.click();
    await until(() => facetsPart(el, 'load-more').length, 'Load more is not offered again');
    gate.resolve();
    // The held request was aborted: the widget is not loading more, and its rows are the first page's.
    await until(() => !el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')?.includes('true'), 'still busy');
    expect(el.entries.length).to.equal(50);
    expect(held, 'no further page asked').to.equal(1);
  });

  it('a facets endpoint that fails (500) falls back to the loaded rows, with a visible note', async () => {
    const api = mockApi({ count: 3000, days: 2, facets: true });
    worker.use(http.get(`${api.nativePath}/facets`, () => HttpResponse.json({ error: { code: 'boom', message: 'Boom' } }, { status: 500 })));
    const el = await mount(api, 'native');
    await until(() => noteText(el)?.startsWith('The server’s'), 'no note that the server’s facets failed');
    expect(noteText(el)).to.match(/^The server’s facets could not be loaded: counted from the loaded rows\. From 50 loaded rows of [\d,]+$/);
    expect(facetValues(el, 'type').length, 'counted from the rows').to.be.above(0);
    expect(facetsOf(el)!.state!.counts.total).to.equal(50);
  });

  it('malformed facet entries are skipped with one warning, and server strings stay text', async () => {
    const api = mockApi({ count: 300, days: 2, facets: true });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    worker.use(
      http.get(`${api.nativePath}/facets`, () =>
        HttpResponse.json({
          total: 300,
          facets: {
            admin: [{ value: 'x@example.com', label: '<img src=x onerror="window.__facetXss=1">', count: 120 }, { value: 42, count: 1 }, { value: 'y@example.com', count: -1 }],
            ip: 'nope',
            path: [{ value: '/admin/clients/:id', count: 90 }],
            method: [{ value: 'GET', count: 300 }],
            type: [{ value: 'WEB', count: 200 }, { value: 'API', count: 100 }],
          },
        }),
      ),
    );
    try {
      const el = await mount(api, 'native');
      await until(() => serverCounted(el) && facetValues(el, 'admin').length === 1, 'the valid admin is not shown');
      const root = facetsOf(el)!.shadowRoot!;
      expect(root.querySelector('img'), 'no element from server text').to.equal(null);
      expect(facetValues(el, 'admin')[0]!.textContent).to.contain('<img src=x onerror="window.__facetXss=1">');
      expect((window as { __facetXss?: number }).__facetXss).to.equal(undefined);
      expect(facetValues(el, 'ip')).to.have.length(0);
      expect(warnings.filter((w) => w.includes('facets had'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('the Facets toggle in Filters shows and hides the panel, by keyboard too; the panel is accessible', async () => {
    const api = mockApi({ count: 300, days: 2 });
    const el = await mount(api, 'puqcloud', {});
    expect(facetsOf(el), 'hidden by default').to.equal(null);
    const toggle = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="facets-toggle"] input')!;
    toggle.click();
    await until(() => facetValues(el, 'method').length, 'the panel did not appear');
    expect(el.facets).to.equal(true);
    await expect(facetsOf(el)).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: ' ' }); // Space (Firefox's driver knows it by its character only)
    await until(() => !facetsOf(el), 'the panel did not go');
  });
});

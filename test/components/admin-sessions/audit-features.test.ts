import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { lastParams, mockApi, type MockApi } from '../../helpers/mock-api.js';
import { partText, rowsOf, shadowPart, startWorker, tableOf, until } from '../../helpers/msw.js';

async function clickOn(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function mount(api: MockApi, attributes = ''): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" style="--admin-sessions-table-height: 500px"></admin-sessions>`);
  for (const [name, value] of new URLSearchParams(`range=30d&${attributes}`)) el.setAttribute(name, value);
  el.endpoint = el.adapter === 'puqcloud' ? api.puqcloudPath : api.nativePath;
  await until(() => rowsOf(el).length > 5, 'no rows');
  // The histogram and the tools come after the first rows.
  await partsSettled(el);
  return el;
}

const details = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-details')?.shadowRoot ?? null;

describe('<admin-sessions> audit features', () => {
  before(startWorker);
  let api: MockApi;
  beforeEach(() => {
    api = mockApi({ count: 400 });
  });

  it('query language: the server gets one keyword, the rest filters loaded rows, and the UI says which part is local', async () => {
    const el = await mount(api, 'adapter=puqcloud');
    shadowPart(el, 'search')!.focus();
    await sendKeys({ type: 'method:GET -url:bell_notification' });
    await until(() => shadowPart(el, 'search-note')?.textContent?.includes('bell_notification') ?? false, 'no local-part note');
    await until(() => rowsOf(el).length > 0);
    for (const row of rowsOf(el)) {
      expect(partText(row, 'method')).to.equal('GET');
      expect(row.querySelector('[title]')!.getAttribute('title')).not.to.include('bell_notification');
    }
    expect(lastParams(api, 'puqcloud').get('search[value]')).to.equal('');
  });

  it('query language: an unknown key gets an inline message, never an exception', async () => {
    const el = await mount(api);
    shadowPart(el, 'search')!.focus();
    await sendKeys({ type: 'admn:ops' });
    await until(() => !shadowPart(el, 'search-error')!.hidden, 'no inline message');
    expect(shadowPart(el, 'search-error')!.textContent).to.match(/admin/);
    expect(shadowPart(el, 'search')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('expands a row with Enter, shows its details, keeps it expanded across a refresh, and filters by its IP', async () => {
    const el = await mount(api);
    const scroller = tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    scroller.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => details(el) !== null, 'no details');
    const first = rowsOf(el)[0]!;
    expect(first.getAttribute('aria-current')).to.equal('true');
    const panel = details(el)!;
    expect(panel.querySelector('.full-url')!.textContent).to.match(/^https:\/\/panel\.example\.com\//);
    expect(panel.querySelector('.time-utc')!.textContent).to.include('UTC');
    expect(panel.querySelector('.agent')!.textContent).to.match(/·/);
    const id = first.dataset.id;
    await el.refresh();
    await until(() => rowsOf(el).find((row) => row.dataset.id === id)?.getAttribute('aria-current') === 'true');
    expect(details(el)).to.not.equal(null);
    const ip = partText(first, 'ip');
    const only = [...details(el)!.querySelectorAll<HTMLButtonElement>('[data-action="only"]')].find((b) => b.textContent!.includes('IP'))!;
    await clickOn(only);
    await until(() => el.query.includes(`ip:${ip}`), 'filter not applied');
    await until(() => rowsOf(el).length > 0 && rowsOf(el).every((row) => partText(row, 'ip') === ip));
  });

  it('brings the details panel into view when it opens below the fold', async () => {
    // The default 600 px window: the table alone is taller, so the panel opens below the fold.
    try {
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" range="30d" style="--admin-sessions-table-height: 650px"></admin-sessions>`);
      el.endpoint = api.nativePath;
      await until(() => rowsOf(el).length > 5, 'no rows');
      window.scrollTo(0, 0);
      tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => details(el)?.querySelector('[part~="detail-panel"]'), 'no details panel');
      const panel = () => details(el)!.querySelector('[part~="detail-panel"]')!.getBoundingClientRect();
      await until(() => panel().bottom <= innerHeight + 1, `the panel ends at ${Math.round(panel().bottom)} px, below the ${innerHeight} px window`);
      expect(panel().top).to.be.at.least(0);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('folds consecutive identical requests into one row with a count', async () => {
    // A backend whose log has a stretch of bell polls, as PUQcloud's notification bell writes.
    const now = Date.now();
    const bell = (i: number) => ({
      id: `bell${i}`, time: now - i * 5000, admin: { id: 'a1', name: 'Ops', email: 'ops@example.com' }, ip: '10.0.0.1',
      url: `https://panel.example.com/admin/api/my_account/bell_notification?t=${i}`, type: 'API' as const, method: 'GET', userAgent: null,
    });
    const other = { ...bell(20), id: 'click', url: 'https://panel.example.com/admin/clients/1', type: 'WEB' as const };
    const entries = [...Array.from({ length: 12 }, (_, i) => bell(i)), other];
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" range="24h"></admin-sessions>`);
    el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
    await until(() => rowsOf(el).length === 13, 'rows not shown');
    // As mount() does: the toolbar's parts and tools are drawn before the click (a part slower than
    // SLOW_PART_MS on a loaded machine says so in the toolbar, which can move the box clicked).
    await partsSettled(el);
    await clickOn(shadowPart(el, 'collapse')!.querySelector('input')!);
    await until(() => el.collapseRepeats, 'the checkbox did not toggle');
    await until(() => rowsOf(el).length === 2, `repeats not folded: ${rowsOf(el).length} rows`);
    expect(partText(rowsOf(el)[0]!, 'repeat-count')).to.equal('×12');
    expect(rowsOf(el)[1]!.dataset.id).to.equal('click');
  });

  it('exports the current filter as CSV that parses back, formula-safe', async function () {
    this.timeout(60_000);
    const el = await mount(api);
    const clicks: { name: string; href: string }[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href });
    };
    try {
      el.query = 'method:POST';
      await until(() => rowsOf(el).length > 0 && rowsOf(el).every((row) => partText(row, 'method') === 'POST'));
      await clickOn(el.shadowRoot!.querySelector('[part~="export"][data-format="csv"]')!);
      await until(() => clicks.length === 1 || /rows|cancel|fail|error/i.test(shadowPart(el, 'export-status')?.textContent ?? '') && !shadowPart(el, 'export-progress'), 'no file offered', 30000);
      expect(shadowPart(el, 'export-status')?.textContent ?? '').to.match(/Exported/);
      expect(clicks.length).to.equal(1);
      expect(clicks[0]!.name).to.match(/^admin-sessions-.*\.csv$/);
      const text = await (await fetch(clicks[0]!.href)).text();
      const lines = text.replace(/^\ufeff/, '').trim().split('\r\n');
      expect(lines[0]).to.include('Time (UTC)');
      expect(lines.length).to.be.greaterThan(1);
      for (const line of lines.slice(1)) expect(line).to.include(',POST,');
      expect(shadowPart(el, 'export-status')!.textContent).to.match(/Exported \d+ rows/);
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
  });

  it('shows the activity histogram for the range and zooms to a dragged span', async () => {
    const el = await mount(api);
    const histogram = shadowPart(el, 'histogram')!;
    await until(() => (histogram.shadowRoot?.querySelectorAll('[part~="bar"]').length ?? 0) > 0, 'no bars');
    expect(histogram.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.match(/loaded rows/i);
    histogram.dispatchEvent(new CustomEvent('admin-sessions-histogram-zoom', { detail: { from: Date.now() - 3_600_000, to: Date.now() }, bubbles: true, composed: true }));
    await until(() => el.from !== null && el.to !== null);
    await until(() => lastParams(api, 'native').get('from') === el.from);
  });

  it('sync-url: keeps the view in the page URL and restores it on load', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?as.range=7d&as.q=method%3APOST&as.hide_me=1&as.tz=utc&keep=1`);
      const el = await mount(api, 'sync-url=');
      expect(el.range).to.equal('7d');
      expect(el.query).to.equal('method:POST');
      expect(el.hideMe).to.equal(true);
      expect(el.timeZone).to.equal('utc');
      el.sort = 'admin';
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('as.sort')).to.equal('admin');
      expect(new URL(location.href).searchParams.get('keep')).to.equal('1');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});

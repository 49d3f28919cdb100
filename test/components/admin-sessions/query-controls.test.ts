import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { MOCK_ADMINS, TEST_NOW } from '../../mocks/index.js';
import { lastParams, mockApi, pageRequests, type MockApi } from '../../helpers/mock-api.js';
import { partText, rowsOf, shadowPart, startWorker, tableOf, until } from '../../helpers/msw.js';

const header = (el: AdminSessions, sort: string) => tableOf(el).shadowRoot!.querySelector<HTMLButtonElement>(`button[data-sort="${sort}"]`)!;
const th = (el: AdminSessions, sort: string) => header(el, sort).closest('th')!;

async function clickOn(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function mount(api: MockApi, adapter: 'native' | 'puqcloud', extra = ''): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(html`<admin-sessions></admin-sessions>`);
  el.setAttribute('cache', 'none');
  for (const [name, value] of new URLSearchParams(extra)) el.setAttribute(name, value);
  el.adapter = adapter;
  el.endpoint = adapter === 'native' ? api.nativePath : api.puqcloudPath;
  await until(() => rowsOf(el).length > 0, 'no rows');
  return el;
}

describe('<admin-sessions> search, sort, Hide me, zone, range', () => {
  before(startWorker);
  let api: MockApi;
  beforeEach(() => {
    api = mockApi({ count: 300 });
  });

  it('sends the typed keyword to the native server (debounced) and highlights matches', async () => {
    const el = await mount(api, 'native', 'range=30d');
    const before = pageRequests(api, 'native').length;
    shadowPart(el, 'search')!.focus();
    await sendKeys({ type: 'ops' });
    await until(() => lastParams(api, 'native').get('q') === 'ops', 'keyword not sent');
    expect(pageRequests(api, 'native').length - before, 'one request for three keystrokes').to.equal(1);
    await until(() => rowsOf(el).length > 0 && rowsOf(el).every((row) => row.textContent!.toLowerCase().includes('ops')));
    expect(rowsOf(el)[0]!.querySelector('mark')!.textContent!.toLowerCase()).to.equal('ops');
    expect(shadowPart(el, 'search-note')).to.equal(null);
  });

  it('PUQcloud: sends search[value] and also matches URLs over the loaded rows, saying so', async () => {
    const el = await mount(api, 'puqcloud', 'range=30d');
    await until(() => rowsOf(el).length > 5);
    shadowPart(el, 'search')!.focus();
    await sendKeys({ type: 'bell_notification' });
    await until(() => lastParams(api, 'puqcloud').get('search[value]') === 'bell_notification');
    await until(() => shadowPart(el, 'search-note') !== null, 'no note about loaded rows');
    expect(shadowPart(el, 'search-note')!.textContent).to.match(/URL.*loaded rows only/);
    await until(() => rowsOf(el).length > 0);
    for (const row of rowsOf(el)) expect(row.querySelector('[title]')!.getAttribute('title')).to.include('bell_notification');
  });

  it('sorts by date on the server and flips on a second click', async () => {
    const el = await mount(api, 'puqcloud', 'range=30d');
    expect(th(el, 'time').getAttribute('aria-sort')).to.equal('descending');
    await clickOn(header(el, 'time'));
    await until(() => lastParams(api, 'puqcloud').get('order[0][dir]') === 'asc', 'asc not requested');
    await until(() => th(el, 'time').getAttribute('aria-sort') === 'ascending');
    await until(() => {
      const dates = rowsOf(el).map((row) => row.dataset.id);
      return dates.length > 1;
    });
    await clickOn(header(el, 'time'));
    await until(() => lastParams(api, 'puqcloud').get('order[0][dir]') === 'desc');
    expect(th(el, 'time').getAttribute('aria-sort')).to.equal('descending');
  });

  it('sorts by admin over the loaded rows on PUQcloud, and the header says so', async () => {
    const el = await mount(api, 'puqcloud', 'range=30d');
    const requests = pageRequests(api, 'puqcloud').length;
    await clickOn(header(el, 'admin'));
    await until(() => th(el, 'admin').getAttribute('aria-sort') === 'ascending');
    expect(th(el, 'time').getAttribute('aria-sort')).to.equal('none');
    expect(header(el, 'admin').textContent).to.include('loaded rows');
    expect(pageRequests(api, 'puqcloud').length, 'no request for a local sort').to.equal(requests);
    const names = rowsOf(el).map((row) => partText(row, 'admin-name').toLowerCase());
    expect(names).to.deep.equal([...names].sort());
    await clickOn(header(el, 'admin'));
    await until(() => th(el, 'admin').getAttribute('aria-sort') === 'descending');
    const flipped = rowsOf(el).map((row) => partText(row, 'admin-name').toLowerCase());
    expect(flipped).to.deep.equal([...flipped].sort().reverse());
  });

  for (const adapter of ['native', 'puqcloud'] as const) {
    it(`Hide me asks the ${adapter} server and hides the current admin's loaded rows at once`, async () => {
      const el = await mount(api, adapter, `range=30d&current-admin=${MOCK_ADMINS.current}`);
      const mine = () => rowsOf(el).filter((row) => partText(row, 'admin-email') === 'demo-admin@example.com').length;
      await until(() => mine() > 0, 'the current admin has rows to hide');
      api.setLatency(400);
      await clickOn(shadowPart(el, 'hide-me')!.querySelector('input')!);
      await el.updateComplete;
      expect(mine(), 'hidden before the server answers').to.equal(0);
      await until(() => (adapter === 'native' ? lastParams(api, adapter).get('hide_me') === '1' : lastParams(api, adapter).get('hide_me') === '1'));
      api.setLatency(0);
    });
  }

  it('shows times in the viewer zone, UTC or the server zone, and names the zone', async () => {
    api = mockApi({ count: 50, serverTimeZone: 'Asia/Tokyo' });
    const el = await mount(api, 'puqcloud', 'range=30d&server-time-zone=Asia/Tokyo&time-zone=utc');
    const first = rowsOf(el)[0]!;
    const utcText = partText(first, 'date');
    expect(tableOf(el).shadowRoot!.querySelector('.zone')!.textContent).to.include('UTC');
    const select = shadowPart(el, 'time-zone') as HTMLSelectElement;
    select.focus();
    select.value = 'server';
    select.dispatchEvent(new Event('change'));
    await until(() => partText(rowsOf(el)[0]!, 'date') !== utcText);
    expect(tableOf(el).shadowRoot!.querySelector('.zone')!.textContent).to.include('Asia/Tokyo');
    const [, , , hour] = utcText.match(/(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/)!.slice(1).map(Number) as number[];
    const tokyoHour = Number(partText(rowsOf(el)[0]!, 'date').match(/(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/)![4]);
    expect((tokyoHour - hour! + 24) % 24).to.equal(9);
  });

  it('sends a preset range in the server zone to PUQcloud', async () => {
    api = mockApi({ count: 50, serverTimeZone: 'Europe/Kyiv' });
    const el = await mount(api, 'puqcloud', 'range=30d&server-time-zone=Europe/Kyiv');
    el.range = '1h';
    await until(() => pageRequests(api, 'puqcloud').length > 1 && lastParams(api, 'puqcloud').get('start_date') !== null);
    const start = lastParams(api, 'puqcloud').get('start_date')!;
    const [d, m, y, hh, mm] = start.match(/^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2})/)!.slice(1).map(Number) as number[];
    const asUtc = Date.UTC(y!, m! - 1, d!, hh!, mm!) - 2 * 3600_000; // Kyiv is UTC+2 in winter
    expect(Math.abs(asUtc - (Date.now() - 3600_000))).to.be.lessThan(120_000);
  });

  it('behaves the same whether attributes are set before or after it is attached', async () => {
    const before = document.createElement('admin-sessions') as AdminSessions;
    before.setAttribute('cache', 'none');
    before.setAttribute('endpoint', api.nativePath);
    before.setAttribute('query', 'ops');
    before.setAttribute('hide-me', '');
    before.setAttribute('range', '7d');
    document.body.append(before);
    await until(() => lastParams(api, 'native').get('q') === 'ops');
    const first = lastParams(api, 'native');
    before.remove();
    const after = await fixture<AdminSessions>(html`<admin-sessions cache="none"></admin-sessions>`);
    after.endpoint = api.nativePath;
    after.query = 'ops';
    after.hideMe = true;
    after.range = '7d';
    await until(() => lastParams(api, 'native').get('q') === 'ops' && pageRequests(api, 'native').length >= 2);
    const second = lastParams(api, 'native');
    for (const key of ['q', 'hide_me', 'sort', 'order', 'limit']) expect(second.get(key), key).to.equal(first.get(key));
    expect(Math.abs(Date.parse(second.get('from')!) - Date.parse(first.get('from')!))).to.be.lessThan(60_000);
  });

  it('applies a range typed into the picker: the request carries it in the server zone', async () => {
    api = mockApi({ count: 50, serverTimeZone: 'Europe/Kyiv' });
    const el = await mount(api, 'puqcloud', 'range=30d&server-time-zone=Europe/Kyiv&time-zone=server');
    const picker = shadowPart(el, 'range')!;
    const trigger = picker.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!;
    await clickOn(trigger);
    const start = picker.shadowRoot!.querySelector<HTMLInputElement>('#start')!;
    const end = picker.shadowRoot!.querySelector<HTMLInputElement>('#end')!;
    await until(() => !picker.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!.hidden, 'the picker did not open');
    start.focus();
    start.select();
    await sendKeys({ type: '12/14/2025, 13:00' });
    end.focus();
    end.select();
    await sendKeys({ type: '12/16/2025, 13:00' });
    await clickOn(picker.shadowRoot!.querySelector('[part~="apply"]')!);
    await until(() => lastParams(api, 'puqcloud').get('start_date') === '14-12-2025 13:00:00', 'range not sent');
    expect(lastParams(api, 'puqcloud').get('end_date')).to.match(/^16-12-2025 13:00:(00|59)$/);
    expect(TEST_NOW).to.be.greaterThan(0);
  });
});

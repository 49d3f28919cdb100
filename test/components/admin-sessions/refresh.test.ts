import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { RefreshController } from '../../../src/controllers/refresh-controller.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { PageRequest, SessionPage } from '../../../src/data/adapters/adapter.js';
import type { LogRecord } from '../../mocks/index.js';
import { installFastFakeClock } from '../../helpers/fake-clock.js';
import { makeEntries } from '../../helpers/entries.js';
import { lastParams, mockApi, pageRequests, type MockApi } from '../../helpers/mock-api.js';
import { rowsOf, rowsSettled, shadowPart, startWorker, tableOf, until } from '../../helpers/msw.js';

function addRecords(api: MockApi, count: number): LogRecord[] {
  const newest = api.store.newestFirst()[0]!;
  const added = Array.from({ length: count }, (_, i) => ({
    ...newest,
    id: api.store.newId(),
    time: newest.time + (i + 1) * 1000,
    url: `https://panel.example.com/admin/clients/new-${i}`,
  }));
  for (const record of added) api.store.insert(record);
  api.setNow(newest.time + (count + 1) * 1000);
  return added;
}

async function mount(api: MockApi, adapter: 'native' | 'puqcloud'): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" range="30d" style="--admin-sessions-table-height: 400px"></admin-sessions>`,
  );
  el.adapter = adapter;
  el.endpoint = adapter === 'native' ? api.nativePath : api.puqcloudPath;
  await until(() => rowsOf(el).length > 5, 'no rows');
  await rowsSettled(el);
  return el;
}

const scroller = (el: AdminSessions) => tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
const liveRegion = (el: AdminSessions) => el.shadowRoot!.querySelector('[aria-live="polite"]')!;

describe('<admin-sessions> incremental refresh', () => {
  before(startWorker);
  let api: MockApi;
  beforeEach(() => {
    api = mockApi({ count: 300 });
  });

  it('asks the native server only for entries newer than the newest shown and puts them on top', async () => {
    const el = await mount(api, 'native');
    const newestShown = rowsOf(el)[0]!.dataset.id;
    const added = addRecords(api, 3);
    await el.refresh();
    await until(() => rowsOf(el)[0]!.dataset.id === added[2]!.id, 'new rows not on top');
    expect(lastParams(api, 'native').get('newer_than')).to.equal(newestShown);
    expect(lastParams(api, 'native').has('cursor')).to.equal(false);
    expect(rowsOf(el).slice(0, 3).map((row) => row.dataset.id)).to.deep.equal(added.map((r) => r.id).reverse());
    expect(rowsOf(el)[0]!.hasAttribute('data-new')).to.equal(true);
    expect(rowsOf(el)[3]!.hasAttribute('data-new')).to.equal(false);
    expect(liveRegion(el).textContent).to.include('3 new requests');
  });

  it('asks PUQcloud from the newest entry second and drops the overlap by uuid', async () => {
    const el = await mount(api, 'puqcloud');
    const before = rowsOf(el).map((row) => row.dataset.id);
    addRecords(api, 2);
    await el.refresh();
    await until(() => rowsOf(el)[2]!.dataset.id === before[0], 'two new rows not on top');
    const params = lastParams(api, 'puqcloud');
    expect(params.get('start')).to.equal('0');
    expect(params.get('start_date')).to.match(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
    const ids = rowsOf(el).map((row) => row.dataset.id);
    expect(new Set(ids).size, 'no duplicated rows').to.equal(ids.length);
  });

  it('with nothing new, an idle tick asks for newer entries only and changes nothing', async () => {
    const el = await mount(api, 'native');
    const before = rowsOf(el).map((row) => row.dataset.id);
    const requests = pageRequests(api, 'native').length;
    await el.refresh();
    expect(pageRequests(api, 'native').length).to.equal(requests + 1);
    expect(lastParams(api, 'native').has('newer_than')).to.equal(true);
    expect(rowsOf(el).map((row) => row.dataset.id)).to.deep.equal(before);
  });

  it('keeps the viewed row still when scrolled away and offers a pill to jump up', async () => {
    const el = await mount(api, 'native');
    scroller(el).scrollTop = tableOf(el).shadowRoot!.querySelector<HTMLElement>('tr[part~="row"]')!.getBoundingClientRect().height * 20;
    scroller(el).dispatchEvent(new Event('scroll'));
    await until(() => !rowsOf(el).some((row) => row.dataset.index === '0'));
    const viewed = rowsOf(el).find((row) => row.dataset.index === '22')!;
    const id = viewed.dataset.id!;
    const top = viewed.getBoundingClientRect().top;
    addRecords(api, 4);
    await el.refresh();
    await until(() => shadowPart(el, 'new-entries-pill') !== null, 'no pill');
    const same = rowsOf(el).find((row) => row.dataset.id === id)!;
    expect(same.getBoundingClientRect().top).to.be.closeTo(top, 1);
    expect(shadowPart(el, 'new-entries-pill')!.textContent).to.include('4 new entries');
    const pill = shadowPart(el, 'new-entries-pill')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(pill.x + pill.width / 2), Math.round(pill.y + pill.height / 2)] });
    await until(() => scroller(el).scrollTop === 0 && shadowPart(el, 'new-entries-pill') === null);
  });

  it('keeps the last rows on an error, shows it, and recovers on the next refresh', async () => {
    const el = await mount(api, 'native');
    const before = rowsOf(el).length;
    api.failNext(500);
    await el.refresh().catch(() => undefined);
    await until(() => shadowPart(el, 'error') !== null, 'no error shown');
    expect(rowsOf(el).length).to.equal(before);
    addRecords(api, 1);
    await el.refresh();
    await until(() => shadowPart(el, 'error') === null, 'error not cleared after recovery');
  });

  it('a 401 stops auto-refresh and offers the login link', async () => {
    const el = await mount(api, 'native');
    el.autoRefresh = true;
    await until(() => (shadowPart(el, 'refresh') as unknown as { enabled: boolean }).enabled);
    api.failNext(401);
    await el.refresh().catch(() => undefined);
    await until(() => shadowPart(el, 'login-link') !== null, 'no login link');
    const refresh = shadowPart(el, 'refresh')!;
    await until(() => (refresh as unknown as { pausedReason: string }).pausedReason === 'unauthorized');
  });
});

describe('<admin-sessions> refresh rhythm under fake timers', () => {
  /** A backend in memory: answers at once, counts requests and overlaps. */
  function countingBackend() {
    const stats = { requests: 0, refreshes: 0, inFlight: 0, maxInFlight: 0 };
    const rows = makeEntries(60, Date.UTC(2025, 5, 1, 8, 59));
    const fetchPage = async (request: PageRequest): Promise<SessionPage> => {
      stats.requests++;
      if (request.newerThan) stats.refreshes++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      await Promise.resolve();
      stats.inFlight--;
      return { entries: request.newerThan ? [] : rows.slice(0, request.limit), total: rows.length, nextCursor: null };
    };
    return { stats, fetchPage };
  }

  // The loop's own test simulates the full hour (test/data/refresh-loop.test.ts); through the whole
  // element each fake tick costs a few real macrotasks, so ten minutes keep this test quick.
  it('ten simulated minutes at a 2 s interval make exactly 300 refreshes, none overlapping', async function () {
    this.timeout(120_000);
    const clock = installFastFakeClock();
    try {
      const { stats, fetchPage } = countingBackend();
      const el = document.createElement('admin-sessions') as AdminSessions;
      el.setAttribute('cache', 'none');
      el.setAttribute('auto-refresh', '');
      el.setAttribute('refresh-interval', '2');
      el.fetchPage = fetchPage;
      document.body.append(el);
      // waitUntil polls with setTimeout, which is fake here: step the clock instead.
      let elapsed = 0;
      for (; elapsed < 20 && stats.requests === 0; elapsed++) await clock.tickAsync(1);
      expect(stats.requests, 'first page loaded').to.equal(1);
      // Ten minutes from the loop's start (its code comes in a chunk, a few fake ms after the connection).
      const controller = el.shadowRoot!.querySelector<HTMLElement & { controller: RefreshController }>('admin-sessions-refresh')!.controller;
      await controller.ready;
      const startedAt = controller.state.nextDueAt! - 2000;
      await clock.tickAsync(startedAt + 600_000 - Date.now());
      expect(stats.refreshes).to.equal(300);
      expect(stats.maxInFlight).to.equal(1);
      el.remove();
      expect(clock.countTimers(), 'timers left after disconnect').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('connecting and disconnecting 100 times leaves no listeners or timers behind', async function () {
    this.timeout(90_000);
    const clock = installFastFakeClock();
    /** Listeners on document and window that were added and not removed since the test began. */
    const live = new Map<string, { type: string }>();
    const ids = new WeakMap<object, number>();
    let nextId = 0;
    const keyOf = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
      const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
      if (listener && !ids.has(listener as object)) ids.set(listener as object, nextId++);
      return `${target === document ? 'document' : 'window'}|${type}|${capture}|${ids.get(listener as object)}`;
    };
    const originalAdd = EventTarget.prototype.addEventListener;
    const originalRemove = EventTarget.prototype.removeEventListener;
    const globalTargets = new Set<EventTarget>([document, window]);
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (globalTargets.has(this)) live.set(keyOf(this, type, listener, options), { type });
      return originalAdd.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof originalAdd;
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (globalTargets.has(this)) live.delete(keyOf(this, type, listener, options));
      return originalRemove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof originalRemove;
    try {
      const { fetchPage } = countingBackend();
      const el = document.createElement('admin-sessions') as AdminSessions;
      el.setAttribute('cache', 'none');
      el.setAttribute('auto-refresh', '');
      el.fetchPage = fetchPage;
      for (let i = 0; i < 100; i++) {
        document.body.append(el);
        await clock.tickAsync(10);
        el.remove();
      }
      await clock.tickAsync(10);
      expect([...live.keys()], 'listeners left on document/window').to.deep.equal([]);
      expect(clock.countTimers(), 'timers left').to.equal(0);
    } finally {
      EventTarget.prototype.addEventListener = originalAdd;
      EventTarget.prototype.removeEventListener = originalRemove;
      clock.restore();
    }
  });
});

import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../../src/components/admin-sessions-views/admin-sessions-views.js';
import '../../../src/controllers/views-controller.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { viewLink } from '../../../src/data/saved-views.js';
import { installFastFakeClock, tickUntil, type FakeClock } from '../../helpers/fake-clock.js';
import { rowsOf } from '../../helpers/msw.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { clickOn, menuOf, storageKey, text, uniqueAdmin, viewLine, viewsPart } from './helpers.js';

/**
 * Watch (issue 17, point 7): while auto-refresh runs on a fake clock, new rows that match a watched
 * view raise its count, the Views button's badge and the document title's `(N) `; rows that do not
 * match raise nothing; opening the menu (seeing them) restores the title. A desktop notification
 * only when the admin opted in and the browser granted it.
 */

const ADMINS = {
  alice: { id: 'a1', name: 'Alice Admin', email: 'alice@example.com' },
  bob: { id: 'a2', name: 'Bob Ops', email: 'bob@example.com' },
};
const USUAL_IP = { alice: '10.0.0.1', bob: '10.0.0.2' };

/** A log the test adds to; refreshes (`newerThan`) get what is newer. */
function backend(now: number) {
  let next = 0;
  const make = (who: keyof typeof ADMINS, method: string, time: number, ip = USUAL_IP[who]): SessionEntry => ({
    id: `r${next++}`, time, admin: ADMINS[who], ip, url: `https://panel.example.com/admin/clients/${next}`, type: 'WEB', method, userAgent: 'Mozilla/5.0',
  });
  const entries: SessionEntry[] = Array.from({ length: 40 }, (_, i) => make(i % 2 ? 'bob' : 'alice', 'GET', now - 60_000 - i * 1000));
  const fetchPage: FetchPage = async ({ cursor, newerThan, limit }) => {
    const newer = newerThan ? entries.filter((entry) => entry.time > newerThan.time) : entries;
    const start = Number(cursor ?? 0);
    const page = newer.slice(start, start + limit);
    return { entries: page, total: newer.length, nextCursor: start + limit < newer.length ? String(start + limit) : null };
  };
  /** Adds a request now (newest first). */
  const add = (who: keyof typeof ADMINS, method: string, ip?: string) => {
    const entry = make(who, method, Date.now(), ip);
    entries.unshift(entry);
    return entry;
  };
  return { fetchPage, add };
}

const WATCHED = "Bob's POSTs";

function storeWatchedView(admin: string, extra: Record<string, unknown> = {}): void {
  const link = viewLink({ range: '24h', from: null, to: null, q: 'admin:bob method:POST', hideMe: false, sort: 'time', order: 'desc', timeZone: 'local' });
  localStorage.setItem(storageKey('fetchPage', admin), JSON.stringify({ views: [{ name: WATCHED, link, watch: true }], ...extra }));
}

async function mount(clock: FakeClock, admin: string, fetchPage: FetchPage): Promise<AdminSessions> {
  const el = document.createElement('admin-sessions') as AdminSessions;
  el.setAttribute('cache', 'none');
  el.setAttribute('no-histogram', '');
  el.setAttribute('current-admin', admin);
  el.setAttribute('auto-refresh', '');
  el.setAttribute('refresh-interval', '5');
  el.fetchPage = fetchPage;
  document.body.append(el);
  await tickUntil(clock, () => rowsOf(el).length > 0 && menuOf(el).controller, 'no rows or no Views menu');
  // Every part drawn: nothing still arriving moves the buttons these tests click.
  await partsSettled(el);
  return el;
}

const hasRow = (el: AdminSessions, entry: SessionEntry) => rowsOf(el).some((row) => row.dataset.id === entry.id);
const badge = (el: AdminSessions) => viewsPart(el, 'views-badge');

class FakeNotification {
  static permission: NotificationPermission = 'default';
  static answer: NotificationPermission = 'granted';
  static requestPermission = sinon.spy(async () => (FakeNotification.permission = FakeNotification.answer));
  static shown: { title: string; body: string }[] = [];
  constructor(title: string, options: NotificationOptions = {}) {
    FakeNotification.shown.push({ title, body: options.body ?? '' });
  }
}

describe('<admin-sessions> watched views', () => {
  let clock: FakeClock;
  let admin: string;
  let el: AdminSessions | null = null;
  const title = document.title;
  const realNotification = Object.getOwnPropertyDescriptor(window, 'Notification');

  beforeEach(() => {
    admin = uniqueAdmin();
    document.title = 'Sessions – Panel';
    FakeNotification.permission = 'default';
    FakeNotification.answer = 'granted';
    FakeNotification.requestPermission.resetHistory();
    FakeNotification.shown = [];
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true, writable: true });
    clock = installFastFakeClock(Date.now());
  });

  afterEach(() => {
    el?.remove();
    el = null;
    clock.restore();
    localStorage.removeItem(storageKey('fetchPage', admin));
    document.title = title;
    if (realNotification) Object.defineProperty(window, 'Notification', realNotification);
  });

  it('a matching new row raises the count, the badge and the title; a non-matching one does not; opening the menu restores the title', async () => {
    storeWatchedView(admin);
    const log = backend(Date.now());
    el = await mount(clock, admin, log.fetchPage);
    expect(badge(el)).to.equal(null);

    const match = log.add('bob', 'POST');
    const other = log.add('alice', 'POST');
    await tickUntil(clock, () => hasRow(el!, match) && hasRow(el!, other), 'the refresh did not bring the new rows', { stepMs: 500 });
    await tickUntil(clock, () => badge(el!), 'no badge');
    expect(text(badge(el))).to.include('1');
    expect(document.title).to.equal('(1) Sessions – Panel');
    expect(text(viewLine(el, WATCHED)!.querySelector('[part~="view-count"]'))).to.equal('1 new');

    const notMatching = log.add('bob', 'GET');
    await tickUntil(clock, () => hasRow(el!, notMatching), 'the second refresh did not bring its row', { stepMs: 500 });
    await menuOf(el).updateComplete;
    expect(document.title, 'a row that does not match raises nothing').to.equal('(1) Sessions – Panel');

    await clickOn(viewsPart(el, 'views-button')!);
    await tickUntil(clock, () => badge(el!) === null, 'the badge stayed after the menu was opened');
    expect(document.title).to.equal('Sessions – Panel');
    expect(viewLine(el, WATCHED)!.querySelector('[part~="view-count"]')).to.equal(null);
  });

  it('an unwatched view counts nothing', async () => {
    storeWatchedView(admin);
    localStorage.setItem(storageKey('fetchPage', admin), localStorage.getItem(storageKey('fetchPage', admin))!.replace('"watch":true', '"watch":false'));
    const log = backend(Date.now());
    el = await mount(clock, admin, log.fetchPage);
    const match = log.add('bob', 'POST');
    await tickUntil(clock, () => hasRow(el!, match), 'no refresh', { stepMs: 500 });
    await menuOf(el).updateComplete;
    expect(badge(el)).to.equal(null);
    expect(document.title).to.equal('Sessions – Panel');
  });

  it('watches new IPs as a built-in watch', async () => {
    localStorage.setItem(storageKey('fetchPage', admin), JSON.stringify({ views: [], watchNewIp: true }));
    const log = backend(Date.now());
    el = await mount(clock, admin, log.fetchPage);
    const usual = log.add('alice', 'GET');
    await tickUntil(clock, () => hasRow(el!, usual), 'no refresh', { stepMs: 500 });
    await menuOf(el).updateComplete;
    expect(document.title, 'a request from the usual IP').to.equal('Sessions – Panel');

    const fromNewIp = log.add('bob', 'GET', '203.0.113.9');
    await tickUntil(clock, () => hasRow(el!, fromNewIp), 'no refresh', { stepMs: 500 });
    await tickUntil(clock, () => badge(el!), 'no badge for the new IP');
    expect(document.title).to.equal('(1) Sessions – Panel');
    const newIps = menuOf(el).shadowRoot!.querySelector('[data-mark="newIp"]')!.closest('label')!;
    expect(text(newIps)).to.equal('New IPs 1 new');
  });

  it('no desktop notification unless the admin opted in, even when the browser already allows them', async () => {
    FakeNotification.permission = 'granted';
    storeWatchedView(admin);
    const log = backend(Date.now());
    el = await mount(clock, admin, log.fetchPage);
    const match = log.add('bob', 'POST');
    await tickUntil(clock, () => document.title.startsWith('(1)'), 'the watch did not count', { stepMs: 500 });
    expect(FakeNotification.shown).to.deep.equal([]);
    expect(hasRow(el, match)).to.equal(true);
  });

  it('opting in asks the browser; once granted, a matching row shows a notification', async () => {
    storeWatchedView(admin);
    const log = backend(Date.now());
    el = await mount(clock, admin, log.fetchPage);
    await clickOn(viewsPart(el, 'views-button')!);
    await tickUntil(clock, () => !viewsPart(el!, 'views-panel')!.hidden, 'the menu did not open');
    await clickOn(viewsPart(el, 'notify')!);
    await tickUntil(clock, () => FakeNotification.requestPermission.called && (viewsPart(el!, 'notify') as HTMLInputElement).checked, 'not opted in');
    await clickOn(viewsPart(el, 'views-button')!);

    log.add('bob', 'POST');
    log.add('alice', 'GET');
    await tickUntil(clock, () => FakeNotification.shown.length > 0, 'no notification', { stepMs: 500 });
    expect(FakeNotification.shown).to.deep.equal([{ title: 'New rows in the session log', body: `${WATCHED}: 1 new` }]);
    expect(JSON.parse(localStorage.getItem(storageKey('fetchPage', admin))!).notify, 'the choice is kept').to.equal(true);
  });

  it('when the browser refuses, the box stays unchecked, says so, and nothing is shown', async () => {
    FakeNotification.answer = 'denied';
    storeWatchedView(admin);
    const log = backend(Date.now());
    el = await mount(clock, admin, log.fetchPage);
    await clickOn(viewsPart(el, 'views-button')!);
    await tickUntil(clock, () => !viewsPart(el!, 'views-panel')!.hidden, 'the menu did not open');
    await clickOn(viewsPart(el, 'notify')!);
    await tickUntil(clock, () => text(viewsPart(el!, 'views-panel')).includes('The browser did not allow notifications.'), 'no message');
    expect((viewsPart(el, 'notify') as HTMLInputElement).checked).to.equal(false);
    await clickOn(viewsPart(el, 'views-button')!);

    log.add('bob', 'POST');
    await tickUntil(clock, () => document.title.startsWith('(1)'), 'the watch did not count', { stepMs: 500 });
    expect(FakeNotification.shown).to.deep.equal([]);
  });
});

import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { SESSION_ADMIN_KEYS, SESSION_ENTRY_KEYS } from '../../../src/data/entry.js';
import { clearCache } from '../../../src/index.js';
import page from '../../fixtures/puqcloud/page-debug.json';
import { storedRecords, watchCacheReads } from '../../helpers/idb.js';
import { deferred, rowsOf, shadowPart, startWorker, useHandlers, until } from '../../helpers/msw.js';

const PUQ = '/t/cache/admin_session_logs';

function answer(url: string) {
  const body = structuredClone(page);
  body.data.original.draw = Number(new URL(url).searchParams.get('draw'));
  return HttpResponse.json(body);
}

/** Waits until the widget's cache reads since `watch` began have ended, and the render after them. */
async function cacheReadsDone(watch: ReturnType<typeof watchCacheReads>, el: AdminSessions): Promise<void> {
  await until(() => watch.reads.length > 0, 'the cache was never read');
  await Promise.all(watch.reads);
  await nextFrame();
  await el.updateComplete;
}

describe('<admin-sessions> IndexedDB cache', () => {
  before(startWorker);
  let admin: string;
  beforeEach(async () => {
    admin = `admin-${Math.random().toString(36).slice(2)}`;
  });
  after(() => clearCache());

  const mount = (who = admin) =>
    fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ} current-admin=${who} range="7d"></admin-sessions>`);

  it('paints cached rows at once on a warm open, marked with their age, then the network answer replaces them', async () => {
    useHandlers(http.get(PUQ, ({ request }) => answer(request.url)));
    const cold = await mount();
    await until(() => rowsOf(cold).length === 7, 'cold open shows no rows');
    // The write is fire-and-forget: wait until it is in IndexedDB.
    await until(async () => JSON.stringify(await storedRecords()).includes(admin), 'nothing was cached');
    cold.remove();

    const hold = deferred();
    useHandlers(http.get(PUQ, async ({ request }) => (await hold.promise, answer(request.url))));
    const warm = await mount();
    await until(() => rowsOf(warm).length === 7, 'cached rows did not paint before the network answered');
    expect(shadowPart(warm, 'cached')!.textContent).to.match(/Cached rows from \d+ s ago/);
    const firstRow = rowsOf(warm)[0]!;
    hold.resolve();
    await until(() => shadowPart(warm, 'cached') === null, 'the cached notice stayed after the network answered');
    expect(rowsOf(warm)[0], 'the same row element, matched by id').to.equal(firstRow);
  });

  it('stores only SessionEntry fields: no session_id, no admin notes, no debug SQL', async () => {
    useHandlers(http.get(PUQ, ({ request }) => answer(request.url)));
    const el = await mount();
    await until(() => rowsOf(el).length === 7);
    await until(async () => (await storedRecords()).some((r) => JSON.stringify(r).includes('demo-admin@example.com')));
    const records = await storedRecords();
    const text = JSON.stringify(records);
    expect(text).not.to.include('Xk3v9Qd1ZyP0bq2mT8rW4nL6sJ7cA5hE1gF0uI9o');
    expect(text).not.to.include('session_id');
    expect(text).not.to.include('admin_notes');
    expect(text).not.to.include('select ');
    for (const record of records as Record<string, unknown>[]) {
      const entry = (record.entry ?? null) as Record<string, unknown> | null;
      if (!entry) continue;
      expect(Object.keys(entry)).to.have.members([...SESSION_ENTRY_KEYS]);
      if (entry.admin) expect(Object.keys(entry.admin as object)).to.have.members([...SESSION_ADMIN_KEYS]);
    }
  });

  it('keeps two admins apart: another admin opens cold', async () => {
    useHandlers(http.get(PUQ, ({ request }) => answer(request.url)));
    const first = await mount();
    await until(() => rowsOf(first).length === 7);
    await until(async () => JSON.stringify(await storedRecords()).includes(admin), 'nothing was cached');
    first.remove();
    const hold = deferred();
    useHandlers(http.get(PUQ, async ({ request }) => (await hold.promise, answer(request.url))));
    const watch = watchCacheReads();
    const other = await mount(`${admin}-other`);
    try {
      await cacheReadsDone(watch, other);
    } finally {
      watch.restore();
    }
    expect(rowsOf(other).length, 'no rows from the first admin').to.equal(0);
    expect(shadowPart(other, 'loading')).to.exist;
    hold.resolve();
    await until(() => rowsOf(other).length === 7);
  });

  it('clearCache() forgets the scope: the next open is cold', async () => {
    useHandlers(http.get(PUQ, ({ request }) => answer(request.url)));
    const el = await mount();
    await until(() => rowsOf(el).length === 7);
    await until(async () => JSON.stringify(await storedRecords()).includes(admin), 'nothing was cached');
    await el.clearCache();
    el.remove();
    const hold = deferred();
    useHandlers(http.get(PUQ, async ({ request }) => (await hold.promise, answer(request.url))));
    const watch = watchCacheReads();
    const again = await mount();
    try {
      await cacheReadsDone(watch, again);
    } finally {
      watch.restore();
    }
    expect(rowsOf(again).length).to.equal(0);
    hold.resolve();
  });

  it('still shows rows from the network when IndexedDB is missing, warning once', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      let requests = 0;
      useHandlers(http.get(PUQ, ({ request }) => (requests++, answer(request.url))));
      const el = await mount(`${admin}-noidb`);
      await until(() => rowsOf(el).length === 7);
      el.range = '24h';
      // The new range's load, cache attempt included, has run: its answer is on screen again.
      await until(() => requests === 2 && rowsOf(el).length === 7 && !shadowPart(el, 'loading'), 'the new range was not loaded');
      const about = warnings.filter((w) => /indexeddb/i.test(w));
      expect(about.length, warnings.join('\n')).to.equal(1);
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', original);
      console.warn = warn;
    }
  });
});

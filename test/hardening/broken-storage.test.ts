/**
 * Issue 8, part 3: broken storage. The element caches in IndexedDB (database 'admin-sessions')
 * when `current-admin` is set. Here IndexedDB is missing, throws on open, is blocked by another
 * tab's old connection, never answers, runs out of quota, or holds corrupted records. Each time:
 * rows still come from the network, exactly one console warning, no repeated failing attempts.
 *
 * The page's `indexedDB` is redirected to a wrapper that prefixes database names, so these tests
 * never touch the real 'admin-sessions' database other test files (running in parallel in the
 * same browser profile) use.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { installFakeClock, untilTicking } from '../helpers/fake-clock.js';
import { deferred, rowsOf, startWorker, until, useHandlers } from '../helpers/msw.js';
import {
  captureWarnings,
  deepElements,
  guardGlobalErrors,
  newDbPrefix,
  printSummary,
  redirectIndexedDB,
  rowIds,
  scriptedServer,
  watchCacheCalls,
  tally,
  type ScriptedServer,
} from './helpers.js';

const ADMIN = 'admin-hardening-storage';

async function mount(server: ScriptedServer): Promise<AdminSessions> {
  useHandlers(server.handler);
  return fixture<AdminSessions>(html`<admin-sessions endpoint=${server.path} current-admin=${ADMIN} range="30d"></admin-sessions>`);
}

/** Three incremental refreshes, each bringing two rows (so three more cache writes, each awaited). */
async function threeRefreshes(el: AdminSessions, server: ScriptedServer): Promise<void> {
  const cache = watchCacheCalls();
  try {
    for (let i = 0; i < 3; i++) {
      const [newest] = server.grow(2);
      await el.refresh();
      await until(() => rowIds(el)[0] === newest!.id, `refresh ${i + 1} did not show its rows`);
      // Cache writes are fire-and-forget: wait for the one that stores this refresh's rows.
      await until(() => cache.calls.some((call) => call.kind === 'write' && call.newestId === newest!.id), `refresh ${i + 1} wrote nothing to the cache`);
    }
    await cache.settled();
  } finally {
    cache.restore();
  }
}

/** Opens `name` with the real factory and hands every store's records to `edit` in one readwrite transaction. */
function editDatabase(real: IDBFactory, name: string, edit: (stores: { entries: IDBObjectStore; views: IDBObjectStore }) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = real.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['entries', 'views'], 'readwrite');
      edit({ entries: tx.objectStore('entries'), views: tx.objectStore('views') });
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => (db.close(), reject(tx.error));
    };
  });
}

function allRecords(real: IDBFactory, name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = real.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('entries').objectStore('entries').getAll();
      get.onsuccess = () => (db.close(), resolve(get.result as unknown[]));
      get.onerror = () => (db.close(), reject(get.error));
    };
  });
}

describe('hardening 3: broken storage', function () {
  this.timeout(30_000);
  let guard: ReturnType<typeof guardGlobalErrors>;
  let warnings: ReturnType<typeof captureWarnings>;
  let cleanups: (() => unknown)[];

  before(startWorker);
  beforeEach(() => {
    guard = guardGlobalErrors();
    warnings = captureWarnings();
    cleanups = [];
  });
  afterEach(async () => {
    warnings.restore();
    guard.stop();
    for (const undo of cleanups.reverse()) await undo();
  });
  after(function () {
    const t = tally(this.test!.parent!);
    printSummary('broken-storage', `${t.total} storage cases tried, ${t.passed} survived, ${t.failed} failed.`, t);
  });

  function expectOneWarning(pattern: RegExp): void {
    expect(warnings.messages, `console warnings:\n${warnings.messages.join('\n')}`).to.have.length(1);
    expect(warnings.messages[0]).to.match(pattern);
  }
  const noUncaught = () => expect(guard.errors, guard.errors.join('\n')).to.deep.equal([]);

  it('IndexedDB absent: rows from the network, one warning', async () => {
    const owner = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB') ? globalThis : Object.getPrototypeOf(globalThis);
    const original = Object.getOwnPropertyDescriptor(owner, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, value: undefined });
    cleanups.push(() => (owner === globalThis ? Object.defineProperty(globalThis, 'indexedDB', original) : delete (globalThis as { indexedDB?: unknown }).indexedDB));
    const server = scriptedServer(5, 'noidb');
    const el = await mount(server);
    await until(() => rowsOf(el).length === 5, 'no rows from the network');
    await threeRefreshes(el, server);
    expectOneWarning(/IndexedDB is not available/);
    noUncaught();
  });

  it('open() throwing (SecurityError): rows from the network, one warning, no second open attempt', async () => {
    const idb = redirectIndexedDB({
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    cleanups.push(() => idb.restore());
    const server = scriptedServer(5, 'openthrows');
    const el = await mount(server);
    await until(() => rowsOf(el).length === 5, 'no rows from the network');
    await threeRefreshes(el, server);
    const cache = watchCacheCalls();
    el.range = '7d'; // a new query reads the cache again
    await until(() => server.requests.some((url) => url.searchParams.get('from') !== server.requests[0]!.searchParams.get('from')));
    await until(() => cache.calls.some((call) => call.kind === 'read'), 'the new query did not read the cache');
    await cache.settled();
    cache.restore();
    expectOneWarning(/could not be opened.*SecurityError/);
    expect(idb.opens.length, 'open attempts').to.equal(1);
    noUncaught();
  });

  it('blocked by another tab holding an old version open: rows from the network, one warning, no second open attempt', async () => {
    const prefix = newDbPrefix();
    // "Another tab": a connection to version 1 that ignores versionchange and never closes.
    const held = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`${prefix}admin-sessions`, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        const entries = db.createObjectStore('entries', { keyPath: ['scope', 'id'] });
        entries.createIndex('time', 'time');
        entries.createIndex('savedAt', 'savedAt');
        db.createObjectStore('views', { keyPath: ['scope', 'queryKey'] }).createIndex('savedAt', 'savedAt');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // This widget version wants the next schema version: the upgrade is blocked by the held connection.
    const idb = redirectIndexedDB({ prefix, open: (real, name, version) => real.open(name, (version ?? 1) + 1) });
    cleanups.push(() => idb.restore());
    cleanups.push(() => held.close());
    const server = scriptedServer(5, 'blocked');
    const el = await mount(server);
    await until(() => rowsOf(el).length === 5, 'no rows from the network');
    await threeRefreshes(el, server);
    expectOneWarning(/held by another tab/);
    expect(idb.opens.length, 'open attempts').to.equal(1);
    noUncaught();
  });

  it('open() that never settles (a pending upgrade or delete elsewhere): the network is not held back by the cache', async () => {
    const idb = redirectIndexedDB({
      open: () => Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest,
      // The database an earlier visit left (a first visit reads nothing, so opens nothing before its rows).
      databases: async () => [{ name: 'admin-sessions', version: 1 }],
    });
    cleanups.push(() => idb.restore());
    const server = scriptedServer(5, 'hungopen');
    const gaveUp = () => warnings.messages.some((message) => /did not open in time|opening did not finish/.test(message));
    // On a fake clock (msw answers for real): the cache's 2 s open time-out cannot pass while the
    // rows come, however slow the machine; then the test lets it pass.
    const clock = installFakeClock(Date.now());
    let el: AdminSessions;
    let rowsBeforeTheCacheGaveUp: boolean;
    try {
      el = await mount(server);
      await untilTicking(clock, () => rowsOf(el).length === 5, 'no rows from the network');
      // The rows came while the cache was still trying to open: the network did not wait for it.
      rowsBeforeTheCacheGaveUp = !gaveUp();
      await clock.tickAsync(2000);
      await untilTicking(clock, gaveUp, 'the cache never gave up opening');
    } finally {
      clock.restore();
    }
    await threeRefreshes(el, server);
    expectOneWarning(/did not open in time|opening did not finish/);
    expect(idb.opens.length, 'open attempts').to.equal(1);
    expect(rowsBeforeTheCacheGaveUp, 'rows shown before the cache open time-out (2 s)').to.equal(true);
    noUncaught();
  });

  it('QuotaExceededError on write: rows from the network, one warning, no further IndexedDB writes', async () => {
    const idb = redirectIndexedDB();
    cleanups.push(() => idb.restore());
    const realPut = IDBObjectStore.prototype.put;
    let attempts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.transaction.db.name.startsWith(idb.prefix) && this.name === 'entries') {
        attempts++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    };
    cleanups.push(() => (IDBObjectStore.prototype.put = realPut));
    const server = scriptedServer(5, 'quota');
    const el = await mount(server);
    await until(() => rowsOf(el).length === 5, 'no rows from the network');
    await until(() => attempts > 0, 'the first write never reached IndexedDB');
    await threeRefreshes(el, server);
    expectOneWarning(/quota is exhausted/);
    expect(attempts, 'entry writes tried in IndexedDB (1 initial + 3 refreshes)').to.equal(1);
    expect(rowsOf(el).length).to.equal(11);
    noUncaught();
  });

  it('corrupted records: ignored (never shown), removed, one warning; rows from the network', async () => {
    const idb = redirectIndexedDB();
    cleanups.push(() => idb.restore());
    const server = scriptedServer(5, 'corrupt');
    const cache = watchCacheCalls();
    const first = await mount(server);
    await until(() => rowsOf(first).length === 5);
    await until(() => cache.calls.some((call) => call.kind === 'write' && call.newestId === 'row-4'), 'the first visit wrote nothing to the cache');
    await cache.settled();
    cache.restore();
    first.remove();
    const factory = idb.real;
    const records = (await allRecords(factory, idb.realName())) as Record<string, unknown>[];
    expect(records.length, 'records written by the first visit').to.equal(5);
    await editDatabase(factory, idb.realName(), ({ entries }) => {
      entries.put({ ...records[1]!, session_id: 'stolen-session-token' });
      entries.put({ ...records[3]!, time: 'not a time', url: { toString: null } as never });
    });
    warnings.messages.length = 0;

    const hold = deferred();
    const realMode = server.mode;
    server.mode = async () => (await hold.promise, undefined);
    const el = await mount(server);
    await until(() => rowsOf(el).length === 3, `cached paint: ${rowsOf(el).length} rows (5 stored, 2 corrupt)`);
    expect(rowIds(el)).not.to.include(records[1]!.id);
    expect(rowIds(el)).not.to.include(records[3]!.id);
    expect(deepElements(el).some((node) => node.textContent?.includes('stolen-session-token'))).to.equal(false);
    server.mode = realMode;
    hold.resolve();
    await until(() => rowsOf(el).length === 5, 'no rows from the network');
    await threeRefreshes(el, server);
    expectOneWarning(/unreadable records in the IndexedDB cache were ignored and removed/);
    const after = JSON.stringify(await allRecords(factory, idb.realName()));
    expect(after).not.to.include('stolen-session-token');
    expect(after).not.to.include('not a time');
    noUncaught();
  });
});

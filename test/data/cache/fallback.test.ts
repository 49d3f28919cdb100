import { expect } from '@open-wc/testing';
import type { IDBPDatabase } from 'idb';
import { deleteDB, openDB } from 'idb';
import { createEntryCache } from '../../../src/data/cache/create-entry-cache.js';
import type { ClosableEntryCache } from '../../../src/data/cache/entry-cache.js';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { installFakeClock, untilTicking } from '../../helpers/fake-clock.js';
import { makeEntries, makeEntry, recordWarnings, removeDatabase, replaceIndexedDB, uniqueDbName, viewOf, withinMs } from './helpers.js';

/**
 * Everything that can go wrong with IndexedDB, each of which must end in a cache that still
 * round-trips (from memory), says so exactly once, and never rejects.
 */
describe('IndexedDB cache fallback', () => {
  const scope = cacheScope('https://panel.example.com/api/sessions', 'admin-a');
  let dbName: string;
  let caches: ClosableEntryCache[];
  let held: IDBPDatabase[];
  let warnings: ReturnType<typeof recordWarnings>;
  let restore: (() => void)[];

  const open = (options: { indexedDB?: null; openTimeoutMs?: number } = {}) => {
    const cache = createEntryCache({ kind: 'idb', dbName, warn: warnings.warn, ...options });
    caches.push(cache);
    return cache;
  };

  /** Several reads and writes: must all succeed from memory, and not warn again. */
  async function expectMemoryRoundTrip(cache: ClosableEntryCache): Promise<void> {
    for (let round = 0; round < 3; round++) {
      const entries = makeEntries(round * 10, round * 10 + 3);
      await cache.write(scope, `q${round}`, viewOf(entries, 99, `cursor-${round}`));
      const view = await cache.read(scope, `q${round}`);
      expect(view).to.include({ total: 99, nextCursor: `cursor-${round}` });
      expect(view!.entries).to.deep.equal(entries);
    }
    await cache.clear(scope);
    expect(await cache.read(scope, 'q0')).to.equal(null);
    expect(cache.kind).to.equal('memory');
  }

  function expectOneWarning(pattern: RegExp): void {
    expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
    // A `warn` function gets the sentence as is; only the console default adds `<admin-sessions>`.
    expect(warnings.messages[0]).not.to.match(/^<admin-sessions>|^admin-sessions: /);
    expect(warnings.messages[0]).to.match(pattern);
  }

  beforeEach(() => {
    dbName = uniqueDbName('fallback');
    caches = [];
    held = [];
    warnings = recordWarnings();
    restore = [];
  });
  afterEach(async () => {
    for (const undo of restore.reverse()) undo();
    for (const cache of caches) cache.close();
    for (const db of held) db.close();
    await removeDatabase(dbName);
  });

  for (const [label, factory] of [
    ['null', null],
    ['undefined', undefined],
  ] as const) {
    it(`falls back to memory when IndexedDB is missing (indexedDB: ${label})`, async () => {
      const cache = open({ indexedDB: factory });
      expect(cache.kind, 'known before any call').to.equal('memory');
      await expectMemoryRoundTrip(cache);
      // A second cache on the same page with the same logger does not repeat the warning.
      await expectMemoryRoundTrip(open({ indexedDB: factory }));
      expectOneWarning(/IndexedDB is not available/);
    });
  }

  it('without a warn function, says it once in the console, prefixed <admin-sessions>', async () => {
    const said: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
    try {
      for (let i = 0; i < 2; i++) {
        const cache = createEntryCache({ kind: 'idb', dbName, indexedDB: null });
        caches.push(cache);
        await expectMemoryRoundTrip(cache);
      }
    } finally {
      console.warn = original;
    }
    expect(said.filter((line) => /IndexedDB is not available/.test(line)), said.join('\n')).to.deep.equal([
      '<admin-sessions> IndexedDB is not available (disabled, or a private window); the session log is cached in memory for this page only.',
    ]);
  });

  it('falls back to memory when merely reading the global indexedDB throws (sandboxed iframe)', async () => {
    restore.push(
      replaceIndexedDB(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    );
    expect(() => globalThis.indexedDB).to.throw();
    const cache = open();
    await expectMemoryRoundTrip(cache);
    expectOneWarning(/IndexedDB is not available/);
  });

  it('falls back to memory when open() throws, and does not try again', async () => {
    let opens = 0;
    const throwing = {
      open() {
        opens++;
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    restore.push(replaceIndexedDB(() => throwing));
    const cache = open();
    await expectMemoryRoundTrip(cache);
    expect(opens).to.equal(1);
    expectOneWarning(/could not be opened.*SecurityError/);
  });

  it('falls back to memory when the open request fails', async () => {
    // Firefox's old private mode: open() returns a request that then fails with InvalidStateError.
    const failing = {
      open() {
        const request = Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
        const error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        Object.defineProperty(request, 'error', { value: error });
        setTimeout(() => request.dispatchEvent(new Event('error', { cancelable: true })));
        return request;
      },
    };
    restore.push(replaceIndexedDB(() => failing));
    const cache = open();
    await expectMemoryRoundTrip(cache);
    expectOneWarning(/could not be opened.*InvalidStateError/);
  });

  it('falls back to memory when the database was created by a newer version (VersionError)', async () => {
    const future = await openDB(dbName, 99, { upgrade: (db) => void db.createObjectStore('entries_v99') });
    await future.put('entries_v99', { id: 'kept' }, 'kept');
    future.close();
    const cache = open();
    await expectMemoryRoundTrip(cache);
    expectOneWarning(/newer version/);
    // The newer version's database is left alone.
    const after = await openDB(dbName);
    held.push(after);
    expect(after.version).to.equal(99);
    expect(await after.get('entries_v99', 'kept')).to.deep.equal({ id: 'kept' });
  });

  it('falls back to memory when a database of that name has a foreign layout', async () => {
    held.push(await openDB(dbName, 1, { upgrade: (db) => void db.createObjectStore('something-else') }));
    const cache = open();
    await expectMemoryRoundTrip(cache);
    expectOneWarning(/could not be opened.*unexpected layout/);
    expect([...held[0]!.objectStoreNames]).to.deep.equal(['something-else']);
  });

  it('falls back without hanging when the open is stuck behind another tab that will not let go', async () => {
    // Another tab holds the database and ignores versionchange; a logout elsewhere asked to delete
    // it. Our open is queued behind that delete and would never settle on its own.
    const holder = await openDB(dbName, 1);
    let deleteBlocked = false;
    const deletion = deleteDB(dbName, { blocked: () => void (deleteBlocked = true) });
    // The 300 ms open time-out on a fake clock: the read settles when it passes, not before, however
    // slow the machine (IndexedDB itself answers for real in between).
    const clock = installFakeClock(Date.now());
    let read: { value: unknown } | null = null;
    try {
      const cache = open({ openTimeoutMs: 300 });
      void cache.read(scope, 'q').then((value) => (read = { value }));
      await untilTicking(clock, () => deleteBlocked, 'the delete was never blocked by the other tab');
      await clock.tickAsync(299);
      expect(read, 'settled before the open time-out').to.equal(null);
      await clock.tickAsync(1);
      await untilTicking(clock, () => read, 'the read did not settle at the open time-out');
      expect(read!.value).to.equal(null);
    } finally {
      clock.restore();
    }
    const cache = caches.at(-1)!;
    expect(deleteBlocked).to.equal(true);
    await expectMemoryRoundTrip(cache);
    expectOneWarning(/another tab.*did not open in time.*\(opening did not finish within 300 ms\)/);

    holder.close();
    await withinMs(deletion, 2000, 'the delete after the holder let go');
    // Our late open ran after the delete; it must not have created (or kept open) a database.
    // Requests on one name run in order, so this probe runs after it.
    const probe = await withinMs(openDB(dbName), 2000, 'probe open');
    held.push(probe);
    expect([...probe.objectStoreNames]).to.deep.equal([]);
  });

  it('lets another tab upgrade at once, then falls back when reopening finds the newer schema', async () => {
    const cache = open();
    await cache.write(scope, 'q', viewOf([makeEntry(1)]));
    expect(cache.kind).to.equal('idb');

    let blocked = false;
    const newerTab = await withinMs(
      openDB(dbName, 2, { blocked: () => void (blocked = true) }),
      2000,
      'the other tab opening version 2',
    );
    held.push(newerTab);
    expect(blocked).to.equal(false);
    expect(newerTab.version).to.equal(2);

    expect(await cache.read(scope, 'q')).to.equal(null);
    await expectMemoryRoundTrip(cache);
    expectOneWarning(/newer version/);
  });

  it('reopens without complaint after another tab deleted the database', async () => {
    const cache = open();
    await cache.write(scope, 'q', viewOf([makeEntry(1)]));
    await withinMs(deleteDB(dbName), 2000, 'deleting under an open cache');
    expect(await cache.read(scope, 'q')).to.equal(null);
    await cache.write(scope, 'q', viewOf([makeEntry(2)]));
    expect((await cache.read(scope, 'q'))!.entries).to.deep.equal([makeEntry(2)]);
    expect(cache.kind).to.equal('idb');
    expect(warnings.messages).to.deep.equal([]);
  });

  describe('QuotaExceededError on write', () => {
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const originalPut = IDBObjectStore.prototype.put;
    let putCalls: number;

    /** Fails the third put of a write (so the first two would commit if the write were not undone). */
    function failPutsWith(fail: (store: IDBObjectStore, args: Parameters<IDBObjectStore['put']>) => IDBRequest) {
      putCalls = 0;
      let callsInWrite = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        putCalls++;
        callsInWrite++;
        return callsInWrite === 3 ? fail(this, args) : originalPut.apply(this, args);
      };
      restore.push(() => (IDBObjectStore.prototype.put = originalPut));
    }

    const variants: [string, () => void][] = [
      [
        'thrown by put()',
        () =>
          failPutsWith(() => {
            throw quota();
          }),
      ],
      [
        'aborting the transaction, as browsers report it',
        () => {
          const errorGetter = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'error')!.get!;
          const overQuota = new WeakSet<IDBTransaction>();
          Object.defineProperty(IDBTransaction.prototype, 'error', {
            configurable: true,
            get(this: IDBTransaction) {
              return overQuota.has(this) ? quota() : errorGetter.call(this);
            },
          });
          restore.push(() => Object.defineProperty(IDBTransaction.prototype, 'error', { configurable: true, get: errorGetter }));
          failPutsWith((store, args) => {
            const request = originalPut.apply(store, args);
            overQuota.add(store.transaction);
            store.transaction.abort();
            return request;
          });
        },
      ],
    ];

    for (const [label, install] of variants) {
      it(`${label}: warns once, stops writing to IndexedDB, still reads (memory first)`, async () => {
        const cache = open();
        const before = makeEntries(0, 3);
        await cache.write(scope, 'before', viewOf(before));
        expect(cache.kind).to.equal('idb');

        install();
        const failed = makeEntries(10, 15);
        await cache.write(scope, 'failed', viewOf(failed));
        const attempted = putCalls;
        // The failing put, and maybe one more before the write notices the abort; never all six.
        expect(attempted).to.be.within(3, 4);
        expectOneWarning(/quota/);
        expect(cache.kind).to.equal('memory');
        expect((await cache.read(scope, 'failed'))!.entries).to.deep.equal(failed);
        // What IndexedDB already holds is still read from it.
        expect((await cache.read(scope, 'before'))!.entries).to.deep.equal(before);

        const later = makeEntries(20, 25);
        await cache.write(scope, 'later', viewOf(later));
        await cache.write(scope, 'before', viewOf([makeEntry(30)]));
        expect(putCalls, 'no IndexedDB writes after the quota failure').to.equal(attempted);
        expect((await cache.read(scope, 'later'))!.entries).to.deep.equal(later);
        // A newer copy in memory wins over IndexedDB's.
        expect((await cache.read(scope, 'before'))!.entries).to.deep.equal([makeEntry(30)]);
        expectOneWarning(/quota/);

        for (const undo of restore.splice(0).reverse()) undo();
        const db = await openDB(dbName);
        held.push(db);
        const stored = ((await db.getAll('entries')) as SessionEntry[]).map((entry) => entry.id).sort();
        expect(stored, 'the failed write left nothing behind').to.deep.equal(['a-0', 'a-1', 'a-2']);
        expect((await db.getAllKeys('views')).map((key) => (key as string[])[1])).to.deep.equal(['before']);
      });
    }
  });

  it('never rejects, whatever it is given', async () => {
    const cache = open({ indexedDB: null });
    await cache.write(undefined as never, 'q', viewOf([makeEntry(1)]));
    await cache.write(scope, 'q', undefined as never);
    expect(await cache.read(undefined as never, undefined as never)).to.equal(null);
    await cache.clear(42 as never);
    const idb = open();
    await idb.write(scope, 'q', { entries: [null, 7, makeEntry(1)] } as never);
    expect((await idb.read(scope, 'q'))!.entries).to.deep.equal([makeEntry(1)]);
    expect(idb.kind).to.equal('idb');
  });
});

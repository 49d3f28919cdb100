import { expect } from '@open-wc/testing';
import type { IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import { createEntryCache } from '../../../src/data/cache/create-entry-cache.js';
import type { ClosableEntryCache, EntryCacheKind } from '../../../src/data/cache/entry-cache.js';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';
import { IdbEntryCache } from '../../../src/data/cache/idb-entry-cache.js';
import { SCHEMA_VERSION } from '../../../src/data/cache/idb-schema.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { SESSION_ADMIN_KEYS, SESSION_ENTRY_KEYS } from '../../../src/data/entry.js';
import { describeCacheContract } from './contract.js';
import { BASE_TIME, makeEntries, makeEntry, manualClock, recordWarnings, removeDatabase, uniqueDbName, viewOf } from './helpers.js';

describeCacheContract('IndexedDB (createEntryCache kind "idb")', () => {
  const dbName = uniqueDbName('contract');
  const { warn, messages } = recordWarnings();
  const caches: ClosableEntryCache[] = [];
  return {
    create: (limits) => {
      // A generous open time-out: on a loaded CI machine the default 2 s can pass and fall back.
      const cache = createEntryCache({ kind: 'idb', dbName, warn, openTimeoutMs: 10_000, ...limits });
      caches.push(cache);
      return cache;
    },
    // Without this, every contract test would also pass on a cache that quietly fell back to memory.
    verify: () => {
      expect(messages).to.deep.equal([]);
      expect(caches.map((cache) => cache.kind)).to.deep.equal(caches.map((): EntryCacheKind => 'idb'));
    },
    cleanup: async () => {
      for (const cache of caches) cache.close();
      await removeDatabase(dbName);
    },
  };
});

describe('IndexedDB cache', () => {
  const scopeA = cacheScope('https://panel.example.com/api/sessions', 'admin-a');
  const scopeB = cacheScope('https://panel.example.com/api/sessions', 'admin-b');
  let dbName: string;
  let caches: ClosableEntryCache[];
  let raw: IDBPDatabase | null;
  let warnings: ReturnType<typeof recordWarnings>;
  let clock: ReturnType<typeof manualClock>;

  const open = (options: { maxEntries?: number; maxAgeMs?: number } = {}) => {
    const cache = createEntryCache({ kind: 'idb', dbName, warn: warnings.warn, now: clock.read, ...options });
    caches.push(cache);
    return cache;
  };
  /** A second, raw look at the database, as another tab or the browser's devtools would see it. */
  const rawDb = async () => (raw = await openDB(dbName));
  const rawRecords = async (store: 'entries' | 'views') => {
    const db = await rawDb();
    const records = (await db.getAll(store)) as Record<string, unknown>[];
    db.close();
    return records;
  };

  beforeEach(() => {
    dbName = uniqueDbName('idb');
    caches = [];
    raw = null;
    warnings = recordWarnings();
    clock = manualClock();
  });
  afterEach(async () => {
    for (const cache of caches) cache.close();
    raw?.close();
    await removeDatabase(dbName);
  });

  it(`creates schema version ${SCHEMA_VERSION} with entries and views stores and their indexes`, async () => {
    await open().write(scopeA, 'q', viewOf([makeEntry(1)]));
    const db = await rawDb();
    expect(db.version).to.equal(SCHEMA_VERSION);
    expect([...db.objectStoreNames]).to.have.members(['entries', 'views']);
    const tx = db.transaction(['entries', 'views']);
    expect([...tx.objectStore('entries').indexNames]).to.have.members(['time', 'savedAt']);
    expect([...tx.objectStore('views').indexNames]).to.have.members(['savedAt']);
  });

  it('persists: a new instance (another tab, a reload) reads what an earlier one wrote', async () => {
    const first = open();
    await first.write(scopeA, 'q', viewOf(makeEntries(0, 3), 3, 'c'));
    first.close();
    const second = open();
    expect(await second.read(scopeA, 'q')).to.deep.equal({ entries: makeEntries(0, 3), total: 3, nextCursor: 'c', savedAt: BASE_TIME });
    // The closed one reopens on its next call.
    await first.write(scopeA, 'q2', viewOf([makeEntry(7)]));
    expect((await second.read(scopeA, 'q2'))!.entries).to.deep.equal([makeEntry(7)]);
    expect(first.kind).to.equal('idb');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('stores nothing but whitelisted fields: no session_id, no admin_notes, no other keys', async () => {
    const leaky = makeEntries(0, 3).map(
      (entry) =>
        ({
          ...entry,
          session_id: 'laravel_session=eyJpdiI6IjE',
          admin_notes: 'SECRET-NOTE',
          debug: { sql: 'select * from admins' },
          admin: { ...entry.admin!, admin_notes: 'SECRET-ADMIN-NOTE', remember_token: 'tok' },
        }) as SessionEntry,
    );
    await open().write(scopeA, 'q', viewOf(leaky, 3, 'next'));

    const entries = await rawRecords('entries');
    expect(entries).to.have.length(3);
    for (const record of entries) {
      expect(Object.keys(record)).to.have.members([...SESSION_ENTRY_KEYS, 'scope', 'savedAt']);
      expect(Object.keys(record.admin as object)).to.have.members([...SESSION_ADMIN_KEYS]);
    }
    const views = await rawRecords('views');
    expect(views).to.have.length(1);
    expect(Object.keys(views[0]!)).to.have.members(['scope', 'queryKey', 'ids', 'total', 'nextCursor', 'savedAt']);
    const everything = JSON.stringify([entries, views]);
    for (const secret of ['session_id', 'admin_notes', 'SECRET', 'laravel_session', 'remember_token', 'select *']) {
      expect(everything).not.to.contain(secret);
    }
  });

  it('deletes entries past the cap from the database, oldest entry time first', async () => {
    const cache = open({ maxEntries: 10 });
    await cache.write(scopeA, 'q', viewOf(makeEntries(0, 8, 'a')));
    await cache.write(scopeB, 'q', viewOf(makeEntries(4, 11, 'b')));
    const kept = (await rawRecords('entries')).map((record) => `${record.id}`).sort();
    // 15 entries (a-0…a-7 at minutes 0–7, b-4…b-10 at minutes 4–10): the 5 oldest go.
    expect(kept).to.deep.equal(['a-5', 'a-6', 'a-7', 'b-10', 'b-4', 'b-5', 'b-6', 'b-7', 'b-8', 'b-9']);
    expect((await rawRecords('views')).length).to.equal(2);
  });

  it('deletes expired views and entries from the database on the next write', async () => {
    const cache = open({ maxAgeMs: 60_000 });
    await cache.write(scopeA, 'old', viewOf(makeEntries(0, 3)));
    clock.now += 60_001;
    await cache.write(scopeA, 'new', viewOf([makeEntry(5)]));
    expect((await rawRecords('entries')).map((record) => record.id)).to.deep.equal(['a-5']);
    expect((await rawRecords('views')).map((record) => record.queryKey)).to.deep.equal(['new']);
  });

  it('ignores and removes corrupted records, warning once', async () => {
    const cache = open();
    await cache.write(scopeA, 'q', viewOf(makeEntries(0, 5)));
    await cache.write(scopeA, 'other', viewOf(makeEntries(0, 2)));
    const db = await rawDb();
    await db.put('entries', { ...makeEntry(2), scope: scopeA, savedAt: BASE_TIME, time: 'yesterday', admin: 5 });
    await db.put('entries', { ...makeEntry(1), scope: scopeA, savedAt: BASE_TIME, session_id: 'leaked-by-an-old-bug' });
    await db.put('entries', { ...makeEntry(3), scope: scopeA, savedAt: BASE_TIME, admin: { ...makeEntry(3).admin!, admin_notes: 'x' } });
    await db.put('views', { scope: scopeA, queryKey: 'other', ids: 'a-0,a-1', total: 2, nextCursor: null, savedAt: BASE_TIME });

    const view = await cache.read(scopeA, 'q');
    expect(view!.entries.map((entry) => entry.id)).to.deep.equal(['a-4', 'a-0']);
    expect(view!.entries).to.deep.equal([makeEntry(4), makeEntry(0)]);
    expect(await cache.read(scopeA, 'other')).to.equal(null);
    expect(await cache.read(scopeA, 'q')).to.deep.equal(view);

    expect((await db.getAll('entries')).map((record: SessionEntry) => record.id).sort()).to.deep.equal(['a-0', 'a-4']);
    expect((await db.getAll('views')).map((record: { queryKey: string }) => record.queryKey)).to.deep.equal(['q']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/unreadable records/);
    expect(cache.kind).to.equal('idb');
  });

  it('reads a 50-entry view back intact with 20,000 entries stored', async function () {
    this.timeout(90_000);
    const cache = open();
    // Newer than all of the bulk entries, so the cap evicts bulk ones instead.
    await cache.write(scopeA, 'page', viewOf(makeEntries(30_000, 30_050)));
    expect((await cache.read(scopeA, 'page'))!.entries).to.have.length(50);
    for (let page = 0; page < 4; page++) {
      await cache.write(scopeB, `bulk-${page}`, viewOf(makeEntries(page * 5000, (page + 1) * 5000, 'b')));
    }
    // Read speed is for the benchmark; here the view must survive 20,000 other entries and the cap.
    const view = await cache.read(scopeA, 'page');
    expect(view!.entries).to.have.length(50);
    expect(view!.entries[0]!.id).to.equal(makeEntries(30_000, 30_050)[0]!.id);
  });

  it('can be used directly as IdbEntryCache, whose failures reject (createEntryCache hides them)', async () => {
    const cache = new IdbEntryCache({ dbName, indexedDB: null });
    let failure: unknown = null;
    await cache.read(scopeA, 'q').catch((error: unknown) => (failure = error));
    expect(failure).to.have.property('reason', 'unavailable');
  });
});

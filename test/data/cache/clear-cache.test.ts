import { expect } from '@open-wc/testing';
import type { IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import { clearCache } from '../../../src/data/cache/clear-cache.js';
import { createEntryCache } from '../../../src/data/cache/create-entry-cache.js';
import type { ClosableEntryCache } from '../../../src/data/cache/entry-cache.js';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';
import { databaseExists, makeEntries, recordWarnings, removeDatabase, uniqueDbName, viewOf, withinMs } from './helpers.js';

describe('clearCache (logout)', () => {
  const scopeA = cacheScope('https://panel.example.com/api/sessions', 'admin-a');
  const scopeB = cacheScope('https://panel.example.com/api/sessions', 'admin-b');
  let dbName: string;
  let caches: ClosableEntryCache[];
  let held: IDBPDatabase[];
  let warnings: ReturnType<typeof recordWarnings>;

  const open = () => {
    const cache = createEntryCache({ kind: 'idb', dbName, warn: warnings.warn });
    caches.push(cache);
    return cache;
  };

  async function fillTwoScopes(): Promise<ClosableEntryCache> {
    const cache = open();
    await cache.write(scopeA, 'q', viewOf(makeEntries(0, 3, 'a')));
    await cache.write(scopeA, 'q2', viewOf(makeEntries(5, 6, 'a')));
    await cache.write(scopeB, 'q', viewOf(makeEntries(0, 2, 'b')));
    return cache;
  }

  async function storedScopes(): Promise<{ entries: string[]; views: string[] }> {
    const db = await openDB(dbName);
    const scopeOf = (key: IDBValidKey) => (key as string[])[0] === scopeA ? 'A' : 'B';
    const entries = (await db.getAllKeys('entries')).map(scopeOf);
    const views = (await db.getAllKeys('views')).map(scopeOf);
    db.close();
    return { entries, views };
  }

  beforeEach(() => {
    dbName = uniqueDbName('clear');
    caches = [];
    held = [];
    warnings = recordWarnings();
  });
  afterEach(async () => {
    for (const cache of caches) cache.close();
    for (const db of held) db.close();
    await removeDatabase(dbName);
  });

  it('clears one scope without an open cache instance, leaving the others', async () => {
    (await fillTwoScopes()).close();
    expect(await clearCache({ dbName, scope: scopeA })).to.equal(true);
    expect(await storedScopes()).to.deep.equal({ entries: ['B', 'B'], views: ['B'] });
    const fresh = open();
    expect(await fresh.read(scopeA, 'q')).to.equal(null);
    expect((await fresh.read(scopeB, 'q'))!.entries).to.deep.equal(makeEntries(0, 2, 'b'));
  });

  it('clears everything, while a cache is open, without disturbing that cache', async () => {
    const cache = await fillTwoScopes();
    expect(await clearCache({ dbName })).to.equal(true);
    expect(await storedScopes()).to.deep.equal({ entries: [], views: [] });
    expect(await cache.read(scopeA, 'q')).to.equal(null);
    expect(await cache.read(scopeB, 'q')).to.equal(null);
    await cache.write(scopeB, 'q', viewOf(makeEntries(7, 8, 'b')));
    expect((await cache.read(scopeB, 'q'))!.entries).to.deep.equal(makeEntries(7, 8, 'b'));
    expect(cache.kind).to.equal('idb');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('does not create a database that does not exist', async () => {
    expect(await clearCache({ dbName })).to.equal(true);
    expect(await clearCache({ dbName, scope: scopeA })).to.equal(true);
    expect(await databaseExists(dbName)).to.equal(false);
  });

  it('deletes a database of another schema version outright, even for one scope', async () => {
    const future = await openDB(dbName, 99, { upgrade: (db) => void db.createObjectStore('entries') });
    await future.put('entries', { admin: 'someone' }, 'k');
    future.close();
    expect(await clearCache({ dbName, scope: scopeA })).to.equal(true);
    expect(await databaseExists(dbName)).to.equal(false);
  });

  it('answers false instead of hanging when another tab keeps the database, and finishes once it lets go', async () => {
    const holder = await openDB(dbName, 99, { upgrade: (db) => void db.createObjectStore('entries') });
    held.push(holder);
    const result = await withinMs(clearCache({ dbName, timeoutMs: 300 }), 2000, 'clearCache while held');
    expect(result).to.equal(false);
    holder.close();
    // The queued deletion completes by itself; the next request on the name runs after it.
    const probe = await openDB(dbName);
    held.push(probe);
    expect(probe.version).to.equal(1);
    expect([...probe.objectStoreNames]).to.deep.equal([]);
  });
});

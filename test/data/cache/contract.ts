import { expect } from '@open-wc/testing';
import type { CacheLimits, ClosableEntryCache } from '../../../src/data/cache/entry-cache.js';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { SESSION_ADMIN_KEYS, SESSION_ENTRY_KEYS } from '../../../src/data/entry.js';
import { DEFAULT_QUERY, queryKey } from '../../../src/data/query.js';
import { BASE_TIME, makeEntries, makeEntry, manualClock, viewOf } from './helpers.js';

export interface CacheSetup {
  /** A fresh cache; every cache made in one test shares one store (one database). */
  create(limits: CacheLimits): ClosableEntryCache;
  /** Checks after each test (e.g. that IndexedDB did not quietly fall back to memory). */
  verify?(): void;
  cleanup(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;
const SCOPE_A = cacheScope('https://panel.example.com/api/sessions', 'admin-a');
const SCOPE_B = cacheScope('https://panel.example.com/api/sessions', 'admin-b');
const ALL = queryKey(DEFAULT_QUERY);
const SEARCH = queryKey({ ...DEFAULT_QUERY, q: 'invoice' });

const ids = (entries: readonly SessionEntry[]) => entries.map((entry) => entry.id);

/** What every `EntryCache` that stores anything must do, whatever it stores in. */
export function describeCacheContract(label: string, makeSetup: () => CacheSetup): void {
  describe(`${label}: cache contract`, () => {
    let setup: CacheSetup;
    let clock: ReturnType<typeof manualClock>;
    const create = (limits: CacheLimits = {}) => setup.create({ now: clock.read, ...limits });

    beforeEach(() => {
      setup = makeSetup();
      clock = manualClock();
    });
    afterEach(async () => {
      try {
        setup.verify?.();
      } finally {
        await setup.cleanup();
      }
    });

    it('reads back what was written, in display order, with total, cursor and savedAt', async () => {
      const cache = create();
      const entries = makeEntries(0, 5);
      await cache.write(SCOPE_A, ALL, viewOf(entries, 120, 'cursor-2'));
      const view = await cache.read(SCOPE_A, ALL);
      expect(view).to.deep.equal({ entries, total: 120, nextCursor: 'cursor-2', savedAt: BASE_TIME });
      expect(await cache.read(SCOPE_A, SEARCH)).to.equal(null);
    });

    it('keeps views of different queries apart and replaces a view on rewrite', async () => {
      const cache = create();
      await cache.write(SCOPE_A, ALL, viewOf(makeEntries(0, 3), null, 'c1'));
      await cache.write(SCOPE_A, SEARCH, viewOf(makeEntries(5, 7)));
      clock.now += 60_000;
      await cache.write(SCOPE_A, ALL, viewOf(makeEntries(2, 4), 2, null));
      const all = await cache.read(SCOPE_A, ALL);
      expect(ids(all!.entries)).to.deep.equal(['a-3', 'a-2']);
      expect(all!.total).to.equal(2);
      expect(all!.nextCursor).to.equal(null);
      expect(all!.savedAt).to.equal(BASE_TIME + 60_000);
      expect(ids((await cache.read(SCOPE_A, SEARCH))!.entries)).to.deep.equal(['a-6', 'a-5']);
    });

    it('stores a copy: changing the written objects later changes nothing', async () => {
      const cache = create();
      const entries = makeEntries(0, 2) as { -readonly [K in keyof SessionEntry]: SessionEntry[K] }[];
      await cache.write(SCOPE_A, ALL, viewOf(entries));
      entries[0]!.url = 'https://evil.example.com/';
      entries.pop();
      expect((await cache.read(SCOPE_A, ALL))!.entries).to.deep.equal(makeEntries(0, 2));
    });

    it('returns only SessionEntry fields even when the written objects carry more', async () => {
      const cache = create();
      const leaky = {
        ...makeEntry(1),
        session_id: 'laravel_session=abc123',
        admin_notes: 'do not share',
        admin: { ...makeEntry(1).admin!, admin_notes: 'private', password_hash: 'x' },
      } as SessionEntry;
      await cache.write(SCOPE_A, ALL, viewOf([leaky]));
      const [entry] = (await cache.read(SCOPE_A, ALL))!.entries;
      expect(Object.keys(entry!)).to.have.members([...SESSION_ENTRY_KEYS]);
      expect(Object.keys(entry!.admin!)).to.have.members([...SESSION_ADMIN_KEYS]);
      expect(entry).to.deep.equal(makeEntry(1));
    });

    it('skips entries that are not SessionEntries and ignores a write that is not a view', async () => {
      const cache = create();
      const broken = { ...makeEntry(2), time: Number.NaN };
      await cache.write(SCOPE_A, ALL, viewOf([makeEntry(3), broken, makeEntry(1)]));
      expect(ids((await cache.read(SCOPE_A, ALL))!.entries)).to.deep.equal(['a-3', 'a-1']);
      await cache.write(SCOPE_A, ALL, null as never);
      await cache.write(SCOPE_A, ALL, { entries: 'nope' } as never);
      expect(ids((await cache.read(SCOPE_A, ALL))!.entries)).to.deep.equal(['a-3', 'a-1']);
    });

    it("isolates scopes: admin A's cache is invisible to admin B", async () => {
      const cache = create();
      await cache.write(SCOPE_A, ALL, viewOf(makeEntries(0, 3, 'a')));
      expect(await cache.read(SCOPE_B, ALL)).to.equal(null);
      // Same entry ids in both scopes must not overwrite each other.
      const forB = makeEntries(0, 3, 'a').map((entry) => ({ ...entry, url: `${entry.url}?seen-by=b` }));
      await cache.write(SCOPE_B, ALL, viewOf(forB));
      expect((await cache.read(SCOPE_A, ALL))!.entries).to.deep.equal(makeEntries(0, 3, 'a'));
      expect((await cache.read(SCOPE_B, ALL))!.entries).to.deep.equal(forB);
    });

    it('clear(scope) forgets one scope, clear() forgets all', async () => {
      const cache = create();
      await cache.write(SCOPE_A, ALL, viewOf(makeEntries(0, 2, 'a')));
      await cache.write(SCOPE_B, ALL, viewOf(makeEntries(0, 2, 'b')));
      await cache.clear(SCOPE_A);
      expect(await cache.read(SCOPE_A, ALL)).to.equal(null);
      expect(ids((await cache.read(SCOPE_B, ALL))!.entries)).to.deep.equal(['b-1', 'b-0']);
      await cache.clear();
      expect(await cache.read(SCOPE_B, ALL)).to.equal(null);
      await cache.write(SCOPE_A, ALL, viewOf([makeEntry(9)]));
      expect(ids((await cache.read(SCOPE_A, ALL))!.entries)).to.deep.equal(['a-9']);
    });

    it('caps the number of entries over all scopes, evicting the oldest by entry time', async () => {
      const cache = create({ maxEntries: 5 });
      await cache.write(SCOPE_A, ALL, viewOf(makeEntries(0, 4, 'a'))); // minutes 0–3
      await cache.write(SCOPE_B, ALL, viewOf(makeEntries(10, 14, 'b'))); // minutes 10–13
      // 8 entries, cap 5: A's three oldest go; A's view now just shows fewer entries.
      const a = await cache.read(SCOPE_A, ALL);
      expect(ids(a!.entries)).to.deep.equal(['a-3']);
      expect(a!.total).to.equal(4);
      expect(ids((await cache.read(SCOPE_B, ALL))!.entries)).to.deep.equal(['b-13', 'b-12', 'b-11', 'b-10']);
    });

    it('keeps the 20,000 newest of 25,000 entries written (default cap)', async function () {
      this.timeout(60_000);
      const cache = create();
      const entries = makeEntries(0, 25_000);
      await cache.write(SCOPE_A, ALL, viewOf(entries, 25_000, 'next'));
      const view = await cache.read(SCOPE_A, ALL);
      expect(view!.entries.length).to.equal(20_000);
      expect(view!.entries[0]).to.deep.equal(makeEntry(24_999));
      expect(view!.entries.at(-1)).to.deep.equal(makeEntry(5_000));
      expect(ids(view!.entries)).to.deep.equal(ids(entries.slice(0, 20_000)));
    });

    it('drops views and entries last written more than maxAgeMs ago, whatever their entry time', async () => {
      const cache = create({ maxAgeMs: 24 * HOUR });
      // Entries from 2025 written "now": their own age does not matter, only when they were cached.
      await cache.write(SCOPE_A, ALL, viewOf(makeEntries(0, 3)));
      await cache.write(SCOPE_A, SEARCH, viewOf(makeEntries(10, 12)));
      clock.now += 20 * HOUR;
      // Rewriting refreshes a-1 (shared with the first view) but not the first view itself.
      await cache.write(SCOPE_B, ALL, viewOf([makeEntry(1, 'b')]));
      await cache.write(SCOPE_A, SEARCH, viewOf([makeEntry(11), makeEntry(1)]));
      clock.now += 4 * HOUR;
      expect(ids((await cache.read(SCOPE_A, ALL))!.entries)).to.deep.equal(['a-2', 'a-1', 'a-0']);
      clock.now += 1;
      expect(await cache.read(SCOPE_A, ALL)).to.equal(null);
      expect(ids((await cache.read(SCOPE_A, SEARCH))!.entries)).to.deep.equal(['a-11', 'a-1']);
      clock.now += 20 * HOUR + 1;
      expect(await cache.read(SCOPE_A, SEARCH)).to.equal(null);
      expect(await cache.read(SCOPE_B, ALL)).to.equal(null);
    });
  });
}

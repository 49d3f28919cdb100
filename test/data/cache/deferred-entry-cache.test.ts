/**
 * DeferredEntryCache: the cache whose code comes in a chunk. Nothing is loaded to read what cannot be
 * there (a memory cache not made yet; IndexedDB with no database of ours), and writes wait for the
 * first rows to be painted (`writesAfter`).
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { DeferredEntryCache } from '../../../src/data/cache/deferred-entry-cache.js';
import { DEFAULT_DB_NAME, type ClosableEntryCache, type EntryCacheKind } from '../../../src/data/cache/entry-cache.js';
import { MemoryEntryCache } from '../../../src/data/cache/memory-entry-cache.js';
import { makeEntries } from './helpers.js';

/** A deferred cache over a memory cache, counting how often its code is asked for. */
function setUp(kind: EntryCacheKind, writesAfter?: Promise<unknown>) {
  let makes = 0;
  const real = new MemoryEntryCache();
  const cache = new DeferredEntryCache(kind, async (): Promise<ClosableEntryCache> => (makes++, real), writesAfter);
  return { cache, real, makes: () => makes };
}

const view = { entries: makeEntries(0, 3), total: 3, nextCursor: null };

describe('DeferredEntryCache', () => {
  afterEach(() => sinon.restore());

  it('a memory cache not made yet reads nothing and loads no code; once written, it reads what was written', async () => {
    const { cache, makes } = setUp('memory');
    expect(await cache.read('scope', 'key')).to.equal(null);
    expect(makes(), 'no code for a read that cannot find anything').to.equal(0);
    await cache.write('scope', 'key', view);
    expect(makes()).to.equal(1);
    expect((await cache.read('scope', 'key'))?.entries.map((entry) => entry.id)).to.deep.equal(view.entries.map((entry) => entry.id));
  });

  it('IndexedDB with no database of ours (a first visit): reads nothing and loads no code', async () => {
    sinon.stub(indexedDB, 'databases').resolves([{ name: 'someone-else', version: 1 }]);
    const { cache, makes } = setUp('idb');
    expect(await cache.read('scope', 'key')).to.equal(null);
    expect(makes()).to.equal(0);
  });

  it('IndexedDB with our database (an earlier visit), or a browser that cannot list them: loads the cache and reads it', async () => {
    for (const databases of [[{ name: DEFAULT_DB_NAME, version: 3 }], undefined]) {
      sinon.restore();
      if (databases) sinon.stub(indexedDB, 'databases').resolves(databases);
      else sinon.stub(indexedDB, 'databases').value(undefined);
      const { cache, real, makes } = setUp('idb');
      await real.write('scope', 'key', view);
      expect((await cache.read('scope', 'key'))?.total, databases ? 'listed' : 'not listable').to.equal(3);
      expect(makes()).to.equal(1);
    }
  });

  it('writes wait for writesAfter', async () => {
    sinon.stub(indexedDB, 'databases').resolves([{ name: DEFAULT_DB_NAME, version: 3 }]);
    let painted!: () => void;
    const { cache } = setUp('idb', new Promise<void>((resolve) => (painted = resolve)));
    const write = cache.write('scope', 'key', view);
    // A read asked after it (through a real task, the database list) loads the cache: the write is not in it.
    expect(await cache.read('scope', 'key'), 'not written before the first rows are painted').to.equal(null);
    painted();
    await write;
    expect((await cache.read('scope', 'key'))?.total).to.equal(3);
  });
});

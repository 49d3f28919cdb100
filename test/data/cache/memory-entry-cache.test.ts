import { expect } from '@open-wc/testing';
import { createEntryCache } from '../../../src/data/cache/create-entry-cache.js';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';
import { MemoryEntryCache } from '../../../src/data/cache/memory-entry-cache.js';
import { NoCache } from '../../../src/data/cache/no-cache.js';
import { describeCacheContract } from './contract.js';
import { makeEntries, manualClock, recordWarnings, viewOf } from './helpers.js';

describeCacheContract('MemoryEntryCache', () => {
  // Caches made in one test share one store, like IndexedDB caches sharing a database.
  let shared: MemoryEntryCache | null = null;
  return {
    create: (limits) => (shared ??= new MemoryEntryCache(limits)),
    cleanup: async () => {
      shared = null;
    },
  };
});

describe('MemoryEntryCache', () => {
  const scope = cacheScope('/api/sessions', 'admin-a');

  it('frees what it evicts rather than only hiding it', async () => {
    const clock = manualClock();
    const cache = new MemoryEntryCache({ maxEntries: 4, maxAgeMs: 1000, now: clock.read });
    await cache.write(scope, 'q1', viewOf(makeEntries(0, 6)));
    expect(cache.size).to.equal(4);
    clock.now += 1001;
    await cache.write(scope, 'q2', viewOf(makeEntries(10, 11)));
    expect(cache.size).to.equal(1);
    await cache.clear(scope);
    expect(cache.size).to.equal(0);
  });

  it('is what createEntryCache gives for kind "memory", without warnings', async () => {
    const { warn, messages } = recordWarnings();
    const cache = createEntryCache({ kind: 'memory', warn });
    expect(cache.kind).to.equal('memory');
    await cache.write(scope, 'q', viewOf(makeEntries(0, 2)));
    expect((await cache.read(scope, 'q'))!.entries).to.deep.equal(makeEntries(0, 2));
    expect(messages).to.deep.equal([]);
  });
});

describe('NoCache', () => {
  it('is what createEntryCache gives for kind "none", and remembers nothing', async () => {
    const cache = createEntryCache({ kind: 'none' });
    expect(cache).to.be.instanceOf(NoCache);
    expect(cache.kind).to.equal('none');
    await cache.write('scope', 'q', viewOf(makeEntries(0, 2)));
    expect(await cache.read('scope', 'q')).to.equal(null);
    await cache.clear();
  });
});

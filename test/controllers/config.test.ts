import { DEFAULT_PAGE_SIZE } from '../../src/data/defaults.js';
import { expect } from '@open-wc/testing';
import {
  readAdapter,
  readCacheKind,
  readInstant,
  readPageSize,
  readPositive,
  readRefreshInterval,
  readTimeZone,
} from '../../src/controllers/config.js';
import { recordWarnings } from '../helpers/controller-host.js';

/**
 * Warnings are once per distinct message for the whole page, so every bad value here is unique to
 * its test: each test sees its own warning, or none.
 */
describe('config: the attribute readers (warn once, fall back)', () => {
  /** Reads `read()` twice and returns the two results and the warnings. */
  async function twice<T>(read: () => T): Promise<{ results: T[]; warnings: string[] }> {
    const results: T[] = [];
    const warnings = await recordWarnings(() => {
      results.push(read(), read());
    });
    return { results, warnings };
  }

  it('readAdapter: native or puqcloud, any case and spacing; else native with one warning', async () => {
    const good = await recordWarnings(() => {
      expect(readAdapter('puqcloud')).to.equal('puqcloud');
      expect(readAdapter(' PUQcloud ')).to.equal('puqcloud');
      expect(readAdapter(null)).to.equal('native');
      expect(readAdapter('')).to.equal('native');
    });
    expect(good).to.deep.equal([]);
    const { results, warnings } = await twice(() => readAdapter('laravel-x1'));
    expect(results).to.deep.equal(['native', 'native']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('adapter="laravel-x1"').and.include('native');
  });

  it('readPageSize: whole numbers 1–1000; bad values fall back to 50, big ones to 1000, each warned once', async () => {
    const good = await recordWarnings(() => {
      expect(readPageSize('20')).to.equal(20);
      expect(readPageSize(12.7)).to.equal(12);
      expect(readPageSize('1000')).to.equal(1000);
    });
    expect(good).to.deep.equal([]);
    const bad = await twice(() => readPageSize('zero-x2'));
    expect(bad.results).to.deep.equal([DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE]);
    expect(bad.warnings).to.have.length(1);
    const negative = await twice(() => readPageSize('-3'));
    expect(negative.results).to.deep.equal([50, 50]);
    expect(negative.warnings).to.have.length(1);
    const big = await twice(() => readPageSize('5001'));
    expect(big.results).to.deep.equal([1000, 1000]);
    expect(big.warnings).to.have.length(1);
    expect(big.warnings[0]).to.include('page-size="5001"').and.include('1000');
  });

  it('readTimeZone: a zone the browser knows; empty is the fallback without a warning; unknown warns once', async () => {
    const good = await recordWarnings(() => {
      expect(readTimeZone('Europe/Berlin', 'server-time-zone', 'UTC')).to.equal('Europe/Berlin');
      expect(readTimeZone('', 'server-time-zone', 'UTC')).to.equal('UTC');
      expect(readTimeZone(null, 'server-time-zone', 'UTC')).to.equal('UTC');
    });
    expect(good).to.deep.equal([]);
    const { results, warnings } = await twice(() => readTimeZone('Mars/Olympus_Mons', 'server-time-zone', 'UTC'));
    expect(results).to.deep.equal(['UTC', 'UTC']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('server-time-zone="Mars/Olympus_Mons"');
  });

  it('readCacheKind: idb, memory or none (any case); else idb with one warning', async () => {
    const good = await recordWarnings(() => {
      expect(readCacheKind('memory')).to.equal('memory');
      expect(readCacheKind(' NONE ')).to.equal('none');
      expect(readCacheKind(undefined)).to.equal('idb');
    });
    expect(good).to.deep.equal([]);
    const { results, warnings } = await twice(() => readCacheKind('redis-7'));
    expect(results).to.deep.equal(['idb', 'idb']);
    expect(warnings).to.have.length(1);
  });

  it('readRefreshInterval: whole seconds 1–3600; else 5 with one warning', async () => {
    const good = await recordWarnings(() => {
      expect(readRefreshInterval('10')).to.equal(10);
      expect(readRefreshInterval(2.6)).to.equal(3);
      expect(readRefreshInterval('3600')).to.equal(3600);
    });
    expect(good).to.deep.equal([]);
    for (const bad of ['0', '3601', 'often']) {
      const { results, warnings } = await twice(() => readRefreshInterval(bad));
      expect(results, bad).to.deep.equal([5, 5]);
      expect(warnings, bad).to.have.length(1);
    }
  });

  it('readPositive: a positive number; empty, zero or negative fall back; above max is clamped, each warned once', async () => {
    expect(await recordWarnings(() => expect(readPositive('2500', 'timeout', 15_000)).to.equal(2500))).to.deep.equal([]);
    const empty = await twice(() => readPositive(' ', 'cache-max-age', 24));
    expect(empty.results).to.deep.equal([24, 24]);
    expect(empty.warnings).to.have.length(1);
    const zero = await twice(() => readPositive(0, 'max-entries', 100_000));
    expect(zero.results).to.deep.equal([100_000, 100_000]);
    expect(zero.warnings).to.have.length(1);
    const big = await twice(() => readPositive('9999', 'cache-max-entries', 20_000, 5000));
    expect(big.results).to.deep.equal([5000, 5000]);
    expect(big.warnings).to.have.length(1);
    expect(big.warnings[0]).to.include('cache-max-entries="9999"').and.include('5000');
  });

  it('readInstant: ISO 8601 to ms; empty is null quietly; unreadable is null with one warning', async () => {
    const good = await recordWarnings(() => {
      expect(readInstant('2025-06-01T09:00:00Z', 'from')).to.equal(Date.UTC(2025, 5, 1, 9));
      expect(readInstant('', 'from')).to.equal(null);
      expect(readInstant(null, 'to')).to.equal(null);
    });
    expect(good).to.deep.equal([]);
    const { results, warnings } = await twice(() => readInstant('last tuesday', 'to'));
    expect(results).to.deep.equal([null, null]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('to="last tuesday"');
  });
});

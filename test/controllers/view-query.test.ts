import { expect } from '@open-wc/testing';
import { displayZone, resolveQuery, type QueryAttributes } from '../../src/controllers/view-query.js';
import { DEFAULT_RANGE } from '../../src/data/defaults.js';
import type { SortColumn, SortOrder } from '../../src/data/query.js';
import { recordWarnings } from '../helpers/controller-host.js';
import { EPOCH } from '../helpers/fake-clock.js';

const HOUR = 3_600_000;
const ATTRIBUTES: QueryAttributes = {
  range: '24h',
  from: null,
  to: null,
  query: '',
  hideMe: false,
  sort: 'time',
  order: 'desc',
  timeZone: 'local',
  serverTimeZone: 'UTC',
};

/** Warnings are once per distinct message for the page: each bad value here is used by one test only. */
describe('view-query', () => {
  describe('displayZone', () => {
    it('local (or empty) is the viewer’s own zone: undefined', () => {
      expect(displayZone({ timeZone: 'local', serverTimeZone: 'UTC' })).to.equal(undefined);
      expect(displayZone({ timeZone: ' LOCAL ', serverTimeZone: 'UTC' })).to.equal(undefined);
      expect(displayZone({ timeZone: '', serverTimeZone: 'UTC' })).to.equal(undefined);
    });

    it('utc in any case is UTC; an IANA name is itself', () => {
      expect(displayZone({ timeZone: 'utc', serverTimeZone: 'Europe/Kyiv' })).to.equal('UTC');
      expect(displayZone({ timeZone: 'Asia/Tokyo', serverTimeZone: 'UTC' })).to.equal('Asia/Tokyo');
    });

    it('server is the server’s zone; a bad server zone falls back to UTC with one warning', async () => {
      expect(displayZone({ timeZone: 'server', serverTimeZone: 'Europe/Kyiv' })).to.equal('Europe/Kyiv');
      const warnings = await recordWarnings(() => {
        expect(displayZone({ timeZone: 'server', serverTimeZone: 'Nowhere/Zone_1' })).to.equal('UTC');
        expect(displayZone({ timeZone: 'Server', serverTimeZone: 'Nowhere/Zone_1' })).to.equal('UTC');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('server-time-zone="Nowhere/Zone_1"');
    });

    it('an unknown zone falls back to the viewer’s with one warning', async () => {
      const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const warnings = await recordWarnings(() => {
        expect(displayZone({ timeZone: 'Atlantis/Capital', serverTimeZone: 'UTC' })).to.equal(viewer);
        expect(displayZone({ timeZone: 'Atlantis/Capital', serverTimeZone: 'UTC' })).to.equal(viewer);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('time-zone="Atlantis/Capital"');
    });
  });

  describe('resolveQuery', () => {
    it('a relative range ends open (new requests keep arriving) and starts its length before now', () => {
      expect(resolveQuery({ ...ATTRIBUTES, range: '1h' }, EPOCH)).to.deep.equal({
        from: EPOCH - HOUR,
        to: null,
        relative: '1h',
        q: '',
        hideMe: false,
        sort: 'time',
        order: 'desc',
      });
      expect(resolveQuery({ ...ATTRIBUTES, range: '7d' }, EPOCH)).to.include({ from: EPOCH - 7 * 24 * HOUR, to: null, relative: '7d' });
    });

    it('stock keeps its end (this hour + 24 h), in the display zone', () => {
      // EPOCH is 09:00 UTC on the hour.
      expect(resolveQuery({ ...ATTRIBUTES, range: 'stock', timeZone: 'utc' }, EPOCH + 25 * 60_000)).to.include({
        from: EPOCH - 24 * HOUR,
        to: EPOCH + 24 * HOUR,
        relative: 'stock',
      });
      // Kolkata is +05:30: its hour started at 08:30 UTC.
      expect(resolveQuery({ ...ATTRIBUTES, range: 'stock', timeZone: 'Asia/Kolkata' }, EPOCH + 25 * 60_000)).to.include({
        from: EPOCH - 30 * 60_000 - 24 * HOUR,
        to: EPOCH - 30 * 60_000 + 24 * HOUR,
      });
    });

    it('from/to make an absolute range (relative: null), either end may be open', () => {
      expect(resolveQuery({ ...ATTRIBUTES, from: '2025-06-01T00:00:00Z', to: '2025-06-01T06:00:00Z' }, EPOCH)).to.include({
        from: Date.UTC(2025, 5, 1, 0),
        to: Date.UTC(2025, 5, 1, 6),
        relative: null,
      });
      expect(resolveQuery({ ...ATTRIBUTES, from: '2025-06-01T00:00:00Z' }, EPOCH)).to.include({ from: Date.UTC(2025, 5, 1), to: null, relative: null });
    });

    it('a start after the end shows the last 24 hours, with one warning', async () => {
      const attributes = { ...ATTRIBUTES, from: '2025-06-02T00:00:00Z', to: '2025-06-01T00:00:00Z' };
      const warnings = await recordWarnings(() => {
        expect(resolveQuery(attributes, EPOCH)).to.include({ from: EPOCH - 24 * HOUR, to: null, relative: DEFAULT_RANGE });
        resolveQuery(attributes, EPOCH);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('is after');
    });

    it('an unknown range shows the last 24 hours, with one warning', async () => {
      const warnings = await recordWarnings(() => {
        expect(resolveQuery({ ...ATTRIBUTES, range: 'fortnight' }, EPOCH)).to.include({ from: EPOCH - 24 * HOUR, relative: '24h' });
        resolveQuery({ ...ATTRIBUTES, range: 'fortnight' }, EPOCH);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('range="fortnight"');
    });

    it('trims the search, keeps Hide me, and falls back to time/desc for an unknown sort or order', () => {
      const query = resolveQuery({ ...ATTRIBUTES, query: '  admin:alice  ', hideMe: true, sort: 'ip', order: 'asc' }, EPOCH);
      expect(query).to.include({ q: 'admin:alice', hideMe: true, sort: 'ip', order: 'asc' });
      const odd = resolveQuery({ ...ATTRIBUTES, sort: 'password' as SortColumn, order: 'sideways' as SortOrder }, EPOCH);
      expect(odd).to.include({ sort: 'time', order: 'desc' });
    });

    it('resolves against the clock now by default', () => {
      const before = Date.now();
      const query = resolveQuery({ ...ATTRIBUTES, range: '15m' });
      expect(query.from).to.be.within(before - 15 * 60_000, Date.now() - 15 * 60_000);
    });
  });
});

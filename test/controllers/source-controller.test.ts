import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SourceController } from '../../src/controllers/source-controller.js';
import { FULL_CAPABILITIES, type FetchPage } from '../../src/data/adapters/index.js';
import { NoCache, cacheScope } from '../../src/data/cache/index.js';
import { DEFAULT_QUERY } from '../../src/data/query.js';
import { FakeSourceHost, recordWarnings } from '../helpers/controller-host.js';

describe('SourceController', () => {
  let host: FakeSourceHost;
  let source: SourceController;

  beforeEach(() => {
    host = new FakeSourceHost();
    source = new SourceController(host);
    host.connect();
  });

  afterEach(() => {
    host.disconnect();
    sinon.restore();
  });

  describe('the source', () => {
    it('is the same object while the attributes it depends on are unchanged', () => {
      const first = source.source;
      expect(first).to.not.equal(null);
      host.update();
      expect(source.source).to.equal(first);
      // Attributes the adapter does not read do not make a new one.
      host.currentAdmin = 'alice';
      host.cache = 'none';
      host.cacheMaxEntries = 10;
      expect(source.source).to.equal(first);
      // The same timeout written as attribute text or as a number is the same value.
      host.timeout = '15000';
      expect(source.source).to.equal(first);
    });

    for (const [attribute, value] of [
      ['endpoint', '/api/other-log'],
      ['adapter', 'puqcloud'],
      ['serverTimeZone', 'Europe/Kyiv'],
      ['timeout', 3000],
    ] as const) {
      it(`is a new one when ${attribute} changes`, () => {
        const before = source.source;
        (host as unknown as Record<string, unknown>)[attribute] = value;
        const after = source.source;
        expect(after).to.not.equal(null);
        expect(after).to.not.equal(before);
        expect(source.source, 'and then the same again').to.equal(after);
      });
    }

    it('asks the endpoint it was made for: a new endpoint is what the next request goes to', async () => {
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => new Response(JSON.stringify({ entries: [], total: 0, next_cursor: null }), { status: 200, headers: { 'content-type': 'application/json' } }));
      host.endpoint = '/first/log';
      const request = { query: DEFAULT_QUERY, cursor: null, newerThan: null, limit: 10, signal: new AbortController().signal };
      await source.source!.fetchPage(request).catch(() => null);
      host.endpoint = '/second/log';
      await source.source!.fetchPage(request).catch(() => null);
      const urls = fetch.getCalls().map((call) => new URL(String(call.args[0] instanceof Request ? call.args[0].url : call.args[0]), location.href).pathname);
      expect(urls).to.deep.equal(['/first/log', '/second/log']);
    });

    it('uses the page’s fetchPage with full capabilities, whatever the endpoint says', () => {
      const fetchPage: FetchPage = async () => ({ entries: [], total: 0, nextCursor: null });
      host.fetchPage = fetchPage;
      host.endpoint = '';
      expect(source.source!.fetchPage).to.equal(fetchPage);
      expect(source.source!.capabilities).to.equal(FULL_CAPABILITIES);
      expect(source.capabilities).to.equal(FULL_CAPABILITIES);
      expect(source.endpointProblem).to.equal(null);
      expect(source.endpointUrl).to.equal(null);
      expect(source.isNative, 'no histogram endpoint to ask').to.equal(false);
      const same = source.source;
      expect(source.source).to.equal(same);
      const other: FetchPage = async () => ({ entries: [], total: 0, nextCursor: null });
      host.fetchPage = other;
      expect(source.source!.fetchPage).to.equal(other);
    });

    it('puqcloud: what its server can search and sort, the rest is left to the loaded rows', () => {
      host.adapter = 'puqcloud';
      expect(source.isNative).to.equal(false);
      expect([...source.capabilities.searchFields].sort()).to.deep.equal(['admin', 'email', 'ip', 'time']);
      expect([...source.capabilities.sortColumns]).to.deep.equal(['time']);
      host.adapter = 'native';
      expect(source.isNative).to.equal(true);
    });
  });

  describe('a bad endpoint', () => {
    for (const [endpoint, reason] of [
      ['', 'missing'],
      ['   ', 'missing'],
      ['ftp://files.example.com/log', 'not-http'],
      ['http://[::1', 'invalid'],
    ] as const) {
      it(`"${endpoint}" is reported as ${reason}, with no source and no URL`, () => {
        host.endpoint = endpoint;
        expect(source.source).to.equal(null);
        expect(source.endpointUrl).to.equal(null);
        expect(source.endpointProblem?.reason).to.equal(reason);
        expect(source.endpointProblem?.kind).to.equal('config');
        expect(source.capabilities).to.equal(FULL_CAPABILITIES);
      });
    }

    it('a good endpoint has no problem and is its URL', () => {
      host.endpoint = ' https://panel.example.com/admin/api/admin_session_logs ';
      expect(source.endpointProblem).to.equal(null);
      expect(source.endpointUrl).to.equal('https://panel.example.com/admin/api/admin_session_logs');
    });
  });

  describe('the cache', () => {
    it('unset without current-admin or cache-key: in memory, quietly (the README snippet logs nothing; before the idb test, whose warning is said once per page)', async () => {
      host.cache = null;
      let cache: unknown;
      const warnings = await recordWarnings(() => {
        cache = source.cache;
      });
      expect((cache as { kind: string }).kind).to.equal('memory');
      expect(warnings).to.deep.equal([]);
    });

    it('unset with current-admin: IndexedDB', async () => {
      host.cache = null;
      host.currentAdmin = 'alice@example.com';
      expect(source.cache!.kind).to.equal('idb');
    });

    it('idb without current-admin or cache-key: in memory, with one warning however often it is read', async () => {
      host.cache = 'idb';
      let caches: unknown[] = [];
      const warnings = await recordWarnings(() => {
        caches = [source.cache, source.cache, source.cache];
        host.update();
        caches.push(source.cache);
      });
      expect((caches[0] as { kind: string }).kind, 'a memory cache (its code comes in the cache chunk)').to.equal('memory');
      expect(caches.every((cache) => cache === caches[0]), 'the same cache each time').to.equal(true);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('current-admin or cache-key');
    });

    it('idb with current-admin (or cache-key) keeps pages in IndexedDB, scoped to that admin', async () => {
      host.cache = 'idb';
      host.currentAdmin = 'alice@example.com';
      const warnings = await recordWarnings(() => {
        expect(source.cache!.kind).to.equal('idb');
      });
      expect(warnings).to.deep.equal([]);
      expect(source.scope).to.equal(cacheScope('/api/admin-sessions', 'alice@example.com'));
      host.currentAdmin = null;
      host.cacheKey = 'tenant-7';
      expect(source.scope).to.equal(cacheScope('/api/admin-sessions', 'tenant-7'));
      expect(source.scope).to.not.equal(cacheScope('/api/admin-sessions', 'alice@example.com'));
    });

    it('none is no cache; memory is memory, and keeps pages once its code has come', async () => {
      host.cache = 'none';
      expect(source.cache).to.be.instanceOf(NoCache);
      host.cache = 'memory';
      const cache = source.cache!;
      expect(cache.kind).to.equal('memory');
      await cache.write(source.scope, 'q', { entries: [], total: 0, nextCursor: null });
      expect(await cache.read(source.scope, 'q')).to.include({ total: 0, nextCursor: null });
    });

    it('a change of its limits closes the old cache and makes a new one', () => {
      const first = source.cache!;
      const close = sinon.spy(first, 'close');
      host.cacheMaxEntries = '500';
      const second = source.cache;
      expect(second).to.not.equal(first);
      expect(close.calledOnce).to.equal(true);
    });

    it('is closed when the host leaves the page, none is made while it is away, and a new one when it is back', () => {
      const first = source.cache!;
      const close = sinon.spy(first, 'close');
      host.disconnect();
      expect(close.calledOnce).to.equal(true);
      // A late answer to a removed widget must not open a database.
      expect(source.cache).to.equal(null);
      host.connect();
      const second = source.cache;
      expect(second).to.not.equal(first);
      expect(source.cache).to.equal(second);
      expect(close.calledOnce, 'closed once, not again').to.equal(true);
    });
  });
});

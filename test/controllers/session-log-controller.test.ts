import { expect } from '@open-wc/testing';
import { SessionLogController } from '../../src/controllers/session-log-controller.js';
import { FILL_PAGES } from '../../src/data/defaults.js';
import { SourceController } from '../../src/controllers/source-controller.js';
import type { PageRequest, SessionPage } from '../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { SessionsError } from '../../src/data/errors.js';
import { DEFAULT_QUERY, type SessionQuery } from '../../src/data/query.js';
import { FakeSourceHost } from '../helpers/controller-host.js';
import { makeEntries } from '../helpers/entries.js';
import { installFakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { deferred, until } from '../helpers/msw.js';

/** A server over `entries` (newest first): cursor = offset, `newerThan` gives the entries above it. */
class FakeServer {
  readonly requests: PageRequest[] = [];
  /** When set, answers wait for it (one deferred per request, in order). */
  held: { promise: Promise<void>; resolve: () => void }[] | null = null;
  failure: SessionsError | null = null;

  constructor(public entries: SessionEntry[]) {}

  readonly fetchPage = async (request: PageRequest): Promise<SessionPage> => {
    this.requests.push(request);
    const entries = this.entries;
    if (this.held) {
      const gate = deferred();
      this.held.push(gate);
      await gate.promise;
    }
    if (this.failure) throw this.failure;
    if (request.newerThan) {
      const newer = entries.filter((entry) => entry.time > request.newerThan!.time);
      return { entries: newer.slice(0, request.limit), total: null, nextCursor: null };
    }
    const start = request.cursor ? Number(request.cursor) : 0;
    const end = start + request.limit;
    return { entries: entries.slice(start, end), total: entries.length, nextCursor: end < entries.length ? String(end) : null };
  };

  get pageRequests(): PageRequest[] {
    return this.requests.filter((request) => !request.newerThan);
  }
}

describe('SessionLogController', () => {
  let host: FakeSourceHost;
  let server: FakeServer;
  let sessions: SessionLogController;
  let query: SessionQuery;
  let calls: { loads: number; errors: SessionsError[]; arrived: number[]; queryStarts: number };

  /** A host (updating itself, as Lit does) with a source for `server` and a session log controller over it. */
  function setUp(entries: SessionEntry[], options: { pageSize?: number; q?: string } = {}): void {
    server = new FakeServer(entries);
    host = new FakeSourceHost({ autoUpdate: true });
    host.cache = 'none';
    host.fetchPage = server.fetchPage;
    query = { ...DEFAULT_QUERY, q: options.q ?? '' };
    calls = { loads: 0, errors: [], arrived: [], queryStarts: 0 };
    sessions = new SessionLogController(host, {
      source: new SourceController(host),
      query: () => query,
      pageSize: () => options.pageSize ?? 50,
      maxEntries: () => 100_000,
      currentAdmin: () => null,
      collapseRepeats: () => false,
      onLoad: () => calls.loads++,
      onError: (error) => calls.errors.push(error),
      onArrived: (count) => calls.arrived.push(count),
      onQueryStart: () => calls.queryStarts++,
    });
  }

  /** Connects and runs the first update, as an element's first render does. */
  function start(): void {
    host.connect();
    host.update();
  }

  const ids = (entries: readonly SessionEntry[]) => entries.map((entry) => entry.id);

  afterEach(() => host?.disconnect());

  it('loads the first page through its Task and shows it', async () => {
    setUp(makeEntries(120));
    start();
    expect(server.requests).to.have.length(1);
    expect(server.requests[0]).to.include({ cursor: null, newerThan: null, limit: 50 });
    expect(server.requests[0]!.query).to.deep.equal(DEFAULT_QUERY);
    expect(sessions.log.loading).to.equal(true);
    expect(sessions.settled).to.equal(false);
    expect(calls.queryStarts).to.equal(1);

    await until(() => sessions.settled, 'the first page is answered');
    expect(ids(sessions.view.entries)).to.deep.equal(ids(makeEntries(50)));
    expect(sessions.log.loading).to.equal(false);
    expect(sessions.empty).to.equal(false);
    expect(sessions.error).to.equal(null);
    expect(calls.loads).to.equal(1);
    expect(server.requests, 'nothing else asked: no local filter, nothing scrolled').to.have.length(1);
  });

  it('an empty range is empty once answered, not before', async () => {
    setUp([]);
    start();
    expect(sessions.empty, 'not empty while the first page is on its way').to.equal(false);
    await until(() => sessions.settled);
    expect(sessions.empty).to.equal(true);
  });

  it('without a source (a bad endpoint) asks nothing and shows the endpoint problem', async () => {
    setUp(makeEntries(10));
    host.fetchPage = null;
    host.endpoint = 'ftp://example.com/log';
    start();
    await until(() => sessions.settled);
    expect(server.requests).to.have.length(0);
    expect(sessions.error?.kind).to.equal('config');
    expect(calls.queryStarts).to.equal(0);
  });

  it('a failed first page is reported once through onError and shown as the error', async () => {
    setUp(makeEntries(10));
    server.failure = new SessionsError('server', 'HTTP 500', 500, null, null);
    start();
    await until(() => calls.errors.length > 0);
    expect(calls.errors).to.deep.equal([server.failure]);
    expect(sessions.error).to.equal(server.failure);
    expect(calls.loads).to.equal(0);
  });

  describe('the view', () => {
    it('is the same object until the log or the query changes (derived once per change)', async () => {
      setUp(makeEntries(120));
      start();
      await until(() => sessions.settled);
      const first = sessions.view;
      expect(sessions.view).to.equal(first);
      host.update();
      host.update();
      expect(sessions.view, 'updates without a change reuse it').to.equal(first);
      expect(sessions.rows.rows, 'the rows to show are the view’s').to.equal(first.entries);

      // The log changes: a following page.
      sessions.nearEnd();
      await until(() => sessions.view.entries.length === 100);
      const second = sessions.view;
      expect(second).to.not.equal(first);
      expect(sessions.view).to.equal(second);

      // The query changes: a term only matched over the loaded rows (no new request).
      query = { ...query, q: '-admin:alice' };
      host.update();
      const third = sessions.view;
      expect(third).to.not.equal(second);
      expect(sessions.view).to.equal(third);
      expect(third.filteredLocally).to.equal(true);
      expect(third.entries.some((entry) => entry.admin?.name === 'Alice Admin')).to.equal(false);
    });
  });

  describe('a superseded query', () => {
    it('is aborted, and its answer is never shown, even when it arrives before the new one', async () => {
      const newest = Date.UTC(2025, 11, 15, 12);
      setUp(makeEntries(5, newest, 'old'));
      server.held = [];
      query = { ...query, q: 'alpha' };
      start();
      await until(() => server.held!.length === 1);
      const first = server.requests[0]!;
      expect(first.query.q).to.equal('alpha');

      server.entries = makeEntries(5, newest, 'new');
      query = { ...query, q: 'beta' };
      host.requestUpdate();
      await until(() => server.held!.length === 2, 'the new query is asked for');
      expect(first.signal.aborted, 'the old request is aborted').to.equal(true);
      expect(server.requests[1]!.query.q).to.equal('beta');
      expect(calls.queryStarts).to.equal(2);

      // Every state the log reaches from here is recorded when it asks to be shown.
      const seen: string[][] = [];
      const requestUpdate = host.requestUpdate.bind(host);
      host.requestUpdate = () => (seen.push(ids(sessions.log.entries)), requestUpdate());
      server.held![0]!.resolve(); // the old answer first
      server.held![1]!.resolve();
      await until(() => sessions.settled && sessions.view.entries.length === 5);
      expect(ids(sessions.view.entries)).to.deep.equal(['new0', 'new1', 'new2', 'new3', 'new4']);
      expect(seen.flat().filter((id) => id.startsWith('old')), 'no row of the old answer was ever shown').to.deep.equal([]);
      expect(sessions.log.query?.q).to.equal('beta');
      expect(calls.loads, 'one load: the current query’s').to.equal(1);
    });
  });

  describe('filling sparse local matches', () => {
    /** Waits until no page is loading on its own any more. */
    const quiet = () => until(() => sessions.settled && !sessions.log.loadingMore && !sessions.searchingOlder);

    it(`a filter that matches nothing loads ${FILL_PAGES} more pages on its own, then offers older requests`, async () => {
      // `admin:` terms are matched over the loaded rows too; the fake server ignores the keyword.
      setUp(makeEntries(2000), { q: 'admin:nobody' });
      start();
      await until(() => sessions.offerOlder, 'Search older requests is offered');
      await quiet();
      expect(sessions.view.filteredLocally).to.equal(true);
      expect(sessions.view.entries).to.have.length(0);
      expect(server.pageRequests, 'the first page and FILL_PAGES more').to.have.length(1 + FILL_PAGES);
      expect(server.pageRequests.map((request) => request.cursor)).to.deep.equal([null, ...Array.from({ length: FILL_PAGES }, (_, i) => String((i + 1) * 50))]);

      sessions.searchOlder();
      await until(() => server.pageRequests.length === 1 + 2 * FILL_PAGES);
      await quiet();
      expect(sessions.offerOlder).to.equal(true);
      expect(server.pageRequests, 'as many again, no more').to.have.length(1 + 2 * FILL_PAGES);
    });

    it('stops as soon as a page of matches shows', async () => {
      // One row in five is a DELETE: ten matches a page, five pages for fifty.
      setUp(makeEntries(2000), { q: 'method:DELETE' });
      start();
      await until(() => sessions.view.entries.length >= 50);
      await quiet();
      expect(server.pageRequests).to.have.length(5);
      expect(sessions.view.entries).to.have.length(50);
      expect(sessions.offerOlder).to.equal(false);
    });

    it('stops at the end of the log', async () => {
      setUp(makeEntries(120), { q: 'admin:nobody' });
      start();
      await until(() => sessions.settled && !sessions.log.hasMore);
      await quiet();
      expect(server.pageRequests).to.have.length(3);
      expect(sessions.offerOlder, 'nothing older to search').to.equal(false);
    });

    it('does not fill when the server did all the filtering', async () => {
      setUp(makeEntries(2000), { q: 'alice' });
      start();
      await until(() => sessions.settled);
      // An update queues the fill check in a microtask, which runs before this await resumes.
      host.update();
      await Promise.resolve();
      expect(sessions.log.loadingMore).to.equal(false);
      expect(sessions.view.filteredLocally).to.equal(false);
      expect(server.pageRequests).to.have.length(1);
    });
  });

  describe('refresh', () => {
    it('adds rows on top, calls onArrived(count) and onLoad once, and re-renders once', async () => {
      const newest = Date.UTC(2025, 11, 15, 12);
      setUp(makeEntries(120, newest));
      start();
      await until(() => sessions.settled);
      expect(calls.loads).to.equal(1);
      const arrived = makeEntries(3, newest + 3000, 'fresh');
      server.entries = [...arrived, ...server.entries];
      const updates = host.requestUpdateCount;

      await sessions.refresh(new AbortController().signal);
      const refresh = server.requests.at(-1)!;
      expect(refresh.newerThan?.id, 'asks only for what is newer than the newest row').to.equal('e0');
      expect(calls.arrived).to.deep.equal([3]);
      expect(calls.loads).to.equal(2);
      expect(host.requestUpdateCount - updates, 'one re-render for the refresh').to.equal(1);
      await host.updateComplete;
      expect(ids(sessions.view.entries.slice(0, 4))).to.deep.equal(['fresh0', 'fresh1', 'fresh2', 'e0']);
      expect(sessions.view.entries).to.have.length(53);
    });

    it('a refresh that brings nothing reports no arrivals and no load', async () => {
      setUp(makeEntries(20));
      start();
      await until(() => sessions.settled);
      await sessions.refresh(new AbortController().signal);
      expect(server.requests.at(-1)!.newerThan).to.not.equal(null);
      expect(calls.arrived).to.deep.equal([]);
      expect(calls.loads).to.equal(1);
    });

    it('does nothing while the first page is on its way', async () => {
      setUp(makeEntries(20));
      server.held = [];
      start();
      await until(() => server.held!.length === 1);
      await sessions.refresh(new AbortController().signal);
      expect(server.requests).to.have.length(1);
      server.held![0]!.resolve();
      await until(() => sessions.settled);
    });
  });

  describe('near the end (infinite scroll)', () => {
    let clock: FakeClock;

    afterEach(() => clock?.restore());

    it('loads the next page once, 200 ms after the first of a burst of near-end calls', async () => {
      setUp(makeEntries(200));
      start();
      await until(() => sessions.settled);
      clock = installFakeClock();
      for (let i = 0; i < 5; i++) {
        sessions.nearEnd();
        clock.tick(30);
      }
      // The first call started the wait: 200 ms after it, one request.
      clock.tick(49);
      expect(server.requests).to.have.length(1);
      clock.tick(1);
      expect(server.requests).to.have.length(2);
      expect(server.requests[1]!.cursor).to.equal('50');
      // Time passes with the page answered (promises settle between timers): the burst asked for one page.
      await clock.tickAsync(1000);
      expect(sessions.view.entries).to.have.length(100);
      expect(server.requests, 'one page per burst').to.have.length(2);
      expect(calls.loads).to.equal(2);
    });

    it('leaves no timer when the host leaves the page', async () => {
      setUp(makeEntries(200));
      start();
      await until(() => sessions.settled);
      clock = installFakeClock();
      sessions.nearEnd();
      host.disconnect();
      expect(clock.countTimers()).to.equal(0);
      clock.tick(1000);
      expect(server.requests).to.have.length(1);
    });
  });
});

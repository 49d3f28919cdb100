import { expect } from '@open-wc/testing';
import '../helpers/insights.js';
import sinon from 'sinon';
import { forgetMissingHistograms, HistogramController, type HistogramLog } from '../../src/controllers/histogram-controller.js';
import { bucketize } from '../../src/data/histogram/buckets.js';
import { FULL_CAPABILITIES } from '../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { DEFAULT_QUERY, type SessionQuery } from '../../src/data/query.js';
import { deriveView } from '../../src/data/view.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { makeEntries } from '../helpers/entries.js';
import { until } from '../helpers/msw.js';

const HOUR = 3_600_000;
const FROM = Date.UTC(2025, 11, 15, 0);
const TO = Date.UTC(2025, 11, 15, 12);
/** What the fake server counts: one bucket per hour, 10 WEB and 20 API in the first. */
const SERVER_ANSWER = {
  bucket_ms: HOUR,
  from: new Date(FROM).toISOString(),
  to: new Date(TO).toISOString(),
  buckets: [{ start: new Date(FROM).toISOString(), web: 10, api: 20 }],
};

describe('HistogramController', () => {
  let host: ControllerHost;
  let histogram: HistogramController;
  let endpoint: string | null;
  let query: SessionQuery;
  let fetch: sinon.SinonStub;
  /** Rows loaded for the query: 60, a second apart, ending 11:59 (inside the range). */
  const loaded: readonly SessionEntry[] = makeEntries(60, TO - 60_000);

  const viewOf = (q: SessionQuery, rows: readonly SessionEntry[] = loaded) =>
    deriveView({ loaded: rows, unfiltered: rows, query: q, capabilities: FULL_CAPABILITIES, currentAdmin: null });

  /** The shell's log as the controller reads it: `rows` loaded for `q`, the whole range (no more pages), answered. */
  const logOf = (q: SessionQuery, rows: readonly SessionEntry[] = loaded, view = viewOf(q, rows), more: Partial<HistogramLog> = {}): HistogramLog => ({
    view,
    query: q,
    log: { entries: rows, query: q, hasMore: false },
    error: null,
    settled: true,
    stale: false,
    loadMore: () => Promise.resolve(),
    ...more,
  });

  /** Histogram requests made, as URLs. */
  const requested = () => fetch.getCalls().map((call) => new URL(String(call.args[0]), location.href));

  beforeEach(() => {
    // Endpoints without a histogram are remembered for the page and the tab (sessionStorage).
    forgetMissingHistograms();
    endpoint = '/api/admin-sessions';
    query = { ...DEFAULT_QUERY, from: FROM, to: TO, q: 'alice' };
    fetch = sinon.stub(window, 'fetch').callsFake(async (input) => {
      const status = /\/missing-(\d+)\//.exec(String(input))?.[1] ?? (String(input).includes('/missing/') ? '404' : null);
      return status
        ? new Response('{}', { status: Number(status) })
        : new Response(JSON.stringify(SERVER_ANSWER), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    host = new ControllerHost({ autoUpdate: true });
    histogram = new HistogramController(host, { endpoint: () => endpoint, serverQuery: () => query });
    host.connect();
  });

  afterEach(() => {
    host.disconnect();
    sinon.restore();
    forgetMissingHistograms();
  });

  /** Waits until the task settled after an update (it asks for one update when it starts and one when it settles). */
  async function settled(): Promise<void> {
    const before = host.requestUpdateCount;
    host.update();
    await until(() => host.requestUpdateCount >= before + 2, 'the task settled');
  }

  it('draws the server’s counts, asked once per server query', async () => {
    host.update();
    await until(() => histogram.bars(logOf(query), 'UTC').source === 'server');
    const bars = histogram.bars(logOf(query), 'UTC');
    expect(bars.data.web[0]).to.equal(10);
    expect(bars.data.api[0]).to.equal(20);
    expect(bars.data.web).to.have.length(12);
    const [url] = requested();
    expect(url!.pathname).to.equal('/api/admin-sessions/histogram');
    expect(url!.searchParams.get('from')).to.equal(new Date(FROM).toISOString());
    expect(url!.searchParams.get('to')).to.equal(new Date(TO).toISOString());
    expect(url!.searchParams.get('q')).to.equal('alice');

    host.update();
    host.update();
    expect(fetch.callCount, 'the same query is not asked again').to.equal(1);
    expect(histogram.bars(logOf(query), 'UTC').data, 'the same bars while nothing changed').to.equal(bars.data);

    query = { ...query, q: 'bob' };
    host.update();
    expect(fetch.callCount).to.equal(2);
    expect(requested()[1]!.searchParams.get('q')).to.equal('bob');
  });

  it('adds the loaded rows newer than the server’s count to its bars', async () => {
    host.update();
    await until(() => histogram.bars(logOf(query), 'UTC').source === 'server');
    const later = [...makeEntries(2, TO + 30 * 60_000, 'late'), ...loaded];
    const bars = histogram.bars(logOf(query, later), 'UTC');
    expect(bars.source).to.equal('server');
    expect(bars.data.web).to.have.length(13);
    expect(bars.data.web[12]! + bars.data.api[12]!, 'the two rows after 12:00').to.equal(2);
    expect(bars.data.web[0]).to.equal(10);
  });

  it('counts the loaded rows shown when part of the query is filtered over them', async () => {
    host.update();
    await until(() => histogram.bars(logOf(query), 'UTC').source === 'server');
    const local = { ...query, q: 'alice -method:GET' };
    const view = viewOf(local);
    expect(view.filteredLocally).to.equal(true);
    const bars = histogram.bars(logOf(local, loaded, view), 'UTC');
    expect(bars.source).to.equal('loaded');
    expect(bars.data).to.deep.equal(bucketize(view.entries, { from: FROM, to: TO, timeZone: 'UTC' }));
    const total = bars.data.web.reduce((a, b) => a + b, 0) + bars.data.api.reduce((a, b) => a + b, 0);
    expect(total).to.equal(view.entries.length);
    expect(view.entries.length).to.be.greaterThan(0).and.lessThan(loaded.length);
  });

  it('asks nothing when there is no server histogram (endpoint() is null), and counts the loaded rows', async () => {
    endpoint = null;
    host.update();
    // The Task asks for an update when it starts and when it settles.
    await until(() => host.requestUpdateCount >= 2, 'the task settled');
    expect(fetch.called).to.equal(false);
    const bars = histogram.bars(logOf(query), 'UTC');
    expect(bars.source).to.equal('loaded');
    expect(bars.data.web.reduce((a, b) => a + b, 0) + bars.data.api.reduce((a, b) => a + b, 0)).to.equal(60);
  });

  it('a server without the endpoint (404) gets bars from the loaded rows', async () => {
    endpoint = '/missing/log';
    host.update();
    await until(() => host.requestUpdateCount >= 2, 'the task settled');
    expect(fetch.callCount).to.equal(1);
    expect(histogram.bars(logOf(query), 'UTC').source).to.equal('loaded');
  });

  describe('a server without the histogram endpoint is asked once per page and tab', () => {
    for (const status of [404, 405, 501]) {
      it(`${status}: later ranges and searches ask nothing, in this controller or another one`, async () => {
        endpoint = `/missing-${status}/log`;
        await settled();
        expect(fetch.callCount).to.equal(1);
        for (const q of ['bob', 'carol', 'ip:10.0.0.0/8']) {
          query = { ...query, q, from: query.from! - HOUR };
          await settled();
        }
        expect(fetch.callCount, 'no request after the first answer').to.equal(1);
        expect(histogram.bars(logOf(query), 'UTC').source).to.equal('loaded');
        // Another widget on the page, for the same endpoint.
        const other = new ControllerHost({ autoUpdate: true });
        new HistogramController(other, { endpoint: () => endpoint, serverQuery: () => query });
        other.connect();
        const before = other.requestUpdateCount;
        other.update();
        await until(() => other.requestUpdateCount >= before + 2, 'the other task settled');
        other.disconnect();
        expect(fetch.callCount, 'another controller does not ask either').to.equal(1);
        // A reload of the tab does not ask again: the endpoint is in sessionStorage.
        expect(JSON.parse(sessionStorage.getItem('admin-sessions:no-histogram') ?? '[]')).to.deep.equal([new URL(endpoint, location.href).href]);
      });
    }

    it('queries that supersede the first one wait for its answer instead of asking again', async () => {
      endpoint = '/missing/log';
      host.update();
      query = { ...query, q: 'bob' };
      host.update();
      query = { ...query, q: 'carol' };
      await settled();
      expect(fetch.callCount).to.equal(1);
      expect(histogram.bars(logOf(query), 'UTC').source).to.equal('loaded');
    });

    it('a failure other than "not there" (500) is not remembered: the next query asks again', async () => {
      endpoint = '/missing-500/log';
      await settled();
      query = { ...query, q: 'bob' };
      await settled();
      expect(fetch.callCount).to.equal(2);
      expect(sessionStorage.getItem('admin-sessions:no-histogram')).to.equal(null);
    });
  });

  describe('counted from loaded rows (no server histogram)', () => {
    beforeEach(() => void (endpoint = null));

    it('says loading, or that the log did not load, instead of an empty range while there are no rows', () => {
      host.update();
      const none: SessionEntry[] = [];
      expect(histogram.bars(logOf(query, none, viewOf(query, none), { settled: false }), 'UTC').state).to.equal('loading');
      expect(histogram.bars(logOf(query, none, viewOf(query, none), { settled: false, error: new Error('500') }), 'UTC').state).to.equal('failed');
      expect(histogram.bars(logOf(query, none), 'UTC').state, 'answered and empty: really none').to.equal('ready');
      expect(histogram.bars(logOf(query, loaded, viewOf(query), { settled: false, stale: true }), 'UTC').state).to.equal('stale');
      expect(histogram.bars(logOf(query, loaded, viewOf(query), { error: new Error('refresh failed') }), 'UTC').state, 'rows stay after a failed refresh').to.equal('ready');
    });

    it('while more pages remain, the axis starts at the oldest row loaded', () => {
      const wide = { ...query, q: '', from: TO - 48 * HOUR };
      const partial = logOf(wide, loaded, viewOf(wide), { log: { entries: loaded, query: wide, hasMore: true } });
      const bars = histogram.bars(partial, 'UTC');
      const oldest = loaded.at(-1)!.time;
      expect(bars.loaded).to.deep.equal({ from: oldest, to: TO });
      expect(bars.data.start, 'the first bucket holds the oldest row').to.be.within(oldest - bars.data.size + 1, oldest);
      expect(bars.data.web.reduce((a, b) => a + b) + bars.data.api.reduce((a, b) => a + b), 'every row counted').to.equal(loaded.length);
      expect(bars.data.start + bars.data.size * bars.data.web.length).to.be.at.least(TO);
      expect(bars.data.size, 'buckets sized for the minute loaded, not for 48 h').to.be.below(HOUR);

      const whole = histogram.bars(logOf(wide), 'UTC');
      expect(whole.loaded, 'the log’s end reached: the whole range').to.equal(null);
      expect(whole.data.start).to.be.at.most(wide.from);
      const older = histogram.bars(logOf(wide, loaded, viewOf(wide), { log: { entries: loaded, query: { ...wide, order: 'asc' }, hasMore: true } }), 'UTC');
      expect(older.loaded, 'pages oldest first: no newest part is complete').to.equal(null);
    });

    it('"Load more" asks for pages until the log ends, at most five, and once at a time', async () => {
      const wide = { ...query, q: '', from: TO - 48 * HOUR };
      let entries = loaded;
      let calls = 0;
      const log = { entries, query: wide, hasMore: true };
      const loadMore = () => {
        calls++;
        entries = [...entries, ...makeEntries(10, entries.at(-1)!.time - 60_000, `p${calls}`)];
        log.entries = entries;
        return new Promise<void>((resolve) => setTimeout(resolve, 0));
      };
      const bars = histogram.bars(logOf(wide, loaded, viewOf(wide), { log, loadMore }), 'UTC');
      bars.more();
      bars.more();
      await until(() => calls === 5, 'five pages');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls, 'at most five per click, and a second click while it runs adds none').to.equal(5);
      log.hasMore = false;
      histogram.bars(logOf(wide, entries, viewOf(wide, entries), { log, loadMore }), 'UTC').more();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls, 'nothing once the log ends').to.equal(5);
    });
  });
});

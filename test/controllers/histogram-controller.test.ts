import { expect } from '@open-wc/testing';
import '../helpers/insights.js';
import sinon from 'sinon';
import { forgetMissingHistograms, HistogramController } from '../../src/controllers/histogram-controller.js';
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
    await until(() => histogram.bars(viewOf(query), loaded, query, 'UTC').source === 'server');
    const bars = histogram.bars(viewOf(query), loaded, query, 'UTC');
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
    expect(histogram.bars(viewOf(query), loaded, query, 'UTC').data, 'the same bars while nothing changed').to.equal(bars.data);

    query = { ...query, q: 'bob' };
    host.update();
    expect(fetch.callCount).to.equal(2);
    expect(requested()[1]!.searchParams.get('q')).to.equal('bob');
  });

  it('adds the loaded rows newer than the server’s count to its bars', async () => {
    host.update();
    await until(() => histogram.bars(viewOf(query), loaded, query, 'UTC').source === 'server');
    const later = [...makeEntries(2, TO + 30 * 60_000, 'late'), ...loaded];
    const bars = histogram.bars(viewOf(query, later), later, query, 'UTC');
    expect(bars.source).to.equal('server');
    expect(bars.data.web).to.have.length(13);
    expect(bars.data.web[12]! + bars.data.api[12]!, 'the two rows after 12:00').to.equal(2);
    expect(bars.data.web[0]).to.equal(10);
  });

  it('counts the loaded rows shown when part of the query is filtered over them', async () => {
    host.update();
    await until(() => histogram.bars(viewOf(query), loaded, query, 'UTC').source === 'server');
    const local = { ...query, q: 'alice -method:GET' };
    const view = viewOf(local);
    expect(view.filteredLocally).to.equal(true);
    const bars = histogram.bars(view, loaded, local, 'UTC');
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
    const bars = histogram.bars(viewOf(query), loaded, query, 'UTC');
    expect(bars.source).to.equal('loaded');
    expect(bars.data.web.reduce((a, b) => a + b, 0) + bars.data.api.reduce((a, b) => a + b, 0)).to.equal(60);
  });

  it('a server without the endpoint (404) gets bars from the loaded rows', async () => {
    endpoint = '/missing/log';
    host.update();
    await until(() => host.requestUpdateCount >= 2, 'the task settled');
    expect(fetch.callCount).to.equal(1);
    expect(histogram.bars(viewOf(query), loaded, query, 'UTC').source).to.equal('loaded');
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
        expect(histogram.bars(viewOf(query), loaded, query, 'UTC').source).to.equal('loaded');
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
      expect(histogram.bars(viewOf(query), loaded, query, 'UTC').source).to.equal('loaded');
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
});

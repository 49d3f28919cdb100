import { expect } from '@open-wc/testing';
import '../helpers/insights.js';
import sinon from 'sinon';
import { FacetsController, forgetMissingFacets, MORE_PAGES, type FacetsLog } from '../../src/controllers/facets-controller.js';
import { FULL_CAPABILITIES } from '../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { countFacets } from '../../src/data/facets/facets.js';
import { DEFAULT_QUERY, type SessionQuery } from '../../src/data/query.js';
import { deriveView } from '../../src/data/view.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { makeEntries } from '../helpers/entries.js';
import { until } from '../helpers/msw.js';

const FROM = Date.UTC(2025, 11, 15, 0);
const TO = Date.UTC(2025, 11, 15, 12);
/** What the fake server counts over the whole range. */
const SERVER_ANSWER = { total: 900, facets: { admin: [{ value: 'alice@example.com', label: 'Alice Admin', count: 400 }], type: [{ value: 'API', count: 900 }] } };

describe('FacetsController', () => {
  let host: ControllerHost;
  let endpoint: string | null;
  let query: SessionQuery;
  let fetch: sinon.SinonStub;
  let sessions: FacetsLog & { log: { entries: SessionEntry[]; query: SessionQuery | null; hasMore: boolean; total: number | null } };
  let facets: FacetsController;

  const viewOf = (q: SessionQuery, rows: readonly SessionEntry[]) =>
    deriveView({ loaded: rows, unfiltered: rows, query: q, capabilities: FULL_CAPABILITIES, currentAdmin: null });

  beforeEach(() => {
    forgetMissingFacets();
    endpoint = '/api/admin-sessions';
    query = { ...DEFAULT_QUERY, from: FROM, to: TO, q: 'alice' };
    fetch = sinon.stub(window, 'fetch').callsFake(async (input) => {
      const status = /\/status-(\d+)\//.exec(String(input))?.[1];
      return new Response(status ? '{}' : JSON.stringify(SERVER_ANSWER), { status: status ? Number(status) : 200 });
    });
    const rows = makeEntries(60, TO - 60_000);
    const log = { entries: rows, query: query as SessionQuery | null, hasMore: true, total: 900 as number | null };
    sessions = {
      log,
      get view() {
        return viewOf(query, log.entries);
      },
      stale: false,
      loadMore: () => Promise.resolve(),
    };
    host = new ControllerHost({ autoUpdate: true });
    facets = new FacetsController(host, { endpoint: () => endpoint, serverQuery: () => query, sessions });
    host.connect();
  });

  afterEach(() => {
    host.disconnect();
    sinon.restore();
    forgetMissingFacets();
  });

  it('shows the server’s counts, asked once per server query with its range and keyword', async () => {
    host.update();
    await until(() => facets.state().source === 'server', 'no server counts');
    const state = facets.state();
    expect(state.counts.total).to.equal(900);
    expect(state.counts.facets.admin[0]!.count).to.equal(400);
    const url = new URL(String(fetch.firstCall.args[0]), location.href);
    expect(url.pathname).to.equal('/api/admin-sessions/facets');
    expect(url.searchParams.get('from')).to.equal(new Date(FROM).toISOString());
    expect(url.searchParams.get('q')).to.equal('alice');
    host.update();
    expect(fetch.callCount, 'the same query is not asked again').to.equal(1);
  });

  it('adds the rows a refresh brings after the server counted, without asking it again', async () => {
    host.update();
    await until(() => facets.state().source === 'server', 'no server counts');
    expect(facets.state().counts.total, 'the rows loaded with the answer are counted by the server').to.equal(900);
    // A refresh brings three rows on top: Alice (WEB), Bob (API), Seán (WEB).
    sessions.log.entries = [...makeEntries(3, TO, 'new'), ...sessions.log.entries];
    host.update();
    const { counts, source } = facets.state();
    expect(source).to.equal('server');
    expect(counts.total).to.equal(903);
    expect(counts.facets.admin.find((v) => v.value === 'alice@example.com')!.count).to.equal(401);
    expect(counts.facets.type.map((v) => [v.value, v.count])).to.deep.equal([['API', 901], ['WEB', 2]]);
    expect(fetch.callCount, 'the server is not asked again').to.equal(1);
  });

  it('counts the loaded rows when filters apply over them (the server’s counts would disagree with the table)', async () => {
    host.update();
    await until(() => facets.state().source === 'server', 'no server counts');
    query = { ...query, q: 'alice -method:GET' };
    const state = facets.state();
    expect(state.source).to.equal('loaded');
    expect(state.counts).to.deep.equal(countFacets(sessions.view.entries));
    expect(state.counts.total).to.be.above(0).and.below(60);
  });

  it('asks nothing without an endpoint (PUQcloud), and a 404 is asked once: both count the loaded rows, not as a failure', async () => {
    endpoint = null;
    host.update();
    await until(() => host.requestUpdateCount >= 2, 'the task settled');
    expect(fetch.called).to.equal(false);
    expect(facets.state()).to.include({ source: 'loaded', failed: false, loaded: 60, total: 900, hasMore: true });

    endpoint = '/status-404/log';
    host.update();
    await until(() => fetch.callCount === 1 && host.requestUpdateCount >= 4, 'the 404 settled');
    query = { ...query, q: 'bob' };
    host.update();
    await host.updateComplete;
    expect(fetch.callCount, 'a 404 is remembered').to.equal(1);
    expect(facets.state()).to.include({ source: 'loaded', failed: false });
  });

  it('a failing endpoint (500) counts the loaded rows and says it failed', async () => {
    endpoint = '/status-500/log';
    host.update();
    await until(() => facets.state().failed, 'not failed');
    expect(facets.state().source).to.equal('loaded');
    expect(facets.state().counts.total).to.equal(60);
  });

  it('Load more asks for at most MORE_PAGES pages a click, and stops at the log’s end', async () => {
    let pages = 0;
    sessions.loadMore = async () => {
      pages++;
      sessions.log.entries = [...sessions.log.entries, ...makeEntries(10, FROM + pages * 60_000, `p${pages}-`)];
    };
    await facets.more();
    expect(pages).to.equal(MORE_PAGES);
    expect(facets.state().loadingMore).to.equal(false);
    sessions.log.hasMore = false;
    await facets.more();
    expect(pages, 'nothing more at the end').to.equal(MORE_PAGES);
  });

  it('Cancel aborts the page on its way and stops', async () => {
    const signals: AbortSignal[] = [];
    sessions.loadMore = (signal) =>
      new Promise((resolve) => {
        signals.push(signal!);
        signal!.addEventListener('abort', resolve);
      });
    const running = facets.more();
    expect(facets.state().loadingMore).to.equal(true);
    facets.cancel();
    await running;
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted).to.equal(true);
    expect(facets.state().loadingMore).to.equal(false);
  });
});

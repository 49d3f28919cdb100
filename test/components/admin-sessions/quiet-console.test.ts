/**
 * A quiet console in a host page (issue 15): a native server without the optional histogram
 * endpoint is asked once, and its 404 remembered, so changing range and search makes no more
 * histogram requests (each would be a failed request in the browser's console); nothing is logged.
 * PUQcloud's server has no histogram: it is never asked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { forgetMissingHistograms } from '../../../src/controllers/histogram-controller.js';
import { mockApi, type MockApi } from '../../helpers/mock-api.js';
import { answersHandled, rowsOf, startWorker, until, watchFetches } from '../../helpers/msw.js';

const isHistogram = (url: URL) => url.pathname.endsWith('/histogram');

describe('<admin-sessions> in a host page: a quiet console', () => {
  let api: MockApi;
  let fetches: ReturnType<typeof watchFetches>;
  let warn: sinon.SinonStub;
  let error: sinon.SinonStub;

  before(startWorker);
  beforeEach(() => {
    forgetMissingHistograms();
    fetches = watchFetches(isHistogram);
    warn = sinon.stub(console, 'warn');
    error = sinon.stub(console, 'error');
  });
  afterEach(() => {
    fetches.restore();
    sinon.restore();
    forgetMissingHistograms();
  });

  /** Counts `admin-sessions-load` events: each change below waits for the load of its query. */
  function loads(el: AdminSessions): { readonly count: number } {
    const seen = { count: 0 };
    el.addEventListener('admin-sessions-load', () => seen.count++);
    return seen;
  }

  /** Changes range and search several times, waiting for each query's rows. */
  async function browse(el: AdminSessions): Promise<void> {
    const seen = loads(el);
    await until(() => rowsOf(el).length > 0, 'no rows');
    const changes: Array<(el: AdminSessions) => void> = [
      (e) => (e.range = '7d'),
      (e) => (e.query = 'alice'),
      (e) => (e.range = '1h'),
      (e) => (e.query = 'bob'),
      (e) => ((e.range = '30d'), (e.query = '')),
    ];
    for (const change of changes) {
      const before = seen.count;
      change(el);
      await until(() => seen.count > before, 'the query after a change did not load');
    }
  }

  it('native server without the histogram (404): one histogram request for five queries, nothing logged', async function () {
    this.timeout(20_000);
    api = mockApi({ histogram: false });
    const el = await fixture<AdminSessions>(html`<admin-sessions endpoint=${api.nativePath} range="24h"></admin-sessions>`);
    await browse(el);
    await answersHandled(fetches.calls, el);
    const asked = api.requests.filter((request) => isHistogram(new URL(request.url)));
    expect(fetches.calls.length, 'histogram requests made').to.equal(1);
    expect(asked.map((request) => request.status)).to.deep.equal([404]);
    // The histogram is counted from the loaded rows, and says so.
    const histogram = el.shadowRoot!.querySelector('admin-sessions-histogram')!;
    expect(histogram.source).to.equal('loaded');
    expect(error.getCalls().map((call) => call.args.map(String).join(' '))).to.deep.equal([]);
    expect(warn.getCalls().map((call) => call.args.map(String).join(' '))).to.deep.equal([]);
  });

  it('a second widget for the same endpoint does not ask again', async function () {
    this.timeout(20_000);
    api = mockApi({ histogram: false });
    const first = await fixture<AdminSessions>(html`<admin-sessions endpoint=${api.nativePath}></admin-sessions>`);
    await until(() => rowsOf(first).length > 0 && fetches.calls.length === 1, 'the first widget did not ask');
    await answersHandled(fetches.calls, first);
    const second = await fixture<AdminSessions>(html`<admin-sessions endpoint=${api.nativePath} range="15m"></admin-sessions>`);
    await browse(second);
    await answersHandled(fetches.calls, second);
    expect(fetches.calls.length).to.equal(1);
    expect(error.called || warn.called).to.equal(false);
  });

  it('PUQcloud: the histogram is never asked', async function () {
    this.timeout(20_000);
    api = mockApi({});
    const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${api.puqcloudPath}></admin-sessions>`);
    await browse(el);
    expect(api.requests.length, 'the log was asked').to.be.greaterThan(5);
    expect(fetches.calls.map((call) => call.url.pathname)).to.deep.equal([]);
    expect(error.called || warn.called).to.equal(false);
  });
});

import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ExportController, type ExportStatus } from '../../src/controllers/export-controller.js';
import { SourceController } from '../../src/controllers/source-controller.js';
import type { PageRequest, SessionPage } from '../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { SessionsError } from '../../src/data/errors.js';
import { EXPORT_STATUS_MS } from '../../src/data/defaults.js';
import { DEFAULT_QUERY, type SessionQuery } from '../../src/data/query.js';
import { FakeSourceHost } from '../helpers/controller-host.js';
import { makeEntries } from '../helpers/entries.js';
import { deferred, until } from '../helpers/msw.js';

describe('ExportController', () => {
  let host: FakeSourceHost;
  let exporter: ExportController;
  let requests: PageRequest[];
  let statuses: (ExportStatus | null)[];
  let save: sinon.SinonSpy<[Blob, string], void>;
  let query: SessionQuery;
  let cap: number;

  /** A host whose page `fetchPage` serves `entries` 500 at a time (cursor = offset), and an export controller on it. */
  function setUp(entries: SessionEntry[], answer?: (request: PageRequest) => Promise<SessionPage>): void {
    requests = [];
    statuses = [];
    query = DEFAULT_QUERY;
    cap = 100_000;
    save = sinon.spy((_blob: Blob, _fileName: string) => {});
    host = new FakeSourceHost();
    host.fetchPage = async (request) => {
      requests.push(request);
      if (answer) return answer(request);
      const start = request.cursor ? Number(request.cursor) : 0;
      const end = start + request.limit;
      return { entries: entries.slice(start, end), total: entries.length, nextCursor: end < entries.length ? String(end) : null };
    };
    exporter = new ExportController(host, {
      source: new SourceController(host),
      query: () => query,
      marks: () => new Map(),
      currentAdmin: () => 'bob@example.com',
      cap: () => cap,
      save,
    });
    // Every status the element would be asked to show.
    const requestUpdate = host.requestUpdate.bind(host);
    host.requestUpdate = () => (statuses.push(exporter.status), requestUpdate());
    host.connect();
  }

  afterEach(() => sinon.restore());

  it('a finished export’s status clears after EXPORT_STATUS_MS; a failure stays until the next export', async () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout'] });
    setUp(makeEntries(20));
    await exporter.start('json');
    expect(exporter.status?.state).to.equal('done');
    clock.tick(EXPORT_STATUS_MS - 1);
    expect(exporter.status?.state).to.equal('done');
    clock.tick(1);
    expect(exporter.status).to.equal(null);

    setUp(makeEntries(20), () => Promise.reject(new SessionsError('server', 'HTTP 500', 500)));
    await exporter.start('json');
    clock.tick(EXPORT_STATUS_MS * 10);
    expect(exporter.status?.state).to.equal('failed');
    clock.restore();
  });

  it('runs, counting the rows written, then is done and hands the file over once', async () => {
    setUp(makeEntries(1200));
    await exporter.start('csv');
    expect(requests.map((request) => request.cursor)).to.deep.equal([null, '500', '1000']);
    expect(statuses).to.deep.equal([
      { state: 'running', count: 0, cap: 100_000 },
      { state: 'running', count: 500, cap: 100_000 },
      { state: 'running', count: 1000, cap: 100_000 },
      { state: 'running', count: 1200, cap: 100_000 },
      { state: 'done', count: 1200, capped: false, cap: 100_000 },
    ]);
    expect(save.callCount).to.equal(1);
    const [blob, fileName] = save.firstCall.args;
    expect(fileName).to.match(/^admin-sessions-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
    const lines = (await blob.text()).trim().split('\r\n');
    expect(lines).to.have.length(1 + 1200);
    expect(lines[1]).to.include('alice@example.com');
  });

  it('stops at the cap and says so', async () => {
    setUp(makeEntries(1200));
    cap = 700;
    await exporter.start('json');
    expect(exporter.status).to.deep.equal({ state: 'done', count: 700, capped: true, cap: 700 });
    expect(requests, 'no page fetched past the cap').to.have.length(2);
    const [blob, fileName] = save.firstCall.args;
    expect(fileName).to.match(/-first-700\.json$/);
    expect(JSON.parse(await blob.text())).to.have.length(700);
  });

  it('applies the table’s local filters: terms the server cannot do, and Hide me', async () => {
    setUp(makeEntries(90));
    // A negated term is never sent to a server; Hide me by the viewing admin's e-mail.
    query = { ...DEFAULT_QUERY, q: '-admin:alice', hideMe: true };
    await exporter.start('json');
    expect(requests[0]!.query.q, 'the server is not asked to do the negation').to.equal('');
    const records = JSON.parse(await save.firstCall.args[0].text()) as { admin: { email: string } }[];
    const emails = new Set(records.map((record) => record.admin.email));
    expect([...emails]).to.deep.equal(['o.brien@example.com']);
    expect(records).to.have.length(30);
    expect(exporter.status).to.include({ state: 'done', count: 30 });
  });

  it('cancel() ends it as cancelled, without a file', async () => {
    const held = deferred<SessionPage>();
    setUp([], (request) => (request.cursor ? held.promise : Promise.resolve({ entries: makeEntries(500), total: null, nextCursor: '500' })));
    const running = exporter.start('csv');
    await until(() => requests.length === 2, 'the second page is asked for');
    expect(exporter.status).to.deep.equal({ state: 'running', count: 500, cap: 100_000 });
    exporter.cancel();
    await running;
    expect(exporter.status).to.deep.equal({ state: 'cancelled' });
    expect(requests[1]!.signal.aborted).to.equal(true);
    expect(save.called).to.equal(false);
  });

  it('is cancelled when the host leaves the page', async () => {
    const held = deferred<SessionPage>();
    setUp([], () => held.promise);
    const running = exporter.start('csv');
    await until(() => requests.length === 1);
    host.disconnect();
    await running;
    expect(exporter.status).to.deep.equal({ state: 'cancelled' });
    expect(requests[0]!.signal.aborted).to.equal(true);
  });

  it('a failing fetchPage fails it with that SessionsError', async () => {
    const failure = new SessionsError('rate-limited', 'Too many requests', 429, null, 30);
    setUp([], () => Promise.reject(failure));
    await exporter.start('csv');
    expect(exporter.status).to.deep.equal({ state: 'failed', error: failure });
    expect(save.called).to.equal(false);
  });

  it('any other failure is a SessionsError too (the log could not be read), keeping its words', async () => {
    setUp([], () => Promise.reject(new TypeError('entries.map is not a function')));
    await exporter.start('csv');
    const status = exporter.status;
    expect(status?.state).to.equal('failed');
    const error = (status as { error: SessionsError }).error;
    expect(error).to.be.instanceOf(SessionsError);
    expect(error.kind).to.equal('bad-response');
    expect(error.detail).to.equal('entries.map is not a function');
  });

  it('runs one export at a time', async () => {
    const held = deferred<SessionPage>();
    setUp([], () => held.promise);
    const first = exporter.start('csv');
    await until(() => requests.length === 1);
    await exporter.start('json');
    expect(requests, 'the second start asked nothing').to.have.length(1);
    held.resolve({ entries: makeEntries(3), total: 3, nextCursor: null });
    await first;
    expect(save.callCount).to.equal(1);
    expect(save.firstCall.args[1]).to.match(/\.csv$/);
  });

  it('does nothing without a source (a bad endpoint)', async () => {
    setUp([]);
    host.fetchPage = null;
    host.endpoint = '';
    await exporter.start('csv');
    expect(exporter.status).to.equal(null);
    expect(host.requestUpdateCount).to.equal(0);
  });
});

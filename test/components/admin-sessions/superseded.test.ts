import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { PuqcloudAdapter } from '../../../src/data/adapters/puqcloud.js';
import { DEFAULT_QUERY } from '../../../src/data/query.js';
import type { SessionsError } from '../../../src/data/errors.js';
import page from '../../fixtures/puqcloud/page.json';
import nativePage from '../../fixtures/native/page.json';
import { answersHandled, deferred, rowsOf, startWorker, useHandlers, until, watchFetches } from '../../helpers/msw.js';

describe('superseded and out-of-order answers', () => {
  before(startWorker);

  it('aborts the pending request when the endpoint changes and never renders its answer', async () => {
    const hold = deferred();
    const signals: [string, AbortSignal][] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (init?.signal && signals.push([String(input), init.signal]), realFetch(input, init));
    after(() => (window.fetch = realFetch));
    useHandlers(
      http.get('/t/slow/sessions', async () => {
        await hold.promise;
        return HttpResponse.json({ entries: [{ ...nativePage.entries[0], id: 'stale-row' }], next_cursor: null });
      }),
      http.get('/t/fast/sessions', () => HttpResponse.json(nativePage)),
    );
    const watched = watchFetches((url) => url.pathname === '/t/slow/sessions');
    after(watched.restore);
    const el = await fixture<AdminSessions>(html`<admin-sessions endpoint="/t/slow/sessions"></admin-sessions>`);
    el.endpoint = '/t/fast/sessions';
    await until(() => rowsOf(el).length === 3);
    const slow = signals.filter(([url]) => url.includes('/t/slow/sessions?'));
    expect(slow.length).to.be.greaterThan(0);
    for (const [, signal] of slow) expect(signal.aborted, 'the superseded request was aborted').to.equal(true);
    expect(signals.some(([url]) => url.includes('/t/fast/sessions?'))).to.equal(true);
    hold.resolve();
    // The superseded request has ended (aborted) and everything after it has rendered.
    await answersHandled(watched.calls, el);
    expect(rowsOf(el).map((row) => row.dataset.id)).to.deep.equal(['e1', 'e2', 'e3']);
  });

  it('drops a PUQcloud answer whose draw is not the latest one sent', async () => {
    const holds = [deferred(), deferred()];
    let call = 0;
    useHandlers(
      http.get('/t/draw/admin_session_logs', async ({ request }) => {
        const mine = call++;
        await holds[mine]!.promise;
        const answer = structuredClone(page);
        answer.data.original.draw = Number(new URL(request.url).searchParams.get('draw'));
        return HttpResponse.json(answer);
      }),
    );
    const adapter = new PuqcloudAdapter({ endpoint: '/t/draw/admin_session_logs', serverTimeZone: 'UTC', timeoutMs: 60_000 });
    // Long enough that a slow machine never turns the held first request into a time-out.
    const request = { query: DEFAULT_QUERY, cursor: null, newerThan: null, limit: 10 };
    const first = adapter.fetchPage({ ...request, signal: new AbortController().signal });
    const second = adapter.fetchPage({ ...request, signal: new AbortController().signal });
    holds[1]!.resolve();
    expect((await second).entries.length).to.equal(7);
    holds[0]!.resolve();
    const late = await first.then(() => 'applied', (error: DOMException) => error.name);
    expect(late).to.equal('AbortError');
  });

  it('reports an answer to the newest request that echoes a different draw as a bad response', async () => {
    useHandlers(http.get('/t/wrongdraw/admin_session_logs', () => HttpResponse.json(page)));
    const adapter = new PuqcloudAdapter({ endpoint: '/t/wrongdraw/admin_session_logs', serverTimeZone: 'UTC', timeoutMs: 60_000 });
    const result = await adapter
      .fetchPage({ query: DEFAULT_QUERY, cursor: null, newerThan: null, limit: 10, signal: new AbortController().signal })
      .then(() => 'applied', (error: SessionsError) => `${error.name} ${error.code}`);
    // page.json carries draw 3; this is the adapter's first request (draw 1), and nothing newer was sent.
    expect(result).to.equal('SessionsError bad-response');
  });
});

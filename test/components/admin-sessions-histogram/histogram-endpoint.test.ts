import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  fetchHistogram,
  histogramUrl,
  parseHistogramResponse,
} from '../../../src/data/histogram/histogram-endpoint.js';
import { SessionsError } from '../../../src/data/errors.js';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { summarize } from '../../../src/data/histogram/buckets.js';
import { mockApi } from '../../helpers/mock-api.js';
import { rowsOf, startWorker, until, useHandlers } from '../../helpers/msw.js';
import { HOUR, MINUTE, T0 } from './helpers.js';

const ENDPOINT = '/t/histogram/api/admin-sessions';

const valid = {
  bucket_ms: 60000,
  from: '2025-12-15T14:00:00.000Z',
  buckets: [
    { start: '2025-12-15T14:00:00.000Z', web: 12, api: 40 },
    { start: '2025-12-15T14:01:00+00:00', web: 0, api: 3 },
    { start: '2025-12-15T15:03:00+01:00', web: 5, api: 0 },
  ],
};

function rejection(body: unknown): SessionsError {
  try {
    parseHistogramResponse(body);
  } catch (error) {
    expect(error).to.be.instanceOf(SessionsError);
    expect((error as SessionsError).code).to.equal('bad-response');
    return error as SessionsError;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('histogram endpoint', () => {
  describe('parseHistogramResponse', () => {
    it('reads buckets, filling left-out empty buckets with zeros', () => {
      expect(parseHistogramResponse(valid)).to.deep.equal({
        start: T0,
        size: MINUTE,
        web: [12, 0, 0, 5],
        api: [40, 3, 0, 0],
      });
    });

    it('spans to "to" when given, so trailing empty buckets still show', () => {
      const data = parseHistogramResponse({ ...valid, to: '2025-12-15T15:00:00Z' });
      expect(data.web.length).to.equal(60);
      expect(data.web.slice(0, 4)).to.deep.equal([12, 0, 0, 5]);
      expect(parseHistogramResponse({ bucket_ms: 60000, from: valid.from, to: '2025-12-15T15:00:00Z', buckets: [] }).web).to.have.length(60);
      expect(parseHistogramResponse({ bucket_ms: 60000, from: valid.from, buckets: [] }).web).to.deep.equal([]);
      // "to" is kept: requests after it were not counted (auto-refresh adds them).
      expect(data.until).to.equal(Date.parse('2025-12-15T15:00:00Z'));
      expect(parseHistogramResponse(valid)).not.to.have.property('until');
    });

    it('rejects wrong shapes, naming what is wrong', () => {
      const cases: [unknown, RegExp][] = [
        [null, /not a JSON object/],
        [[valid], /not a JSON object/],
        [{ ...valid, bucket_ms: '60000' }, /"bucket_ms"/],
        [{ ...valid, bucket_ms: 0 }, /"bucket_ms"/],
        [{ ...valid, bucket_ms: 1.5 }, /"bucket_ms"/],
        [{ ...valid, from: 'yesterday' }, /"from" is not an ISO 8601 time/],
        [{ ...valid, from: '2025-12-15T14:00:00' }, /"from" is not an ISO 8601 time with an offset/],
        [{ ...valid, buckets: {} }, /"buckets" is not an array/],
        [{ ...valid, buckets: [42] }, /bucket 0 is not an object/],
        [{ ...valid, buckets: [{ start: valid.from, web: -1, api: 0 }] }, /bucket 0: "web"/],
        [{ ...valid, buckets: [{ start: valid.from, web: 1, api: '2' }] }, /bucket 0: "api"/],
        [{ ...valid, buckets: [{ start: '2025-12-15T14:00:30Z', web: 1, api: 2 }] }, /whole number of "bucket_ms"/],
        [{ ...valid, buckets: [{ start: '2025-12-15T13:59:00Z', web: 1, api: 2 }] }, /whole number of "bucket_ms"/],
        [{ ...valid, buckets: [valid.buckets[1], valid.buckets[0]] }, /bucket 1: buckets are not in time order/],
        [{ ...valid, to: '2025-12-15T13:00:00Z' }, /"to" is before "from"/],
        [{ ...valid, to: '2025-12-15T14:02:00Z' }, /a bucket starts after "to"/],
        [{ ...valid, bucket_ms: 1000, to: '2025-12-16T14:00:00Z', buckets: [] }, /more than 1000 buckets/],
        [{ ...valid, buckets: [{ start: '2026-12-15T14:00:00Z', web: 1, api: 1 }] }, /more than 1000 buckets/],
      ];
      for (const [body, message] of cases) {
        const error = rejection(body);
        expect(error.message, JSON.stringify(body)).to.match(message);
        // What is wrong travels as the detail, so the widget can word the error in any language.
        expect(error.detail, JSON.stringify(body)).to.match(message);
        expect(error.message).to.include(error.detail!);
      }
    });
  });

  describe('fetchHistogram', () => {
    before(startWorker);
    const signal = new AbortController().signal;
    const request = { from: T0, to: T0 + HOUR - 1, q: ' bob ', hideMe: true };

    it('asks {endpoint}/histogram with the query and reads the answer', async () => {
      let asked: URL | null = null;
      useHandlers(
        http.get(`${ENDPOINT}/histogram`, ({ request: sent }) => {
          asked = new URL(sent.url);
          return HttpResponse.json(valid);
        }),
      );
      const data = await fetchHistogram(ENDPOINT, request, signal);
      expect(data?.web).to.deep.equal([12, 0, 0, 5]);
      const params = asked!.searchParams;
      expect(params.get('from')).to.equal('2025-12-15T14:00:00.000Z');
      expect(params.get('to')).to.equal('2025-12-15T14:59:59.999Z');
      expect(params.get('q')).to.equal('bob');
      expect(params.get('hide_me')).to.equal('1');
      expect(params.get('buckets')).to.equal('60');
    });

    it('keeps the endpoint’s own query string and drops a trailing slash', () => {
      const url = new URL(histogramUrl('/api/log/?tenant=7', { from: null, to: null }));
      expect(url.pathname).to.equal('/api/log/histogram');
      expect(url.searchParams.get('tenant')).to.equal('7');
      expect(url.searchParams.has('from')).to.equal(false);
      expect(url.searchParams.has('hide_me')).to.equal(false);
    });

    it('answers null when the server has no histogram endpoint (404)', async () => {
      useHandlers(http.get(`${ENDPOINT}/histogram`, () => HttpResponse.json({ error: { message: 'nope' } }, { status: 404 })));
      expect(await fetchHistogram(ENDPOINT, request, signal)).to.equal(null);
    });

    it('throws a SessionsError for other failures and bad bodies', async () => {
      useHandlers(http.get(`${ENDPOINT}/histogram`, () => HttpResponse.json({ error: { message: 'boom' } }, { status: 500 })));
      const failure = await fetchHistogram(ENDPOINT, request, signal).catch((error: unknown) => error);
      expect(failure).to.be.instanceOf(SessionsError);
      expect((failure as SessionsError).code).to.equal('server');

      useHandlers(http.get(`${ENDPOINT}/histogram`, () => HttpResponse.json({ entries: [] })));
      const wrong = await fetchHistogram(ENDPOINT, request, signal).catch((error: unknown) => error);
      expect((wrong as SessionsError).code).to.equal('bad-response');
      expect((wrong as SessionsError).message).to.include('histogram');
    });
  });

  describe('in the widget, against the demo’s mock server', () => {
    before(startWorker);

    it('draws the server’s counts and adds the requests auto-refresh brings after them', async function () {
      this.timeout(20_000);
      const api = mockApi({ count: 300, histogram: true });
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" range="24h" endpoint=${api.nativePath}></admin-sessions>`);
      await until(() => rowsOf(el).length > 5, 'no rows');
      await partsSettled(el);
      const histogram = el.shadowRoot!.querySelector('admin-sessions-histogram')!;
      const total = () => (histogram.data ? summarize(histogram.data).total : 0);
      // The server counted all 300 requests of the last 24 hours; the first page holds 50.
      await until(() => histogram.source === 'server' && total() === 300, `histogram: ${histogram.source}, ${total()} requests`);
      expect(histogramPart(histogram, 'label'), 'no "computed from the loaded rows"').to.equal(null);
      const histogramRequests = () => api.requests.filter((request) => new URL(request.url, location.href).pathname.endsWith('/histogram')).length;
      const asked = histogramRequests();

      // Three requests are logged a minute later; a refresh loads them.
      const later = Date.now() + 60_000;
      const template = api.store.at(api.store.size - 1);
      for (let i = 0; i < 3; i++) api.store.insert({ ...template, id: api.store.newId(), time: later + i * 1000, type: i ? 'API' : 'WEB' });
      api.setNow(later + 5_000);
      await el.refresh();
      await until(() => total() === 303, `after the refresh: ${total()} requests`);
      expect(histogramRequests(), 'no new histogram request per refresh').to.equal(asked);

      // A filter over the loaded rows (the server searches one keyword): the server's bars would
      // count rows the table does not show, so the chart counts the shown rows and says so.
      el.query = '-url:bell_notification';
      await until(() => histogram.source === 'loaded', 'still the server’s counts under a local filter');
      await until(() => el.entries.length > 0 && total() === el.entries.length, `histogram ${total()} vs ${el.entries.length} rows shown`);
      expect(el.entries.some((entry) => entry.url.includes('bell_notification'))).to.equal(false);
      expect(histogramPart(histogram, 'label')!.textContent).to.match(/loaded rows/);
    });
  });
});

const histogramPart = (histogram: Element, name: string) => histogram.shadowRoot!.querySelector(`[part~="${name}"]`);

import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  fetchHistogram,
  histogramUrl,
  parseHistogramResponse,
} from '../../../src/components/admin-sessions-histogram/histogram-endpoint.js';
import { SessionsError } from '../../../src/data/errors.js';
import { startWorker, useHandlers } from '../../helpers/msw.js';
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
    expect((error as SessionsError).kind).to.equal('bad-response');
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
      expect((failure as SessionsError).kind).to.equal('server');

      useHandlers(http.get(`${ENDPOINT}/histogram`, () => HttpResponse.json({ entries: [] })));
      const wrong = await fetchHistogram(ENDPOINT, request, signal).catch((error: unknown) => error);
      expect((wrong as SessionsError).kind).to.equal('bad-response');
      expect((wrong as SessionsError).message).to.include('histogram');
    });
  });
});

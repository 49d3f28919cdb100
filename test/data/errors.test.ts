import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { badShape, errorForStatus, getJson } from '../../src/data/adapters/http.js';
import { PuqcloudAdapter } from '../../src/data/adapters/puqcloud.js';
import { SessionsError, unreadableLog } from '../../src/data/errors.js';
import { DEFAULT_QUERY } from '../../src/data/query.js';
import { startWorker, useHandlers } from '../helpers/msw.js';

/**
 * A `SessionsError` from the data layer carries a code and what its English message says as
 * parameters (`detail`, `timeoutSeconds`, besides `status` and `retryAfter`), so the widget words
 * it in any language without reading the English back.
 */

const response = (status: number, headers: Record<string, string> = {}) => ({ status, body: undefined, headers: new Headers(headers) });
/** The fields as one string, so a failure shows them all. */
const fields = (error: SessionsError) => `${error.code} ${error.status} detail=${JSON.stringify(error.detail)} timeout=${JSON.stringify(error.timeoutSeconds)} retry=${error.retryAfter}`;

async function failure(run: () => Promise<unknown>): Promise<SessionsError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SessionsError) return error;
    throw error;
  }
  throw new Error('did not fail');
}

describe('data: SessionsError fields', () => {
  it('keeps the server’s words as detail exactly where the English message quotes them', () => {
    expect(fields(errorForStatus(response(403), 'Permission Denied', null))).to.equal('forbidden 403 detail="Permission Denied" timeout=null retry=null');
    expect(fields(errorForStatus(response(403), null, null))).to.equal('forbidden 403 detail=null timeout=null retry=null');
    expect(fields(errorForStatus(response(500), 'Internal server error', null))).to.equal('server 500 detail="Internal server error" timeout=null retry=null');
    expect(fields(errorForStatus(response(503, { 'Retry-After': '30' }), 'Maintenance', null))).to.equal('server 503 detail="Maintenance" timeout=null retry=30');
    expect(fields(errorForStatus(response(418), "I'm a teapot", null))).to.equal('bad-response 418 detail="I\'m a teapot" timeout=null retry=null');
    // These messages leave the server's words out, and so do their fields.
    expect(fields(errorForStatus(response(401), 'Session expired', null))).to.equal('unauthorized 401 detail=null timeout=null retry=null');
    expect(fields(errorForStatus(response(404), 'Not found', null))).to.equal('not-found 404 detail=null timeout=null retry=null');
    expect(fields(errorForStatus(response(429, { 'Retry-After': '7' }), 'slow down', null))).to.equal('rate-limited 429 detail=null timeout=null retry=7');
  });

  it('names a malformed answer, or a failure that is not a SessionsError, in detail', () => {
    expect(fields(badShape('no "entries" array'))).to.equal('bad-response 200 detail="no \\"entries\\" array" timeout=null retry=null');
    const thrown = unreadableLog(new TypeError('Failed to fetch'));
    expect(thrown.message).to.equal('The log could not be read: Failed to fetch');
    expect(fields(thrown)).to.equal('bad-response 0 detail="Failed to fetch" timeout=null retry=null');
    expect(unreadableLog('   ').detail).to.equal(null);
  });

  it('gives an error made without parameters (a page’s own fetchPage) none: its message is not read for them', () => {
    const own = new SessionsError('network', 'The server could not be reached (VPN required).');
    expect(fields(own)).to.equal('network 0 detail=null timeout=null retry=null');
    expect(own.problem).to.equal(null);
    expect(own.kind, 'kind: the old name of code').to.equal('network');
    expect(new SessionsError('server', 'x', 502, null, null, { detail: '  Bad gateway  ' }).detail).to.equal('Bad gateway');
  });

  describe('with the network', () => {
    before(startWorker);

    it('gives the time-out in seconds, a network failure no detail, and a wrong PUQcloud draw its numbers', async () => {
      useHandlers(
        http.get('/t-errors/slow', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
        http.get('/t-errors/down', () => HttpResponse.error()),
        http.get('/t-errors/puq', () =>
          HttpResponse.json({ data: { headers: [], original: { draw: 99, recordsTotal: 0, recordsFiltered: 0, data: [] }, exception: null } }),
        ),
      );
      const signal = new AbortController().signal;
      expect(fields(await failure(() => getJson('/t-errors/slow', signal, 2000)))).to.equal('timeout 0 detail=null timeout=2 retry=null');
      expect(fields(await failure(() => getJson('/t-errors/down', signal, 5000)))).to.equal('network 0 detail=null timeout=null retry=null');
      const adapter = new PuqcloudAdapter({ endpoint: '/t-errors/puq', serverTimeZone: 'UTC', timeoutMs: 5000 });
      const wrongDraw = await failure(() => adapter.fetchPage({ query: DEFAULT_QUERY, cursor: null, newerThan: null, limit: 10, signal }));
      expect(fields(wrongDraw)).to.equal('bad-response 0 detail="draw 99, expected 1" timeout=null retry=null');
    });
  });
});

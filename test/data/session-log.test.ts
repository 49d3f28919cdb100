import { expect } from '@open-wc/testing';
import type { PageRequest, SessionPage } from '../../src/data/adapters/adapter.js';
import { DEFAULT_QUERY } from '../../src/data/query.js';
import { SessionLog } from '../../src/data/session-log.js';
import { makeEntries } from '../helpers/entries.js';

const NOW = Date.UTC(2025, 11, 15, 12);

function logOver(rows = makeEntries(100, NOW)) {
  const requests: PageRequest[] = [];
  const log = new SessionLog({
    fetchPage: async (request): Promise<SessionPage> => {
      requests.push(request);
      const from = request.query.from ?? -Infinity;
      const inRange = rows.filter((e) => e.time >= from);
      if (request.newerThan) return { entries: inRange.filter((e) => e.time > request.newerThan!.time), total: null, nextCursor: null };
      const start = Number(request.cursor ?? 0);
      const page = inRange.slice(start, start + request.limit);
      return { entries: page, total: inRange.length, nextCursor: start + request.limit < inRange.length ? String(start + request.limit) : null };
    },
    pageSize: 20,
    cache: null,
    scope: 's',
    maxEntries: 1000,
    onChange: () => undefined,
  });
  return { log, requests, rows };
}

describe('SessionLog', () => {
  const signal = new AbortController().signal;

  it('a relative range slides on refresh: rows that fell out of it leave, new ones arrive on top', async () => {
    const { log, rows } = logOver();
    const query = { ...DEFAULT_QUERY, relative: '1h', from: NOW - 3_600_000 };
    await log.loadFirst(query, signal);
    await log.loadMore(signal);
    expect(log.entries.length).to.equal(40);
    rows.unshift(...makeEntries(2, NOW + 60_000, 'late'));
    // Later, the range starts later: the five oldest loaded rows (1 s apart, e35…e39) fall out of it.
    const slid = { ...query, from: NOW - 34_500 };
    const added = await log.refresh(signal, slid);
    expect(added).to.equal(2);
    expect(log.entries[0]!.id).to.equal('late0');
    expect(log.entries.every((e) => e.time >= slid.from)).to.equal(true);
    expect(log.entries.length).to.equal(2 + 35);
    expect(log.hasMore, 'the bottom of a slid range is reached').to.equal(false);
  });

  it('an absolute range does not slide', async () => {
    const { log } = logOver();
    const query = { ...DEFAULT_QUERY, from: NOW - 3_600_000, to: NOW };
    await log.loadFirst(query, signal);
    const before = log.entries.length;
    await log.refresh(signal, { ...query });
    expect(log.entries.length).to.equal(before);
  });

  it('never runs a refresh and a following page at once', async () => {
    const { log, requests } = logOver();
    await log.loadFirst(DEFAULT_QUERY, signal);
    const more = log.loadMore(signal);
    const refreshed = await log.refresh(signal);
    await more;
    expect(refreshed).to.equal(0);
    expect(requests.filter((r) => r.newerThan).length).to.equal(0);
    expect(requests.filter((r) => r.cursor === '20').length).to.equal(1);
  });
});

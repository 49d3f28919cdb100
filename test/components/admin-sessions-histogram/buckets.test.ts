import { expect } from '@open-wc/testing';
import { BUCKET_SIZES, MAX_BUCKET_COUNT, bucketize, chooseBucketSize, summarize, withNewerEntries } from '../../../src/data/histogram/buckets.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { makeEntries } from '../../helpers/entries.js';
import { DAY, HOUR, MINUTE, SECOND, T0 } from './helpers.js';

const at = (time: number, type: 'WEB' | 'API' = 'WEB') => ({ time, type });

describe('bucketize', () => {
  it('picks the smallest nice size that fits the range in at most 60 buckets', () => {
    const cases: [span: number, size: number][] = [
      [30 * SECOND, SECOND],
      [60 * SECOND, SECOND],
      [61 * SECOND, 5 * SECOND],
      [5 * MINUTE, 5 * SECOND],
      [15 * MINUTE, 15 * SECOND],
      [HOUR, MINUTE],
      [5 * HOUR, 5 * MINUTE],
      [15 * HOUR, 15 * MINUTE],
      [DAY, HOUR],
      [7 * DAY, 3 * HOUR],
      [14 * DAY, 6 * HOUR],
      [15 * DAY, DAY], // 15 days from 14:00 need 61 aligned six-hour buckets
      [30 * DAY, DAY],
      [59 * DAY, DAY],
      [60 * DAY, 2 * DAY], // 60 days from 14:00 touch 61 days
      [90 * DAY, 2 * DAY],
    ];
    for (const [span, size] of cases) {
      const result = bucketize([], { from: T0, to: T0 + span, timeZone: 'UTC' });
      expect(result.size, `span ${span / SECOND} s`).to.equal(size);
      expect(result.web.length).to.be.at.most(60);
      expect(result.web.length).to.equal(result.api.length);
    }
  });

  it('honours a smaller bucket budget', () => {
    expect(bucketize([], { from: T0, to: T0 + HOUR, buckets: 12, timeZone: 'UTC' }).size).to.equal(5 * MINUTE);
    expect(bucketize([], { from: T0, to: T0 + HOUR, buckets: 4, timeZone: 'UTC' }).size).to.equal(15 * MINUTE);
    expect(() => bucketize([], { from: T0, to: T0 + HOUR, buckets: 0 })).to.throw(RangeError);
    expect(() => bucketize([], { from: T0, to: T0 + HOUR, buckets: 1.5 })).to.throw(RangeError);
  });

  it('aligns buckets to the wall clock and never exceeds the budget because of it', () => {
    // 14:07:30 … 15:07:29: one-minute buckets would need 61 aligned buckets, so five-minute ones.
    const from = T0 + 7 * MINUTE + 30 * SECOND;
    const result = bucketize([], { from, to: from + HOUR - SECOND, timeZone: 'UTC' });
    expect(result.size).to.equal(5 * MINUTE);
    expect(result.start).to.equal(T0 + 5 * MINUTE);
    expect(result.web.length).to.equal(13);
    for (const size of BUCKET_SIZES) {
      const from2 = T0 + 12_345;
      const chosen = chooseBucketSize(from2, from2 + 40 * size, 60);
      expect(chosen).to.be.at.most(size);
    }
  });

  it('aligns hour buckets to the hour of the time zone asked for', () => {
    const from = Date.UTC(2025, 11, 15, 0, 10);
    const utc = bucketize([], { from, to: from + DAY - 1, timeZone: 'UTC' });
    const kolkata = bucketize([], { from, to: from + DAY - 1, timeZone: 'Asia/Kolkata' });
    expect(utc.size).to.equal(HOUR);
    expect(utc.start).to.equal(Date.UTC(2025, 11, 15, 0, 0));
    // 00:10 UTC is 05:40 in Kolkata (+05:30): its hour began at 05:00, i.e. 23:30 UTC.
    expect(kolkata.start).to.equal(Date.UTC(2025, 11, 14, 23, 30));
  });

  it('counts WEB and API separately in the right buckets, boundaries included', () => {
    const entries = [
      at(T0 + HOUR, 'API'), // exactly `to`: the last bucket takes it
      at(T0 + 59 * MINUTE + 59_999),
      at(T0 + 2 * MINUTE, 'API'), // a boundary belongs to the bucket it starts
      at(T0 + 2 * MINUTE - 1),
      at(T0 + 1, 'API'),
      at(T0),
      at(T0 - 1), // before `from`: ignored
      at(T0 + HOUR + 1), // after `to`: ignored
      at(Number.NaN, 'API'), // unreadable: ignored
    ];
    const result = bucketize(entries, { from: T0, to: T0 + HOUR, timeZone: 'UTC' });
    expect(result.start).to.equal(T0);
    expect(result.size).to.equal(MINUTE);
    expect(result.web.length).to.equal(60);
    expect(result.web[0]).to.equal(1);
    expect(result.api[0]).to.equal(1);
    expect(result.web[1]).to.equal(1);
    expect(result.api[1]).to.equal(0);
    expect(result.api[2]).to.equal(1);
    expect(result.web[59]).to.equal(1);
    expect(result.api[59]).to.equal(1);
    const summary = summarize(result);
    expect(summary).to.deep.equal({ web: 3, api: 3, total: 6, peak: 2, peakIndex: 0 });
  });

  it('stacks: every entry in range is counted exactly once', () => {
    const entries = makeEntries(3600, T0 + HOUR - 1); // one a second, alternating WEB/API
    const result = bucketize(entries, { from: T0, to: T0 + HOUR - 1, timeZone: 'UTC' });
    expect(result.web.every((n) => n === 30)).to.equal(true);
    expect(result.api.every((n) => n === 30)).to.equal(true);
    expect(summarize(result).total).to.equal(3600);
  });

  it('takes an open end from the entries themselves', () => {
    const entries = [at(T0 + 10 * MINUTE), at(T0 + 3 * MINUTE, 'API')];
    const result = bucketize(entries, { from: null, to: null, timeZone: 'UTC' });
    expect(result.start).to.equal(T0 + 3 * MINUTE);
    expect(result.size).to.equal(15 * SECOND);
    expect(summarize(result).total).to.equal(2);
    expect(bucketize([], { from: null, to: null })).to.deep.include({ web: [], api: [] });
    expect(bucketize(entries, { from: T0, to: null, timeZone: 'UTC' }).start).to.equal(T0);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => bucketize([], { from: T0 + 1, to: T0 })).to.throw(RangeError);
    expect(() => bucketize([], { from: Number.NaN, to: T0 })).to.throw(RangeError);
  });

  it('buckets 100,000 entries (newest first)', () => {
    const entries: Pick<SessionEntry, 'time' | 'type'>[] = Array.from({ length: 100_000 }, (_, i) => ({
      time: T0 + DAY - 1 - i * 800,
      type: i % 3 ? 'WEB' : 'API',
    }));
    bucketize(entries, { from: T0, to: T0 + DAY - 1, timeZone: 'UTC' }); // warm up the JIT
    const result = bucketize(entries, { from: T0, to: T0 + DAY - 1, timeZone: 'UTC' });
    expect(summarize(result).total).to.equal(100_000);
    expect(summarize(result).api).to.equal(Math.ceil(100_000 / 3));
  });
});

describe('withNewerEntries (a server histogram and what auto-refresh loaded after it)', () => {
  const server = { start: T0, size: MINUTE, web: [3, 0, 1], api: [0, 2, 0], until: T0 + 2 * MINUTE + 30 * SECOND };

  it('counts only entries after the server’s "to", in their buckets, adding buckets on the right', () => {
    const entries = [
      at(T0 + 10 * SECOND), // counted by the server already
      at(T0 + 2 * MINUTE + 30 * SECOND, 'API'), // exactly at "to": counted already
      at(T0 + 2 * MINUTE + 40 * SECOND, 'API'),
      at(T0 + 4 * MINUTE + 5 * SECOND),
      at(T0 + 4 * MINUTE + 6 * SECOND),
    ];
    const merged = withNewerEntries(server, entries);
    expect(merged.web).to.deep.equal([3, 0, 1, 0, 2]);
    expect(merged.api).to.deep.equal([0, 2, 1, 0, 0]);
    expect(merged).to.include({ start: T0, size: MINUTE });
    // The server's arrays are not changed.
    expect(server.web).to.deep.equal([3, 0, 1]);
  });

  it('returns the server’s histogram itself when nothing is newer', () => {
    expect(withNewerEntries(server, [at(T0), at(T0 + MINUTE)])).to.equal(server);
    expect(withNewerEntries(server, [])).to.equal(server);
  });

  it('without a "to", counts after the last bucket; never past the bucket limit', () => {
    const { until: _, ...open } = server;
    expect(withNewerEntries(open, [at(T0 + 2 * MINUTE + 40 * SECOND), at(T0 + 3 * MINUTE + 10 * SECOND)]).web).to.deep.equal([3, 0, 1, 1]);
    const far = withNewerEntries(open, [at(T0 + MAX_BUCKET_COUNT * MINUTE), at(T0 + 5 * MINUTE)]);
    expect(far.web.length).to.equal(6);
  });
});

import { expect } from '@open-wc/testing';
import {
  RANGE_PRESETS,
  isRangePreset,
  resolvePreset,
} from '../../src/data/range-presets.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('presets (pure helpers)', () => {
  const now = Date.UTC(2025, 11, 16, 13, 47, 12, 345);

  it('lists the presets in the order the picker offers them', () => {
    expect([...RANGE_PRESETS]).to.deep.equal(['15m', '1h', '24h', '7d', '30d', 'stock']);
  });

  it('recognizes preset names and nothing else', () => {
    for (const preset of RANGE_PRESETS) expect(isRangePreset(preset), preset).to.equal(true);
    for (const other of ['', '24H', '2d', 'stock ', 'toString', null, undefined, 24]) {
      expect(isRangePreset(other), String(other)).to.equal(false);
    }
  });

  const spans = { '15m': 15 * MINUTE, '1h': HOUR, '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY } as const;
  for (const [preset, span] of Object.entries(spans)) {
    it(`resolves ${preset} to the span ending now`, () => {
      expect(resolvePreset(preset as keyof typeof spans, now)).to.deep.equal({ from: now - span, to: now });
    });
  }

  it('resolves stock to the current hour −24 h … +24 h in the given zone', () => {
    const hourStart = Date.UTC(2025, 11, 16, 13, 0, 0, 0);
    expect(resolvePreset('stock', now, 'UTC')).to.deep.equal({ from: hourStart - DAY, to: hourStart + DAY });
  });

  it('starts the stock hour on the wall clock of a half-hour zone', () => {
    // 13:47:12 UTC is 19:17:12 in Kolkata (+05:30): the hour there began at 13:30 UTC.
    const hourStart = Date.UTC(2025, 11, 16, 13, 30, 0, 0);
    expect(resolvePreset('stock', now, 'Asia/Kolkata')).to.deep.equal({ from: hourStart - DAY, to: hourStart + DAY });
  });

  it('starts the stock hour on the browser clock when no zone is given', () => {
    const hourStart = new Date(now);
    hourStart.setMinutes(0, 0, 0);
    expect(resolvePreset('stock', now)).to.deep.equal({
      from: hourStart.getTime() - DAY,
      to: hourStart.getTime() + DAY,
    });
  });

  it('keeps the right hour inside a DST fold', () => {
    // New York, 2 Nov 2025: 01:00–01:59 happens twice. 06:20 UTC is the second 01:20 (EST).
    const secondOneTwenty = Date.UTC(2025, 10, 2, 6, 20);
    const { from, to } = resolvePreset('stock', secondOneTwenty, 'America/New_York');
    expect(from).to.equal(Date.UTC(2025, 10, 2, 6, 0) - DAY);
    expect(to).to.equal(Date.UTC(2025, 10, 2, 6, 0) + DAY);
  });
});

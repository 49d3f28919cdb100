import { expect } from '@open-wc/testing';
import { compactPreset, compactRange, localeDateText } from '../../../src/components/admin-sessions-range/date-text.js';
import { local } from './helpers.js';

/** The Start and End fields' dates in the element's language (issue 16.5: one date convention). */
describe('date-text (the fields’ dates in the language’s order)', () => {
  const at = local(2026, 12, 6, 14, 5);

  it('writes a date as the table does, in each language, and says its pattern', () => {
    const cases = [
      ['en', '12/06/2026, 14:05', 'MM/DD/YYYY, HH:mm'],
      ['de', '06.12.2026, 14:05', 'DD.MM.YYYY, HH:mm'],
      ['uk', '06.12.2026, 14:05', 'DD.MM.YYYY, HH:mm'],
    ] as const;
    for (const [lang, shown, hint] of cases) {
      const text = localeDateText(lang, undefined);
      expect(text.format(at), lang).to.equal(shown);
      expect(text.hint, lang).to.equal(hint);
      expect(text.parse(shown), `${lang} reads back what it writes`).to.equal(at);
    }
  });

  it('reads the day, month and year in the language’s order', () => {
    // 06/12 is 12 June in en-US and 6 December in German: the same text, two dates.
    expect(localeDateText('en', undefined).parse('06/12/2026')).to.equal(local(2026, 6, 12));
    expect(localeDateText('de', undefined).parse('06.12.2026')).to.equal(local(2026, 12, 6));
    expect(localeDateText('uk', undefined).parse('06.12.2026 14:05')).to.equal(at);
  });

  it('accepts common variants: 1-digit day and month, 2-digit year, no time, -, . or / between', () => {
    const de = localeDateText('de', undefined);
    for (const typed of ['6.12.2026, 14:05', '06-12-2026 14:05', '6/12/26 14:05', ' 06 . 12 . 2026 ,  14:05 ', '6.12.26 14.05']) {
      expect(de.parse(typed), typed).to.equal(at);
    }
    expect(de.parse('6.12.2026')).to.equal(local(2026, 12, 6));
    const en = localeDateText('en-US', undefined);
    for (const typed of ['12/6/2026, 14:05', '12-06-26 14:05', '12.6.2026 14:05']) expect(en.parse(typed), typed).to.equal(at);
  });

  it('refuses what is not a date in that order', () => {
    const de = localeDateText('de', undefined);
    for (const typed of ['', 'yesterday', '6.12', '2026-12-06', '31.02.2026', '06.13.2026', '06.12.2026 24:00', '06.12.2026 14:60', '06.12.202 14:05', '006.12.2026', '06.12.2026 14:05 extra']) {
      expect(de.parse(typed), typed).to.equal(null);
    }
    // In en-US the month comes first: 13 is not a month.
    expect(localeDateText('en', undefined).parse('13/06/2026')).to.equal(null);
  });

  it('reads and writes on the wall clock of a time zone', () => {
    const text = localeDateText('de', 'Asia/Kathmandu');
    // 07:15 UTC is 13:00 in Kathmandu (+05:45).
    expect(text.format(Date.UTC(2025, 11, 15, 7, 15))).to.equal('15.12.2025, 13:00');
    expect(text.parse('15.12.2025, 13:00')).to.equal(Date.UTC(2025, 11, 15, 7, 15));
  });

  it('in a right-to-left page: reads its own output and text pasted with direction marks', () => {
    const he = localeDateText('he', undefined);
    expect(he.format(at)).to.equal('06.12.2026, 14:05');
    expect(he.hint).to.equal('DD.MM.YYYY, HH:mm');
    expect(he.parse('\u200f06.12.2026, 14:05\u200e'), 'marks around the text').to.equal(at);
    expect(localeDateText('en', undefined).parse('12\u200f/06\u200f/2026, 14:05'), 'marks beside separators').to.equal(at);
  });
});

/** The narrow trigger's short label (issue 17): a preset's length, a range's compact form. */
describe('date-text (the narrow trigger’s short label)', () => {
  it('says a preset as its length in the language’s short units', () => {
    expect(['15m', '1h', '24h', '7d', '30d', 'stock'].map((preset) => compactPreset('en', preset))).to.deep.equal(['15 min', '1 hr', '24 hr', '7 days', '30 days', '±24 hr']);
    expect(compactPreset('de', '24h')).to.equal('24 Std.');
    expect(compactPreset('uk', '24h')).to.equal('24 год');
  });

  it('writes a range with the date once on one day, and the year only when the ends’ years differ', () => {
    const utc = (...parts: [number, number, number, number]) => Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3]);
    const same = (text: string) => text.replace(/\s/g, ' ');
    expect(same(compactRange('en', 'UTC', utc(2025, 12, 15, 11), utc(2025, 12, 15, 12)))).to.equal('12/15, 11:00 – 12:00');
    expect(same(compactRange('en', 'UTC', utc(2025, 12, 5, 10), utc(2025, 12, 7, 18)))).to.equal('12/05, 10:00 – 12/07, 18:00');
    expect(same(compactRange('en', 'UTC', utc(2025, 12, 31, 22), utc(2026, 1, 1, 2)))).to.equal('12/31/25, 22:00 – 01/01/26, 02:00');
    // The year is the zone's: 23:00 UTC on 31 December is already the next year in Berlin.
    expect(same(compactRange('en', 'Europe/Berlin', utc(2025, 12, 31, 23), utc(2026, 1, 1, 2)))).to.equal('01/01, 00:00 – 03:00');
  });
});

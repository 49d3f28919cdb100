import { expect } from '@open-wc/testing';
import { MAX_FORMATTERS, cachedFormatterCount, dateTimeFormat, listFormat, numberFormat, pluralRules } from '../../src/data/intl-cache.js';
import { timestampFormat } from '../../src/internal/format.js';

describe('the shared Intl formatter cache', () => {
  const instant = Date.UTC(2025, 11, 15, 13, 5, 9);

  it('gives the same formatter for the same locale and options, another for other ones', () => {
    const december = dateTimeFormat('de-CH', { month: 'long', timeZone: 'UTC' });
    expect(dateTimeFormat('de-CH', { month: 'long', timeZone: 'UTC' })).to.equal(december);
    expect(december.format(instant)).to.equal('Dezember');
    expect(dateTimeFormat('en', { month: 'long', timeZone: 'UTC' })).not.to.equal(december);
    expect(dateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(instant)).to.equal('December');
    expect(numberFormat('de')).to.equal(numberFormat('de'));
    expect(numberFormat('de').format(1234.5)).to.equal('1.234,5');
    expect(listFormat('de', { type: 'conjunction' }).format(['URL', 'Methode', 'IP'])).to.equal('URL, Methode und IP');
    expect(pluralRules('uk').select(3)).to.equal('few');
    expect(pluralRules('uk')).to.equal(pluralRules('uk'));
  });

  it('formats a row time to the second, 24-hour, in the zone asked for', () => {
    expect(timestampFormat('de-CH', 'UTC').format(instant)).to.equal('15.12.2025, 13:05:09');
    expect(timestampFormat('de-CH', 'Asia/Kolkata').format(instant)).to.equal('15.12.2025, 18:35:09');
    expect(timestampFormat('de-CH', 'UTC')).to.equal(timestampFormat('de-CH', 'UTC'));
  });

  it('throws for a zone the runtime does not know, and keeps nothing for it', () => {
    const before = cachedFormatterCount();
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).to.throw(RangeError);
    expect(cachedFormatterCount()).to.equal(before);
  });

  it('keeps at most MAX_FORMATTERS, letting the least recently used go', () => {
    const kept = numberFormat('en', { minimumFractionDigits: 0 });
    for (let i = 1; i <= MAX_FORMATTERS * 2; i++) {
      numberFormat('en', { minimumFractionDigits: i % 20, maximumFractionDigits: 20, minimumIntegerDigits: 1 + (i % 21) });
      // Used all along, so never the least recently used.
      expect(numberFormat('en', { minimumFractionDigits: 0 })).to.equal(kept);
    }
    expect(cachedFormatterCount()).to.equal(MAX_FORMATTERS);
    const first = numberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 20, minimumIntegerDigits: 2 });
    for (let i = 0; i < MAX_FORMATTERS; i++) numberFormat('en', { maximumFractionDigits: 20, minimumIntegerDigits: 1 + Math.floor(i / 21), minimumFractionDigits: i % 21 });
    expect(numberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 20, minimumIntegerDigits: 2 }), 'let go, made again').not.to.equal(first);
  });
});

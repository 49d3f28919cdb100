import { expect } from '@open-wc/testing';
import '../helpers/dictionaries.js';
import { unusualReasons } from '../../src/i18n/unusual-reasons.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { findUnusualActivity } from '../../src/data/insights/unusual.js';
import { messagesFor } from '../../src/i18n/localize.js';

/**
 * The details panel and the table's badges word `findUnusualActivity`'s marks in the widget's
 * language from the marks' fields. The marks here come from the data layer itself, so English must
 * come out exactly as its `reason`, and a change of its fields fails this test.
 */

const localizer = (language: string) => ({ msg: messagesFor(language) });

const admin = { id: 'a1', name: 'Olena', email: 'olena@example.com' };
const at = (i: number, ip: string, method: string, time: number): SessionEntry => ({
  id: `u${i}`,
  time,
  admin,
  ip,
  url: `https://panel.example.com/admin/x/${i}`,
  type: 'WEB',
  method,
  userAgent: null,
});

describe('i18n: unusual-activity reasons', () => {
  const base = Date.UTC(2025, 11, 15, 12);
  // Oldest first: two earlier IPs, then a new one; then three POSTs within a minute from it.
  const entries = [
    at(0, '10.0.0.1', 'GET', base),
    at(1, '10.0.0.2', 'GET', base + 60_000),
    at(2, '10.0.0.3', 'GET', base + 120_000),
    at(3, '10.0.0.3', 'POST', base + 121_000),
    at(4, '10.0.0.3', 'POST', base + 122_000),
    at(5, '10.0.0.3', 'DELETE', base + 123_000),
  ].reverse();

  for (const windowMs of [60_000, 180_000]) {
    it(`says in English exactly what the data layer says (window ${windowMs} ms)`, () => {
      const marks = findUnusualActivity(entries, { burstCount: 3, burstWindowMs: windowMs });
      let checked = 0;
      for (const entry of entries) {
        const mark = marks.get(entry.id);
        if (!mark) continue;
        const english = [mark.newIp?.reason, mark.burst?.reason].filter(Boolean);
        expect(unusualReasons(entry, mark, localizer('en')), entry.id).to.deep.equal(english);
        checked += english.length;
      }
      expect(checked).to.be.at.least(4);
    });
  }

  it('writes them in German and Ukrainian, with plural forms and localized units', () => {
    const marks = findUnusualActivity(entries, { burstCount: 3, burstWindowMs: 180_000 });
    const newest = entries.find((entry) => entry.id === 'u2')!;
    expect(unusualReasons(newest, marks.get('u2'), localizer('de'))).to.deep.equal([
      'Erste Anfrage von 10.0.0.3 für Olena im geladenen Zeitraum (vorher: 10.0.0.2 und 1 weitere IP)',
    ]);
    expect(unusualReasons(newest, marks.get('u2'), localizer('uk'))).to.deep.equal([
      'Перший запит з 10.0.0.3 для Olena у завантаженому діапазоні (раніше: 10.0.0.2 та ще 1 IP-адреса)',
    ]);
    const burst = entries.find((entry) => entry.id === 'u5')!;
    expect(unusualReasons(burst, marks.get('u5'), localizer('de'))).to.deep.equal(['3 ändernde Anfragen von Olena innerhalb von 3 min']);
    expect(unusualReasons(burst, marks.get('u5'), localizer('uk'))).to.deep.equal(['3 змінювальні запити від Olena протягом 3 хв']);
    const fast = findUnusualActivity(entries, { burstCount: 3, burstWindowMs: 2_500 });
    expect(unusualReasons(burst, fast.get('u5'), localizer('de'))).to.deep.equal(['3 ändernde Anfragen von Olena innerhalb von 2,5 s']);
  });

  it('words a new-IP mark from its fields, not from its English sentence', () => {
    const entry = at(9, '10.0.0.9', 'GET', base);
    const mark = { newIp: { reason: 'reworded in English (earlier: 192.0.2.1)', earlierIp: '10.0.0.8', otherEarlierCount: 4 } };
    expect(unusualReasons(entry, mark, localizer('de'))).to.deep.equal([
      'Erste Anfrage von 10.0.0.9 für Olena im geladenen Zeitraum (vorher: 10.0.0.8 und 4 weitere IPs)',
    ]);
    expect(unusualReasons(entry, mark, localizer('uk'))).to.deep.equal([
      'Перший запит з 10.0.0.9 для Olena у завантаженому діапазоні (раніше: 10.0.0.8 та ще 4 IP-адреси)',
    ]);
  });

  it('shows a mark’s own reason as it is when it carries no fields (a mark built by other code)', () => {
    const entry = at(9, '10.0.0.9', 'GET', base);
    expect(unusualReasons(entry, { newIp: { reason: 'Some other wording' } }, localizer('de'))).to.deep.equal(['Some other wording']);
    expect(unusualReasons(entry, undefined, localizer('de'))).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { fromCalendarDate, toCalendarDate } from '../../../src/components/admin-sessions-range/calendar-dates.js';
import { ENGLISH, loadCalendarLocale } from '../../../src/components/admin-sessions-range/calendar-locales.js';
import { describeFormat, formatInstant, parseInstant } from '../../../src/components/admin-sessions-range/calendar-time.js';
import { calendarLanguage } from '../../../src/components/admin-sessions-range/locales.js';
import { local } from './helpers.js';

describe('calendar-time (typed and shown dates)', () => {
  const format = 'd-m-Y H:i';

  it('formats an instant in the browser zone by default', () => {
    expect(formatInstant(local(2025, 12, 5, 9, 7), format, ENGLISH, undefined)).to.equal('05-12-2025 09:07');
  });

  it('formats an instant on the wall clock of a named zone', () => {
    expect(formatInstant(Date.UTC(2025, 11, 15, 7, 15), format, ENGLISH, 'Asia/Kathmandu')).to.equal('15-12-2025 13:00');
  });

  it('parses text in the format, padded or not, with extra spaces', () => {
    expect(parseInstant('15-12-2025 13:00', format, ENGLISH, undefined)).to.equal(local(2025, 12, 15, 13, 0));
    expect(parseInstant(' 5-1-2026  9:05 ', format, ENGLISH, undefined)).to.equal(local(2026, 1, 5, 9, 5));
  });

  it('parses text as wall-clock time of a named zone', () => {
    expect(parseInstant('15-12-2025 13:00', format, ENGLISH, 'Asia/Kathmandu')).to.equal(Date.UTC(2025, 11, 15, 7, 15));
  });

  it('rejects text that is not a whole date in the format', () => {
    for (const text of ['yesterday', '15', '15-12-2025', '15-12-2025 13:00 extra', '31-02-2025 10:00', '15-13-2025 10:00', '15-12-2025 25:00', '2025-12-15 13:00']) {
      expect(parseInstant(text, format, ENGLISH, undefined), text).to.equal(null);
    }
  });

  it('reads month names of the calendar locale, in any case', async () => {
    const german = await loadCalendarLocale('de');
    expect(formatInstant(local(2025, 12, 15, 13, 0), 'j M Y, H:i', german, undefined)).to.equal('15 Dez 2025, 13:00');
    expect(parseInstant('3 dez 2025, 09:30', 'j M Y, H:i', german, undefined)).to.equal(local(2025, 12, 3, 9, 30));
    expect(parseInstant('3 Dec 2025, 09:30', 'j M Y, H:i', german, undefined)).to.equal(null);
    const ukrainian = await loadCalendarLocale('uk');
    const shown = formatInstant(local(2025, 12, 3, 9, 30), 'j F Y, H:i', ukrainian, undefined);
    expect(shown).to.match(/^3 \S+ 2025, 09:30$/u);
    expect(parseInstant(shown.toLocaleUpperCase(), 'j F Y, H:i', ukrainian, undefined)).to.equal(local(2025, 12, 3, 9, 30));
  });

  it('reads a 12-hour clock', () => {
    expect(parseInstant('15-12-2025 1:05 PM', 'd-m-Y h:i K', ENGLISH, undefined)).to.equal(local(2025, 12, 15, 13, 5));
    expect(parseInstant('15-12-2025 12:05 am', 'd-m-Y h:i K', ENGLISH, undefined)).to.equal(local(2025, 12, 15, 0, 5));
    expect(parseInstant('15-12-2025 13:05 PM', 'd-m-Y h:i K', ENGLISH, undefined)).to.equal(null);
  });

  it('round-trips instants through calendar dates of a zone', () => {
    const instant = Date.UTC(2025, 2, 30, 0, 30, 15, 250);
    for (const zone of [undefined, 'UTC', 'Europe/Berlin', 'Asia/Kolkata', 'America/Los_Angeles']) {
      expect(fromCalendarDate(toCalendarDate(instant, zone), zone), String(zone)).to.equal(instant);
    }
    const shown = toCalendarDate(instant, 'Asia/Kolkata');
    expect([shown.getDate(), shown.getHours(), shown.getMinutes()]).to.deep.equal([30, 6, 0]);
  });

  it('describes a format for people', () => {
    expect(describeFormat('d-m-Y H:i')).to.equal('DD-MM-YYYY HH:mm');
    expect(describeFormat('Y-m-d\\TH:i:S')).to.equal('YYYY-MM-DDTHH:mm:ss');
    expect(describeFormat('j M Y, h:i K')).to.equal('D MMM YYYY, h:mm AM/PM');
  });

  it('maps language tags to calendar locales', () => {
    expect(calendarLanguage('de-AT')).to.equal('de');
    expect(calendarLanguage('UK')).to.equal('uk');
    expect(calendarLanguage('en-GB')).to.equal('en');
    expect(calendarLanguage('xx')).to.equal(null);
  });
});

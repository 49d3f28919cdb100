/**
 * Issue 16.5: one date convention. The Start and End fields write dates as the button and the table
 * do, in the element's language (Intl), and read what a person types in that language's order;
 * the hint shows that pattern. In English, German, Ukrainian, British English and a right-to-left page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { click, endInput, errorMessage, local, openPanel, part, recordChanges, startInput, summaryText, typeInto } from './helpers.js';

interface Case {
  readonly name: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** 15 December 2025, 13:00 as the button, the table and the fields write it. */
  readonly shown: string;
  readonly hint: string;
  /** 1 December 2025, 08:00 and 2 December 2025, 09:05, typed as a person would. */
  readonly typedStart: string;
  readonly typedEnd: string;
  /** Not a date in this order (a month 13). */
  readonly wrong: string;
  readonly wrongSaid: string;
}

const CASES: readonly Case[] = [
  { name: 'English (US)', lang: 'en-US', dir: 'ltr', shown: '12/15/2025, 13:00', hint: 'MM/DD/YYYY, HH:mm', typedStart: '12/1/2025 8:00', typedEnd: '12-02-25, 09:05', wrong: '15/12/2025 13:00', wrongSaid: 'The start is not a date in the format MM/DD/YYYY, HH:mm.' },
  { name: 'English (UK)', lang: 'en-GB', dir: 'ltr', shown: '15/12/2025, 13:00', hint: 'DD/MM/YYYY, HH:mm', typedStart: '1/12/2025 8:00', typedEnd: '02.12.2025 09:05', wrong: '12/15/2025 13:00', wrongSaid: 'The start is not a date in the format DD/MM/YYYY, HH:mm.' },
  { name: 'German', lang: 'de', dir: 'ltr', shown: '15.12.2025, 13:00', hint: 'DD.MM.YYYY, HH:mm', typedStart: '1.12.2025 8:00', typedEnd: '02.12.25, 09:05', wrong: '12/15/2025 13:00', wrongSaid: 'Der Beginn ist kein Datum im Format DD.MM.YYYY, HH:mm.' },
  { name: 'Ukrainian', lang: 'uk', dir: 'ltr', shown: '15.12.2025, 13:00', hint: 'DD.MM.YYYY, HH:mm', typedStart: '01.12.2025, 08:00', typedEnd: '2-12-2025 9:05', wrong: '12.15.2025 13:00', wrongSaid: 'Початок не є датою у форматі DD.MM.YYYY, HH:mm.' },
  // A Hebrew page: the texts fall back to English, dates follow them.
  { name: 'a right-to-left page', lang: 'he', dir: 'rtl', shown: '12/15/2025, 13:00', hint: 'MM/DD/YYYY, HH:mm', typedStart: '\u200f12/01/2025, 08:00', typedEnd: '12/2/2025 9:05', wrong: '15/12/2025 13:00', wrongSaid: 'The start is not a date in the format MM/DD/YYYY, HH:mm.' },
];

describe('admin-sessions-range: one date convention (the fields follow the language)', () => {
  for (const c of CASES) {
    it(`${c.name}: the fields write dates as the button does, read them in that order, and say the pattern`, async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div lang=${c.lang} dir=${c.dir}>
          <admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>
        </div>
      `);
      const el = page.querySelector<AdminSessionsRange>('admin-sessions-range')!;
      await el.updateComplete;
      const changes = recordChanges(el);
      expect(summaryText(el).startsWith(c.shown), summaryText(el)).to.equal(true);
      await openPanel(el);
      expect(startInput(el).value, 'the same date as on the button').to.equal(c.shown);
      expect(part(el, '#format-hint').textContent).to.contain(c.hint);

      await typeInto(startInput(el), c.wrong);
      await sendKeys({ press: 'Tab' });
      expect(errorMessage(el).textContent!.trim()).to.equal(c.wrongSaid);

      await typeInto(startInput(el), c.typedStart);
      await typeInto(endInput(el), c.typedEnd);
      await click(part(el, '[part~="apply"]'));
      expect(changes.map((event) => event.detail)).to.deep.equal([{ from: local(2025, 12, 1, 8), to: local(2025, 12, 2, 9, 5), relative: null }]);
    });
  }

  it('keeps date-format when it is set explicitly (an override)', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range date-format="d-m-Y h:i K" .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
    const changes = recordChanges(el);
    await openPanel(el);
    expect(startInput(el).value).to.equal('15-12-2025 1:00 PM');
    expect(part(el, '#format-hint').textContent).to.contain('DD-MM-YYYY h:mm AM/PM');
    await typeInto(startInput(el), '1-12-2025 8:00 pm');
    await typeInto(endInput(el), '02-12-2025 09:05 AM');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([{ from: local(2025, 12, 1, 20), to: local(2025, 12, 2, 9, 5), relative: null }]);
  });
});

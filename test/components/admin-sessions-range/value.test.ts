import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { calendarMonth, endInput, local, openPanel, part, recordChanges, startInput, summaryText } from './helpers.js';

/** Runs `body` with console.warn recorded instead of printed. */
async function withWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('admin-sessions-range: showing the value', () => {
  it('says "Any time" without a value', async () => {
    const el = await fixture<AdminSessionsRange>(html`<admin-sessions-range></admin-sessions-range>`);
    expect(summaryText(el)).to.equal('Any time');
  });

  it('shows an absolute range as the table shows times: Intl, in the element’s language', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');
  });

  it('reads ISO 8601 and millisecond attributes', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range from="2025-12-15T13:00:00" to=${String(local(2025, 12, 16, 13, 30))}></admin-sessions-range>`,
    );
    expect(el.from).to.equal(local(2025, 12, 15, 13));
    expect(el.to).to.equal(local(2025, 12, 16, 13, 30));
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:30');
  });

  it('shows open ends', async () => {
    const el = await fixture<AdminSessionsRange>(html`<admin-sessions-range .from=${local(2025, 12, 15, 13)}></admin-sessions-range>`);
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – now');
    el.from = null;
    el.to = local(2025, 12, 16, 8, 5);
    await el.updateComplete;
    expect(summaryText(el)).to.equal('Until 12/16/2025, 08:05');
  });

  it('shows a relative range by its name', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range range="24h" .from=${local(2025, 12, 15, 13)}></admin-sessions-range>`,
    );
    expect(el.relative).to.equal('24h');
    expect(summaryText(el)).to.equal('Last 24 hours');
    el.relative = 'stock';
    await el.updateComplete;
    expect(summaryText(el)).to.equal('Default (±24 hours)');
  });

  it('fires nothing when the value is set by code', async () => {
    const el = await fixture<AdminSessionsRange>(html`<admin-sessions-range></admin-sessions-range>`);
    const changes = recordChanges(el);
    el.relative = '7d';
    el.from = local(2025, 1, 1);
    await el.updateComplete;
    expect(summaryText(el)).to.equal('Last 7 days');
    expect(changes).to.have.length(0);
  });

  it('behaves the same when properties are set before it is attached', async () => {
    const el = document.createElement('admin-sessions-range');
    el.from = local(2025, 12, 15, 13);
    el.to = local(2025, 12, 16, 13);
    el.dateFormat = 'Y-m-d H:i';
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');
    await openPanel(el);
    expect(startInput(el).value).to.equal('2025-12-15 13:00');
  });

  it('uses date-format for the inputs and the hint; the summary keeps the language’s format', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range date-format="Y-m-d H:i" .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');
    await openPanel(el);
    expect(startInput(el).value).to.equal('2025-12-15 13:00');
    expect(endInput(el).value).to.equal('2025-12-16 13:00');
    expect(part(el, '.hint').textContent).to.contain('YYYY-MM-DD HH:mm');
  });

  it('shows wall-clock times of time-zone', async () => {
    // 07:15 UTC is 13:00 in Kathmandu (+05:45), whatever zone the test browser runs in.
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range time-zone="Asia/Kathmandu" .from=${Date.UTC(2025, 11, 15, 7, 15)} .to=${Date.UTC(2025, 11, 16, 7, 15)}></admin-sessions-range>`,
    );
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');
    await openPanel(el);
    expect(startInput(el).value).to.equal('12/15/2025, 13:00');
    expect(part<HTMLInputElement>(el, '.flatpickr-hour').value).to.equal('13');
  });

  it('labels the button and writes the typed fields with Intl dates in English and German', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range locale="en" .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 8, 5)}></admin-sessions-range>`,
    );
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 08:05');

    el.locale = 'de';
    await el.updateComplete;
    expect(summaryText(el)).to.equal('15.12.2025, 13:00 – 16.12.2025, 08:05');
    el.from = null;
    await el.updateComplete;
    expect(summaryText(el)).to.equal('Bis 16.12.2025, 08:05');
    el.from = local(2025, 12, 15, 13);
    el.to = null;
    await el.updateComplete;
    expect(summaryText(el)).to.equal('15.12.2025, 13:00 – jetzt');

    // The fields write dates as the button and the table do (issue 16.5: one convention), and say so.
    await openPanel(el);
    expect(startInput(el).value).to.equal('15.12.2025, 13:00');
    expect(part(el, '.hint').textContent).to.contain('Format: DD.MM.YYYY, HH:mm');
  });

  it('localizes the calendar (German, Ukrainian)', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range locale="de" .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
    await openPanel(el);
    expect(calendarMonth(el)).to.equal('Dezember 2025');
    expect(part(el, '.flatpickr-weekday').textContent!.trim()).to.equal('Mo');

    el.locale = 'uk-UA';
    await el.updateComplete;
    expect(calendarMonth(el)).to.equal('Грудень 2025');
    expect(part(el, '.flatpickr-weekday').textContent!.trim()).to.equal('Пн');
  });

  it('uses locale month names in the inputs when the format has them; the summary is German', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range locale="de" date-format="j M Y, H:i" .from=${local(2025, 12, 15, 13)}></admin-sessions-range>`,
    );
    // The texts follow `locale` too: "now" is "jetzt".
    expect(summaryText(el)).to.equal('15.12.2025, 13:00 – jetzt');
    await openPanel(el);
    expect(startInput(el).value).to.equal('15 Dez 2025, 13:00');
  });

  it('warns once and falls back on bad attribute values', async () => {
    let el!: AdminSessionsRange;
    const warnings = await withWarnings(async () => {
      el = await fixture<AdminSessionsRange>(
        html`<admin-sessions-range range="fortnight" from="not a date" time-zone="Mars/Olympus" locale="tlh" .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
      );
      el.setAttribute('range', 'fortnight');
      await el.updateComplete;
    });
    expect(el.relative).to.equal(null);
    expect(el.from).to.equal(null);
    expect(summaryText(el)).to.equal('Until 12/16/2025, 13:00');
    expect(warnings.filter((w) => w.includes('fortnight'))).to.have.length(1);
    expect(warnings.some((w) => w.includes('not a date'))).to.equal(true);
    expect(warnings.some((w) => w.includes('Mars/Olympus'))).to.equal(true);
    expect(warnings.some((w) => w.includes('tlh'))).to.equal(true);
    await openPanel(el);
    expect(part(el, '.flatpickr-weekday').textContent!.trim()).to.equal('Sun');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { dayCell, local, openPanel, part } from './helpers.js';

describe('admin-sessions-range: styling', () => {
  it('lays the calendar out as flatpickr styles it, inside the shadow root', async () => {
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
    await openPanel(el);
    const calendar = part(el, '.flatpickr-calendar');
    expect(calendar.getBoundingClientRect().width).to.be.within(290, 330);
    // December 2025 starts on a Monday: 1 … 6 share a row; Sunday 7 starts the next (English weeks start on Sunday).
    const tops = [1, 2, 3, 4, 5, 6].map((day) => Math.round(dayCell(el, day).getBoundingClientRect().top));
    expect(new Set(tops).size, 'Mon 1 … Sat 6 on one row').to.equal(1);
    expect(dayCell(el, 7).getBoundingClientRect().top).to.be.greaterThan(tops[0]! + 10);
    // The selected days carry the element's accent colour.
    expect(getComputedStyle(dayCell(el, 15)).backgroundColor).to.equal('rgb(27, 110, 243)');
  });

  it('lets the page theme it through custom properties and parts', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="--admin-sessions-accent-color: rgb(200, 0, 100)">
        <style>
          .themed::part(trigger) {
            border-color: rgb(0, 128, 0);
          }
        </style>
        <section>
          <admin-sessions-range class="themed" .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>
        </section>
      </div>
    `);
    const el = page.querySelector('admin-sessions-range')!;
    await openPanel(el);
    expect(getComputedStyle(part(el, '[part~="apply"]')).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(dayCell(el, 15)).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(part(el, '[part~="trigger"]')).borderTopColor).to.equal('rgb(0, 128, 0)');
  });
});

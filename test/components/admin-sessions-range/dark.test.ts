import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { dayCell, local, openPanel, part, startInput } from './helpers.js';
import { backgroundOf, contrast, luminance, parseColor, textContrast } from '../../helpers/contrast.js';

/**
 * The picker in a dark colour scheme: flatpickr's own stylesheet paints for a light page (#393939
 * text, #e6e6e6 bands, black arrows), so every part of the open calendar is read back here and its
 * contrast computed from the computed colours (WCAG 2 relative luminance).
 */

const isFirefox = navigator.userAgent.includes('Firefox');

async function mountIn(style: string): Promise<AdminSessionsRange> {
  // 15–18 December 2025: the 15th and 18th are the ends, the 16th and 17th in the band; 30 November shows before the 1st.
  const page = await fixture<HTMLDivElement>(html`<div style=${style}>
    <admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 18, 13)}></admin-sessions-range>
  </div>`);
  const el = page.querySelector('admin-sessions-range')!;
  await openPanel(el);
  return el;
}

/** Contrast of every kind of text in the open calendar, by name. */
function calendarContrasts(el: AdminSessionsRange): Record<string, number> {
  const neighbour = el.shadowRoot!.querySelector('.flatpickr-day.prevMonthDay, .flatpickr-day.nextMonthDay')!;
  return {
    'day': textContrast(dayCell(el, 3)),
    'day in the range': textContrast(dayCell(el, 16)),
    'selected day': textContrast(dayCell(el, 15)),
    'neighbouring month day': textContrast(neighbour),
    'weekday': textContrast(part(el, 'span.flatpickr-weekday')),
    'month': textContrast(part(el, '.flatpickr-monthDropdown-months')),
    'year': textContrast(part(el, '.numInput.cur-year')),
    'hour input': textContrast(part(el, '.flatpickr-time input.flatpickr-hour')),
    'time separator': textContrast(part(el, '.flatpickr-time .flatpickr-time-separator')),
    'start input': textContrast(startInput(el)),
    'hint': textContrast(part(el, '.hint')),
    'preset': textContrast(part(el, '[part~="preset"]')),
    'apply': textContrast(part(el, '[part~="apply"]')),
  };
}

/** Fill of the month arrows (an SVG path) against the calendar: non-text contrast, 3:1. */
function arrowContrast(el: AdminSessionsRange): number {
  const arrow = part(el, '.flatpickr-next-month svg');
  return contrast(parseColor(getComputedStyle(arrow).fill), backgroundOf(arrow));
}

const below = (limit: number, contrasts: Record<string, number>) =>
  Object.entries(contrasts)
    .filter(([, ratio]) => ratio < limit)
    .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}`);

describe('admin-sessions-range: dark colour scheme', function () {
  this.timeout(20_000);

  it('is dark with light, readable text when the page is color-scheme: dark', async () => {
    const el = await mountIn('color-scheme: dark; background: #000');
    const calendar = part(el, '.flatpickr-calendar');
    expect(luminance(backgroundOf(calendar)), 'calendar background is dark').to.be.below(0.1);
    expect(luminance(parseColor(getComputedStyle(dayCell(el, 3)).color)), 'day text is light').to.be.above(0.5);
    expect(luminance(backgroundOf(part(el, '[part~="panel"]'))), 'panel background is dark').to.be.below(0.1);
    expect(luminance(backgroundOf(startInput(el))), 'start input background is dark').to.be.below(0.1);
    expect(below(4.5, calendarContrasts(el))).to.deep.equal([]);
    expect(arrowContrast(el), 'month arrows').to.be.at.least(3);
  });

  it('stays light with the same contrast on a light page', async () => {
    const el = await mountIn('color-scheme: light');
    expect(luminance(backgroundOf(part(el, '.flatpickr-calendar'))), 'calendar background is light').to.be.above(0.9);
    expect(getComputedStyle(dayCell(el, 15)).backgroundColor, 'selected day keeps the light accent').to.equal('rgb(27, 110, 243)');
    expect(below(4.5, calendarContrasts(el))).to.deep.equal([]);
    expect(arrowContrast(el), 'month arrows').to.be.at.least(3);
  });

  it('follows prefers-color-scheme when the page allows both (color-scheme: light dark)', async function () {
    // Firefox cannot emulate the media feature through puppeteer; test/theming/dark-system.test.ts
    // runs both browsers on a dark system. This adds the switch back to light while open.
    if (isFirefox) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mountIn('color-scheme: light dark');
      expect(luminance(backgroundOf(part(el, '.flatpickr-calendar'))), 'calendar background is dark').to.be.below(0.1);
      expect(below(4.5, calendarContrasts(el))).to.deep.equal([]);
      await emulateMedia({ colorScheme: 'light' });
      expect(luminance(backgroundOf(part(el, '.flatpickr-calendar'))), 'light again').to.be.above(0.9);
    } finally {
      // Pages are reused by later test files: leave the media feature as it was.
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it('still takes the documented custom properties in the dark', async () => {
    const el = await mountIn(
      'color-scheme: dark; --admin-sessions-background: rgb(10, 20, 30); --admin-sessions-color: rgb(250, 240, 200); --admin-sessions-accent-color: rgb(255, 200, 0); --admin-sessions-accent-contrast: rgb(0, 0, 0)',
    );
    expect(getComputedStyle(part(el, '.flatpickr-calendar')).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(dayCell(el, 3)).color).to.equal('rgb(250, 240, 200)');
    expect(getComputedStyle(part(el, '.flatpickr-hour')).color).to.equal('rgb(250, 240, 200)');
    expect(getComputedStyle(part(el, '.flatpickr-months .flatpickr-month')).color).to.equal('rgb(250, 240, 200)');
    expect(getComputedStyle(dayCell(el, 15)).backgroundColor).to.equal('rgb(255, 200, 0)');
    expect(getComputedStyle(dayCell(el, 15)).color).to.equal('rgb(0, 0, 0)');
    // The band between the ends is mixed from the accent and the surface: yellowish, still dark enough.
    const band = backgroundOf(dayCell(el, 16));
    expect(band[0], 'band takes the accent').to.be.greaterThan(band[2]);
    expect(textContrast(dayCell(el, 16)), 'day in the range').to.be.at.least(4.5);
  });

  it('passes axe open in the dark', async () => {
    const el = await mountIn('color-scheme: dark; background: #000');
    await expect(el).to.be.accessible();
  });
});

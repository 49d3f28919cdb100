import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { makeEntries } from '../../helpers/entries.js';
import { rowsOf, shadowPart, until } from '../../helpers/msw.js';

/**
 * Issue 17: in the narrow toolbar (390 px) the range trigger shows a short label that fits (`24 hr`,
 * `12/15, 11:00 – 12:00`); wide, the full one. The full label stays the trigger's name and title.
 */

const entries = makeEntries(20, Date.now());
const fetchPage: FetchPage = async ({ limit }) => ({ entries: entries.slice(0, limit), total: entries.length, nextCursor: null });

async function mount(width: number, locale: string, range: { range?: string; from?: string; to?: string }): Promise<HTMLElement> {
  await setViewport({ width, height: 844 });
  const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale=${locale} time-zone="UTC" range=${range.range ?? ''}
    from=${range.from ?? ''} to=${range.to ?? ''} .fetchPage=${fetchPage} style="margin: 0"></admin-sessions>`);
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  return shadowPart(el, 'range')!.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!;
}

/** The trigger's text a person sees: its shown spans, without the caret. */
const seen = (trigger: HTMLElement) =>
  [...trigger.querySelectorAll<HTMLElement>('.summary, .short')].filter((span) => span.getBoundingClientRect().width > 1).map((span) => span.textContent!.trim());
const shownSpan = (trigger: HTMLElement) => [...trigger.querySelectorAll<HTMLElement>('.summary, .short')].find((span) => span.getBoundingClientRect().width > 1)!;

const cases = [
  { locale: 'en', range: { range: '24h' }, full: 'Last 24 hours', short: '24 hr' },
  { locale: 'de', range: { range: '24h' }, full: 'Letzte 24 Stunden', short: '24 Std.' },
  { locale: 'en', range: { from: '2025-12-15T11:00:00Z', to: '2025-12-15T12:00:00Z' }, full: '12/15/2025, 11:00 – 12/15/2025, 12:00', short: '12/15, 11:00 – 12:00' },
  { locale: 'de', range: { from: '2025-12-15T11:00:00Z', to: '2025-12-15T12:00:00Z' }, full: '15.12.2025, 11:00 – 15.12.2025, 12:00', short: '15.12., 11:00–12:00 Uhr' },
];

/** The accessible name from the button's content: what is not aria-hidden (the visually hidden full label). */
const nameOf = (trigger: HTMLElement) =>
  [...trigger.children].filter((child) => child.getAttribute('aria-hidden') !== 'true').map((child) => child.textContent).join('').trim();

describe('<admin-sessions-range> label in a narrow toolbar', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { locale, range, full, short } of cases) {
    it(`at 390 px shows "${short}" whole for "${full}" (${locale}), named and titled by the full label`, async function () {
      this.timeout(20_000);
      const trigger = await mount(390, locale, range);
      expect(seen(trigger).map((text) => text.replace(/\s/g, ' '))).to.deep.equal([short.replace(/\s/g, ' ')]);
      const span = shownSpan(trigger);
      expect(span.scrollWidth, 'the short label is not clipped').to.be.at.most(span.clientWidth);
      expect(trigger.title).to.equal(full);
      const name = locale === 'en' ? 'Time range' : 'Zeitraum';
      expect(nameOf(trigger), 'the accessible name').to.equal(`${name}: ${full}`);
    });

    it(`at 1440 px shows the full label "${full}" (${locale})`, async function () {
      this.timeout(20_000);
      const trigger = await mount(1440, locale, range);
      expect(seen(trigger)).to.deep.equal([full]);
      const span = shownSpan(trigger);
      expect(span.scrollWidth).to.be.at.most(span.clientWidth);
      expect(trigger.title).to.equal(full);
      expect(nameOf(trigger)).to.contain(full);
    });
  }
});

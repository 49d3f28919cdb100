import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { makeEntries } from '../../helpers/entries.js';
import { box } from '../../helpers/geometry.js';
import { rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';
import { installFakeClock, tickUntil, type FakeClock } from '../../helpers/fake-clock.js';
import { refreshPreferenceKey } from '../../../src/data/refresh/refresh-preference.js';

/**
 * Issue 16, defect 4: on a phone the toolbar is one line of range, search and the refresh switch,
 * the rest behind "Filters", and the first row shows without scrolling; wide, everything shows.
 */

const entries = makeEntries(120, Date.now());
const fetchPage: FetchPage = async ({ limit }) => ({ entries: entries.slice(0, limit), total: entries.length, nextCursor: null });

/** On screen: laid out with a size, and not in a closed disclosure (its content skipped, though laid out on demand). */
const shown = (node: Element | null) =>
  !!node && node.checkVisibility({ visibilityProperty: true }) && node.getBoundingClientRect().width > 0 && node.getBoundingClientRect().height > 0;
const summary = (el: AdminSessions) => el.shadowRoot!.querySelector<HTMLElement>('.toolbar summary')!;
const refreshSwitch = (el: AdminSessions) => shadowPart(el, 'refresh')!.shadowRoot!.querySelector('[part~="switch"]')!;

async function mount(width: number, height = 900): Promise<AdminSessions> {
  await setViewport({ width, height });
  // At the top of the page, as the widget is when an admin opens it.
  const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" sync-url locale="en" .fetchPage=${fetchPage} style="margin: 0"></admin-sessions>`);
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  return el;
}

const click = async (node: Element) => {
  const { x, y, width, height } = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
};
const middle = (b: { top: number; bottom: number }) => (b.top + b.bottom) / 2;

describe('<admin-sessions> on narrow screens', () => {
  before(startWorker);
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => localStorage.removeItem(refreshPreferenceKey()));

  it('at 390 × 844 keeps range, search and the refresh switch on one line and shows the first row', async function () {
    this.timeout(20_000);
    const el = await mount(390, 844);
    const range = box(shadowPart(el, 'range')!);
    const search = box(shadowPart(el, 'search')!);
    const live = box(refreshSwitch(el));
    for (const [name, other] of [['search', search], ['refresh switch', live]] as const) {
      expect(Math.abs((other.top + other.bottom) / 2 - (range.top + range.bottom) / 2), `${name} on the range’s line`).to.be.lessThan(range.bottom - range.top);
      expect(other.right, `${name} inside the widget`).to.be.at.most(box(el).right);
    }
    expect(search.right - search.left, 'room to type a search').to.be.greaterThan(80);
    // The other controls are folded away under "Filters".
    expect(summary(el).textContent).to.equal('Filters');
    expect(shown(summary(el))).to.equal(true);
    for (const part of ['hide-me', 'time-zone', 'collapse', 'export', 'copy-link']) expect(shown(shadowPart(el, part)), part).to.equal(false);
    const toolbar = box(el.shadowRoot!.querySelector('.toolbar')!);
    expect(toolbar.bottom - toolbar.top, 'toolbar height').to.be.lessThan(120);
    // No sideways scrolling, and the first row whole in the first 844 px.
    const scroller = el.shadowRoot!.querySelector('admin-sessions-table')!.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(box(rowsOf(el)[0]!).bottom, 'first row in the first screen').to.be.at.most(844);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(390);
    // Cards and the folded toolbar keep the table's and the controls' semantics (axe).
    await expect(el).to.be.accessible();
  });

  it('at 390 px opens Filters to show the folded controls, in the widget’s width', async function () {
    this.timeout(20_000);
    const el = await mount(390, 844);
    // Tab goes as the eye does: search, the refresh switch on its line, then Filters under them.
    shadowPart(el, 'search')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadowPart(el, 'refresh')!.shadowRoot!.activeElement, 'after the search').to.equal(refreshSwitch(el));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'after the switch').to.equal(summary(el));
    const { x, y, width, height } = summary(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await until(() => shown(shadowPart(el, 'hide-me')), 'Filters did not open');
    for (const part of ['hide-me', 'time-zone', 'collapse', 'export', 'copy-link']) {
      expect(shown(shadowPart(el, part)), part).to.equal(true);
      expect(box(shadowPart(el, part)!).right, `${part} inside the widget`).to.be.at.most(box(el).right);
    }
    expect(shadowPart(el, 'refresh')!.shadowRoot!.querySelector('.switch')!.textContent, 'the switch keeps its name').to.contain('Auto-refresh');
    await expect(el).to.be.accessible();
  });

  it('at 390 px shows a long custom range’s short label whole, keeping the search usable on one line with the switch', async function () {
    this.timeout(20_000);
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="de" time-zone="UTC" from="2026-12-05T10:00:00Z" to="2026-12-07T18:30:00Z"
      .fetchPage=${fetchPage} style="margin: 0"></admin-sessions>`);
    await until(() => rowsOf(el).length > 3, 'no rows');
    await partsSettled(el);
    const trigger = shadowPart(el, 'range')!.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!;
    const label = '05.12.2026, 10:00 – 07.12.2026, 18:30';
    // The whole label stays in the button's name and title; on screen, its short form, whole (on two lines).
    expect(trigger.title).to.equal(label);
    expect(trigger.querySelector('.visually-hidden')!.textContent).to.equal(`Zeitraum: ${label}`);
    const shortText = trigger.querySelector<HTMLElement>('.short')!;
    expect(shortText.textContent).to.equal('05.12., 10:00 – 07.12., 18:30');
    expect(shortText.checkVisibility(), 'the short label shows').to.equal(true);
    expect(shortText.scrollWidth, 'the short label is not clipped').to.be.at.most(shortText.clientWidth);
    expect(trigger.querySelector<HTMLElement>('.summary')!.checkVisibility(), 'the long label is hidden').to.equal(false);
    const range = box(trigger);
    const search = box(shadowPart(el, 'search')!);
    const live = box(refreshSwitch(el));
    expect(search.right - search.left, 'the search box keeps 10rem').to.be.at.least(160);
    for (const [name, other] of [['search', search], ['refresh switch', live]] as const) {
      expect(Math.abs(middle(other) - middle(range)), `${name} on the range’s line`).to.be.lessThan(range.bottom - range.top);
      expect(other.right, `${name} inside the widget`).to.be.at.most(box(el).right);
    }
    expect(range.right, 'the range before the search').to.be.at.most(search.left);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(390);
    await expect(el).to.be.accessible();
  });

  describe('the refresh interval and "Refresh now" at 390 px', () => {
    let clock: FakeClock | null = null;
    afterEach(() => {
      clock?.restore();
      clock = null;
    });

    it('are in Filters (the switch stays on the first line), and work there', async function () {
      this.timeout(20_000);
      await setViewport({ width: 390, height: 844 });
      const refreshes: number[] = [];
      const counting: FetchPage = async (request) => {
        if (request.newerThan) refreshes.push(Date.now());
        return fetchPage(request);
      };
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" auto-refresh refresh-interval="60"
        .fetchPage=${counting} style="margin: 0"></admin-sessions>`);
      await until(() => rowsOf(el).length > 3, 'no rows');
      await partsSettled(el);
      const settings = shadowPart(el, 'refresh-settings')!.shadowRoot!;
      const interval = settings.querySelector<HTMLSelectElement>('[part~="interval"]')!;
      const refreshNow = settings.querySelector<HTMLElement>('[part~="refresh-now"]')!;
      const main = shadowPart(el, 'refresh')!.shadowRoot!;
      expect(shown(interval), 'interval before Filters is opened').to.equal(false);
      expect(shown(main.querySelector('[part~="interval"]')), 'interval on the first line').to.equal(false);
      await click(summary(el));
      await until(() => shown(interval), 'the interval is not in Filters');
      expect(shown(refreshNow), 'Refresh now in Filters').to.equal(true);
      expect(settings.querySelector('[part~="switch"]'), 'one switch only').to.equal(null);
      expect(shown(refreshSwitch(el)), 'the switch on the first line').to.equal(true);
      for (const node of [interval, refreshNow]) expect(box(node).right, 'inside the widget').to.be.at.most(box(el).right);

      await click(refreshNow);
      await until(() => refreshes.length === 1, 'Refresh now made no request');

      // 60 s → 2 s by keyboard: the next refresh comes 2 s later, not 60.
      clock = installFakeClock(Date.now());
      interval.focus();
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowUp' });
      expect(interval.value).to.equal('2');
      const changedAt = Date.now();
      await clock.tickAsync(1_900);
      expect(refreshes.length, 'not before 2 s').to.equal(1);
      await tickUntil(clock, () => refreshes.length === 2, 'no refresh 2 s after the interval was changed', { maxMs: 1_000 });
      expect(refreshes[1]! - changedAt).to.be.within(1_900, 2_200);
      clock.restore();
      clock = null;
      await expect(el).to.be.accessible();
    });
  });

  for (const width of [768, 1440]) {
    it(`at ${width} px shows every control, with no Filters button`, async function () {
      this.timeout(20_000);
      const el = await mount(width);
      expect(shown(summary(el)), 'Filters').to.equal(false);
      for (const part of ['range', 'search', 'hide-me', 'time-zone', 'collapse', 'export', 'copy-link']) expect(shown(shadowPart(el, part)), part).to.equal(true);
      const refresh = shadowPart(el, 'refresh')!.shadowRoot!;
      for (const part of ['switch', 'interval', 'refresh-now']) expect(shown(refresh.querySelector(`[part~="${part}"]`)), part).to.equal(true);
      expect(shown(shadowPart(el, 'refresh-settings')), 'no second interval in Filters').to.equal(false);
      // In reading order, as in the Tab order: the refresh control after the search, Hide me after it.
      const after = (a: Element, b: Element) => box(b).top > box(a).bottom - 1 || (box(b).top < box(a).bottom && box(b).left > box(a).right);
      expect(after(shadowPart(el, 'search')!, refreshSwitch(el)), 'refresh after the search').to.equal(true);
      expect(after(refresh.querySelector('[part~="refresh-now"]')!, shadowPart(el, 'hide-me')!), 'Hide me after the refresh control').to.equal(true);
    });
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { makeEntries } from '../../helpers/entries.js';
import { box } from '../../helpers/geometry.js';
import { rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';

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

describe('<admin-sessions> on narrow screens', () => {
  before(startWorker);
  after(() => setViewport({ width: 800, height: 600 }));

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

  for (const width of [768, 1440]) {
    it(`at ${width} px shows every control, with no Filters button`, async function () {
      this.timeout(20_000);
      const el = await mount(width);
      expect(shown(summary(el)), 'Filters').to.equal(false);
      for (const part of ['range', 'search', 'hide-me', 'time-zone', 'collapse', 'export', 'copy-link']) expect(shown(shadowPart(el, part)), part).to.equal(true);
      const refresh = shadowPart(el, 'refresh')!.shadowRoot!;
      for (const part of ['switch', 'interval', 'refresh-now']) expect(shown(refresh.querySelector(`[part~="${part}"]`)), part).to.equal(true);
      // In reading order, as in the Tab order: the refresh control after the search, Hide me after it.
      const after = (a: Element, b: Element) => box(b).top > box(a).bottom - 1 || (box(b).top < box(a).bottom && box(b).left > box(a).right);
      expect(after(shadowPart(el, 'search')!, refreshSwitch(el)), 'refresh after the search').to.equal(true);
      expect(after(refresh.querySelector('[part~="refresh-now"]')!, shadowPart(el, 'hide-me')!), 'Hide me after the refresh control').to.equal(true);
    });
  }
});

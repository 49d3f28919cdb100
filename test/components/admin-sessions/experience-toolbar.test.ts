import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { refreshPreferenceKey } from '../../../src/data/refresh/refresh-preference.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { makeEntries } from '../../helpers/entries.js';
import { box, type Box } from '../../helpers/geometry.js';
import { rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';

/**
 * Issue 16, point 3: the toolbar's controls stay where they are whatever appears — the refresh
 * countdown, a search message, an export's progress and outcome, an absolute range's label.
 * Messages go to the status line under the toolbar.
 */

const entries = makeEntries(120, Date.now());
const fetchPage: FetchPage = async ({ limit }) => ({ entries: entries.slice(0, limit), total: entries.length, nextCursor: null });

/** Every control in the toolbar, the refresh control's own included, by a readable name. */
function controls(el: AdminSessions): Map<string, Element> {
  const root = el.shadowRoot!;
  const found = new Map<string, Element>();
  for (const part of ['range', 'zoom-out', 'search', 'hide-me', 'time-zone', 'collapse', 'export', 'copy-link']) {
    root.querySelectorAll(`.toolbar [part~="${part}"]`).forEach((node, i) => found.set(`${part}${i || ''}`, node));
  }
  const refresh = root.querySelector('[part~="refresh"]')!.shadowRoot!;
  for (const part of ['switch', 'interval', 'refresh-now']) found.set(part, refresh.querySelector(`[part~="${part}"]`)!);
  return found;
}

function boxes(el: AdminSessions): Record<string, Box> {
  return Object.fromEntries([...controls(el)].map(([name, node]) => [name, box(node)]));
}

/** The boxes that moved by more than half a pixel, for a readable failure (controls shown in both). */
function moved(before: Record<string, Box>, after: Record<string, Box>): string[] {
  return Object.keys(before).filter((name) => name in after).filter((name) => {
    const a = before[name]!;
    const b = after[name]!;
    return (['left', 'right', 'top', 'bottom'] as const).some((side) => Math.abs(a[side] - b[side]) > 0.5);
  }).map((name) => `${name}: ${JSON.stringify(before[name])} → ${JSON.stringify(after[name])}`);
}

async function clickOn(target: Element): Promise<void> {
  const { x, y, width, height } = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('<admin-sessions> a toolbar that stays put', () => {
  before(startWorker);
  // The page's own scrollbar, appearing when the widget grows past the window, would narrow it: that
  // is the page's layout, not the toolbar's (Firefox's classic scrollbars take 12 px).
  before(() => (document.documentElement.style.scrollbarGutter = 'stable'));
  after(() => document.documentElement.style.removeProperty('scrollbar-gutter'));
  afterEach(() => localStorage.removeItem(refreshPreferenceKey()));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1440, 1024, 768]) {
    it(`at ${width} px, no control moves when the countdown, a search message or an export status appears`, async function () {
      this.timeout(20_000);
      await setViewport({ width, height: 900 });
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" sync-url refresh-interval="30" locale="en" .fetchPage=${fetchPage}></admin-sessions>`);
      await until(() => rowsOf(el).length > 5, 'no rows');
      await partsSettled(el);
      const start = boxes(el);

      const refresh = shadowPart(el, 'refresh')!;
      await clickOn(refresh.shadowRoot!.querySelector('[part~="switch"]')!);
      await until(() => refresh.shadowRoot!.querySelector('[part~="countdown"]'), 'no countdown');
      expect(moved(start, boxes(el)), 'the countdown appeared').to.deep.equal([]);

      (shadowPart(el, 'search') as HTMLInputElement).focus();
      await sendKeys({ type: 'foo:bar' });
      await until(() => shadowPart(el, 'search-error')?.textContent?.includes('Unknown filter'), 'no search message');
      expect(moved(start, boxes(el)), 'a search message appeared').to.deep.equal([]);

      const realClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = () => {};
      try {
        await clickOn(el.shadowRoot!.querySelector('[part~="export"][data-format="json"]')!);
        await until(() => /Exported/.test(shadowPart(el, 'export-status')?.textContent ?? ''), 'no export status');
      } finally {
        HTMLAnchorElement.prototype.click = realClick;
      }
      expect(moved(start, boxes(el)), 'an export status appeared').to.deep.equal([]);
      expect(shadowPart(el, 'export-status')!.getBoundingClientRect().top, 'the status is under the toolbar').to.be.greaterThan(
        el.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect().bottom - 1,
      );

      el.from = new Date(Date.now() - 3_600_000).toISOString();
      el.to = new Date().toISOString();
      await el.updateComplete;
      await until(() => /\d\d:\d\d.*\d\d:\d\d/.test(shadowPart(el, 'range')!.shadowRoot!.querySelector('[part~="trigger"]')!.textContent!), 'no absolute label');
      // "Copy link to this time" is for relative ranges only: it goes, the rest stays.
      expect(moved(start, boxes(el)), 'an absolute range’s label appeared').to.deep.equal([]);
    });

    it(`at ${width} px, a refused copy offers the link in the status line and no control moves`, async function () {
      this.timeout(20_000);
      await setViewport({ width, height: 900 });
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" sync-url locale="en" .fetchPage=${fetchPage}></admin-sessions>`);
        await until(() => rowsOf(el).length > 5, 'no rows');
        await partsSettled(el);
        const start = boxes(el);
        await clickOn(el.shadowRoot!.querySelector('[part~="copy-link"][data-freeze="false"]')!);
        await until(() => shadowPart(el, 'copy-fallback'), 'no field with the link');
        expect(moved(start, boxes(el)), 'the field appeared').to.deep.equal([]);
        expect(shadowPart(el, 'copy-fallback')!.closest('[part~="status"]'), 'the field is in the status line').to.not.equal(null);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });
  }
});

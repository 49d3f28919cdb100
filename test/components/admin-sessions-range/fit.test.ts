import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { mockApi } from '../../helpers/mock-api.js';
import { rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';
import { click, local, openPanel, part, recordChanges, summaryText } from './helpers.js';

/**
 * The open panel fits the room it has: inside `<admin-sessions>` the widget's width, on its own the
 * viewport's. Narrow, it stacks (presets, calendar, times, buttons); every control stays on screen
 * and takes a real click. Geometry in px, 1 px of rounding allowed.
 */

const box = (element: Element) => element.getBoundingClientRect();

/** How far `inner` reaches outside `outer` sideways, in px (≤ 1 means inside). */
const sideways = (inner: DOMRect, outer: { left: number; right: number }) => Math.max(outer.left - inner.left, inner.right - outer.right);

/** Whether a click in the middle of `target` would reach it (nothing clips or covers it there). */
function reachable(el: AdminSessionsRange, target: Element): boolean {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const { left, top, width, height } = box(target);
  const hit = el.shadowRoot!.elementFromPoint(left + width / 2, top + height / 2);
  return hit !== null && (hit === target || target.contains(hit));
}

/** The controls a person needs, by what they are called on screen. */
function controls(el: AdminSessionsRange): Map<string, Element> {
  const found = new Map<string, Element>();
  el.shadowRoot!.querySelectorAll('span.flatpickr-weekday').forEach((weekday) => found.set(`weekday ${weekday.textContent!.trim()}`, weekday));
  for (const [name, selector] of [
    ['Start', '#start'],
    ['End', '#end'],
    ['Cancel', '[part~="cancel"]'],
    ['Apply', '[part~="apply"]'],
    ['Default preset', '[data-preset="stock"]'],
  ] as const) {
    found.set(name, part(el, selector));
  }
  return found;
}

/** Checks every control inside `room` and the panel, and reachable; returns the panel's box. */
function expectEverythingReachable(el: AdminSessionsRange, room: { left: number; right: number }): DOMRect {
  const panel = part(el, '[part~="panel"]');
  const panelBox = box(panel);
  expect(sideways(panelBox, room), `panel ${panelBox.left}…${panelBox.right} outside ${room.left}…${room.right}`).to.be.at.most(1);
  expect(panelBox.right, 'panel within the viewport').to.be.at.most(document.documentElement.clientWidth + 1);
  const all = controls(el);
  expect([...all.keys()].filter((name) => name.startsWith('weekday'))).to.have.length(7);
  for (const [name, control] of all) {
    expect(sideways(box(control), panelBox), `${name} inside the panel`).to.be.at.most(1);
    expect(reachable(el, control), `${name} can be clicked`).to.equal(true);
  }
  // The day grid: all seven columns inside the panel (the last day cell of a row is a Saturday).
  const days = [...el.shadowRoot!.querySelectorAll('.flatpickr-day')];
  expect(days.length).to.be.at.least(28);
  for (const day of days) expect(sideways(box(day), panelBox), `day ${day.textContent} inside the panel`).to.be.at.most(1);
  return panelBox;
}

function expectStacked(el: AdminSessionsRange): void {
  const presets = box(part(el, '[part~="presets"]'));
  const calendar = box(part(el, '[part~="calendar"]'));
  const form = box(part(el, 'form'));
  expect(presets.bottom, 'presets above the calendar').to.be.at.most(calendar.top + 1);
  expect(calendar.bottom, 'times under the calendar').to.be.at.most(form.top + 1);
  // Stacked presets share rows instead of one long column.
  const tops = new Set([...el.shadowRoot!.querySelectorAll('[part~="preset"]')].map((preset) => Math.round(box(preset).top)));
  expect(tops.size, 'preset rows').to.be.below(6);
}

/** `<admin-sessions>` inside the page `wrapper` draws around it, with its range panel open. */
async function openInWidget(wrapper: (widget: TemplateResult) => TemplateResult): Promise<{ widget: AdminSessions; range: AdminSessionsRange }> {
  const api = mockApi({ count: 40 });
  const page = await fixture<HTMLDivElement>(
    wrapper(html`<admin-sessions cache="none" range="7d" endpoint=${api.nativePath} style="--admin-sessions-table-height: 200px"></admin-sessions>`),
  );
  const widget = page.querySelector<AdminSessions>('admin-sessions')!;
  await until(() => rowsOf(widget).length > 0, 'no rows');
  const range = widget.shadowRoot!.querySelector('admin-sessions-range')!;
  await openPanel(range);
  return { widget, range };
}

describe('admin-sessions-range: the open panel fits', () => {
  before(startWorker);

  for (const width of [390, 480, 768]) {
    it(`inside <admin-sessions> ${width}px wide: every control is inside the widget and clickable`, async () => {
      const { widget, range } = await openInWidget((inner) => html`<div lang="en" style="width: ${width}px; color-scheme: dark">${inner}</div>`);

      const panel = expectEverythingReachable(range, box(widget));
      if (width < 500) expectStacked(range);
      else {
        // Room for presets beside the calendar: side by side, as before.
        const presets = box(part(range, '[part~="presets"]'));
        const calendar = box(part(range, '[part~="calendar"]'));
        expect(presets.right, 'presets beside the calendar').to.be.at.most(calendar.left);
        expect(presets.top).to.be.below(calendar.bottom);
      }
      expect(panel.width).to.be.at.least(280);

      // A real click on a Saturday, then on Apply, applies from that day.
      const changes = recordChanges(range);
      const saturday = range.shadowRoot!.querySelectorAll<HTMLElement & { dateObj: Date }>('.flatpickr-day')[13]!;
      expect(saturday.dateObj.getDay(), 'a Saturday').to.equal(6);
      await click(saturday);
      await click(part(range, '[part~="apply"]'));
      await until(() => changes.length === 1, 'Apply did not apply');
      expect(changes[0]!.detail.from).to.equal(saturday.dateObj.getTime());
    });
  }

  it('inside <admin-sessions> 390px wide, right to left: the panel stays inside, mirrored', async () => {
    const { widget, range } = await openInWidget((inner) => html`<div dir="rtl" lang="uk" style="width: 390px">${inner}</div>`);

    const panel = expectEverythingReachable(range, box(widget));
    expectStacked(range);
    expect(Math.abs(panel.right - box(range).right), 'the panel opens from the trigger’s inline start (right)').to.be.below(2);
    const apply = box(part(range, '[part~="apply"]'));
    const cancel = box(part(range, '[part~="cancel"]'));
    expect(apply.left, 'Apply at the inline end (left)').to.be.below(cancel.left);
  });

  it('in a short widget (an error, no rows): the panel shows below it instead of being cut off', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 390px">
      <admin-sessions cache="none" endpoint="/t-missing/api/admin-sessions" style="--admin-sessions-table-height: 0px"></admin-sessions>
    </div>`);
    const widget = page.querySelector<AdminSessions>('admin-sessions')!;
    // The short widget this is about: the failed load shown, nothing left to move the toolbar.
    await until(() => shadowPart(widget, 'error') && !shadowPart(widget, 'loading'), 'the failed load is not shown');
    const range = widget.shadowRoot!.querySelector('admin-sessions-range')!;
    await openPanel(range);
    expect(box(part(range, '[part~="panel"]')).bottom, 'the panel is taller than the widget').to.be.greaterThan(box(widget).bottom);
    expectEverythingReachable(range, box(widget));
  });

  describe('on its own in a 390px viewport', () => {
    before(() => setViewport({ width: 390, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('fits the viewport and stacks', async () => {
      const el = await fixture<AdminSessionsRange>(
        html`<admin-sessions-range locale="de" .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
      );
      await openPanel(el);
      expectEverythingReachable(el, { left: 0, right: document.documentElement.clientWidth });
      expectStacked(el);
      await click(part(el, '[data-preset="1h"]'));
      await click(part(el, '[part~="apply"]'));
      await until(() => summaryText(el) === 'Letzte Stunde', 'Apply did not apply the preset');
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { cacheScope } from '../../../src/data/cache/entry-cache.js';
import { makeEntries } from '../../helpers/entries.js';
import { box } from '../../helpers/geometry.js';
import { rowsOf, shadowPart, startWorker, tableOf, until } from '../../helpers/msw.js';

/**
 * Issue 17, point 6: columns resized by keyboard and drag, hidden from the Columns menu, reset,
 * remembered per viewer; the narrow cards ignore the widths.
 */

const entries = makeEntries(60, Date.now());
const fetchPage: FetchPage = async ({ limit }) => ({ entries: entries.slice(0, limit), total: entries.length, nextCursor: null });

let admin = '';
const storageKey = () => `admin-sessions:columns:${cacheScope('fetchPage', admin)}`;

const header = (el: AdminSessions, column: string) => tableOf(el).shadowRoot!.querySelector<HTMLElement>(`th.${column}`)!;
const handle = (el: AdminSessions, column: string) => header(el, column).querySelector<HTMLElement>('[part~="resize-handle"]')!;
const width = (node: Element) => Math.round(box(node).right - box(node).left);
const cell = (el: AdminSessions, index: number) => rowsOf(el)[0]!.querySelectorAll('td')[index]!;
const shown = (node: Element | null) => !!node && node.checkVisibility() && box(node).right > box(node).left;
const centre = (node: Element): [number, number] => {
  const b = box(node);
  return [Math.round((b.left + b.right) / 2), Math.round((b.top + b.bottom) / 2)];
};

async function mount(viewport = 1440, dir = 'ltr'): Promise<AdminSessions> {
  await setViewport({ width: viewport, height: 900 });
  const page = await fixture<HTMLElement>(html`<div dir=${dir}><admin-sessions cache="none" locale="en" current-admin=${admin} .fetchPage=${fetchPage} style="margin: 0"></admin-sessions></div>`);
  const el = page.querySelector('admin-sessions')!;
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  await until(() => header(el, 'date').querySelector('[part~="resize-handle"]'), 'no resize handles');
  await el.updateComplete;
  return el;
}

describe('<admin-sessions> columns', () => {
  before(startWorker);
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    admin = `admin-${Math.random().toString(36).slice(2)}@example.com`;
  });
  afterEach(() => localStorage.removeItem(storageKey()));

  it('resizes Date by keyboard, and a remount for the same viewer has the width', async function () {
    this.timeout(20_000);
    let el = await mount();
    const before = width(header(el, 'date'));
    expect(handle(el, 'date').getAttribute('role')).to.equal('separator');
    expect(handle(el, 'date').getAttribute('aria-label')).to.equal('Resize Date');
    await until(() => Number(handle(el, 'date').getAttribute('aria-valuenow')) === before, 'aria-valuenow is not the width');
    handle(el, 'date').focus();
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await until(() => width(header(el, 'date')) === before + 80, `Date is ${width(header(el, 'date'))} px, not ${before + 80}`);
    expect(width(cell(el, 0)), 'its cells too').to.equal(before + 80);
    await until(() => handle(el, 'date').getAttribute('aria-valuenow') === String(before + 80), 'aria-valuenow not updated');
    // The table's own keys did not move the focus: it stays on the handle.
    expect(tableOf(el).shadowRoot!.activeElement).to.equal(handle(el, 'date'));
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => width(header(el, 'date')) === before + 64, 'Arrow Left did not narrow it');

    el.parentElement!.remove();
    el = await mount();
    await until(() => width(header(el, 'date')) === before + 64, `after a remount Date is ${width(header(el, 'date'))} px, not ${before + 64}`);
    // Home: the narrowest, narrower than its texts (they are cut off).
    handle(el, 'date').focus();
    await sendKeys({ press: 'Home' });
    await until(() => width(header(el, 'date')) === 48, `Home gave ${width(header(el, 'date'))} px, not 48`);
    expect(width(cell(el, 0))).to.equal(48);
    await expect(el).to.be.accessible();
  });

  it('resizes Admin by dragging its handle', async function () {
    this.timeout(20_000);
    const el = await mount();
    const before = width(cell(el, 1));
    const [x, y] = centre(handle(el, 'admin'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 40, y] });
    await sendMouse({ type: 'move', position: [x + 90, y] });
    await sendMouse({ type: 'up' });
    await until(() => Math.abs(width(cell(el, 1)) - (before + 90)) <= 1, `Admin's cells are ${width(cell(el, 1))} px, not ${before + 90}`);
    expect(Math.abs(width(header(el, 'admin')) - (before + 90))).to.be.at.most(1);
    await sendMouse({ type: 'move', position: [x + 200, y] });
    expect(Math.abs(width(cell(el, 1)) - (before + 90)), 'the drag ended with the button').to.be.at.most(1);
    expect(JSON.parse(localStorage.getItem(storageKey())!).widths.admin).to.be.closeTo(before + 90, 1);
  });

  it('in a right-to-left page, dragging Admin’s handle to the left widens it', async function () {
    this.timeout(20_000);
    const el = await mount(1440, 'rtl');
    const before = width(cell(el, 1));
    const [x, y] = centre(handle(el, 'admin'));
    expect(x, 'the handle at the header’s left end').to.be.below(centre(header(el, 'admin'))[0]);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 70, y] });
    await sendMouse({ type: 'up' });
    await until(() => Math.abs(width(cell(el, 1)) - (before + 70)) <= 1, `Admin's cells are ${width(cell(el, 1))} px, not ${before + 70}`);
  });

  it('hides a column from the Columns menu, and Reset columns brings back every column at its own width', async function () {
    this.timeout(20_000);
    const el = await mount();
    const dateWidth = width(header(el, 'date'));
    handle(el, 'date').focus();
    await sendKeys({ press: 'End' });
    await until(() => width(header(el, 'date')) === 800, 'End did not widen Date');
    const menu = shadowPart(el, 'columns-menu')!;
    await sendMouse({ type: 'click', position: centre(menu.querySelector('summary')!) });
    await until(() => shown(menu.querySelector('input')), 'the menu did not open');
    const boxes = [...menu.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((input) => input.parentElement!.textContent!.trim())).to.deep.equal(['Date', 'Admin', 'URL']);
    expect(boxes[0]!.disabled, 'Date stays').to.equal(true);
    await sendMouse({ type: 'click', position: centre(boxes[1]!) });
    await until(() => !shown(header(el, 'admin')), 'the Admin header is still there');
    for (const row of rowsOf(el)) expect(shown(row.querySelector('[part~="admin-name"]')), 'an admin cell').to.equal(false);
    expect(shown(rowsOf(el)[0]!.querySelector('[part~="url"]')), 'URL still shown').to.equal(true);
    await expect(el).to.be.accessible();

    await sendMouse({ type: 'click', position: centre(shadowPart(el, 'columns-reset')!) });
    await until(() => shown(header(el, 'admin')), 'Reset did not bring Admin back');
    expect(shown(rowsOf(el)[0]!.querySelector('[part~="admin-name"]'))).to.equal(true);
    await until(() => width(header(el, 'date')) === dateWidth, 'Reset did not give Date its own width back');
    expect(boxes[1]!.checked).to.equal(true);
    expect(localStorage.getItem(storageKey())).to.equal(JSON.stringify({ widths: {}, hidden: [] }));
  });

  it('at 390 px the cards ignore the widths (and show no handles)', async function () {
    this.timeout(20_000);
    const plain = await mount(390);
    const cardDate = width(cell(plain, 0));
    plain.parentElement!.remove();
    localStorage.setItem(storageKey(), JSON.stringify({ widths: { date: 700, admin: 600 }, hidden: [] }));
    const el = await mount(390);
    expect(tableOf(el).getAttribute('style'), 'the widths are given').to.contain('--_w-date:676px');
    expect(width(cell(el, 0))).to.equal(cardDate);
    expect(document.documentElement.scrollWidth, 'nothing to scroll sideways').to.be.at.most(390);
    expect(shown(handle(el, 'date'))).to.equal(false);
    // Wide again, the same element has them.
    await setViewport({ width: 1440, height: 900 });
    await until(() => width(header(el, 'date')) === 700, 'the wide table does not have the width');
  });

  it('reads a malformed remembered layout as the default columns, warning once', async function () {
    this.timeout(20_000);
    const plain = await mount();
    const dateWidth = width(header(plain, 'date'));
    plain.parentElement!.remove();
    localStorage.setItem(storageKey(), '{"widths": {"date": "wide"}, "hidden": []}');
    const warn = sinon.stub(console, 'warn');
    try {
      for (let i = 0; i < 2; i++) {
        const el = await mount();
        expect(width(header(el, 'date'))).to.equal(dateWidth);
        expect(shown(header(el, 'admin')) && shown(header(el, 'url'))).to.equal(true);
        el.parentElement!.remove();
      }
      const said = warn.getCalls().filter((call) => String(call.args[0]).includes('columns'));
      expect(said.length, 'one warning').to.equal(1);
    } finally {
      warn.restore();
    }
  });
});

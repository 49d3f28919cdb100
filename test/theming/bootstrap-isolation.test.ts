import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import { makeEntries } from '../helpers/entries.js';
import { rowsOf, tableOf, until } from '../helpers/msw.js';

/*
 * A page that already uses Bootstrap 5 (as admin panels often do) gets the widget. Nothing may
 * leak in and nothing may leak out.
 *
 * What the widget takes from the page, on purpose: nothing typographic. Its host sets font-family,
 * font-size, line-height and colour from its own --admin-sessions-* properties, so Bootstrap's body
 * font, 1rem size, 1.5 line-height and colour do not reach inside. Only two page-wide rendering
 * settings pass through by inheritance, because they are about the device and not the look:
 * `text-size-adjust` (mobile text inflation) and `-webkit-tap-highlight-color`.
 */
const INHERITED_ON_PURPOSE = new Set(['text-size-adjust', '-webkit-text-size-adjust', '-moz-text-size-adjust', '-webkit-tap-highlight-color']);

const entries = makeEntries(40, Date.now() - 60_000);
const fetchPage: FetchPage = async () => ({ entries, total: entries.length, nextCursor: null });

let bootstrapCss: string | null = null;
async function bootstrap(): Promise<HTMLStyleElement> {
  bootstrapCss ??= await (await fetch('/node_modules/bootstrap/dist/css/bootstrap.min.css')).text();
  expect(bootstrapCss.length, 'Bootstrap CSS loaded').to.be.greaterThan(100_000);
  const style = document.createElement('style');
  style.dataset.test = 'bootstrap';
  style.textContent = bootstrapCss;
  document.head.append(style);
  await nextFrame();
  return style;
}

/** Mounts the widget in a fixed-width box (so Bootstrap's body margin reset moves nothing) with a row expanded. */
async function mountWidget(): Promise<AdminSessions> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 900px">
    <admin-sessions cache="none" style="--admin-sessions-table-height: 300px"></admin-sessions>
  </div>`);
  const el = box.querySelector('admin-sessions')!;
  el.fetchPage = fetchPage;
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  tableOf(el).dispatchEvent(new CustomEvent('admin-sessions-row-toggle', { detail: { id: entries[0]!.id }, bubbles: true, composed: true }));
  await until(() => el.shadowRoot!.querySelector('admin-sessions-details')?.shadowRoot?.querySelector('button'), 'no details');
  // The range picker's calendar (and flatpickr's stylesheet) comes with its first open: open it once.
  await until(() => el.shadowRoot!.querySelector('admin-sessions-range')?.shadowRoot?.querySelector('[part~="trigger"]'), 'no range picker');
  const range = el.shadowRoot!.querySelector('admin-sessions-range')!.shadowRoot!;
  range.querySelector<HTMLElement>('[part~="trigger"]')!.click();
  await until(() => range.querySelector('.flatpickr-day'), 'the calendar did not come with the first open');
  range.querySelector<HTMLElement>('[part~="cancel"]')!.click();
  return el;
}

/** The controls and cells a person looks at, inside every shadow root of the widget. */
function shadowElements(el: AdminSessions): Record<string, Element> {
  const root = el.shadowRoot!;
  const table = tableOf(el).shadowRoot!;
  const range = root.querySelector('admin-sessions-range')!.shadowRoot!;
  const refresh = root.querySelector('admin-sessions-refresh')!.shadowRoot!;
  const details = root.querySelector('admin-sessions-details')!.shadowRoot!;
  const find = (scope: ShadowRoot, selector: string): Element => {
    const found = scope.querySelector(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  return {
    toolbar: find(root, '[part~="toolbar"]'),
    search: find(root, '[part~="search"]'),
    checkbox: find(root, '[part~="hide-me"] input'),
    timeZone: find(root, '[part~="time-zone"]'),
    exportButton: find(root, '[part~="export"]'),
    status: find(root, '[part~="status"]'),
    rangeTrigger: find(range, '[part~="trigger"]'),
    rangeStart: find(range, '#start'),
    rangeApply: find(range, '[part~="apply"]'),
    calendarDay: find(range, '.flatpickr-day'),
    refreshSwitch: find(refresh, '[part~="switch"]'),
    refreshInterval: find(refresh, '[part~="interval"]'),
    refreshNow: find(refresh, '[part~="refresh-now"]'),
    table: find(table, 'table'),
    headerCell: find(table, 'th'),
    sortButton: find(table, '[part~="sort-button"]'),
    row: find(table, 'tr[part~="row"]'),
    cell: find(table, 'tr[part~="row"] td'),
    badge: find(table, '[part~="type"]'),
    detailsPanel: find(details, 'section'),
    detailsHeading: find(details, 'h3'),
    detailsList: find(details, 'dl'),
    detailsButton: find(details, 'button'),
  };
}

/** Every computed property (not custom properties, which are the page's own business) of each element, plus its rendered size. */
function snapshot(elements: Record<string, Element>): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, element] of Object.entries(elements)) {
    const style = getComputedStyle(element);
    for (const property of style) {
      if (!property.startsWith('--')) values.set(`${name} ${property}`, style.getPropertyValue(property));
    }
    const box = element.getBoundingClientRect();
    values.set(`${name} (rendered size)`, `${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return values;
}

function differences(before: Map<string, string>, after: Map<string, string>, ignore: (property: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const [key, value] of before) {
    const property = key.split(' ')[1]!;
    if (ignore(property)) continue;
    if (after.get(key) !== value) out.push(`${key}: ${value} → ${after.get(key)}`);
  }
  return out;
}

/** The texts of every rule in the document's own stylesheets (not the shadow roots'). */
function documentRules(): string {
  return [...document.styleSheets, ...document.adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
}

describe('<admin-sessions> on a page with Bootstrap 5', function () {
  this.timeout(30_000);
  let style: HTMLStyleElement | null = null;
  afterEach(() => {
    style?.remove();
    style = null;
  });

  it('nothing leaks in: controls, cells and badges look the same with and without Bootstrap', async () => {
    const el = await mountWidget();
    const hostSize = () => `${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`;
    const without = snapshot(shadowElements(el));
    const sizeWithout = hostSize();
    style = await bootstrap();
    const withBootstrap = snapshot(shadowElements(el));
    expect(without.size).to.be.greaterThan(1000);
    expect(differences(without, withBootstrap, (property) => INHERITED_ON_PURPOSE.has(property))).to.deep.equal([]);
    // The host itself is a page element, so page rules reach it (Bootstrap's `* {box-sizing: border-box}`
    // does); that is how themes work, and it moves nothing.
    expect(hostSize()).to.equal(sizeWithout);
  });

  it('the widget keeps its own font, size, line height and colour where Bootstrap sets the body’s', async () => {
    style = await bootstrap();
    document.body.style.setProperty('--bs-body-font-size', '1.3rem');
    try {
      const el = await mountWidget();
      const cell = tableOf(el).shadowRoot!.querySelector('td')!;
      const bodyStyle = getComputedStyle(document.body);
      expect(bodyStyle.lineHeight, 'Bootstrap is in effect').to.not.equal('normal');
      for (const property of ['font-family', 'font-size', 'line-height', 'color'] as const) {
        expect(getComputedStyle(cell).getPropertyValue(property), property).to.not.equal(bodyStyle.getPropertyValue(property));
      }
      expect(getComputedStyle(el).lineHeight).to.equal('normal');
    } finally {
      document.body.style.removeProperty('--bs-body-font-size');
    }
  });

  it('nothing leaks out: Bootstrap tables, buttons and inputs on the page keep their styles, and no global style is added', async () => {
    style = await bootstrap();
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <table class="table table-striped"><thead><tr><th>Date</th><th>Admin</th></tr></thead>
        <tbody><tr><td>1</td><td>Alice</td></tr><tr><td>2</td><td>Bob</td></tr></tbody></table>
      <button class="btn btn-primary">Save</button>
      <button class="btn btn-outline-secondary btn-sm">Cancel</button>
      <input class="form-control" placeholder="Search" />
      <span class="badge text-bg-success">WEB</span>
    </div>`);
    const pageElements = (): Record<string, Element> => ({
      table: page.querySelector('table')!,
      headerCell: page.querySelector('th')!,
      oddCell: page.querySelector('tbody tr:first-child td')!,
      cell: page.querySelector('tbody tr:last-child td')!,
      primary: page.querySelector('.btn-primary')!,
      small: page.querySelector('.btn-sm')!,
      input: page.querySelector('.form-control')!,
      badge: page.querySelector('.badge')!,
    });
    const before = snapshot(pageElements());
    const sheetCount = document.styleSheets.length;
    const adoptedCount = document.adoptedStyleSheets.length;
    const headCount = document.head.children.length;

    const el = await mountWidget();
    // Open the range picker too: flatpickr builds its calendar when the panel shows.
    const range = el.shadowRoot!.querySelector('admin-sessions-range')!;
    range.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!.click();
    await until(() => range.shadowRoot!.querySelector('[part~="panel"]')!.getBoundingClientRect().height > 0, 'the panel did not open');

    expect(differences(before, snapshot(pageElements()))).to.deep.equal([]);
    expect(document.styleSheets.length, 'document stylesheets').to.equal(sheetCount);
    expect(document.adoptedStyleSheets.length, 'document adopted stylesheets').to.equal(adoptedCount);
    expect(document.head.children.length, 'elements in <head>').to.equal(headCount);
    expect(document.body.querySelectorAll(':scope > .flatpickr-calendar').length, 'no calendar appended to <body>').to.equal(0);
  });

  it('flatpickr’s CSS lives in the range picker’s shadow root, not in the document', async () => {
    const el = await mountWidget();
    const rangeRoot = el.shadowRoot!.querySelector('admin-sessions-range')!.shadowRoot!;
    const shadowRules = [...rangeRoot.adoptedStyleSheets, ...rangeRoot.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(shadowRules.includes('.flatpickr-calendar'), 'flatpickr rules in the shadow root').to.equal(true);
    expect(documentRules().includes('flatpickr'), 'flatpickr rules in the document').to.equal(false);
    // And it styles the calendar: the inline calendar is laid out as flatpickr's grid of days.
    expect(getComputedStyle(rangeRoot.querySelector('.flatpickr-days')!).display).to.not.equal('inline');
  });
});

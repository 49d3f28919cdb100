import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { makeEntries } from '../helpers/entries.js';
import { box, overflow, overlap } from '../helpers/geometry.js';
import { mockApi } from '../helpers/mock-api.js';
import { rowsOf, shadowPart, startWorker, tableOf, until } from '../helpers/msw.js';
import { restorePageLanguage, savePageLanguage } from './helpers.js';

/**
 * `<admin-sessions>` inside a right-to-left page (`<div dir="rtl" lang="uk">`): the layout mirrors
 * and nothing spills out or overlaps. Geometry is compared as numbers (1 px of rounding allowed).
 */

/**
 * Whether a text reads left to right on screen: its first character is drawn left of its last one.
 * Technical values (dates, IPs, URLs, e-mail addresses) and sentences in a left-to-right language
 * must, even in a right-to-left page; the bidi algorithm otherwise moves the digit runs around
 * (`26.11.2026, 02:39:24` shown as `02:39:24 ,26.11.2026`, `/admin/x` as `admin/x/`).
 */
function readsLeftToRight(element: Element): boolean {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const first = texts[0];
  const last = texts.at(-1);
  if (!first || !last) throw new Error(`no text in ${element.localName}`);
  const charBox = (node: Text, index: number) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  };
  const start = first.textContent!.search(/\S/);
  const end = last.textContent!.trimEnd().length - 1;
  return charBox(first, start).left < charBox(last, end).left;
}

const details = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-details')?.shadowRoot ?? null;

/** Whether an element takes up room (hidden live regions and empty slots do not). */
const visible = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
};

async function mountRtl(width: number): Promise<{ el: AdminSessions; page: HTMLDivElement }> {
  const api = mockApi({ count: 300 });
  const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="uk" style="width: ${width}px">
    <admin-sessions cache="none" range="30d" endpoint=${api.nativePath} style="--admin-sessions-table-height: 400px"></admin-sessions>
  </div>`);
  const el = page.querySelector('admin-sessions')!;
  await until(() => rowsOf(el).length > 5, 'no rows');
  // The histogram and the tools come after the first rows.
  await partsSettled(el);
  return { el, page };
}

describe('i18n: right to left (<div dir="rtl" lang="uk">)', () => {
  before(startWorker);
  beforeEach(() => {
    savePageLanguage();
    document.documentElement.removeAttribute('lang');
  });
  afterEach(restorePageLanguage);

  for (const width of [1100, 640, 360]) {
    it(`keeps every toolbar control inside the element at ${width}px`, async () => {
      const { el } = await mountRtl(width);
      const host = box(el);
      const toolbar = shadowPart(el, 'toolbar')!;
      const controls = [...toolbar.querySelectorAll('*')].filter((control) => !control.closest('.visually-hidden') && visible(control));
      expect(controls.length).to.be.greaterThan(5);
      const outside = controls
        .map((control) => ({ name: control.getAttribute('part') ?? control.localName, by: overflow(box(control), host) }))
        .filter(({ by }) => by > 1)
        .map(({ name, by }) => `${name} by ${Math.round(by)}px`);
      expect(outside).to.deep.equal([]);
      // The toolbar is in Ukrainian and mirrored: the time-range picker, its first control, is on the right.
      expect(getComputedStyle(toolbar).direction).to.equal('rtl');
      const range = box(shadowPart(el, 'range')!);
      expect(host.right - range.right, 'gap between the range picker and the right edge').to.be.below(40);
      expect(shadowPart(el, 'search')!.getAttribute('placeholder')).to.match(/[\u0400-\u04FF]/);
    });
  }

  it('puts the first column on the right, with cells side by side and not overlapping', async () => {
    const { el } = await mountRtl(1000);
    const table = tableOf(el).shadowRoot!;
    const host = box(el);
    const headers = [...table.querySelectorAll('[part~="header-cell"]')].map(box);
    expect(headers.length).to.equal(3);
    // Date (the first column) at the right edge, URL (the last) at the left.
    expect(headers[0]!.right).to.be.closeTo(Math.min(host.right, box(tableOf(el)).right), 20);
    expect(headers[0]!.left).to.be.greaterThan(headers[1]!.left);
    expect(headers[1]!.left).to.be.greaterThan(headers[2]!.left);
    for (const row of rowsOf(el).slice(0, 5)) {
      for (const name of ['date', 'ip', 'admin-email', 'url']) {
        const value = row.querySelector(`[part~="${name}"]`);
        if (value) expect(readsLeftToRight(value), `${name} "${value.textContent}" reads left to right`).to.equal(true);
      }
      // …and stay aligned to the right, like the rest of the page.
      const dateCell = box(row.querySelector('[part~="cell"]')!);
      for (const name of ['date', 'ip']) {
        const text = document.createRange();
        text.selectNodeContents(row.querySelector(`[part~="${name}"]`)!);
        expect(dateCell.right - text.getBoundingClientRect().right, `${name} aligned right`).to.be.below(20);
      }
      const cells = [...row.querySelectorAll('[part~="cell"]')].map(box);
      expect(cells.length).to.equal(3);
      expect(cells[0]!.left, 'first cell right of the second').to.be.at.least(cells[1]!.right - 1);
      expect(cells[1]!.left, 'second cell right of the third').to.be.at.least(cells[2]!.right - 1);
      // Inside each cell, the lines of text do not run into each other or out of the cell.
      for (const [index, cell] of [...row.querySelectorAll('[part~="cell"]')].entries()) {
        const lines = [...cell.querySelectorAll('.line, [part~="badge"]')].filter(visible).map(box);
        for (let i = 0; i < lines.length; i++) {
          expect(overflow(lines[i]!, cells[index]!), `line ${i} of cell ${index} spills out`).to.be.at.most(1);
          for (let j = i + 1; j < lines.length; j++) expect(overlap(lines[i]!, lines[j]!), `lines ${i} and ${j} of cell ${index}`).to.be.at.most(1);
        }
      }
    }
  });

  it('keeps the status line and the histogram readable and inside the element', async () => {
    const { el } = await mountRtl(800);
    const host = box(el);
    const count = shadowPart(el, 'status')!.querySelector('span')!;
    await until(() => count.textContent!.trim(), 'no count');
    expect(count.textContent!.trim()).to.match(/^\d/);
    expect(readsLeftToRight(count), `"${count.textContent!.trim()}" reads left to right`).to.equal(true);
    const histogram = shadowPart(el, 'histogram')!.shadowRoot!;
    await until(() => histogram.querySelector('[part~="tick"]'), 'no axis');
    const ticks = [...histogram.querySelectorAll('[part~="tick"]')];
    for (const tick of ticks) {
      expect(overflow(box(tick), host), `tick "${tick.textContent!.trim()}" outside`).to.be.at.most(1);
      expect(readsLeftToRight(tick), `tick "${tick.textContent!.trim()}" reads left to right`).to.equal(true);
    }
    for (let i = 1; i < ticks.length; i++) expect(overlap(box(ticks[i - 1]!), box(ticks[i]!)), `ticks ${i - 1} and ${i}`).to.equal(0);
    // The keyboard's bucket shows a tooltip: inside the element and in reading order.
    histogram.querySelector<HTMLElement>('[part~="chart"]')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => histogram.querySelector('[part~="tooltip"]'), 'no tooltip');
    const tooltip = histogram.querySelector('[part~="tooltip"]')!;
    expect(overflow(box(tooltip), host), 'tooltip outside').to.be.at.most(1);
    expect(readsLeftToRight(tooltip), `tooltip "${tooltip.textContent!.trim()}" reads left to right`).to.equal(true);
  });

  it('runs the histogram right to left: newer buckets further left, ArrowLeft to a newer one', async () => {
    // One request every 10 minutes over the last 23 hours, all in one page: the histogram (computed
    // from the loaded rows) has requests in every bucket whatever the time of day.
    // (The demo's mock log comes in bursts: its first page can sit in one bucket.)
    const entries = makeEntries(138, Date.now() - 60_000).map((entry, i) => ({ ...entry, time: Date.now() - 60_000 - i * 600_000 }));
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="uk" style="width: 800px">
      <admin-sessions cache="none" range="24h" page-size="200" style="--admin-sessions-table-height: 400px"></admin-sessions>
    </div>`);
    const el = page.querySelector('admin-sessions')!;
    el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
    await until(() => rowsOf(el).length > 5, 'no rows');
    // The histogram comes after the first rows.
    await partsSettled(el);
    const histogram = shadowPart(el, 'histogram')!.shadowRoot!;
    await until(() => new Set([...histogram.querySelectorAll<SVGElement>('[part~="bar"]:not([height="0"])')].map((bar) => bar.dataset.index)).size >= 20, 'bars in fewer than 20 buckets');
    const drawn = [...histogram.querySelectorAll<SVGRectElement>('[part~="bar"]')]
      .filter((bar) => Number(bar.getAttribute('height')) > 0)
      .map((bar) => ({ index: Number(bar.dataset.index), left: bar.getBoundingClientRect().left }))
      .sort((a, b) => a.index - b.index);
    expect(new Set(drawn.map((bar) => bar.index)).size, 'buckets with requests').to.be.at.least(2);
    const outOfOrder = drawn.filter((bar, i) => i > 0 && bar.index > drawn[i - 1]!.index && bar.left >= drawn[i - 1]!.left);
    expect(outOfOrder.map((bar) => `bucket ${bar.index}`), 'a later bucket not left of an earlier one').to.deep.equal([]);
    const chart = histogram.querySelector<HTMLElement>('[part~="chart"]')!;
    // The chart is a slider over the buckets: the chosen bucket is its value text.
    const spoken = () => chart.getAttribute('aria-valuetext')!;
    const highlightLeft = () => histogram.querySelector('[part~="highlight"]')!.getBoundingClientRect().left;
    chart.focus();
    await sendKeys({ press: 'Home' });
    await until(() => chart.getAttribute('aria-valuenow') === '0', 'Home did not choose the oldest bucket');
    const oldest = { text: spoken(), left: highlightLeft() };
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => spoken() !== oldest.text, 'ArrowLeft did not move');
    expect(highlightLeft(), 'the highlight moved left').to.be.below(oldest.left);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => spoken() === oldest.text, 'ArrowRight did not go back to the oldest bucket');
  });

  it('opens the details panel inside the element, mirrored, with its labels on the right', async () => {
    const { el } = await mountRtl(800);
    const scroller = tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    scroller.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => details(el)?.querySelector('[part~="detail-panel"]'), 'no details panel');
    const panel = details(el)!.querySelector('[part~="detail-panel"]')!;
    const host = box(el);
    expect(overflow(box(panel), host), 'panel outside the element').to.be.at.most(1);
    expect(getComputedStyle(panel).direction).to.equal('rtl');
    expect(panel.getAttribute('aria-label')).to.equal('Подробиці запиту');
    const visibleParts = [...panel.querySelectorAll('dt, dd, button, h3')].filter(visible);
    const outside = visibleParts.filter((part) => overflow(box(part), host) > 1).map((part) => part.textContent!.trim().slice(0, 30));
    expect(outside).to.deep.equal([]);
    for (const value of panel.querySelectorAll('.full-url, .email, .ip, .time-utc, .time-local, .agent, .raw-agent, code')) {
      if (value.textContent!.trim()) expect(readsLeftToRight(value), `"${value.textContent!.trim().slice(0, 40)}" reads left to right`).to.equal(true);
    }
    // Each label (dt) sits to the right of its value (dd).
    const terms = [...panel.querySelectorAll('dt')];
    for (const term of terms) {
      const value = term.nextElementSibling!;
      expect(box(term).left, `"${term.textContent!.trim()}" is right of its value`).to.be.at.least(box(value).right - 1);
    }
    // The heading comes first, on the right; the close button at the end, on the left.
    const close = box(panel.querySelector('[data-action="close"]')!);
    const heading = box(panel.querySelector('h3')!);
    expect(heading.left, 'heading right of the close button').to.be.greaterThan(close.left);
  });
});

import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { makeEntries } from '../../helpers/entries.js';
import { rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';

/**
 * The toolbar's disclosures by keyboard: Escape inside an open one (Columns; Filters in a narrow
 * toolbar) closes it and puts the focus back on its summary, the innermost one first; the Columns
 * menu's checkboxes are named by their columns.
 */

const entries = makeEntries(30, Date.now());
const fetchPage: FetchPage = async ({ limit }) => ({ entries: entries.slice(0, limit), total: entries.length, nextCursor: null });

async function mount(width: number): Promise<AdminSessions> {
  await setViewport({ width, height: 844 });
  const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" .fetchPage=${fetchPage} style="margin: 0"></admin-sessions>`);
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  await until(() => shadowPart(el, 'columns-menu'), 'no Columns menu');
  return el;
}

const focused = (el: AdminSessions) => el.shadowRoot!.activeElement;
const shown = (node: Element | null | undefined) => !!node && node.checkVisibility();
const columnsMenu = (el: AdminSessions) => shadowPart(el, 'columns-menu') as HTMLDetailsElement;
const filters = (el: AdminSessions) => shadowPart(el, 'filters') as HTMLDetailsElement;
const summaryOf = (details: HTMLElement) => details.querySelector<HTMLElement>('summary')!;
const checkboxes = (el: AdminSessions) => [...columnsMenu(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

/** Tab until `target` has the focus (at most `max` presses). */
async function tabTo(el: AdminSessions, target: Element, max = 30): Promise<void> {
  for (let i = 0; i < max && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), 'reached by Tab').to.equal(target);
}

interface A11yNode {
  role: string;
  name: string;
  children?: A11yNode[];
}
const flatten = (node: A11yNode): A11yNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

describe('<admin-sessions> disclosures by keyboard', () => {
  before(startWorker);
  after(() => setViewport({ width: 800, height: 600 }));

  it('1440 px: Escape in the Columns menu closes it and returns to its summary; the wide Filters stay laid out', async function () {
    this.timeout(20_000);
    const el = await mount(1440);
    shadowPart(el, 'search')!.focus();
    await tabTo(el, summaryOf(columnsMenu(el)));
    await sendKeys({ press: 'Enter' });
    await until(() => columnsMenu(el).open && shown(checkboxes(el)[1]), 'Enter did not open Columns');
    await sendKeys({ press: 'Tab' }); // Date is disabled: the first stop is Admin
    expect(focused(el), 'on Admin').to.equal(checkboxes(el)[1]);
    await sendKeys({ press: 'Escape' });
    await until(() => !columnsMenu(el).open, 'Escape did not close Columns');
    expect(focused(el), 'back on the summary').to.equal(summaryOf(columnsMenu(el)));
    expect(shown(checkboxes(el)[1]), 'the checkboxes are hidden').to.equal(false);
    expect(shown(shadowPart(el, 'hide-me')), 'the wide toolbar still shows Hide me').to.equal(true);
    // Escape on the summary of a closed menu changes nothing.
    await sendKeys({ press: 'Escape' });
    expect(focused(el)).to.equal(summaryOf(columnsMenu(el)));
    expect(shown(shadowPart(el, 'export'))).to.equal(true);
  });

  it('390 px: Escape in the open Filters closes it and returns to "Filters"; inside Columns, the first Escape closes Columns only', async function () {
    this.timeout(20_000);
    const el = await mount(390);
    shadowPart(el, 'search')!.focus();
    await tabTo(el, summaryOf(filters(el)));
    await sendKeys({ press: 'Enter' });
    await until(() => shown(shadowPart(el, 'hide-me')), 'Enter did not open Filters');
    const hideMe = shadowPart(el, 'hide-me')!.querySelector('input')!;
    await tabTo(el, hideMe);
    await sendKeys({ press: 'Escape' });
    await until(() => !filters(el).open, 'Escape did not close Filters');
    expect(focused(el), 'back on "Filters"').to.equal(summaryOf(filters(el)));
    expect(shown(shadowPart(el, 'hide-me')), 'Hide me folded away').to.equal(false);

    await sendKeys({ press: 'Enter' });
    await until(() => filters(el).open, 'Enter did not open Filters again');
    await tabTo(el, summaryOf(columnsMenu(el)));
    await sendKeys({ press: 'Enter' });
    await until(() => shown(checkboxes(el)[1]), 'Enter did not open Columns');
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'on Admin').to.equal(checkboxes(el)[1]);
    await sendKeys({ press: 'Escape' });
    await until(() => !columnsMenu(el).open, 'Escape did not close Columns');
    expect(filters(el).open, 'Filters stays open').to.equal(true);
    expect(focused(el), 'back on Columns').to.equal(summaryOf(columnsMenu(el)));
    await sendKeys({ press: 'Escape' });
    await until(() => !filters(el).open, 'the second Escape did not close Filters');
    expect(focused(el), 'back on "Filters"').to.equal(summaryOf(filters(el)));
  });

  it('the Columns menu’s checkboxes are named by their columns (accessibility tree, axe)', async function () {
    this.timeout(20_000);
    const el = await mount(1440);
    summaryOf(columnsMenu(el)).click();
    await until(() => shown(checkboxes(el)[1]), 'Columns did not open');
    expect(checkboxes(el).map((box) => box.labels?.[0]?.textContent?.trim())).to.deep.equal(['Date', 'Admin', 'URL']);
    await expect(el).to.be.accessible();
    // The browser's own accessibility tree (Chromium's driver gives it; Firefox's has no such command).
    if (navigator.userAgent.includes('Firefox')) return;
    const tree = (await a11ySnapshot({})) as unknown as A11yNode;
    const names = flatten(tree).filter((node) => node.role === 'checkbox').map((node) => node.name);
    expect(names).to.include.members(['Date', 'Admin', 'URL']);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { refreshPreferenceKey } from '../../src/data/refresh/refresh-preference.js';
import { lastParams, mockApi, pageRequests, type MockApi } from '../helpers/mock-api.js';
import { partText, rowsOf, rowsSettled, startWorker, tableOf, until } from '../helpers/msw.js';

/** The element that has keyboard focus, looking through every shadow root on the way. */
function deepActive(): Element | null {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** A short name for a focus stop, as a tester would write it down: its part (and which one), or its label. */
function stopName(element: Element | null): string {
  if (!element) return '(nothing)';
  const part = element.getAttribute('part');
  if (part === 'sort-button') return `sort:${element.getAttribute('data-sort')}`;
  if (part === 'export') return `export:${element.getAttribute('data-format')}`;
  if (part === 'detail-action') return `detail:${element.getAttribute('data-action')}`;
  if (part?.includes('row')) return 'row';
  if (part) return part.split(' ')[0]!;
  if (element instanceof HTMLInputElement && element.type === 'checkbox') {
    return `checkbox:${element.closest('label')?.textContent?.trim()}`;
  }
  return `${element.tagName.toLowerCase()}:${element.id || element.className || element.textContent?.trim().slice(0, 20)}`;
}

/** Why the focused element's focus is not visible, or '' when it is (`:focus-visible` and a drawn ring). */
function focusRingProblem(): string {
  const element = deepActive();
  if (!element || element === document.body) return 'nothing has focus';
  if (!element.matches(':focus-visible')) return `${stopName(element)} does not match :focus-visible`;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  return outline || shadow ? '' : `${stopName(element)} has no outline and no box-shadow`;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses Tab until `name` has focus (at most `limit` times); every stop passed must show its focus. */
async function tabTo(name: string, limit = 40): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const stop = stopName(deepActive());
    passed.push(stop);
    expect(focusRingProblem(), `focus ring at ${stop}`).to.equal('');
    if (stop === name) return passed;
  }
  throw new Error(`Tab never reached ${name}; passed ${passed.join(', ')}`);
}

const range = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-range')!;
const rangePart = (el: AdminSessions, part: string) => range(el).shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
const refresh = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-refresh')!;
const refreshPart = (el: AdminSessions, part: string) => refresh(el).shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
const headerSort = (el: AdminSessions, column: string) =>
  tableOf(el).shadowRoot!.querySelector(`[data-sort="${column}"]`)!.closest('th')!.getAttribute('aria-sort');
const details = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-details');
const emails = (el: AdminSessions) => rowsOf(el).map((row) => partText(row, 'admin-email'));

describe('keyboard-only use of <admin-sessions>', function () {
  this.timeout(60_000);
  before(startWorker);

  let api: MockApi;
  let el: AdminSessions;
  let start: HTMLButtonElement;

  beforeEach(async () => {
    localStorage.removeItem(refreshPreferenceKey());
    api = mockApi({ count: 300 });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <admin-sessions cache="none" endpoint=${api.nativePath} style="--admin-sessions-table-height: 400px"></admin-sessions>
      <button id="after">after</button>
    </div>`);
    el = wrapper.querySelector('admin-sessions')!;
    start = wrapper.querySelector<HTMLButtonElement>('#before')!;
    await until(() => rowsOf(el).length > 5, 'no rows loaded');
    // The time buttons come in a chunk of their own (the parts chunk in the standalone build).
    await until(() => el.shadowRoot!.querySelector('[part~="go-to"]'), 'the time buttons did not arrive');
    start.focus();
  });

  afterEach(() => localStorage.removeItem(refreshPreferenceKey()));

  it('Tab visits every control once, in reading order, each with a visible focus ring', async () => {
    const stops = await tabTo('button:after');
    expect(stops.join(' → ')).to.equal(
      [
        'trigger',
        'search',
        // The refresh control after the search, as on a narrow screen where the rest folds into Filters.
        'switch',
        'interval',
        'refresh-now',
        // Moving through time (Later is disabled while the range ends now), then Go to.
        'earlier',
        'zoom-out',
        'go-to',
        'checkbox:Hide me',
        'time-zone',
        'checkbox:Fold repeats',
        'checkbox:Facets',
        // The Views menu's button (its panel, closed, holds no stops).
        'views-button',
        'export:csv',
        'export:json',
        'summary:Columns',
        // The histogram counts the loaded rows (this server has no histogram endpoint) and offers more.
        'load-more',
        'chart',
        'scroller',
        'sort:time',
        'sort:ip',
        // Each resizable column's handle at its header's end.
        'resize-handle',
        'sort:admin',
        'resize-handle',
        'sort:type',
        'sort:method',
        'sort:url',
        'button:after',
      ].join(' → '),
    );
  });

  it('the range picker opens with Enter, focus moves into it, and Escape closes it without applying', async () => {
    await tabTo('trigger');
    await press('Enter');
    await until(() => rangePart(el, 'trigger').getAttribute('aria-expanded') === 'true', 'Enter did not open the panel');
    expect(stopName(deepActive()), 'focus moves into the panel, on the chosen preset').to.equal('preset');
    expect(deepActive()!.getAttribute('data-preset')).to.equal('24h');
    expect(focusRingProblem()).to.equal('');
    await press('Tab');
    expect(deepActive()!.getAttribute('data-preset')).to.equal('7d');
    await press('Escape');
    await until(() => rangePart(el, 'trigger').getAttribute('aria-expanded') === 'false', 'Escape did not close the panel');
    expect(rangePart(el, 'panel').hidden).to.equal(true);
    expect(stopName(deepActive()), 'Escape returns focus to the trigger').to.equal('trigger');
    expect(focusRingProblem()).to.equal('');
    expect(rangePart(el, 'trigger').textContent).to.contain('Last 24 hours');
  });

  it('a preset taken from the keyboard applies at once, closes the dialog and reloads the log', async () => {
    await tabTo('trigger');
    await press('Enter');
    await until(() => stopName(deepActive()) === 'preset', 'Enter did not move focus into the panel');
    // The dialog keeps focus: Shift+Tab past the first preset goes round to Apply, Tab back.
    await shiftTab();
    await shiftTab();
    expect(deepActive()!.getAttribute('data-preset')).to.equal('15m');
    await shiftTab();
    expect(stopName(deepActive()), 'Shift+Tab stays in the dialog').to.equal('apply');
    await press('Tab');
    await press('Tab');
    expect(deepActive()!.getAttribute('data-preset')).to.equal('1h');
    const requests = pageRequests(api, 'native').length;
    await press('Enter');
    await until(() => rangePart(el, 'trigger').getAttribute('aria-expanded') === 'false', 'the preset did not close the panel');
    expect(rangePart(el, 'trigger').textContent).to.contain('Last hour');
    expect(stopName(deepActive())).to.equal('trigger');
    expect(focusRingProblem()).to.equal('');
    await until(() => pageRequests(api, 'native').length > requests, 'no new request for the applied range');
  });

  it('typing in the search field filters the rows', async () => {
    const wanted = emails(el)[0]!;
    await tabTo('search');
    await sendKeys({ type: wanted });
    await until(() => emails(el).length > 0 && emails(el).every((email) => email === wanted), `rows were not filtered to ${wanted}`);
  });

  it('Space on Hide me leaves out the viewing admin’s own rows', async () => {
    // The viewing admin is the one the mock server knows as logged in, so its hide_me drops the
    // same rows (hiding another admin could leave nothing to show at some hours of the bursty log).
    const me = 'demo-admin@example.com';
    await rowsSettled(el);
    const before = emails(el);
    el.currentAdmin = me;
    await tabTo('checkbox:Hide me');
    await press(' ');
    await until(() => lastParams(api, 'native').get('hide_me') === '1', 'Hide me was not asked of the server');
    await until(() => emails(el).length > 0 && !emails(el).includes(me), 'Hide me did not hide my rows');
    expect(el.hideMe).to.equal(true);
    await press(' ');
    await until(() => !lastParams(api, 'native').has('hide_me') && JSON.stringify(emails(el)) === JSON.stringify(before), 'unchecking Hide me did not bring the rows back');
  });

  it('Space flips the auto-refresh switch and the arrow keys pick the interval', async () => {
    await tabTo('switch');
    expect(refreshPart(el, 'switch').getAttribute('aria-checked')).to.equal('false');
    await press(' ');
    await until(() => refreshPart(el, 'switch').getAttribute('aria-checked') === 'true', 'Space did not turn auto-refresh on');
    await press(' ');
    await until(() => refreshPart(el, 'switch').getAttribute('aria-checked') === 'false', 'Space did not turn auto-refresh off');
    await tabTo('interval');
    const select = refreshPart(el, 'interval') as HTMLSelectElement;
    expect(select.value).to.equal('5');
    await press('ArrowDown');
    await until(() => select.value === '10', `ArrowDown left the interval at ${select.value}`);
    await until(() => refresh(el).interval === 10, 'the new interval was not taken');
  });

  it('Enter on a column header sorts by it and aria-sort follows', async () => {
    expect(headerSort(el, 'time')).to.equal('descending');
    expect(headerSort(el, 'admin')).to.equal('none');
    await tabTo('sort:admin');
    await press('Enter');
    await until(() => headerSort(el, 'admin') === 'ascending', 'Enter did not sort by admin');
    expect(headerSort(el, 'time')).to.equal('none');
    const sorted = emails(el);
    expect(sorted).to.deep.equal([...sorted].sort((a, b) => a.localeCompare(b)));
    expect(stopName(deepActive()), 'focus stays on the header').to.equal('sort:admin');
    await press('Enter');
    await until(() => headerSort(el, 'admin') === 'descending', 'a second Enter did not reverse the order');
  });

  it('ArrowDown walks the rows, Enter opens the details, Tab reaches their buttons', async () => {
    await tabTo('scroller');
    await press('ArrowDown');
    await until(() => stopName(deepActive()) === 'row', 'ArrowDown did not move focus onto a row');
    const first = deepActive() as HTMLElement;
    expect(first.dataset.index).to.equal('0');
    expect(focusRingProblem()).to.equal('');
    await press('ArrowDown');
    await until(() => (deepActive() as HTMLElement).dataset?.index === '1', 'ArrowDown did not move to the next row');
    expect(focusRingProblem()).to.equal('');
    const row = deepActive() as HTMLElement;
    await press('Enter');
    await until(() => details(el) !== null, 'Enter did not open the details');
    expect(row.getAttribute('aria-current')).to.equal('true');
    expect(stopName(deepActive()), 'focus stays on the row').to.equal('row');
    // Tab leaves the table for the details panel and walks its buttons.
    const detailStops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await press('Tab');
      const stop = stopName(deepActive());
      if (!stop.startsWith('detail:')) break;
      expect(focusRingProblem(), `focus ring at ${stop}`).to.equal('');
      detailStops.push(stop);
    }
    expect(detailStops[0], 'the first stop after the row').to.equal('detail:close');
    expect(detailStops).to.include.members(['detail:copy', 'detail:only', 'detail:exclude']);
    // Shift+Tab from the panel's first button comes back to the row the admin left.
    (details(el)!.shadowRoot!.querySelector('[data-action="close"]') as HTMLElement).focus();
    await shiftTab();
    expect(stopName(deepActive())).to.equal('row');
    expect((deepActive() as HTMLElement).dataset.index).to.equal('1');
  });

  it('Escape in the details, or Enter on Close, closes them and puts focus back on the row', async () => {
    await tabTo('scroller');
    await press('ArrowDown');
    await press('ArrowDown');
    await until(() => (deepActive() as HTMLElement).dataset?.index === '1', 'ArrowDown did not reach the second row');
    await press('Enter');
    await until(() => details(el) !== null, 'Enter did not open the details');
    await tabTo('detail:copy');
    await press('Escape');
    await until(() => details(el) === null, 'Escape did not close the details');
    await until(() => stopName(deepActive()) === 'row', `focus went to ${stopName(deepActive())}, not back to the row`);
    expect((deepActive() as HTMLElement).dataset.index).to.equal('1');
    // Escape on the row closes them too.
    await press('Enter');
    await until(() => details(el) !== null, 'Enter did not open the details again');
    await press('Escape');
    await until(() => details(el) === null, 'Escape on the row did not close the details');
    await until(() => stopName(deepActive()) === 'row', `focus went to ${stopName(deepActive())}, not back to the row`);
    await press('Enter');
    await until(() => details(el) !== null, 'Enter did not open the details again');
    await tabTo('detail:close');
    await press('Enter');
    await until(() => details(el) === null, 'Close did not close the details');
    await until(() => stopName(deepActive()) === 'row', `focus went to ${stopName(deepActive())}, not back to the row`);
    expect((deepActive() as HTMLElement).dataset.index).to.equal('1');
    expect(focusRingProblem()).to.equal('');
  });

  it('Enter on a details button acts on it: "Only this admin" filters the log', async () => {
    await tabTo('scroller');
    await press('ArrowDown');
    await until(() => stopName(deepActive()) === 'row');
    const email = partText(deepActive()!, 'admin-email');
    await press('Enter');
    await until(() => details(el) !== null);
    // close, copy URL, only/exclude path, copy email, then "Only this admin".
    await tabTo('detail:only');
    await tabTo('detail:only');
    await press('Enter');
    await until(() => emails(el).length > 0 && emails(el).every((shown) => shown === email), 'the log was not filtered by the admin');
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    expect(search.value).to.contain(email);
  });
});

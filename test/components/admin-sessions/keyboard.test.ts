import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { makeEntries } from '../../helpers/entries.js';
import { mockApi, pageRequests } from '../../helpers/mock-api.js';
import { partText, rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';

/**
 * Issue 17, points 4 and 8, as an admin uses them: the search box suggests keys and values and
 * completes them from the keyboard without ever replacing a free word; `/` goes to the search box,
 * `?` lists the shortcuts, and `no-shortcuts` leaves the keyboard to the page.
 */

const searchBox = (el: AdminSessions) => shadowPart(el, 'search') as HTMLInputElement;
/** The options a person sees under the box. */
const shownOptions = (el: AdminSessions) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="suggestion"]')].filter((option) => option.getClientRects().length > 0).map((option) => option.textContent!.trim());
const dialog = (el: AdminSessions) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~="shortcuts"]')!;

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** A widget over 30 rows of Alice, Bob and Seán, with its keyboard part there (the box a combobox). */
async function mount(attributes = ''): Promise<AdminSessions> {
  const entries = makeEntries(30, Date.now() - 60_000);
  const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en"></admin-sessions>`);
  for (const name of attributes.split(' ').filter(Boolean)) el.setAttribute(name, '');
  el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
  await until(() => el.entries.length === 30 && rowsOf(el).length > 0, 'no rows');
  await until(() => searchBox(el).getAttribute('role') === 'combobox', 'the keyboard part did not arrive');
  return el;
}

/** Presses a key where the focus is; what the page's own listener (after the widget's) saw of it. */
async function pressOnPage(key: string): Promise<{ heard: boolean; prevented: boolean }> {
  const seen = { heard: false, prevented: false };
  const listener = (event: KeyboardEvent) => event.key === key && Object.assign(seen, { heard: true, prevented: event.defaultPrevented });
  window.addEventListener('keydown', listener);
  try {
    await sendKeys({ press: key });
  } finally {
    window.removeEventListener('keydown', listener);
  }
  return seen;
}

describe('<admin-sessions> search suggestions', () => {
  before(startWorker);
  afterEach(() => (deepActive() as HTMLElement | null)?.blur());

  it('offers keys, completes one with Down and Enter, then offers values and completes one with Tab', async () => {
    const el = await mount();
    const input = searchBox(el);
    await clickOn(input);
    await sendKeys({ type: 'ad' });
    await until(() => shownOptions(el).length > 0, 'no options');
    expect(shownOptions(el)).to.deep.equal(['admin:']);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    // Nothing is chosen until the admin says so.
    expect(input.getAttribute('aria-activedescendant')).to.equal('');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active?.textContent?.trim()).to.equal('admin:');
    expect(active?.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(input.value).to.equal('admin:');

    await sendKeys({ type: 'al' });
    await until(() => shownOptions(el).length > 0, 'no values offered');
    expect(shownOptions(el)).to.deep.equal(['Alice Admin']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(input.value).to.equal('admin:"Alice Admin"');
    expect(deepActive(), 'Tab that completes stays in the box').to.equal(input);
    // The search runs: only Alice's rows are left.
    await until(() => el.entries.length === 10, `rows not filtered: ${el.entries.length}`);
    expect(rowsOf(el).every((row) => partText(row, 'admin-name') === 'Alice Admin')).to.equal(true);
    expect(shownOptions(el)).to.deep.equal([]);
  });

  it('picks an option with the mouse', async () => {
    const el = await mount();
    await clickOn(searchBox(el));
    await sendKeys({ type: 'admin:s' });
    await until(() => shownOptions(el).length > 0, 'no options');
    await clickOn(el.shadowRoot!.querySelector('[part~="suggestion"]')!);
    expect(searchBox(el).value).to.equal(`admin:"Seán O'Brien"`);
    expect(deepActive()).to.equal(searchBox(el));
  });

  it('Escape closes the list and keeps the text; Tab with nothing chosen moves on', async () => {
    const el = await mount();
    const input = searchBox(el);
    await clickOn(input);
    await sendKeys({ type: 'ad' });
    await until(() => shownOptions(el).length > 0, 'no options');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shownOptions(el)).to.deep.equal([]);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('ad');
    await sendKeys({ type: 'm' });
    await until(() => shownOptions(el).length > 0, 'typing did not offer again');
    await sendKeys({ press: 'Tab' });
    expect(input.value).to.equal('adm');
    expect(deepActive()).not.to.equal(input);
    await el.updateComplete;
    expect(shownOptions(el), 'closed when the box lost focus').to.deep.equal([]);
  });

  for (const word of ['alice', 'ad']) {
    it(`“${word}” then Enter searches the free word “${word}”`, async () => {
      const el = await mount();
      await clickOn(searchBox(el));
      await sendKeys({ type: word });
      await sendKeys({ press: 'Enter' });
      await until(() => el.query === word, `searched “${el.query}”`);
      expect(searchBox(el).value).to.equal(word);
    });
  }

  for (const adapter of ['native', 'puqcloud'] as const) {
    it(`accepting a key after a pause only completes it and offers its values; nothing is sent for \`admin:\` (${adapter} contract)`, async () => {
      const api = mockApi({ count: 200 });
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" adapter=${adapter}
        endpoint=${adapter === 'native' ? api.nativePath : api.puqcloudPath}></admin-sessions>`);
      await until(() => rowsOf(el).length > 5 && !el.shadowRoot!.querySelector('.table-wrap[aria-busy="true"]'), 'no rows');
      await until(() => searchBox(el).getAttribute('role') === 'combobox', 'the keyboard part did not arrive');
      const before = pageRequests(api, adapter).length;
      const input = searchBox(el);
      await clickOn(input);
      await sendKeys({ type: 'ad' });
      await until(() => shownOptions(el).join() === 'admin:', 'no key offered');
      // The admin reads the list: the box's own search for the free word `ad` goes out meanwhile.
      await until(() => pageRequests(api, adapter).length > before, 'no search for “ad”');
      await until(() => el.entries.length > 0 && !el.shadowRoot!.querySelector('.table-wrap[aria-busy="true"]'), 'the search for “ad” did not settle');
      const afterAd = pageRequests(api, adapter).length;
      const rowsForAd = el.entries.map((entry) => entry.id).join();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(input.value).to.equal('admin:');
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([6, 6]);
      expect(el.query, 'Enter was the list’s, not the box’s “search now”').to.equal('ad');
      // The list stays open on the admins of the rows loaded (those the search for `ad` found).
      await until(() => shownOptions(el).length > 0, 'no admins offered after admin:');
      const admins = new Set(el.entries.map((entry) => entry.admin?.name));
      expect(shownOptions(el).length).to.be.within(1, 8);
      expect(shownOptions(el).every((name) => admins.has(name)), shownOptions(el).join()).to.equal(true);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      // The box's pause passes: `admin:` is incomplete, so it is not searched.
      await until(() => el.query === 'admin:', 'the box never took admin:');
      await el.updateComplete;
      expect(shownOptions(el).length, 'the list is still open').to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('.table-wrap[aria-busy="true"]'), 'no page on its way').to.equal(null);
      // (PUQcloud cannot search: pages of unsearched rows may still be arriving to find more matches for “ad”, after those.)
      expect(el.entries.map((entry) => entry.id).join().startsWith(rowsForAd), 'the rows stay those of “ad”').to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      const chosen = shownOptions(el)[0]!;
      await sendKeys({ press: 'Enter' });
      expect(input.value).to.equal(`admin:${/\s/.test(chosen) ? `"${chosen}"` : chosen}`);
      await until(() => el.query === input.value && !el.shadowRoot!.querySelector('.table-wrap[aria-busy="true"]'), 'not searched');
      await until(() => rowsOf(el).length > 0 && rowsOf(el).every((row) => partText(row, 'admin-name') === chosen), 'rows not filtered');
      // Every request since the one for `ad` is for the admin chosen, none for `admin:`. The native
      // server searches admins by one word (a name with a space may be in two columns, so it is
      // matched here); PUQcloud's cannot search, so its rows are fetched unsearched and matched here.
      const sent = pageRequests(api, adapter).slice(afterAd).map((request) => new URL(request.url, location.href).searchParams);
      expect(sent.length).to.be.greaterThan(0);
      const search = sent.map((params) => params.get(adapter === 'native' ? 'q' : 'search[value]'));
      const expected = adapter === 'puqcloud' ? '' : /\s/.test(chosen) ? null : chosen;
      expect(search).to.deep.equal(sent.map(() => expected));
    });
  }

  for (const adapter of ['native', 'puqcloud'] as const) {
    it(`offers the admins of the loaded rows (${adapter} contract)`, async () => {
      const api = mockApi({ count: 200 });
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" adapter=${adapter}
        endpoint=${adapter === 'native' ? api.nativePath : api.puqcloudPath}></admin-sessions>`);
      await until(() => rowsOf(el).length > 5, 'no rows');
      await until(() => searchBox(el).getAttribute('role') === 'combobox', 'the keyboard part did not arrive');
      await clickOn(searchBox(el));
      await sendKeys({ type: 'admin:o' });
      await until(() => shownOptions(el).length > 0, 'no admins offered');
      expect(shownOptions(el)).to.deep.equal(['Ops']);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(searchBox(el).value).to.equal('admin:Ops');
      await until(() => el.query === 'admin:Ops' && !el.shadowRoot!.querySelector('.table-wrap[aria-busy="true"]'), 'not searched');
      await until(() => rowsOf(el).length > 0 && rowsOf(el).every((row) => partText(row, 'admin-name') === 'Ops'), 'rows not filtered');
    });
  }
});

describe('<admin-sessions> keyboard shortcuts', () => {
  before(startWorker);
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => (deepActive() as HTMLElement | null)?.blur());

  for (const width of [390, 1440]) {
    it(`/ from the page goes to the search box and selects its text (${width} px)`, async () => {
      await setViewport({ width, height: 800 });
      const el = await mount();
      el.query = 'alice';
      await el.updateComplete;
      expect(await pressOnPage('/')).to.deep.equal({ heard: true, prevented: true });
      expect(deepActive()).to.equal(searchBox(el));
      expect([searchBox(el).selectionStart, searchBox(el).selectionEnd]).to.deep.equal([0, 5]);
    });
  }

  it('/ typed in the search box is a slash', async () => {
    const el = await mount();
    await clickOn(searchBox(el));
    await sendKeys({ type: 'url:/admin' });
    expect(searchBox(el).value).to.equal('url:/admin');
  });

  it('? lists the shortcuts in a modal dialog; Escape closes it and gives the focus back', async () => {
    const el = await mount();
    const scroller = el.shadowRoot!.querySelector('admin-sessions-table')!.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    scroller.focus();
    expect(await pressOnPage('?')).to.deep.equal({ heard: true, prevented: true });
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    const listed = [...dialog(el).querySelectorAll('dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling!.textContent}`);
    expect(listed).to.deep.equal([
      '/ Go to the search box',
      '[ Earlier: the range half a span back',
      '] Later: the range half a span on',
      '- Zoom out: back to the last range, or double it',
      '? Show these shortcuts',
    ]);
    expect(dialog(el).contains(deepActive()), 'focus inside the dialog').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 'Escape did not close it');
    expect(deepActive()).to.equal(scroller);
  });

  it('the list speaks the widget’s language', async () => {
    const el = await mount();
    el.locale = 'de';
    await until(() => dialog(el).querySelector('h2')!.textContent === 'Tastenkürzel', 'not in German');
    expect([...dialog(el).querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([
      'Zum Suchfeld',
      'Früher: den Zeitraum um die halbe Spanne zurück',
      'Später: den Zeitraum um die halbe Spanne vor',
      'Herauszoomen: zurück zum letzten Zeitraum oder ihn verdoppeln',
      'Diese Tastenkürzel anzeigen',
    ]);
    el.locale = 'uk';
    await until(() => dialog(el).querySelector('h2')!.textContent === 'Клавіатурні скорочення', 'not in Ukrainian');
    expect(dialog(el).querySelectorAll('dd')[1]!.textContent).to.equal('Раніше: діапазон на пів довжини назад');
  });

  it('no-shortcuts leaves / and ? to the page', async () => {
    const el = await mount('no-shortcuts');
    expect(await pressOnPage('/')).to.deep.equal({ heard: true, prevented: false });
    expect(deepActive()).not.to.equal(searchBox(el));
    expect(await pressOnPage('?')).to.deep.equal({ heard: true, prevented: false });
    expect(dialog(el).open).to.equal(false);
    // The suggestions still work.
    await clickOn(searchBox(el));
    await sendKeys({ type: 'ad' });
    await until(() => shownOptions(el).length > 0, 'no options');
  });
});

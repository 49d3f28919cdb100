import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import '../../../src/components/admin-sessions-views/admin-sessions-views.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { mockApi, type MockApi } from '../../helpers/mock-api.js';
import { partText, rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';
import { clickOn, menuOf, openMenu, saveAs, storageKey, text, uniqueAdmin, viewLine, viewLines, viewsPart } from './helpers.js';

/**
 * Saved views (issue 17, point 5): saved from the Views menu, kept per viewer in localStorage,
 * applied after a reload; renamed, deleted (with Undo); broken ones listed with the reason and kept.
 */

async function mount(api: MockApi, admin: string, extra: Partial<AdminSessions> = {}): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" no-histogram current-admin=${admin} style="--admin-sessions-table-height: 300px"></admin-sessions>`,
  );
  Object.assign(el, extra);
  el.endpoint = api.nativePath;
  await until(() => rowsOf(el).length > 3, 'no rows');
  await until(() => viewsPart(el, 'views-button') && menuOf(el).controller, 'no Views menu');
  return el;
}

const methods = (el: AdminSessions) => rowsOf(el).map((row) => partText(row, 'method'));

describe('<admin-sessions> saved views', () => {
  before(startWorker);
  let api: MockApi;
  let admin: string;
  beforeEach(() => {
    api = mockApi({ count: 300, days: 3 });
    admin = uniqueAdmin();
  });
  afterEach(() => {
    localStorage.removeItem(storageKey(api.nativePath, admin));
    // The views copied as links were on a `sync-url` page: its view leaves the address.
    history.replaceState(history.state, '', location.pathname);
  });

  it('saves the current view, and after a reload applies it: search, range, fold and rows come back', async () => {
    const el = await mount(api, admin);
    const search = shadowPart(el, 'search') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'method:POST' });
    el.range = '7d';
    el.collapseRepeats = true;
    await until(() => methods(el).length > 0 && methods(el).every((method) => method === 'POST'), 'search not applied');

    await openMenu(el);
    await saveAs(el, 'Posts this week');
    expect(viewLines(el).map((line) => line.dataset.name)).to.deep.equal(['Posts this week']);
    el.remove();

    // The page is opened again: the default view, then the saved one from the menu.
    const again = await mount(api, admin);
    expect(again.query).to.equal('');
    expect(methods(again).some((method) => method !== 'POST'), 'the default view first').to.equal(true);
    await openMenu(again);
    await clickOn(viewLine(again, 'Posts this week')!.querySelector('[part~="view-apply"]')!);
    await until(() => methods(again).length > 0 && methods(again).every((method) => method === 'POST'), 'the view\'s rows did not come back');
    expect(again.query).to.equal('method:POST');
    expect(again.range).to.equal('7d');
    expect(again.collapseRepeats).to.equal(true);
    expect((shadowPart(again, 'search') as HTMLInputElement).value).to.equal('method:POST');
    expect(viewsPart(again, 'views-panel')!.hidden, 'the menu closes on apply').to.equal(true);
  });

  it('refuses an empty or taken name, saying why next to the field', async () => {
    const el = await mount(api, admin);
    await openMenu(el);
    await saveAs(el, '');
    expect(text(viewsPart(el, 'views-name-error'))).to.equal('Enter a name.');
    expect(viewsPart(el, 'views-name')!.getAttribute('aria-invalid')).to.equal('true');
    await saveAs(el, 'Mine');
    await saveAs(el, '  Mine ');
    expect(text(viewsPart(el, 'views-name-error'))).to.equal('This name is taken.');
    expect(viewLines(el)).to.have.length(1);
  });

  it('renames and deletes a view by keyboard, with Undo, and keeps the change after a reload', async () => {
    const el = await mount(api, admin);
    await openMenu(el);
    await saveAs(el, 'First');
    await saveAs(el, 'Second');

    await clickOn(viewLine(el, 'First')!.querySelector('[part~="view-rename"]')!);
    await until(() => menuOf(el).shadowRoot!.activeElement?.getAttribute('name') === 'name', 'the rename field is not focused');
    // The old name is selected: typing replaces it.
    await sendKeys({ type: 'Renamed' });
    await sendKeys({ press: 'Enter' });
    await until(() => viewLine(el, 'Renamed'), 'not renamed');
    expect(viewLines(el).map((line) => line.dataset.name)).to.deep.equal(['Renamed', 'Second']);

    await clickOn(viewLine(el, 'Second')!.querySelector('[part~="view-delete"]')!);
    await until(() => viewLine(el, 'Second') === null, 'not deleted');
    expect(text(viewsPart(el, 'views-status'))).to.include('Deleted “Second”.');
    // Focus went to Undo: Enter brings the view back.
    await sendKeys({ press: 'Enter' });
    await until(() => viewLine(el, 'Second'), 'Undo did not restore it');
    await clickOn(viewLine(el, 'Renamed')!.querySelector('[part~="view-delete"]')!);
    await until(() => viewLine(el, 'Renamed') === null);
    el.remove();

    const again = await mount(api, admin);
    await openMenu(again);
    expect(viewLines(again).map((line) => line.dataset.name)).to.deep.equal(['Second']);
  });

  it('Escape closes the menu and puts the focus back on the Views button', async () => {
    const el = await mount(api, admin);
    await openMenu(el);
    (viewsPart(el, 'views-name') as HTMLInputElement).focus();
    await sendKeys({ press: 'Escape' });
    await until(() => viewsPart(el, 'views-panel')!.hidden, 'still open');
    expect(menuOf(el).shadowRoot!.activeElement).to.equal(viewsPart(el, 'views-button'));
    expect(viewsPart(el, 'views-button')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('lists a stored view that no longer parses as broken, with the reason, and keeps it (malformed entries: one warning)', async () => {
    const key = storageKey(api.nativePath, admin);
    const stored = {
      views: [
        { name: 'Old range', link: '?as.range=99y', watch: false },
        { name: 'Open quote', link: '?as.range=24h&as.q=%22login' },
        { name: '<b>bold</b>', link: '?as.range=1h' },
        42,
        { name: '' },
      ],
    };
    localStorage.setItem(key, JSON.stringify(stored));
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await mount(api, admin);
      await openMenu(el);
      const warnings = warn.getCalls().filter((call) => String(call.args[0]).includes('Saved views'));
      expect(warnings, 'one warning for the malformed entries').to.have.length(1);
      expect(viewLines(el).map((line) => line.dataset.name)).to.deep.equal(['Old range', 'Open quote', '<b>bold</b>']);
      expect(viewLine(el, 'Old range')!.getAttribute('part')).to.include('view-broken');
      expect(text(viewLine(el, 'Old range')!.querySelector('[part~="view-problem"]'))).to.include('range or sort is not valid');
      expect(text(viewLine(el, 'Open quote')!.querySelector('[part~="view-problem"]'))).to.match(/quote/i);
      expect(viewLine(el, 'Old range')!.querySelector('[part~="view-apply"]'), 'a broken view cannot be applied').to.equal(null);
      // A name is text, never markup.
      expect(viewLine(el, '<b>bold</b>')!.querySelector('b')).to.equal(null);
      expect(text(viewLine(el, '<b>bold</b>')!.querySelector('[part~="view-apply"]'))).to.equal('<b>bold</b>');

      await saveAs(el, 'New');
      const written = JSON.parse(localStorage.getItem(key)!) as { views: unknown[] };
      expect(written.views).to.deep.include(stored.views[0]);
      expect(written.views).to.deep.include(stored.views[1]);
      expect(written.views).to.include(42);
      expect(written.views).to.deep.include({ name: '' });
      expect(written.views.map((view) => (view as { name?: string }).name)).to.include('New');
    } finally {
      warn.restore();
    }
  });

  it('storage that is not JSON: one warning, no views, and the text is kept aside on the first save', async () => {
    const key = storageKey(api.nativePath, admin);
    localStorage.setItem(key, '{not json');
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await mount(api, admin);
      await openMenu(el);
      expect(warn.getCalls().filter((call) => String(call.args[0]).includes('Saved views'))).to.have.length(1);
      expect(viewLines(el)).to.have.length(0);
      expect(text(viewsPart(el, 'views-panel'))).to.include('No saved views yet.');
      await saveAs(el, 'Fresh');
      expect(localStorage.getItem(`${key}:unreadable`)).to.equal('{not json');
      expect(viewLines(el).map((line) => line.dataset.name)).to.deep.equal(['Fresh']);
    } finally {
      warn.restore();
      localStorage.removeItem(`${key}:unreadable`);
    }
  });

  it('the open menu with views, a broken one and a problem with the name passes axe', async () => {
    localStorage.setItem(storageKey(api.nativePath, admin), JSON.stringify({ views: [{ name: 'Broken', link: '?as.range=99y' }] }));
    const el = await mount(api, admin);
    await openMenu(el);
    await saveAs(el, 'Kept');
    await saveAs(el, 'Kept');
    await clickOn(viewLine(el, 'Kept')!.querySelector('[part~="view-rename"]')!);
    await menuOf(el).updateComplete;
    await expect(menuOf(el)).to.be.accessible();
    await expect(el).to.be.accessible();
  });

  for (const width of [390, 768, 1440]) {
    it(`at ${width} px the menu opens inside the page, by keyboard (folded into Filters when narrow)`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await mount(api, admin);
        const filters = shadowPart(el, 'filters') as HTMLDetailsElement;
        if (width < 672) {
          const summary = filters.querySelector('summary')!;
          summary.focus();
          await sendKeys({ press: 'Enter' });
          await until(() => filters.open, 'Filters did not open');
        }
        viewsPart(el, 'views-button')!.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => !viewsPart(el, 'views-panel')!.hidden, 'the menu did not open');
        await sendKeys({ press: 'Tab' });
        expect(menuOf(el).shadowRoot!.activeElement, 'Tab goes on into the panel').to.equal(viewsPart(el, 'views-name'));
        await sendKeys({ type: 'Mine' });
        await sendKeys({ press: 'Enter' });
        await until(() => viewLine(el, 'Mine'), 'not saved');
        const panel = viewsPart(el, 'views-panel')!.getBoundingClientRect();
        expect(panel.left, 'left edge on the page').to.be.at.least(0);
        expect(panel.right, 'right edge on the page').to.be.at.most(width);
        // Over the table, not under it: what is drawn at the panel's bottom is the panel's.
        const [x, y] = [panel.left + panel.width / 2, panel.bottom - 4];
        const hit = menuOf(el).shadowRoot!.elementFromPoint(x, y);
        expect(el.shadowRoot!.elementFromPoint(x, y), 'the menu is on top').to.equal(menuOf(el));
        expect(viewsPart(el, 'views-panel')!.contains(hit)).to.equal(true);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('copies a view as a link that carries its search and range; when the browser refuses, offers it to copy by hand', async () => {
    const written: string[] = [];
    let refuse = false;
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (refuse ? Promise.reject(new DOMException('denied', 'NotAllowedError')) : (written.push(text), Promise.resolve())) },
    });
    try {
      const el = await mount(api, admin, { query: 'method:POST', range: '7d', syncUrl: true });
      await openMenu(el);
      await saveAs(el, 'Bob');
      await clickOn(viewLine(el, 'Bob')!.querySelector('[part~="view-copy"]')!);
      await until(() => written.length === 1, 'nothing copied');
      const link = new URL(written[0]!);
      expect(link.searchParams.get('as.q')).to.equal('method:POST');
      expect(link.searchParams.get('as.range')).to.equal('7d');
      await until(() => text(viewsPart(el, 'views-status')) === 'Link copied.', 'no "Link copied."');

      refuse = true;
      await clickOn(viewLine(el, 'Bob')!.querySelector('[part~="view-copy"]')!);
      await until(() => viewsPart(el, 'views-status')!.querySelector('input'), 'no field to copy by hand');
      const field = viewsPart(el, 'views-status')!.querySelector('input')!;
      expect(new URL(field.value).searchParams.get('as.q')).to.equal('method:POST');
      expect(menuOf(el).shadowRoot!.activeElement, 'the field is focused, its text selected').to.equal(field);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('offers no "Copy link" on a page whose widget has no sync-url (that page would not open it)', async () => {
    const el = await mount(api, admin);
    await openMenu(el);
    await saveAs(el, 'Bob');
    const line = viewLine(el, 'Bob')!;
    expect(line.querySelector('[part~="view-rename"]'), 'the view is listed with its actions').to.not.equal(null);
    expect(line.querySelector('[part~="view-copy"]')).to.equal(null);
    el.syncUrl = true;
    await until(() => viewLine(el, 'Bob')?.querySelector('[part~="view-copy"]'), 'no Copy link with sync-url');
  });

  it('keeps views per viewer: another admin on the same endpoint does not see them', async () => {
    const el = await mount(api, admin);
    await openMenu(el);
    await saveAs(el, 'Alice only');
    el.remove();
    const other = uniqueAdmin();
    const again = await mount(api, other);
    await openMenu(again);
    expect(viewLines(again)).to.have.length(0);
    localStorage.removeItem(storageKey(api.nativePath, other));
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../../src/components/admin-sessions-views/admin-sessions-views.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { mockApi, type MockApi } from '../../helpers/mock-api.js';
import { rowsOf, startWorker, until } from '../../helpers/msw.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { clickOn, menuOf, openMenu, saveAs, storageKey, text, uniqueAdmin, viewLine, viewLines, viewsPart } from './helpers.js';

/**
 * Reported: a view named with a `"` could not be renamed, deleted or copied — the buttons acted on
 * the first view. Each odd name is saved after an ordinary one, then renamed, copied and deleted
 * through its own line, and the other view is left as it was.
 */

async function mount(api: MockApi, admin: string, query: string): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" no-histogram sync-url current-admin=${admin} style="--admin-sessions-table-height: 300px"></admin-sessions>`,
  );
  el.query = query;
  el.endpoint = api.nativePath;
  await until(() => rowsOf(el).length > 0, 'no rows');
  await until(() => viewsPart(el, 'views-button') && menuOf(el).controller, 'no Views menu');
  // Every part drawn: nothing still arriving moves the buttons these tests click.
  await partsSettled(el);
  return el;
}

const names = (el: AdminSessions) => viewLines(el).map((line) => line.dataset.name);

/** Saves under `name`: typed key by key, or (a long one, which would take seconds to type) pasted into the field, then Enter. */
async function saveNamed(el: AdminSessions, name: string): Promise<void> {
  if (name.length <= 40) return saveAs(el, name);
  const field = viewsPart(el, 'views-name') as HTMLInputElement;
  field.focus();
  field.value = name;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await saveAs(el, '');
}

const ODD_NAMES: [label: string, typed: string, stored: string][] = [
  ['a double quote', 'Bob\'s "night" view', 'Bob\'s "night" view'],
  ['markup', '<b>bold</b> & <img src=x>', '<b>bold</b> & <img src=x>'],
  ['emoji', 'Nachts 🌙 👩‍💻', 'Nachts 🌙 👩‍💻'],
  ['200 characters', 'x"'.repeat(100), 'x"'.repeat(100)],
  ['leading and trailing spaces', '   spaced "out"  ', 'spaced "out"'],
  ['a backslash', 'C:\\logs\\"x"', 'C:\\logs\\"x"'],
];

describe('<admin-sessions-views> odd view names', () => {
  before(startWorker);
  let api: MockApi;
  let admin: string;
  beforeEach(() => {
    api = mockApi({ count: 100, days: 2 });
    admin = uniqueAdmin();
  });
  afterEach(() => {
    localStorage.removeItem(storageKey(api.nativePath, admin));
    // `sync-url` (views are copied as links on such pages) wrote the view into the address.
    history.replaceState(history.state, '', location.pathname);
  });

  for (const [label, typed, stored] of ODD_NAMES) {
    it(`a name with ${label}: saved as typed (trimmed), then renamed, copied and deleted on its own line`, async () => {
      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (written.push(t), Promise.resolve()) } });
      try {
        const el = await mount(api, admin, 'method:GET');
        await openMenu(el);
        await saveAs(el, 'Plain');
        el.query = 'method:POST';
        await saveNamed(el, typed);
        expect(names(el)).to.deep.equal(['Plain', stored]);
        expect(text(viewLine(el, stored)!.querySelector('[part~="view-apply"]')), 'shown as text').to.equal(stored.replace(/\s+/g, ' '));

        // Copy: the link carries this view's search, not the first view's.
        await clickOn(viewLine(el, stored)!.querySelector('[part~="view-copy"]')!);
        await until(() => written.length === 1, 'nothing copied');
        expect(new URL(written[0]!).searchParams.get('as.q')).to.equal('method:POST');

        // Rename by keyboard: the field holds this name, selected.
        await clickOn(viewLine(el, stored)!.querySelector('[part~="view-rename"]')!);
        await until(() => menuOf(el).shadowRoot!.activeElement?.getAttribute('name') === 'name', 'the rename field is not focused');
        expect((menuOf(el).shadowRoot!.activeElement as HTMLInputElement).value).to.equal(stored);
        await sendKeys({ press: 'End' });
        await sendKeys({ type: ' 2' });
        await sendKeys({ press: 'Enter' });
        await until(() => viewLine(el, `${stored} 2`), 'not renamed');
        expect(names(el)).to.deep.equal(['Plain', `${stored} 2`]);
        await until(
          () => menuOf(el).shadowRoot!.activeElement === viewLine(el, `${stored} 2`)!.querySelector('[part~="view-rename"]'),
          'the focus did not come back to its Rename',
        );

        // Delete it, Undo, delete again: the first view stays.
        await clickOn(viewLine(el, `${stored} 2`)!.querySelector('[part~="view-delete"]')!);
        await until(() => names(el).length === 1, 'not deleted');
        expect(names(el)).to.deep.equal(['Plain']);
        await sendKeys({ press: 'Enter' });
        await until(() => names(el).length === 2, 'Undo did not restore it');
        expect(names(el)).to.deep.equal(['Plain', `${stored} 2`]);
        await until(
          () => menuOf(el).shadowRoot!.activeElement === viewLine(el, `${stored} 2`)!.querySelector('[part~="view-apply"]'),
          'the focus did not come back to the restored view',
        );
        await clickOn(viewLine(el, `${stored} 2`)!.querySelector('[part~="view-delete"]')!);
        await until(() => names(el).length === 1, 'not deleted');
        expect(names(el)).to.deep.equal(['Plain']);

        // What is stored reads back the same after a reload.
        await saveNamed(el, typed);
        el.remove();
        const again = await mount(api, admin, '');
        await openMenu(again);
        expect(names(again)).to.deep.equal(['Plain', stored]);
        await clickOn(viewLine(again, stored)!.querySelector('[part~="view-apply"]')!);
        await until(() => again.query === 'method:POST', 'the odd-named view did not apply');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });
  }
});

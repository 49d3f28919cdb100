import { expect, fixture, html } from '@open-wc/testing';
import { SuggestController } from '../../src/controllers/suggest-controller.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { ControllerHost } from '../helpers/controller-host.js';
import { makeEntries } from '../helpers/entries.js';

/** A box with the controller heard on it, as `<admin-sessions>` wires it (keyboard.ts). */
async function setUp(entries: readonly SessionEntry[] = makeEntries(30)) {
  const host = new ControllerHost();
  host.connect();
  let rows = entries;
  const controller = new SuggestController(host, { entries: () => rows });
  const input = await fixture<HTMLInputElement>(html`<input type="search" />`);
  const searched: string[] = [];
  input.addEventListener('input', () => (controller.update(input), searched.push(input.value)));
  const type = (text: string) => {
    input.value += text;
    input.dispatchEvent(new InputEvent('input'));
  };
  const press = (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
    Object.defineProperty(event, 'target', { value: input });
    return { handled: controller.keydown(event), prevented: event.defaultPrevented };
  };
  const labels = () => controller.options.map((option) => option.label);
  return { host, controller, input, searched, type, press, labels, setRows: (next: readonly SessionEntry[]) => (rows = next) };
}

describe('SuggestController', () => {
  it('offers keys as the admin types, none active, and asks the host to render', async () => {
    const { host, controller, type, labels } = await setUp();
    type('ad');
    expect(labels()).to.deep.equal(['admin:']);
    expect(controller.open).to.equal(true);
    expect(controller.active).to.equal(-1);
    expect(host.requestUpdateCount).to.be.greaterThan(0);
  });

  it('Down and Up move through the options and wrap; Enter takes the active one', async () => {
    const { controller, input, type, press, labels, searched } = await setUp();
    type('i');
    expect(labels()).to.deep.equal(['ip:', 'is:']);
    press('ArrowDown');
    expect(controller.active).to.equal(0);
    press('ArrowDown');
    press('ArrowDown');
    expect(controller.active).to.equal(0);
    press('ArrowUp');
    expect(controller.active).to.equal(1);
    const { handled, prevented } = press('Enter');
    expect([handled, prevented]).to.deep.equal([true, true]);
    expect(input.value).to.equal('is:');
    // The box heard an input: the search runs, and the values of `is:` are offered next.
    expect(searched.at(-1)).to.equal('is:');
    expect(labels()).to.deep.equal(['new-ip', 'burst']);
  });

  it('Enter and Tab with no active option are the box’s: a free word is never replaced', async () => {
    const { input, type, press, labels } = await setUp();
    type('ad');
    expect(labels()).to.deep.equal(['admin:']);
    expect(press('Enter')).to.deep.equal({ handled: false, prevented: false });
    expect(press('Tab')).to.deep.equal({ handled: false, prevented: false });
    expect(input.value).to.equal('ad');
  });

  it('Tab takes the active value, quoted; the rows are counted again when they change', async () => {
    const { input, type, press, labels, setRows } = await setUp();
    type('admin:s');
    expect(labels()).to.deep.equal(["Seán O'Brien"]);
    press('ArrowDown');
    expect(press('Tab').prevented).to.equal(true);
    expect(input.value).to.equal(`admin:"Seán O'Brien"`);
    setRows([{ ...makeEntries(1)[0]!, admin: { id: 'z', name: 'Sam New', email: 'sam@example.com' } }]);
    input.value = '';
    type('admin:s');
    expect(labels()).to.deep.equal(['Sam New']);
    // A new search on its way (no rows yet): the last rows' values stay.
    setRows([]);
    input.value = '';
    type('admin:s');
    expect(labels()).to.deep.equal(['Sam New']);
  });

  it('accepting a key offers its values at once, even while a search started by the key’s letters is loading', async () => {
    const entries = makeEntries(30);
    // Bob 15 times, Seán 10, Alice 5.
    const rows = entries.map((entry, i) => (i % 6 === 0 ? { ...entry, admin: entries[1]!.admin } : entry));
    const { controller, input, type, press, labels, setRows } = await setUp(rows);
    type('ad');
    // The box's debounced search for `ad` went out: no rows until it answers.
    setRows([]);
    press('ArrowDown');
    press('Enter');
    expect(input.value).to.equal('admin:');
    expect(input.selectionStart).to.equal(6);
    expect(controller.active).to.equal(-1);
    expect(labels()).to.deep.equal(['Bob Ops', "Seán O'Brien", 'Alice Admin']);
    type('a');
    expect(labels()).to.deep.equal(['Alice Admin']);
  });

  it('the first Escape closes the list; the next is left to the box', async () => {
    const { controller, type, press } = await setUp();
    type('ad');
    expect(press('Escape')).to.deep.equal({ handled: true, prevented: true });
    expect(controller.open).to.equal(false);
    expect(press('Escape')).to.deep.equal({ handled: false, prevented: false });
  });

  it('Down on a closed list opens it for the word typed', async () => {
    const { controller, input, press, labels } = await setUp();
    input.value = 'ad';
    press('ArrowDown');
    expect(labels()).to.deep.equal(['admin:']);
    expect(controller.active).to.equal(-1);
  });

  it('closes when its host disconnects', async () => {
    const { host, controller, type } = await setUp();
    type('ad');
    host.disconnect();
    expect(controller.open).to.equal(false);
  });
});

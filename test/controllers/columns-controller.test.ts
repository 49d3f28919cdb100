import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ColumnsController } from '../../src/controllers/columns-controller.js';
import { ControllerHost } from '../helpers/controller-host.js';

/** Issue 17, point 6: the columns' layout per viewer scope, its keys, and what it makes of bad storage. */

let scope = '';
const key = () => `admin-sessions:columns:${scope}`;
/** A key pressed on a handle at the end of a header `width` px wide. */
const keyOn = (key: string, width: number) => {
  const th = document.createElement('th');
  th.style.cssText = `display: block; width: ${width}px; box-sizing: border-box`;
  const handle = th.appendChild(document.createElement('span'));
  document.body.append(th);
  return { th, handle, event: new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }) };
};

function make(): { host: ControllerHost; columns: ColumnsController } {
  const host = new ControllerHost();
  const columns = new ColumnsController(host, () => scope);
  host.connect();
  return { host, columns };
}

describe('ColumnsController', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    // A scope of its own per test, so the warn-once of an earlier test does not hide this one's.
    scope = `https://panel.example.com/log|${Math.random()}`;
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    localStorage.removeItem(key());
  });

  it('resizes by Arrow Left/Right (±16 px), Home and End, from the header’s width, and keeps it for the scope', () => {
    const { columns } = make();
    for (const [name, from, expected] of [['ArrowRight', 200, 216], ['ArrowLeft', 200, 184], ['Home', 200, 48], ['End', 200, 800]] as const) {
      const { th, handle, event } = keyOn(name, from);
      handle.addEventListener('keydown', (e) => columns.onKey('date', e));
      handle.dispatchEvent(event);
      th.remove();
      expect(columns.layout.widths.date, name).to.equal(expected);
      expect(event.defaultPrevented, `${name} handled`).to.equal(true);
    }
    expect(JSON.parse(localStorage.getItem(key())!).widths).to.deep.equal({ date: 800 });
    // Another controller of the same scope (a remount) starts from it.
    expect(make().columns.layout.widths).to.deep.equal({ date: 800 });
  });

  it('lets other keys through to the table', () => {
    const { columns, host } = make();
    const { th, handle, event } = keyOn('ArrowDown', 200);
    handle.addEventListener('keydown', (e) => columns.onKey('date', e));
    handle.dispatchEvent(event);
    th.remove();
    expect(event.defaultPrevented).to.equal(false);
    expect(columns.layout.widths).to.deep.equal({});
    expect(host.requestUpdateCount).to.equal(0);
  });

  it('hides Admin and URL but never Date; reset shows all at their own widths', () => {
    const { columns } = make();
    columns.resize('admin', 300);
    columns.show('url', false);
    columns.show('date', false);
    expect(columns.layout.hidden).to.deep.equal(['url']);
    columns.show('url', true);
    columns.show('admin', false);
    expect(JSON.parse(localStorage.getItem(key())!)).to.deep.equal({ widths: { admin: 300 }, hidden: ['admin'] });
    columns.reset();
    expect(columns.layout).to.deep.equal({ widths: {}, hidden: [] });
    expect(make().columns.layout).to.deep.equal({ widths: {}, hidden: [] });
  });

  it('keeps layouts apart per scope (viewing admin)', () => {
    const { columns } = make();
    columns.resize('date', 300);
    columns.show('url', false);
    const first = scope;
    scope = `${first}|another admin`;
    expect(make().columns.layout).to.deep.equal({ widths: {}, hidden: [] });
    localStorage.removeItem(key());
    scope = first;
  });

  for (const [what, text] of [
    ['not JSON', '{widths'],
    ['null', 'null'],
    ['a width out of range', JSON.stringify({ widths: { date: 5 }, hidden: [] })],
    ['an unknown column', JSON.stringify({ widths: { url: 200 }, hidden: [] })],
    ['Date hidden', JSON.stringify({ widths: {}, hidden: ['date'] })],
    ['hidden not a list', JSON.stringify({ widths: {}, hidden: 'admin' })],
  ]) {
    it(`reads ${what} as the default columns, with one warning`, () => {
      localStorage.setItem(key(), text!);
      expect(make().columns.layout).to.deep.equal({ widths: {}, hidden: [] });
      expect(make().columns.layout, 'again').to.deep.equal({ widths: {}, hidden: [] });
      expect(warn.callCount, 'one warning').to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('default columns');
    });
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { makeEntries } from '../../helpers/entries.js';
import { mockApi } from '../../helpers/mock-api.js';
import { rowsOf, shadowPart, startWorker, tableOf, until } from '../../helpers/msw.js';

/**
 * Copying: "Copy link" (with `sync-url`) and the details panel's Copy buttons. The admin sees that
 * a value was copied, and when the browser refuses the clipboard (an admin panel on plain http has
 * none) gets it selected in a field to copy by hand.
 */

type Clipboard = { writeText(text: string): Promise<void> } | undefined;

/** Puts `clipboard` in place of the browser's for the test, and gives the original back after it. */
function replaceClipboard(clipboard: Clipboard): () => void {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  };
}

async function mount(locale = 'en'): Promise<AdminSessions> {
  const api = mockApi({ count: 100 });
  const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" sync-url range="7d" locale=${locale} endpoint=${api.nativePath}></admin-sessions>`);
  await until(() => rowsOf(el).length > 5, 'no rows');
  return el;
}

const copyButton = (el: AdminSessions, fixed = false) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="copy-link"][data-freeze="${fixed}"]`)!;
const statusText = (el: AdminSessions) => shadowPart(el, 'copy-status')!.textContent!.trim();
const fallbackField = (el: AdminSessions) => el.shadowRoot!.querySelector<HTMLInputElement>('[part~="copy-fallback"] input');

/** Lets the click's promise chain (clipboard, then render) settle without timers. */
async function settle(el: AdminSessions): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
    await el.updateComplete;
  }
}

describe('<admin-sessions> copy link', () => {
  before(startWorker);
  const original = location.href;
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
    history.replaceState(null, '', original);
  });

  it('copies the link to the current view and says "Link copied." next to the buttons for 4 seconds', async () => {
    const copied: string[] = [];
    restore = replaceClipboard({ writeText: async (text) => void copied.push(text) });
    const el = await mount();
    el.query = 'method:POST';
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout'] });
    try {
      copyButton(el).click();
      await settle(el);
      expect(copied.length).to.equal(1);
      const link = new URL(copied[0]!);
      expect(link.searchParams.get('as.q')).to.equal('method:POST');
      expect(link.searchParams.get('as.range')).to.equal('7d');
      expect(statusText(el)).to.equal('Link copied.');
      expect(shadowPart(el, 'copy-status')!.getAttribute('role')).to.equal('status');
      expect(shadowPart(el, 'copy-status')!.getBoundingClientRect().width, 'the note is visible').to.be.greaterThan(10);
      clock.tick(3_999);
      await settle(el);
      expect(statusText(el)).to.equal('Link copied.');
      clock.tick(1);
      await settle(el);
      expect(statusText(el)).to.equal('');
    } finally {
      clock.restore();
    }
  });

  it('"Copy link with fixed times" copies absolute from and to instead of the preset', async () => {
    const copied: string[] = [];
    restore = replaceClipboard({ writeText: async (text) => void copied.push(text) });
    const el = await mount();
    copyButton(el, true).click();
    await until(() => copied.length === 1, 'nothing copied');
    const link = new URL(copied[0]!);
    expect(link.searchParams.get('as.range')).to.equal(null);
    const from = Date.parse(link.searchParams.get('as.from')!);
    const to = Date.parse(link.searchParams.get('as.to')!);
    expect(to - from).to.be.closeTo(7 * 86_400_000, 60_000);
  });

  for (const [why, clipboard] of [
    ['the clipboard is refused', { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }],
    ['there is no clipboard (plain http)', undefined],
  ] as const) {
    it(`when ${why}: offers the link selected in a field, and Escape closes it back to the button`, async () => {
      restore = replaceClipboard(clipboard);
      const el = await mount();
      el.query = 'ip:10.0.0.1';
      await el.updateComplete;
      copyButton(el).click();
      await until(() => fallbackField(el), 'no field with the link');
      const field = fallbackField(el)!;
      expect(new URL(field.value).searchParams.get('as.q')).to.equal('ip:10.0.0.1');
      expect(field.readOnly).to.equal(true);
      expect(shadowPart(el, 'copy-fallback')!.textContent!.trim()).to.equal('The browser did not allow copying. Copy the link here:');
      expect(statusText(el), 'no "Link copied." when nothing was copied').to.equal('');
      await until(() => el.shadowRoot!.activeElement === field, 'the field is not focused');
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      await sendKeys({ press: 'Escape' });
      await until(() => fallbackField(el) === null, 'Escape did not close the field');
      await until(() => el.shadowRoot!.activeElement === copyButton(el), 'focus did not go back to the button');
    });
  }

  it('drops the offered link once the view changes, since it would open the old view', async () => {
    restore = replaceClipboard(undefined);
    const el = await mount();
    copyButton(el).click();
    await until(() => fallbackField(el), 'no field with the link');
    el.hideMe = true;
    await el.updateComplete;
    expect(fallbackField(el)).to.equal(null);
  });

  it('speaks the widget language', async () => {
    const copied: string[] = [];
    restore = replaceClipboard({ writeText: async (text) => void copied.push(text) });
    const el = await mount('de');
    copyButton(el).click();
    await until(() => statusText(el) !== '', 'no status');
    expect(statusText(el)).to.equal('Link kopiert.');
    restore();
    restore = replaceClipboard(undefined);
    copyButton(el).click();
    await until(() => fallbackField(el), 'no field with the link');
    expect(shadowPart(el, 'copy-fallback')!.textContent!.trim()).to.equal('Der Browser hat das Kopieren nicht erlaubt. Kopieren Sie den Link hier:');
    expect(statusText(el)).to.equal('');
  });
});

describe('<admin-sessions> details panel: Copy', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  /** A log whose newest row has a 5,000-character URL (the panel shows its first 2,000). */
  const longUrl = `https://panel.example.com/admin/clients?${'note=x'.repeat(5_000 / 6)}`;
  async function openNewest(): Promise<{ el: AdminSessions; panel: ShadowRoot }> {
    const entries = makeEntries(8, Date.now() - 60_000);
    entries[0] = { ...entries[0]!, url: longUrl };
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" range="24h" no-histogram style="--admin-sessions-table-height: 500px"></admin-sessions>`);
    el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
    await until(() => rowsOf(el).length === entries.length, 'rows not shown');
    tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('admin-sessions-details')?.shadowRoot?.querySelector('[part~="detail-panel"]'), 'no details panel');
    return { el, panel: el.shadowRoot!.querySelector('admin-sessions-details')!.shadowRoot! };
  }
  const copyOf = (panel: ShadowRoot, field: string) => panel.querySelector<HTMLButtonElement>(`[data-action="copy"][data-field="${field}"]`)!;

  it('says "Copied" on the button it copied from, and not on the next row’s', async () => {
    const copied: string[] = [];
    restore = replaceClipboard({ writeText: async (text) => void copied.push(text) });
    const { el, panel } = await openNewest();
    copyOf(panel, 'url').click();
    await until(() => copyOf(panel, 'url').textContent!.trim() === 'Copied', 'no "Copied"');
    expect(copied).to.deep.equal([longUrl]);
    expect(copyOf(panel, 'ip').textContent!.trim()).to.equal('Copy');
    // The next row's panel starts fresh.
    panel.querySelector<HTMLButtonElement>('[data-action="close"]')!.click();
    await until(() => !el.shadowRoot!.querySelector('admin-sessions-details'), 'the panel did not close');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('admin-sessions-details')?.shadowRoot?.querySelector('[part~="detail-panel"]'), 'no details panel for the second row');
    const next = el.shadowRoot!.querySelector('admin-sessions-details')!.shadowRoot!;
    expect(copyOf(next, 'url').textContent!.trim()).to.equal('Copy');
  });

  it('when the clipboard is refused: offers the whole value (not only the 2,000 characters shown) selected in a field; Escape closes the field, not the panel', async () => {
    restore = replaceClipboard({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
    const { el, panel } = await openNewest();
    expect(panel.querySelector('.full-url')!.textContent!.length, 'the panel shows the first 2,000 characters and an ellipsis').to.equal(2_001);
    copyOf(panel, 'url').click();
    const field = () => panel.querySelector<HTMLInputElement>('[part~="detail-copy-fallback"] input');
    await until(() => field(), 'no field with the value');
    expect(field()!.value).to.equal(longUrl);
    expect(panel.querySelector('[part~="detail-copy-fallback"]')!.textContent!.trim()).to.equal('The browser did not allow copying. Copy it here:');
    expect(copyOf(panel, 'url').textContent!.trim(), 'not "Copied" when nothing was copied').to.equal('Copy');
    await until(() => panel.activeElement === field(), 'the field is not focused');
    expect([field()!.selectionStart, field()!.selectionEnd]).to.deep.equal([0, longUrl.length]);
    // The fallback part reaches a theme through the widget.
    expect(el.shadowRoot!.querySelector('admin-sessions-details')!.getAttribute('exportparts')).to.include('detail-copy-fallback');
    await sendKeys({ press: 'Escape' });
    await until(() => field() === null, 'Escape did not close the field');
    expect(el.shadowRoot!.querySelector('admin-sessions-details'), 'the panel stays open').not.to.equal(null);
    await until(() => panel.activeElement === copyOf(panel, 'url'), 'focus did not go back to Copy');
  });
});

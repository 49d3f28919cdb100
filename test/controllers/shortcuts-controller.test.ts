import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ShortcutsController } from '../../src/controllers/shortcuts-controller.js';

/** A host with one shortcut, `k`, that counts its runs. */
class ShortcutsHost extends LitElement {
  runs = 0;
  off = false;
  readonly shortcuts = new ShortcutsController(this, { disabled: () => this.off, shortcuts: [{ key: 'k', name: 'focusSearch', run: () => this.runs++ }] });
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('shortcuts-test-host', ShortcutsHost);

/** A host whose `[` acts only with the focus inside it (as the time keys do), with a modal dialog and an `aria-modal` panel inside. */
class InsideHost extends LitElement {
  runs = 0;
  readonly shortcuts = new ShortcutsController(this, { disabled: () => false, shortcuts: [{ key: '[', name: 'earlier', inside: true, run: () => this.runs++ }] });
  protected override render() {
    return html`<button part="plain">in the widget</button><dialog><button>in a modal</button></dialog>
      <div role="dialog" aria-modal="true" hidden><button>in a panel</button></div>`;
  }
}
customElements.define('shortcuts-inside-host', InsideHost);

/** Presses `key` with the focus on `body` (or where it is), as a person does; what the page's own listener saw. */
async function press(key: string, modifier?: string): Promise<{ heard: boolean; prevented: boolean }> {
  let heard = false;
  let prevented = false;
  // After every other listener: the page's own, seeing the key as the page would.
  const listener = (event: KeyboardEvent) => event.key === key && ((heard = true), (prevented = event.defaultPrevented));
  window.addEventListener('keydown', listener);
  try {
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: key });
  } finally {
    if (modifier) await sendKeys({ up: modifier });
    window.removeEventListener('keydown', listener);
  }
  return { heard, prevented };
}

describe('ShortcutsController', () => {
  afterEach(() => (document.activeElement as HTMLElement | null)?.blur());

  it('runs a registered key pressed outside fields, and keeps it from the page', async () => {
    const host = await fixture<ShortcutsHost>(html`<shortcuts-test-host></shortcuts-test-host>`);
    expect(await press('k')).to.deep.equal({ heard: true, prevented: true });
    expect(host.runs).to.equal(1);
    // Another key is the page's.
    expect(await press('j')).to.deep.equal({ heard: true, prevented: false });
    expect(host.runs).to.equal(1);
  });

  for (const [name, field] of [
    ['an input', html`<input />`],
    ['a textarea', html`<textarea></textarea>`],
    ['a select', html`<select><option>a</option></select>`],
    ['a contenteditable', html`<div contenteditable="true"></div>`],
  ] as const) {
    it(`leaves a key typed in ${name} alone`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><shortcuts-test-host></shortcuts-test-host>${field}</div>`);
      const host = wrapper.querySelector<ShortcutsHost>('shortcuts-test-host')!;
      (wrapper.lastElementChild as HTMLElement).focus();
      expect(await press('k')).to.deep.equal({ heard: true, prevented: false });
      expect(host.runs).to.equal(0);
    });
  }

  it('leaves a field inside a shadow root alone', async () => {
    const outer = await fixture<HTMLElement>(html`<div><shortcuts-test-host></shortcuts-test-host><span></span></div>`);
    const host = outer.querySelector<ShortcutsHost>('shortcuts-test-host')!;
    const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input>';
    root.querySelector('input')!.focus();
    expect((await press('k')).prevented).to.equal(false);
    expect(host.runs).to.equal(0);
  });

  for (const modifier of ['Control', 'Alt', 'Meta']) {
    it(`leaves ${modifier}+key to the browser`, async () => {
      const host = await fixture<ShortcutsHost>(html`<shortcuts-test-host></shortcuts-test-host>`);
      expect(await press('k', modifier)).to.deep.equal({ heard: true, prevented: false });
      expect(host.runs).to.equal(0);
    });
  }

  it('turned off, lets the key through to the page; on again, takes it', async () => {
    const host = await fixture<ShortcutsHost>(html`<shortcuts-test-host></shortcuts-test-host>`);
    host.off = true;
    expect(await press('k')).to.deep.equal({ heard: true, prevented: false });
    expect(host.runs).to.equal(0);
    host.off = false;
    expect((await press('k')).prevented).to.equal(true);
    expect(host.runs).to.equal(1);
  });

  it('with two widgets, the first answers until the other is used; one turned off leaves it to the other', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <shortcuts-test-host></shortcuts-test-host><shortcuts-test-host><button>in the second</button></shortcuts-test-host>
    </div>`);
    const [first, second] = wrapper.querySelectorAll<ShortcutsHost>('shortcuts-test-host');
    await press('k');
    expect([first!.runs, second!.runs]).to.deep.equal([1, 0]);
    second!.querySelector('button')!.focus();
    await press('k');
    expect([first!.runs, second!.runs]).to.deep.equal([1, 1]);
    second!.off = true;
    await press('k');
    expect([first!.runs, second!.runs]).to.deep.equal([2, 1]);
  });

  it('an inside key acts only with the focus in the widget, never in one of its modals', async () => {
    const host = await fixture<InsideHost>(html`<shortcuts-inside-host></shortcuts-inside-host>`);
    expect(await press('['), 'from the page').to.deep.equal({ heard: true, prevented: false });
    expect(host.runs).to.equal(0);
    const root = host.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part~="plain"]')!.focus();
    expect(await press('['), 'from a button in the widget').to.deep.equal({ heard: true, prevented: true });
    expect(host.runs).to.equal(1);

    const dialog = root.querySelector('dialog')!;
    dialog.showModal();
    dialog.querySelector('button')!.focus();
    expect(await press('['), 'in a modal dialog').to.deep.equal({ heard: true, prevented: false });
    dialog.close();
    const panel = root.querySelector<HTMLElement>('[aria-modal]')!;
    panel.hidden = false;
    panel.querySelector('button')!.focus();
    expect(await press('['), 'in an aria-modal panel').to.deep.equal({ heard: true, prevented: false });
    expect(host.runs).to.equal(1);
  });

  it('a key in a modal dialog is not a shortcut, even one that acts from the page', async () => {
    const host = await fixture<ShortcutsHost>(html`<shortcuts-test-host><dialog><button>in a modal</button></dialog></shortcuts-test-host>`);
    const dialog = host.querySelector('dialog')!;
    dialog.showModal();
    dialog.querySelector('button')!.focus();
    expect((await press('k')).prevented).to.equal(false);
    expect(host.runs).to.equal(0);
    dialog.close();
  });

  it('stops listening when its host leaves the page', async () => {
    const host = await fixture<ShortcutsHost>(html`<shortcuts-test-host></shortcuts-test-host>`);
    host.remove();
    expect((await press('k')).prevented).to.equal(false);
    expect(host.runs).to.equal(0);
  });
});

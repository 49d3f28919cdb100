import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { PopupController } from '../../../src/components/admin-sessions-range/popup-controller.js';

/** A bare host for the controller: a button that opens a panel, and the closes it reports. */
class PopupHost extends LitElement {
  readonly closes: boolean[] = [];
  readonly popup = new PopupController(this, { onClose: (restoreFocus) => this.closes.push(restoreFocus) });
  protected override render(): TemplateResult {
    return litHtml`<button>inside</button><div ?hidden=${!this.popup.open}>panel</div>`;
  }
}
customElements.define('popup-controller-host', PopupHost);

async function mount(style = ''): Promise<{ host: PopupHost; outside: HTMLElement }> {
  const page = await fixture<HTMLDivElement>(html`<div style=${style}><popup-controller-host></popup-controller-host><p style="height: 40px">outside</p></div>`);
  return { host: page.querySelector<PopupHost>('popup-controller-host')!, outside: page.querySelector('p')! };
}

async function pressOn(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('PopupController (open state, dismissal, room to the viewport edge)', () => {
  it('a press outside closes without taking focus back; a press inside keeps it open', async () => {
    const { host, outside } = await mount();
    host.popup.show();
    await host.updateComplete;
    await pressOn(host.shadowRoot!.querySelector('button')!);
    expect(host.popup.open, 'press inside the shadow root').to.equal(true);
    await pressOn(outside);
    expect(host.popup.open).to.equal(false);
    expect(host.closes).to.deep.equal([false]);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('div')!.hidden, 'the host rendered the close').to.equal(true);
  });

  it('Escape inside the host closes and asks for focus back; Escape while closed does nothing', async () => {
    const { host } = await mount();
    host.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(host.closes).to.deep.equal([]);
    host.popup.show();
    await sendKeys({ press: 'Escape' });
    expect(host.popup.open).to.equal(false);
    expect(host.closes).to.deep.equal([true]);
  });

  it('stops listening outside once closed or detached', async () => {
    const { host, outside } = await mount();
    host.popup.show();
    host.remove();
    expect(host.closes, 'detaching closes').to.deep.equal([false]);
    await pressOn(outside);
    host.popup.close(false);
    expect(host.closes, 'no second close').to.deep.equal([false]);
  });

  it('measures the room from the host to the viewport’s end edge, mirrored right to left', async () => {
    const { host } = await mount('padding-inline-start: 100px');
    host.popup.show();
    const width = document.documentElement.clientWidth;
    expect(host.popup.viewportRoom).to.equal(Math.floor(width - host.getBoundingClientRect().left));
    const rtl = await mount('direction: rtl; padding-inline-start: 100px');
    rtl.host.popup.show();
    expect(rtl.host.popup.viewportRoom).to.equal(Math.floor(rtl.host.getBoundingClientRect().right));
    expect(rtl.host.popup.viewportRoom).to.be.at.most(width - 100);
    host.popup.close(false);
    rtl.host.popup.close(false);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import type { AdminSessionsRefresh } from '../../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import type { AdminSessionsRefreshChangeEvent } from '../../../src/events/refresh-events.js';
import { clickOn, forgetChoice, mustPart, part, text } from './helpers.js';

describe('<admin-sessions-refresh> controls', () => {
  beforeEach(forgetChoice);
  afterEach(async () => {
    await resetMouse();
    forgetChoice();
  });

  it('starts off: a labelled switch, the interval at 5 s, no paused text (the switch says off) and no countdown', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
    const toggle = mustPart<HTMLButtonElement>(el, 'switch');
    expect(toggle.getAttribute('role')).to.equal('switch');
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    expect(toggle.textContent).to.include('Auto-refresh');
    const select = mustPart<HTMLSelectElement>(el, 'interval');
    expect(select.labels?.[0]?.textContent).to.include('Interval');
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['2 s', '5 s', '10 s', '30 s', '60 s']);
    expect(select.value).to.equal('5');
    expect(part(el, 'paused'), 'no "Paused: off" beside a switch that shows off').to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent, 'nothing read out on load').to.equal('');
    expect(part(el, 'countdown')).to.equal(null);
    expect(text(el, 'refresh-now')).to.equal('Refresh now');
  });

  it('turns on and off with a click, firing admin-sessions-refresh-change', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<div><admin-sessions-refresh></admin-sessions-refresh></div>`);
    const refresh = el.querySelector('admin-sessions-refresh')!;
    const toggle = mustPart(refresh, 'switch');
    // Listened to on the parent: the event bubbles out of the element.
    let change = oneEvent(el, 'admin-sessions-refresh-change');
    await clickOn(toggle);
    let event = (await change) as AdminSessionsRefreshChangeEvent;
    expect(event.detail).to.deep.equal({ enabled: true, interval: 5 });
    expect(event.composed).to.equal(true);
    await refresh.updateComplete;
    expect(refresh.enabled).to.equal(true);
    expect(toggle.getAttribute('aria-checked')).to.equal('true');
    expect(part(refresh, 'paused')).to.equal(null);
    expect(refresh.matches(':state(enabled)')).to.equal(true);

    change = oneEvent(el, 'admin-sessions-refresh-change');
    await clickOn(toggle);
    event = (await change) as AdminSessionsRefreshChangeEvent;
    expect(event.detail).to.deep.equal({ enabled: false, interval: 5 });
    await refresh.updateComplete;
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    expect(refresh.matches(':state(enabled)')).to.equal(false);
  });

  it('toggles with the Space key', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh interval="30"></admin-sessions-refresh>`);
    mustPart(el, 'switch').focus();
    const change = oneEvent(el, 'admin-sessions-refresh-change');
    await sendKeys({ press: ' ' }); // Space (puppeteer's Firefox driver knows the key by its character only)
    expect((await change).detail).to.deep.equal({ enabled: true, interval: 30 });
    await el.updateComplete;
    expect(mustPart(el, 'switch').getAttribute('aria-checked')).to.equal('true');
  });

  it('picks an interval with the keyboard, firing admin-sessions-refresh-change', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh enabled></admin-sessions-refresh>`);
    mustPart(el, 'interval').focus();
    const change = oneEvent(el, 'admin-sessions-refresh-change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await change).detail).to.deep.equal({ enabled: true, interval: 10 });
    expect(el.interval).to.equal(10);
  });

  it('fires admin-sessions-refresh-now when "Refresh now" is clicked or pressed with Enter', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
    const button = mustPart(el, 'refresh-now');
    let pressed = oneEvent(el, 'admin-sessions-refresh-now');
    await clickOn(button);
    expect((await pressed).bubbles).to.equal(true);
    button.focus();
    pressed = oneEvent(el, 'admin-sessions-refresh-now');
    await sendKeys({ press: 'Enter' });
    await pressed;
  });

  it('fires no change event when the page sets enabled or interval', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
    let changes = 0;
    el.addEventListener('admin-sessions-refresh-change', () => changes++);
    el.enabled = true;
    el.interval = 60;
    await el.updateComplete;
    expect(mustPart(el, 'switch').getAttribute('aria-checked')).to.equal('true');
    expect(mustPart<HTMLSelectElement>(el, 'interval').value).to.equal('60');
    expect(changes).to.equal(0);
  });

  it('falls back to 5 s, with one warning, for an interval that is not a number of seconds', async () => {
    const warnings: unknown[][] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh interval="soon"></admin-sessions-refresh>`);
      expect(el.interval).to.equal(5);
      expect(mustPart<HTMLSelectElement>(el, 'interval').value).to.equal('5');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('soon');
    } finally {
      console.warn = warn;
    }
  });

  it('offers an interval the page chose outside the list', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh interval="15"></admin-sessions-refresh>`);
    const select = mustPart<HTMLSelectElement>(el, 'interval');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['2', '5', '10', '15', '30', '60']);
    expect(select.value).to.equal('15');
  });

  it('is accessible, off and on', async () => {
    const el = await fixture<AdminSessionsRefresh>(html`<admin-sessions-refresh></admin-sessions-refresh>`);
    await expect(el).to.be.accessible();
    el.enabled = true;
    el.nextDueAt = Date.now() + 3000;
    await el.updateComplete;
    expect(part(el, 'countdown')).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.pausedReason = 'error';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

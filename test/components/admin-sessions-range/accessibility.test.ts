import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { click, local, openPanel, panel, part, trigger, typeInto, startInput } from './helpers.js';

describe('admin-sessions-range: accessibility', () => {
  let el: AdminSessionsRange;

  beforeEach(async () => {
    el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
  });

  it('passes axe when closed', async () => {
    await expect(el).to.be.accessible();
  });

  it('passes axe when open', async () => {
    await openPanel(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe when open with an error shown', async () => {
    await openPanel(el);
    await typeInto(startInput(el), 'nonsense');
    await click(part(el, '[part~="apply"]'));
    expect(part(el, '[part~="error"]').textContent).to.contain('not a date');
    await expect(el).to.be.accessible();
  });

  it('names the trigger, the dialog and the preset group', async () => {
    // The name is the full label: the visible ones (the long, or a narrow trigger's short) are aria-hidden.
    expect(trigger(el).querySelector('.visually-hidden')!.textContent).to.equal('Time range: 12/15/2025, 13:00 – 12/16/2025, 13:00');
    for (const shown of trigger(el).querySelectorAll('.summary, .short, .caret')) expect(shown.getAttribute('aria-hidden')).to.equal('true');
    expect(panel(el).getAttribute('role')).to.equal('dialog');
    expect(panel(el).getAttribute('aria-label')).to.equal('Choose a time range');
    expect(part(el, '[part~="presets"]').getAttribute('aria-label')).to.equal('Quick ranges');
    expect(trigger(el).getAttribute('aria-controls')).to.equal(panel(el).id);
  });

  it('exposes the documented parts', async () => {
    await openPanel(el);
    for (const name of ['trigger', 'panel', 'presets', 'preset', 'calendar', 'apply', 'cancel', 'error']) {
      expect(el.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    }
    expect(el.shadowRoot!.querySelector('[part~="calendar"] .flatpickr-calendar'), 'calendar inside its part').to.not.equal(null);
  });
});

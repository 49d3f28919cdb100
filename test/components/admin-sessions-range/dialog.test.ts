/**
 * Issue 16.6: the panel is a modal dialog (the APG pattern): focus moves into it when it opens and
 * stays there — Tab and Shift+Tab go round the presets, the calendar, its time inputs, Start/End,
 * Cancel and Apply — and Escape closes it from anywhere in it, focus back on the trigger.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { click, dayCell, focused, isPanelShown, local, openPanel, panel, recordChanges, startInput, trigger } from './helpers.js';

/** What has focus, as a person would name it. */
function focusName(el: AdminSessionsRange): string {
  const active = focused(el) as HTMLElement | null;
  if (!active) return 'outside';
  if (active.dataset['preset']) return `preset ${active.dataset['preset']}`;
  if (active.classList.contains('flatpickr-day')) return `day ${active.textContent!.trim()}`;
  if (active.classList.contains('flatpickr-hour')) return 'hour';
  if (active.classList.contains('flatpickr-minute')) return 'minute';
  return active.id || active.getAttribute('part') || active.localName;
}

async function press(key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
}

const CYCLE = ['preset 15m', 'preset 1h', 'preset 24h', 'preset 7d', 'preset 30d', 'preset stock', 'day 15', 'hour', 'minute', 'start', 'end', 'cancel', 'apply'];

describe('admin-sessions-range: the panel is a modal dialog', () => {
  let el: AdminSessionsRange;
  let before: HTMLButtonElement;

  beforeEach(async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <button id="before">Before</button>
        <admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>
        <button id="after">After</button>
      </div>
    `);
    el = page.querySelector('admin-sessions-range')!;
    before = page.querySelector('#before')!;
    await el.updateComplete;
  });

  it('is a dialog marked modal, and focus moves into it when it opens', async () => {
    await openPanel(el);
    expect(panel(el).getAttribute('role')).to.equal('dialog');
    expect(panel(el).getAttribute('aria-modal')).to.equal('true');
    expect(focusName(el)).to.equal('preset 15m');
  });

  it('Tab goes round the presets, the calendar, its time, the fields and the buttons, and never leaves', async () => {
    await openPanel(el);
    const seen = [focusName(el)];
    for (let i = 0; i < CYCLE.length; i++) {
      await press('Tab');
      seen.push(focusName(el));
      expect(panel(el).contains(focused(el)), `Tab ${i + 1} left the dialog for ${document.activeElement?.localName}`).to.equal(true);
    }
    expect(seen).to.deep.equal([...CYCLE, CYCLE[0]]);
  });

  it('Shift+Tab goes round the other way, from the first preset to Apply', async () => {
    await openPanel(el);
    const seen = [focusName(el)];
    for (let i = 0; i < CYCLE.length; i++) {
      await press('Tab', true);
      seen.push(focusName(el));
    }
    expect(seen).to.deep.equal([CYCLE[0], ...[...CYCLE].reverse()]);
    expect(document.activeElement, 'not the page’s button before the picker').to.not.equal(before);
  });

  it('Shift+Tab from the time row, where a click on a day leaves focus, goes back to the day', async () => {
    await openPanel(el);
    await click(dayCell(el, 3));
    expect(focusName(el)).to.equal('hour');
    await press('Tab', true);
    expect(focusName(el)).to.equal('day 3');
    await press('Tab');
    await press('Tab');
    expect(focusName(el)).to.equal('minute');
    await press('Tab');
    expect(focusName(el)).to.equal('start');
  });

  for (const [where, reach] of [
    ['a preset', async () => undefined],
    ['the calendar’s day', async () => { for (let i = 0; i < 6; i++) await press('Tab'); }],
    ['the minute input', async () => { for (let i = 0; i < 8; i++) await press('Tab'); }],
    ['Start', async () => startInput(el).focus()],
  ] as const) {
    it(`Escape from ${where} closes it and returns focus to the trigger, applying nothing`, async () => {
      const changes = recordChanges(el);
      await openPanel(el);
      await reach();
      expect(panel(el).contains(focused(el))).to.equal(true);
      await press('Escape');
      await el.updateComplete;
      expect(isPanelShown(el)).to.equal(false);
      expect(focused(el)).to.equal(trigger(el));
      expect(changes).to.have.length(0);
    });
  }
});

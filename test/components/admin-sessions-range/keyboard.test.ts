import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { until } from '../../helpers/msw.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import {
  click,
  dayCell,
  endInput,
  focused,
  isPanelShown,
  local,
  openPanel,
  presetButton,
  recordChanges,
  startInput,
  summaryText,
  trigger,
} from './helpers.js';

describe('admin-sessions-range: keyboard and dismissal', () => {
  let el: AdminSessionsRange;
  let outside: HTMLElement;

  beforeEach(async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>
        <p style="margin-top: 900px">Somewhere else on the page</p>
      </div>
    `);
    el = page.querySelector('admin-sessions-range')!;
    outside = page.querySelector('p')!;
    await el.updateComplete;
  });

  it('the trigger is a real button that reports the panel state', async () => {
    expect(trigger(el).tagName).to.equal('BUTTON');
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    await openPanel(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
  });

  for (const key of ['Enter', ' ']) {
    it(`${key} on the trigger opens the panel and focuses the presets`, async () => {
      trigger(el).focus();
      await sendKeys({ press: key });
      await waitUntil(() => isPanelShown(el), 'the panel did not open');
      await el.updateComplete;
      expect(focused(el)?.getAttribute('part')).to.equal('preset');
      expect(focused(el)?.textContent!.trim()).to.equal('Last 15 minutes');
    });
  }

  it('focuses the chosen preset of a relative range', async () => {
    el.relative = '7d';
    await el.updateComplete;
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isPanelShown(el));
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-preset')).to.equal('7d');
  });

  it('Tab reaches the presets, and Space on one applies it at once and returns focus to the trigger', async () => {
    const changes = recordChanges(el);
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isPanelShown(el));
    await el.updateComplete;
    await sendKeys({ press: 'Tab' }); // Last hour
    await sendKeys({ press: 'Tab' }); // Last 24 hours
    expect(focused(el)?.getAttribute('data-preset')).to.equal('24h');
    await sendKeys({ press: ' ' });
    await until(() => changes.length > 0, 'Space on a preset applied nothing');
    await el.updateComplete;
    expect(changes.map((event) => event.detail.relative)).to.deep.equal(['24h']);
    expect(summaryText(el)).to.equal('Last 24 hours');
    expect(isPanelShown(el)).to.equal(false);
    expect(focused(el)?.getAttribute('part'), 'focus returns to the trigger').to.equal('trigger');
  });

  it('Enter on Apply applies typed fields and returns focus to the trigger', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    startInput(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('end');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('cancel');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('apply');
    await sendKeys({ press: 'Enter' });
    await until(() => changes.length > 0, 'Enter on Apply applied nothing');
    await el.updateComplete;
    expect(changes.map((event) => event.detail)).to.deep.equal([{ from: local(2025, 12, 15, 13), to: local(2025, 12, 16, 13), relative: null }]);
    expect(focused(el)?.getAttribute('part'), 'focus returns to the trigger').to.equal('trigger');
  });

  it('Escape cancels, closes and returns focus to the trigger', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(dayCell(el, 3));
    await click(dayCell(el, 4));
    endInput(el).focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isPanelShown(el)).to.equal(false);
    expect(focused(el)?.getAttribute('part')).to.equal('trigger');
    expect(changes).to.have.length(0);
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');
  });

  it('Escape inside the calendar closes too', async () => {
    await openPanel(el);
    await click(dayCell(el, 3));
    // flatpickr moved focus to its hour input after the click.
    expect(focused(el)?.classList.contains('flatpickr-hour')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isPanelShown(el)).to.equal(false);
    expect(focused(el)?.getAttribute('part')).to.equal('trigger');
  });

  it('a click outside cancels and closes', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(dayCell(el, 3));
    outside.scrollIntoView({ block: 'center' });
    const box = outside.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit === outside, 'the panel does not cover the target').to.equal(true);
    await click(outside);
    await el.updateComplete;
    expect(isPanelShown(el)).to.equal(false);
    expect(changes).to.have.length(0);
    expect(el.from).to.equal(local(2025, 12, 15, 13));
  });

  it('clicks inside the panel keep it open; the trigger toggles it', async () => {
    await openPanel(el);
    await click(dayCell(el, 3));
    await click(startInput(el));
    expect(isPanelShown(el)).to.equal(true);
    await click(trigger(el));
    await el.updateComplete;
    expect(isPanelShown(el)).to.equal(false);
  });
});

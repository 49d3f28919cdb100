import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { resolvePreset, type RangePreset } from '../../../src/data/range-presets.js';
import {
  DAY,
  HOUR,
  MINUTE,
  click,
  endInput,
  isPanelShown,
  local,
  openPanel,
  part,
  presetButton,
  recordChanges,
  selectedDays,
  startInput,
  summaryText,
  trigger,
  typeInto,
} from './helpers.js';

const LOOKBACK: Record<Exclude<RangePreset, 'stock'>, { span: number; label: string }> = {
  '15m': { span: 15 * MINUTE, label: 'Last 15 minutes' },
  '1h': { span: HOUR, label: 'Last hour' },
  '24h': { span: DAY, label: 'Last 24 hours' },
  '7d': { span: 7 * DAY, label: 'Last 7 days' },
  '30d': { span: 30 * DAY, label: 'Last 30 days' },
};

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as the fields write it in an en-US page. */
const shown = (instant: number) => {
  const d = new Date(instant);
  return `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('admin-sessions-range: presets', () => {
  let el: AdminSessionsRange;

  beforeEach(async () => {
    el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
  });

  for (const [preset, { span, label }] of Object.entries(LOOKBACK)) {
    it(`${preset}: a click applies "${label}" at once as a relative range ending now, and closes`, async () => {
      const changes = recordChanges(el);
      await openPanel(el);
      const before = Date.now();
      await click(presetButton(el, preset));
      const after = Date.now();
      expect(changes, 'a preset needs no Apply').to.have.length(1);
      const { from, to, relative } = changes[0]!.detail;
      expect(relative).to.equal(preset);
      expect(to! - from!).to.equal(span);
      expect(to).to.be.within(before, after);
      expect(el.relative).to.equal(preset);
      expect(summaryText(el)).to.equal(label);
      expect(isPanelShown(el)).to.equal(false);
      expect(el.shadowRoot!.activeElement, 'focus returns to the trigger').to.equal(trigger(el));
    });
  }

  it('stock: applies the current hour −24 h … +24 h, relative, at once', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    const before = Date.now();
    await click(presetButton(el, 'stock'));
    const after = Date.now();
    expect(changes).to.have.length(1);
    const { from, to, relative } = changes[0]!.detail;
    expect(relative).to.equal('stock');
    expect(to! - from!).to.equal(2 * DAY);
    expect([resolvePreset('stock', before), resolvePreset('stock', after)]).to.deep.include({ from, to });
    expect(new Date(from! + DAY).getMinutes()).to.equal(0);
    expect(summaryText(el)).to.equal('Default (±24 hours)');
    expect(isPanelShown(el)).to.equal(false);
  });

  it('Enter on a preset applies it too; Cancel or Escape after opening applies nothing', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await sendKeys({ press: 'Escape' });
    expect(changes).to.have.length(0);
    await openPanel(el);
    presetButton(el, '7d').focus();
    await sendKeys({ press: 'Enter' });
    expect(changes.map((event) => event.detail.relative)).to.deep.equal(['7d']);
    expect(isPanelShown(el)).to.equal(false);
  });

  it('reopens a relative range with its preset chosen, resolved against the clock again', async () => {
    el.relative = '1h';
    await el.updateComplete;
    await openPanel(el);
    expect(presetButton(el, '1h').getAttribute('aria-pressed')).to.equal('true');
    expect(endInput(el).value).to.be.oneOf([shown(Date.now()), shown(Date.now() - MINUTE)]);
    // Applying it unchanged keeps it relative.
    const changes = recordChanges(el);
    await click(part(el, '[part~="apply"]'));
    expect(changes[0]!.detail.relative).to.equal('1h');
  });

  it('picking a day in a relative range makes it absolute', async () => {
    el.relative = '7d';
    await el.updateComplete;
    const changes = recordChanges(el);
    await openPanel(el);
    // The calendar shows the last 7 days; pick a day of the month it shows.
    const cell = el.shadowRoot!.querySelector<HTMLElement>('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)')!;
    await click(cell);
    expect(presetButton(el, '7d').getAttribute('aria-pressed')).to.equal('false');
    expect(selectedDays(el)).to.deep.equal([cell.textContent!.trim()]);
    await click(part(el, '[part~="apply"]'));
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.relative).to.equal(null);
    expect(changes[0]!.detail.to).to.equal(null);
    expect(el.relative).to.equal(null);
  });

  it('typing a date in a relative range makes it absolute', async () => {
    el.relative = '24h';
    await el.updateComplete;
    const changes = recordChanges(el);
    await openPanel(el);
    expect(presetButton(el, '24h').getAttribute('aria-pressed')).to.equal('true');
    await typeInto(startInput(el), '12/01/2025, 08:00');
    expect(presetButton(el, '24h').getAttribute('aria-pressed')).to.equal('false');
    await typeInto(endInput(el), '12/02/2025, 08:00');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([
      { from: local(2025, 12, 1, 8), to: local(2025, 12, 2, 8), relative: null },
    ]);
    expect(summaryText(el)).to.equal('12/01/2025, 08:00 – 12/02/2025, 08:00');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
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
const shown = (instant: number) => {
  const d = new Date(instant);
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('admin-sessions-range: presets', () => {
  let el: AdminSessionsRange;

  beforeEach(async () => {
    el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
  });

  for (const [preset, { span, label }] of Object.entries(LOOKBACK)) {
    it(`${preset}: applies "${label}" as a relative range ending now`, async () => {
      const changes = recordChanges(el);
      await openPanel(el);
      const before = Date.now();
      await click(presetButton(el, preset));
      expect(presetButton(el, preset).getAttribute('aria-pressed')).to.equal('true');
      expect(changes, 'a preset alone changes nothing').to.have.length(0);
      // The inputs preview the span it stands for now.
      expect(startInput(el).value).to.be.oneOf([shown(before - span), shown(Date.now() - span)]);
      expect(endInput(el).value).to.be.oneOf([shown(before), shown(Date.now())]);

      await click(part(el, '[part~="apply"]'));
      const after = Date.now();
      expect(changes).to.have.length(1);
      const { from, to, relative } = changes[0]!.detail;
      expect(relative).to.equal(preset);
      expect(to! - from!).to.equal(span);
      expect(to).to.be.within(before, after);
      expect(el.relative).to.equal(preset);
      expect(summaryText(el)).to.equal(label);
      expect(isPanelShown(el)).to.equal(false);
    });
  }

  it('stock: applies the current hour −24 h … +24 h, relative', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    const before = Date.now();
    await click(presetButton(el, 'stock'));
    await click(part(el, '[part~="apply"]'));
    const after = Date.now();
    expect(changes).to.have.length(1);
    const { from, to, relative } = changes[0]!.detail;
    expect(relative).to.equal('stock');
    expect(to! - from!).to.equal(2 * DAY);
    expect([resolvePreset('stock', before), resolvePreset('stock', after)]).to.deep.include({ from, to });
    expect(new Date(from! + DAY).getMinutes()).to.equal(0);
    expect(summaryText(el)).to.equal('Default (±24 hours)');
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

  it('picking a day after a preset makes the range absolute', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(presetButton(el, '7d'));
    // The calendar now shows the last 7 days; pick a day of the month it shows.
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

  it('typing a date after a preset makes the range absolute', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(presetButton(el, '24h'));
    await typeInto(startInput(el), '01-12-2025 08:00');
    expect(presetButton(el, '24h').getAttribute('aria-pressed')).to.equal('false');
    await typeInto(endInput(el), '02-12-2025 08:00');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([
      { from: local(2025, 12, 1, 8), to: local(2025, 12, 2, 8), relative: null },
    ]);
    expect(summaryText(el)).to.equal('12/01/2025, 08:00 – 12/02/2025, 08:00');
  });
});

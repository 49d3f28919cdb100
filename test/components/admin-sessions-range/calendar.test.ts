import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../helpers/msw.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import {
  calendarMonth,
  click,
  dayCell,
  endInput,
  isPanelShown,
  local,
  openPanel,
  part,
  recordChanges,
  focused,
  selectedDays,
  startInput,
  summaryText,
} from './helpers.js';

describe('admin-sessions-range: picking in the calendar', () => {
  let el: AdminSessionsRange;

  beforeEach(async () => {
    el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
  });

  it('opens on the applied range', async () => {
    expect(isPanelShown(el)).to.equal(false);
    await openPanel(el);
    expect(calendarMonth(el)).to.equal('December 2025');
    expect(selectedDays(el)).to.deep.equal(['15', '16']);
    expect(startInput(el).value).to.equal('12/15/2025, 13:00');
    expect(endInput(el).value).to.equal('12/16/2025, 13:00');
  });

  it('applies two clicked days as one change event', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(dayCell(el, 10));
    await click(dayCell(el, 12));
    expect(selectedDays(el)).to.deep.equal(['10', '12']);
    // Clicked days are whole days.
    expect(startInput(el).value).to.equal('12/10/2025, 00:00');
    expect(endInput(el).value).to.equal('12/12/2025, 23:59');
    expect(changes, 'nothing changes before Apply').to.have.length(0);
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');

    await click(part(el, '[part~="apply"]'));
    await until(() => changes.length > 0, 'Apply applied nothing');
    await el.updateComplete;
    expect(changes).to.have.length(1);
    const endOfTwelfth = local(2025, 12, 13) - 1;
    expect(changes[0]!.detail).to.deep.equal({ from: local(2025, 12, 10), to: endOfTwelfth, relative: null });
    expect([el.from, el.to, el.relative]).to.deep.equal([local(2025, 12, 10), endOfTwelfth, null]);
    expect(summaryText(el)).to.equal('12/10/2025, 00:00 – 12/12/2025, 23:59');
    expect(isPanelShown(el)).to.equal(false);
  });

  it('picks a range across months; the time row then sets the end time', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(dayCell(el, 28));
    await click(part(el, '.flatpickr-next-month'));
    expect(calendarMonth(el)).to.equal('January 2026');
    await click(dayCell(el, 3));
    expect(endInput(el).value).to.equal('01/03/2026, 23:59');
    // Once a range is complete the time row edits its end: type 18:45 into it.
    const hour = part<HTMLInputElement>(el, '.flatpickr-hour');
    await click(hour);
    hour.select();
    await sendKeys({ type: '18' });
    await sendKeys({ press: 'Tab' });
    const minute = part<HTMLInputElement>(el, '.flatpickr-minute');
    minute.select();
    await sendKeys({ type: '45' });
    // Tab leaves the time row (flatpickr alone would keep focus there).
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id, 'focus moved on to Start').to.equal('start');
    expect(startInput(el).value).to.equal('12/28/2025, 00:00');
    expect(endInput(el).value).to.equal('01/03/2026, 18:45');

    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([
      { from: local(2025, 12, 28), to: local(2026, 1, 3, 18, 45), relative: null },
    ]);
  });

  it('Cancel drops the picked days and fires nothing', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(dayCell(el, 10));
    await click(dayCell(el, 12));
    await click(part(el, '[part~="cancel"]'));
    // Cancel's own effect first: the panel closes (an Apply would close it too, after its event).
    await until(() => !isPanelShown(el), 'Cancel did not close the panel');
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(isPanelShown(el)).to.equal(false);
    expect([el.from, el.to, el.relative]).to.deep.equal([local(2025, 12, 15, 13), local(2025, 12, 16, 13), null]);
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');

    await openPanel(el);
    expect(selectedDays(el)).to.deep.equal(['15', '16']);
    expect(startInput(el).value).to.equal('12/15/2025, 13:00');
    expect(endInput(el).value).to.equal('12/16/2025, 13:00');
  });

  it('one clicked day gives an open end ("until now")', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(dayCell(el, 10));
    expect(startInput(el).value).to.equal('12/10/2025, 00:00');
    expect(endInput(el).value).to.equal('');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([{ from: local(2025, 12, 10), to: null, relative: null }]);
    expect(summaryText(el)).to.equal('12/10/2025, 00:00 – now');
  });

  it('a day clicked twice is that whole day', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await click(dayCell(el, 10));
    await click(dayCell(el, 10));
    expect(startInput(el).value).to.equal('12/10/2025, 00:00');
    expect(endInput(el).value).to.equal('12/10/2025, 23:59');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([{ from: local(2025, 12, 10), to: local(2025, 12, 11) - 1, relative: null }]);
  });

  it('clicked days are wall-clock days of time-zone', async () => {
    el.timeZone = 'Asia/Kathmandu';
    el.from = Date.UTC(2025, 11, 15, 7, 15);
    el.to = Date.UTC(2025, 11, 16, 7, 15);
    await el.updateComplete;
    const changes = recordChanges(el);
    await openPanel(el);
    expect(selectedDays(el)).to.deep.equal(['15', '16']);
    await click(dayCell(el, 10));
    await click(dayCell(el, 12));
    await click(part(el, '[part~="apply"]'));
    // Midnight of 10-12-2025 in Kathmandu (+05:45) is 18:15 UTC the day before.
    expect(changes.map((event) => event.detail)).to.deep.equal([
      { from: Date.UTC(2025, 11, 9, 18, 15), to: Date.UTC(2025, 11, 12, 18, 15) - 1, relative: null },
    ]);
  });

  it('removes the calendar when detached and rebuilds it when attached again', async () => {
    const parent = el.parentElement!;
    el.remove();
    expect(el.shadowRoot!.querySelector('.flatpickr-calendar') === null, 'flatpickr destroyed').to.equal(true);
    parent.append(el);
    await openPanel(el);
    expect(el.shadowRoot!.querySelectorAll('.flatpickr-calendar')).to.have.length(1);
    expect(selectedDays(el)).to.deep.equal(['15', '16']);
  });
});

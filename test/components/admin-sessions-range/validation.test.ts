import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../helpers/msw.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import {
  click,
  endInput,
  errorMessage,
  focused,
  isPanelShown,
  local,
  openPanel,
  part,
  recordChanges,
  selectedDays,
  startInput,
  summaryText,
  typeInto,
} from './helpers.js';

/** Whether the validation message is on screen (a live region that is only filled on error). */
function visibleError(el: AdminSessionsRange): string {
  const message = errorMessage(el);
  const box = message.getBoundingClientRect();
  return box.height > 0 && getComputedStyle(message).visibility !== 'hidden' ? message.textContent!.trim() : '';
}

describe('admin-sessions-range: typed input and validation', () => {
  let el: AdminSessionsRange;

  beforeEach(async () => {
    el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
  });

  it('labels the start and end inputs and explains the format', async () => {
    await openPanel(el);
    expect(startInput(el).labels![0]!.textContent!.trim()).to.equal('Start');
    expect(endInput(el).labels![0]!.textContent!.trim()).to.equal('End');
    expect(part(el, '#format-hint').textContent!.trim()).to.equal('Format: MM/DD/YYYY, HH:mm. Leave End empty for “until now”.');
    expect(errorMessage(el).getAttribute('role')).to.equal('alert');
    expect(visibleError(el)).to.equal('');
  });

  it('applies typed dates, following them in the calendar', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await typeInto(startInput(el), '12/02/2025, 08:30');
    await typeInto(endInput(el), '12/4/2025 9:05');
    // The calendar follows a field once it is left.
    expect(selectedDays(el)).to.deep.equal(['2', '16']);
    await sendKeys({ press: 'Enter' });
    await until(() => changes.length > 0, 'Enter applied nothing');
    await el.updateComplete;
    expect(changes.map((event) => event.detail)).to.deep.equal([
      { from: local(2025, 12, 2, 8, 30), to: local(2025, 12, 4, 9, 5), relative: null },
    ]);
    expect(summaryText(el)).to.equal('12/02/2025, 08:30 – 12/04/2025, 09:05');
  });

  it('end before start: shows a message and emits nothing', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await typeInto(startInput(el), '12/16/2025, 13:00');
    await typeInto(endInput(el), '12/15/2025, 13:00');
    await click(part(el, '[part~="apply"]'));
    await until(() => visibleError(el) !== '', 'Apply showed no message');
    expect(visibleError(el)).to.equal('The end is before the start.');
    expect(endInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(changes).to.have.length(0);
    expect(isPanelShown(el)).to.equal(true);
    expect([el.from, el.to]).to.deep.equal([local(2025, 12, 15, 13), local(2025, 12, 16, 13)]);
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');

    // Correcting the end clears the message and Apply works again.
    await typeInto(endInput(el), '12/17/2025, 13:00');
    expect(visibleError(el)).to.equal('');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([
      { from: local(2025, 12, 16, 13), to: local(2025, 12, 17, 13), relative: null },
    ]);
  });

  it('unparsable start: shows a message on Apply and emits nothing', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await typeInto(startInput(el), 'yesterday noon');
    const applyBox = JSON.stringify(part(el, '[part~="apply"]').getBoundingClientRect());
    // The first click on Apply must work although leaving the field shows the message at pointerdown.
    await click(part(el, '[part~="apply"]'));
    await until(() => focused(el)?.id === 'start', 'Apply did not send focus back to the field to fix');
    await el.updateComplete;
    expect(JSON.stringify(part(el, '[part~="apply"]').getBoundingClientRect()), 'Apply did not move').to.equal(applyBox);
    expect(visibleError(el)).to.equal('The start is not a date in the format MM/DD/YYYY, HH:mm.');
    expect(startInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)?.id, 'focus goes to the field to fix').to.equal('start');
    expect(changes).to.have.length(0);
    expect(el.from).to.equal(local(2025, 12, 15, 13));
  });

  it('unparsable end (an impossible date): says so when the field is left', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await typeInto(endInput(el), '02/31/2025, 10:00');
    await sendKeys({ press: 'Tab' });
    expect(visibleError(el)).to.equal('The end is not a date in the format MM/DD/YYYY, HH:mm.');
    await click(part(el, '[part~="apply"]'));
    expect(visibleError(el)).to.equal('The end is not a date in the format MM/DD/YYYY, HH:mm.');
    expect(changes).to.have.length(0);
    // The calendar kept the last readable range.
    expect(selectedDays(el)).to.deep.equal(['15', '16']);
  });

  it('an empty end is an open end', async () => {
    const changes = recordChanges(el);
    await openPanel(el);
    await typeInto(endInput(el), '');
    expect(endInput(el).value).to.equal('');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([{ from: local(2025, 12, 15, 13), to: null, relative: null }]);
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – now');
  });

  it('keeps seconds of an untouched value', async () => {
    el.from = local(2025, 12, 15, 13) + 42_500;
    await el.updateComplete;
    const changes = recordChanges(el);
    await openPanel(el);
    await typeInto(endInput(el), '12/20/2025, 10:00');
    await click(part(el, '[part~="apply"]'));
    expect(changes[0]!.detail.from).to.equal(local(2025, 12, 15, 13) + 42_500);
  });

  it('reads typed text on the wall clock of time-zone', async () => {
    el.timeZone = 'Asia/Kathmandu';
    await el.updateComplete;
    const changes = recordChanges(el);
    await openPanel(el);
    await typeInto(startInput(el), '12/01/2025, 05:45');
    await typeInto(endInput(el), '');
    await click(part(el, '[part~="apply"]'));
    expect(changes.map((event) => event.detail)).to.deep.equal([{ from: Date.UTC(2025, 11, 1, 0, 0), to: null, relative: null }]);
  });
});

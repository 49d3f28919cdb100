/**
 * The builds (and the test server, so every range-picker test) use flatpickr without its pop-up
 * placement and mobile input (scripts/flatpickr-js.mjs), which an inline calendar never runs. This
 * shows the server hands out the trimmed code, and that an inline range calendar as the picker
 * builds it still reaches and survives what was trimmed: it is not mobile, opening, positioning and
 * an outside click change nothing, as for an inline calendar they never did, and no day is disabled.
 */
import { expect } from '@open-wc/testing';
import flatpickr from 'flatpickr';
import { trimFlatpickrJs } from '../../scripts/flatpickr-js.mjs';

describe('flatpickr’s code, trimmed for the builds', () => {
  it('is served trimmed: no mobile input, no placement next to the input', async () => {
    const code = await (await fetch('/node_modules/flatpickr/dist/esm/index.js')).text();
    expect(code).to.include('function positionCalendar(');
    expect(code, 'the mobile input').to.not.include('flatpickr-mobile');
    expect(code, 'the placement').to.not.include('rightMost');
    expect(code, 'a pop-up opening').to.not.include('classList.add("open")');
    expect(code, 'the width of week numbers or several months').to.not.include('daysWidth');
    expect(trimFlatpickrJs(code), 'trimming twice changes nothing').to.equal(code);
  });

  it('fails loudly on a flatpickr it was not written for', () => {
    expect(() => trimFlatpickrJs('function other() {}')).to.throw(/positionCalendar/);
  });

  it('an inline range calendar with times still builds, opens, positions and picks', () => {
    const container = document.createElement('div');
    const anchor = document.createElement('input');
    anchor.hidden = true;
    document.body.append(container, anchor);
    const picked: Date[][] = [];
    const calendar = flatpickr(anchor, {
      mode: 'range', enableTime: true, time_24hr: true, inline: true, appendTo: container, disableMobile: true,
      onValueUpdate: (dates: Date[]) => picked.push(dates),
    });
    expect(calendar.isMobile).to.equal(false);
    expect(calendar.mobileInput).to.equal(undefined);
    const before = calendar.calendarContainer.getAttribute('style');
    calendar.open();
    calendar._positionCalendar();
    expect(calendar.calendarContainer.parentElement).to.equal(container);
    expect(calendar.calendarContainer.getAttribute('style'), 'not moved next to the input').to.equal(before);
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(calendar.calendarContainer.isConnected, 'an outside click keeps it').to.equal(true);
    calendar.setDate([new Date(2025, 11, 3, 9, 30), new Date(2025, 11, 12, 18, 0)], true);
    expect(picked.at(-1)?.map((date) => date.getDate())).to.deep.equal([3, 12]);
    expect(container.querySelectorAll('.flatpickr-day.inRange').length).to.be.greaterThan(0);
    expect(container.querySelectorAll('.flatpickr-day').length, 'days drawn').to.be.greaterThan(27);
    expect(container.querySelectorAll('.flatpickr-day.flatpickr-disabled').length, 'no day disabled without rules').to.equal(0);
    calendar.destroy();
    container.remove();
    anchor.remove();
  });
});

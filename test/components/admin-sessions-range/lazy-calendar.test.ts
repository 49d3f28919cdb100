/**
 * The calendar (flatpickr, its stylesheet, its locales) is loaded the first time the panel opens,
 * not with the picker: until it is there the panel shows presets and fields at once and keeps the
 * calendar's room, so nothing moves when it arrives. (Its own file: a page keeps the modules it
 * loaded, so the calendar must not have been loaded before.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { deferred, startWorker, until, useHandlers } from '../../helpers/msw.js';
import { click, endInput, isPanelShown, local, part, recordChanges, startInput, summaryText, trigger, typeInto } from './helpers.js';

const CALENDAR_MODULE = /\/src\/components\/admin-sessions-range\/calendar\.ts/;
const requested = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
/** Whether flatpickr's own stylesheet (in its cascade layer) is among the shadow root's. */
const flatpickrRules = (el: AdminSessionsRange) =>
  el.shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSLayerBlockRule && rule.name === 'admin-sessions.flatpickr'));
const box = (element: Element) => element.getBoundingClientRect();

describe('admin-sessions-range: the calendar loads on the first open', () => {
  before(() => startWorker());
  after(() => useHandlers());

  it('shows presets and fields at once while the calendar loads, keeps its room, and nothing moves when it arrives', async () => {
    const release = deferred();
    let asked = 0;
    useHandlers(
      http.get(CALENDAR_MODULE, async () => {
        asked++;
        await release.promise;
        return passthrough();
      }),
    );
    const el = await fixture<AdminSessionsRange>(
      html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`,
    );
    // The picker alone: its button, no calendar, no flatpickr, no flatpickr stylesheet.
    expect(summaryText(el)).to.equal('12/15/2025, 13:00 – 12/16/2025, 13:00');
    expect(asked, 'nothing asked before the panel opens').to.equal(0);
    expect(requested(/flatpickr/), 'flatpickr not downloaded with the picker').to.equal(false);
    expect(flatpickrRules(el), 'flatpickr’s stylesheet not adopted yet').to.equal(false);

    await click(trigger(el));
    await until(() => isPanelShown(el), 'the panel did not open while the calendar loads');
    await until(() => asked === 1, 'the calendar was not asked for on the first open');
    expect(startInput(el).value, 'the fields show the range at once').to.equal('12/15/2025, 13:00');
    expect(endInput(el).value).to.equal('12/16/2025, 13:00');
    expect(el.shadowRoot!.querySelectorAll('[part~="preset"]')).to.have.length(6);
    expect(el.shadowRoot!.querySelector('.flatpickr-calendar'), 'no calendar yet').to.equal(null);
    expect(flatpickrRules(el), 'no flatpickr stylesheet before the calendar').to.equal(false);
    const calendarBefore = box(part(el, '[part~="calendar"]'));
    const applyBefore = box(part(el, '[part~="apply"]'));
    expect(calendarBefore.width, 'the calendar’s room is kept').to.be.above(250);
    expect(calendarBefore.height).to.be.above(250);
    // Typed dates work before the calendar is there.
    await typeInto(startInput(el), '12/1/2025 08:00');
    expect(startInput(el).getAttribute('aria-invalid')).to.equal('false');

    release.resolve();
    await until(() => el.shadowRoot!.querySelector('.flatpickr-calendar'), 'the calendar did not arrive');
    await el.updateComplete;
    expect(flatpickrRules(el), 'the stylesheet comes with the calendar').to.equal(true);
    const calendarAfter = box(part(el, '[part~="calendar"]'));
    const applyAfter = box(part(el, '[part~="apply"]'));
    expect(Math.abs(calendarAfter.width - calendarBefore.width), `calendar width ${calendarBefore.width} → ${calendarAfter.width}`).to.be.at.most(1);
    expect(Math.abs(calendarAfter.height - calendarBefore.height), `calendar height ${calendarBefore.height} → ${calendarAfter.height}`).to.be.at.most(2);
    expect(Math.abs(applyAfter.top - applyBefore.top), 'Apply did not move').to.be.at.most(2);
    expect(Math.abs(applyAfter.left - applyBefore.left)).to.be.at.most(2);
    // The calendar follows what was typed meanwhile once the field is committed.
    expect(startInput(el).value).to.equal('12/1/2025 08:00');

    // Opened again: asked once only.
    const changes = recordChanges(el);
    await click(part(el, '[part~="cancel"]'));
    await click(trigger(el));
    await until(() => isPanelShown(el));
    expect(asked).to.equal(1);
    expect(changes).to.have.length(0);
  });
});

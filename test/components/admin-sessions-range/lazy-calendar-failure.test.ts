/**
 * A calendar whose chunk cannot be loaded is said in its place, with a Retry that asks again; the
 * presets and the typed fields still work. (Its own file: a page keeps the modules it loaded, so
 * the calendar must not have been loaded before.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRange } from '../../../src/components/admin-sessions-range/admin-sessions-range.js';
import { startWorker, until, useHandlers } from '../../helpers/msw.js';
import {
  click,
  endInput,
  isPanelShown,
  local,
  openPanel,
  part,
  presetButton,
  recordChanges,
  startInput,
  summaryText,
  trigger,
  typeInto,
} from './helpers.js';

const CALENDAR_MODULE = /\/src\/components\/admin-sessions-range\/calendar\.ts/;

describe('admin-sessions-range: when the calendar cannot be loaded', () => {
  let asked = 0;
  let warn: typeof console.warn;

  before(() => startWorker());
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined;
    useHandlers(http.get(CALENDAR_MODULE, () => (asked++, HttpResponse.error())));
  });
  afterEach(() => {
    console.warn = warn;
    useHandlers();
  });

  const mount = () =>
    fixture<AdminSessionsRange>(html`<admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`);

  it('says so in the calendar’s place with a Retry that asks again; typed dates still apply', async () => {
    const el = await mount();
    const changes = recordChanges(el);
    await openPanel(el);
    await until(() => el.shadowRoot!.querySelector('[part~="calendar-retry"]'), 'no Retry for the failed calendar');
    const calendar = part(el, '[part~="calendar"]');
    expect(calendar.textContent).to.include('The calendar could not be loaded.');
    expect(calendar.querySelector('[role="alert"]'), 'said to assistive technology').to.not.equal(null);
    expect(calendar.getBoundingClientRect().height, 'the calendar’s room is kept').to.be.above(250);

    const tries = asked;
    const retry = part(el, '[part~="calendar-retry"]');
    await click(retry);
    // Firefox keeps a failed module fetch in its module map, so its Retry fails again without asking
    // (as the widget's parts do: lazy-parts-failure.test.ts); Chromium asks again.
    if (!navigator.userAgent.includes('Firefox')) await until(() => asked > tries, 'Retry did not ask again');
    await until(() => {
      const again = el.shadowRoot!.querySelector('[part~="calendar-retry"]');
      return again && again !== retry;
    }, 'the second failure is not said');

    await typeInto(startInput(el), '12/1/2025, 08:00');
    await typeInto(endInput(el), '12/2/2025, 08:00');
    await click(part(el, '[part~="apply"]'));
    await until(() => changes.length === 1, 'Apply applied nothing');
    expect(changes[0]!.detail).to.deep.equal({ from: local(2025, 12, 1, 8), to: local(2025, 12, 2, 8), relative: null });
    expect(isPanelShown(el)).to.equal(false);
  });

  it('a preset still applies at once', async () => {
    const el = await mount();
    const changes = recordChanges(el);
    await openPanel(el);
    await until(() => el.shadowRoot!.querySelector('[part~="calendar-retry"]'), 'no Retry for the failed calendar');
    await click(presetButton(el, '1h'));
    expect(changes.map((event) => event.detail.relative)).to.deep.equal(['1h']);
    expect(summaryText(el)).to.equal('Last hour');
    expect(isPanelShown(el)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
  });
});

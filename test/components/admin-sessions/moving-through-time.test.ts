import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { lastParams, mockApi, pageRequests, type MockApi } from '../../helpers/mock-api.js';
import { partText, rowsOf, shadowPart, startWorker, until } from '../../helpers/msw.js';
import { localeDateText } from '../../../src/components/admin-sessions-range/date-text.js';

/**
 * Issue 17, point 2: Earlier / Later move the range by half its span, Zoom out doubles it (or goes
 * back after a zoom), the keys `[` `]` `-` do the same outside fields, and Go to opens the log at a
 * moment a week back in one action, on both server contracts.
 */

const HOUR = 3_600_000;
const MINUTE = 60_000;

async function mount(api: MockApi, contract: 'native' | 'puqcloud' = 'native', extra = ''): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(
    contract === 'native'
      ? html`<admin-sessions cache="none" range="24h" locale="en" time-zone="utc" endpoint=${api.nativePath}></admin-sessions>`
      : html`<admin-sessions cache="none" range="24h" locale="en" time-zone="utc" adapter="puqcloud" endpoint=${api.puqcloudPath}></admin-sessions>`,
  );
  if (extra) el.setAttribute(extra, '');
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  await until(() => shadowPart(el, 'earlier'), 'the time buttons did not arrive');
  return el;
}

const button = (el: AdminSessions, part: string) => shadowPart(el, part) as HTMLButtonElement;
const requestedRange = (api: MockApi) => {
  const params = lastParams(api, 'native');
  return { from: Date.parse(params.get('from')!), to: Date.parse(params.get('to')!) };
};
/** After `action`, the next page request (msw). */
async function nextRequest(api: MockApi, action: () => unknown, contract: 'native' | 'puqcloud' = 'native'): Promise<void> {
  const before = pageRequests(api, contract).length;
  await action();
  await until(() => pageRequests(api, contract).length > before, 'no request followed');
}

describe('<admin-sessions> moving through time', () => {
  before(startWorker);

  it('Earlier asks for the range half a span earlier, Zoom out doubles it, Later moves it on', async () => {
    const api = mockApi({ count: 400, days: 8 });
    const el = await mount(api);
    expect(button(el, 'later').disabled, 'a range that ends now cannot move later').to.equal(true);

    const start = Date.now();
    await nextRequest(api, () => button(el, 'earlier').click());
    const earlier = requestedRange(api);
    // The last 24 hours, made absolute and moved back 12 hours.
    expect(earlier.to).to.be.closeTo(start - 12 * HOUR, MINUTE);
    expect(earlier.to - earlier.from).to.be.closeTo(24 * HOUR, 1);
    await until(() => !button(el, 'later').disabled, 'Later is offered once the range ends before now');

    await nextRequest(api, () => button(el, 'earlier').click());
    const twice = requestedRange(api);
    expect(twice).to.deep.equal({ from: earlier.from - 12 * HOUR, to: earlier.to - 12 * HOUR });

    expect(button(el, 'zoom-out').title).to.equal('Double the range');
    await nextRequest(api, () => button(el, 'zoom-out').click());
    const doubled = requestedRange(api);
    expect(doubled.to - doubled.from).to.equal(48 * HOUR);
    expect((doubled.from + doubled.to) / 2, 'around the same middle').to.equal((twice.from + twice.to) / 2);

    // Half of the doubled span later would end 12 hours from now: it ends now, open, 48 hours long.
    await nextRequest(api, () => button(el, 'later').click());
    expect(lastParams(api, 'native').get('to')).to.equal(null);
    expect(Date.parse(lastParams(api, 'native').get('from')!)).to.be.closeTo(Date.now() - 48 * HOUR, MINUTE);
    await until(() => button(el, 'later').disabled, 'nothing later than now');
    await until(() => shadowPart(el, 'range')?.shadowRoot?.querySelector('[part~="trigger"]')?.textContent?.includes('–'), 'the trigger shows the absolute range');
  });

  it('a range that would end after now ends now, open, with its span kept', async () => {
    const api = mockApi({ count: 200, days: 2 });
    const el = await mount(api);
    await nextRequest(api, () => button(el, 'zoom-out').click());
    const params = lastParams(api, 'native');
    expect(params.get('to'), 'open end').to.equal(null);
    expect(Date.parse(params.get('from')!)).to.be.closeTo(Date.now() - 48 * HOUR, MINUTE);
    expect(el.to).to.equal(null);
  });

  it('the keys [ ] - move the range from the table, but not while typing in the search box', async () => {
    const api = mockApi({ count: 200, days: 3 });
    const el = await mount(api);
    const search = shadowPart(el, 'search') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: '[-' });
    await until(() => search.value === '[-', 'the keys went into the box');
    expect(el.from, 'typing moved nothing').to.equal(null);
    search.value = '';
    search.dispatchEvent(new Event('input'));

    el.shadowRoot!.querySelector('admin-sessions-table')!.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!.focus();
    const start = Date.now();
    await nextRequest(api, () => sendKeys({ press: 'BracketLeft' }));
    expect(requestedRange(api).to).to.be.closeTo(start - 12 * HOUR, MINUTE);
    await nextRequest(api, () => sendKeys({ press: 'BracketRight' }));
    expect(lastParams(api, 'native').get('to'), 'back to now').to.equal(null);
    await nextRequest(api, () => sendKeys({ press: 'Minus' }));
    expect(Date.parse(lastParams(api, 'native').get('from')!)).to.be.closeTo(Date.now() - 48 * HOUR, MINUTE);
  });

  it('the keys move nothing while the range dialog or the list of shortcuts is open', async () => {
    const api = mockApi({ count: 100, days: 1 });
    const el = await mount(api);
    const range = shadowPart(el, 'range')!;
    const inRange = (part: string) => range.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
    inRange('trigger').click();
    await until(() => inRange('panel').checkVisibility(), 'the range dialog did not open');
    inRange('preset').focus();
    const before = pageRequests(api, 'native').length;
    await sendKeys({ press: 'BracketLeft' });
    await sendKeys({ press: 'Minus' });
    expect(inRange('panel').checkVisibility(), 'the dialog is still open').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !inRange('panel').checkVisibility(), 'Escape did not close the range dialog');

    // The list of shortcuts (a modal <dialog>), opened by its key from the table.
    el.shadowRoot!.querySelector('admin-sessions-table')!.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!.focus();
    await sendKeys({ press: '?' });
    const list = shadowPart(el, 'shortcuts') as HTMLDialogElement;
    await until(() => list.open, '? did not open the list');
    await sendKeys({ press: 'BracketLeft' });
    expect(list.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !list.open, 'Escape did not close the list');
    expect([el.from, el.to], 'no key moved the range').to.deep.equal([null, null]);

    // The control: the same key, back on the table, moves it.
    await nextRequest(api, () => sendKeys({ press: 'BracketLeft' }));
    expect(pageRequests(api, 'native').length).to.equal(before + 1);
    expect(el.from).not.to.equal(null);
  });

  it('no-shortcuts turns the keys off', async () => {
    const api = mockApi({ count: 100, days: 1 });
    const el = await mount(api, 'native', 'no-shortcuts');
    el.shadowRoot!.querySelector('admin-sessions-table')!.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!.focus();
    const before = pageRequests(api, 'native').length;
    await sendKeys({ press: 'BracketLeft' });
    // The control: a click still moves it, and the key before it had asked for nothing.
    await nextRequest(api, () => button(el, 'earlier').click());
    expect(pageRequests(api, 'native').length).to.equal(before + 1);
  });

  for (const contract of ['native', 'puqcloud'] as const) {
    it(`Go to: a moment a week back in one action asks the ${contract} server for the rows before it`, async function () {
      this.timeout(20_000);
      const api = mockApi({ count: 600, days: 8 });
      const el = await mount(api, contract);
      const moment = Math.floor((Date.now() - 7 * 24 * HOUR) / MINUTE) * MINUTE;
      const field = shadowPart(el, 'go-to') as HTMLInputElement;
      field.focus();
      await nextRequest(api, () => sendKeys({ type: `${localeDateText('en', 'UTC').format(moment)}\n` }), contract);
      const params = lastParams(api, contract);
      if (contract === 'native') {
        expect(params.get('to')).to.equal(new Date(moment).toISOString());
        expect(params.get('from')).to.equal(new Date(moment - 24 * HOUR).toISOString());
      } else {
        const d = new Date(moment);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(params.get('end_date')).to.equal(`${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`);
      }
      await until(() => rowsOf(el).length > 0 && Date.parse(partText(rowsOf(el)[0]!, 'date') + ' UTC') <= moment, 'the rows from then');
      const first = el.entries[0]!.time;
      expect(first).to.be.at.most(moment);
      expect(first, 'the rows just before that moment').to.be.above(moment - 24 * HOUR);
    });
  }

  it('Go to says what is wrong with text that is not a date, and moves nothing', async () => {
    const api = mockApi({ count: 50, days: 1 });
    const el = await mount(api);
    const field = shadowPart(el, 'go-to') as HTMLInputElement;
    field.focus();
    await sendKeys({ type: 'yesterday\n' });
    expect(field.validationMessage).to.equal('Format: MM/DD/YYYY, HH:mm');
    expect(el.from).to.equal(null);
  });
});

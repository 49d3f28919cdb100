import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { AdminSessionsHistogramZoomEvent } from '../../../src/events/histogram-events.js';
import { AdminSessionsRangeChangeEvent } from '../../../src/events/range-change.js';
import { lastParams, mockApi } from '../../helpers/mock-api.js';
import { rowsOf, shadowPart, startWorker, tableOf, until } from '../../helpers/msw.js';

/** Every event the elements dispatch (src/events/): the two public ones of <admin-sessions>, and those between its parts. */
const PUBLIC = ['admin-sessions-load', 'admin-sessions-error'];
const INNER = [
  'admin-sessions-range-change', 'admin-sessions-refresh-change', 'admin-sessions-refresh-now', 'admin-sessions-sort',
  'admin-sessions-near-end', 'admin-sessions-viewport', 'admin-sessions-row-toggle', 'admin-sessions-filter',
  'admin-sessions-details-close', 'admin-sessions-histogram-zoom',
];

async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<admin-sessions> events', () => {
  before(startWorker);

  it('lets only its documented public events reach the page; its parts talk to it inside', async () => {
    const api = mockApi({ count: 400 });
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event.type);
    for (const type of [...PUBLIC, ...INNER]) document.addEventListener(type, record);
    const inside: string[] = [];
    try {
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" range="30d" style="--admin-sessions-table-height: 300px"></admin-sessions>`);
      for (const type of INNER) el.shadowRoot!.addEventListener(type, (event) => inside.push(event.type), { capture: true });
      el.endpoint = api.nativePath;
      await until(() => rowsOf(el).length > 5, 'no rows');
      await partsSettled(el);
      const table = tableOf(el).shadowRoot!;

      // Sorting by a header click.
      await click([...table.querySelectorAll('[part~="sort-button"]')].find((b) => /admin/i.test(b.textContent ?? ''))!);
      await until(() => el.sort === 'admin' && lastParams(api, 'native').get('sort') === 'admin', 'the header did not sort');
      await until(() => rowsOf(el).length > 5 && shadowPart(el, 'base')!.getAttribute('aria-busy') === 'false', 'no sorted rows');
      // Scrolling the table (viewport, near the end).
      const scroller = table.querySelector<HTMLElement>('[part~="scroller"]')!;
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await until(() => inside.includes('admin-sessions-viewport'), 'scrolling was not reported');
      scroller.scrollTop = 0;
      // A row's details by keyboard, then "Only this IP" and closing them.
      table.querySelector<HTMLElement>('[part~="scroller"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => shadowPart(el, 'details') !== null, 'no details');
      const panel = shadowPart(el, 'details')!.shadowRoot!;
      await click([...panel.querySelectorAll('[data-action="only"]')].find((b) => b.textContent!.includes('IP'))!);
      await until(() => el.query.includes('ip:'), 'the filter was not applied');
      // The refresh switch and "Refresh now".
      const refresh = shadowPart(el, 'refresh')!.shadowRoot!;
      await click(refresh.querySelector('[part~="switch"]')!);
      await click(refresh.querySelector('[part~="refresh-now"]')!);
      // The range picker and the histogram, as they announce a new range.
      shadowPart(el, 'range')!.dispatchEvent(new AdminSessionsRangeChangeEvent({ from: null, to: null, relative: '7d' }));
      await until(() => el.range === '7d', 'the range did not change');
      shadowPart(el, 'histogram')!.dispatchEvent(new AdminSessionsHistogramZoomEvent({ from: Date.now() - 3_600_000, to: Date.now() }));
      await until(() => el.from !== null, 'the zoom did not apply');
      await until(() => seen.filter((type) => type === 'admin-sessions-load').length >= 3, 'no load events reached the page');

      for (const type of ['admin-sessions-sort', 'admin-sessions-row-toggle', 'admin-sessions-filter', 'admin-sessions-viewport', 'admin-sessions-refresh-change', 'admin-sessions-refresh-now', 'admin-sessions-range-change', 'admin-sessions-histogram-zoom']) {
        expect(inside, `${type} was dispatched inside`).to.include(type);
      }
      expect([...new Set(seen)]).to.deep.equal(['admin-sessions-load']);
    } finally {
      for (const type of [...PUBLIC, ...INNER]) document.removeEventListener(type, record);
    }
  });
});

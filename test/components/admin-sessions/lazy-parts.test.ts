/**
 * The parts of `<admin-sessions>` that come in chunks of their own (range picker, refresh control,
 * histogram): the first rows paint without them, their place is kept so nothing moves when they
 * arrive (a chunk that fails: lazy-parts-failure.test.ts). This file imports none of the parts:
 * the widget loads them as on a page, and msw holds or fails their module requests.
 */
import { expect } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { MODULE, mount } from './lazy-helpers.js';
import { deferred, shadowPart, startWorker, tableOf, until, useHandlers } from '../../helpers/msw.js';

const top = (element: Element) => element.getBoundingClientRect().top;

describe('<admin-sessions> parts loaded on demand', () => {
  before(() => startWorker());
  after(() => useHandlers());

  it('paints its rows before the range picker, refresh control and histogram arrive, and nothing moves when they do', async () => {
    const release = deferred();
    const asked: string[] = [];
    const hold = (folder: string) =>
      http.get(MODULE(folder), async ({ request }) => {
        asked.push(folder);
        await release.promise;
        return passthrough();
      });
    useHandlers(hold('admin-sessions-range'), hold('admin-sessions-refresh'), hold('admin-sessions-histogram'));
    const el = await mount();
    await until(() => asked.length === 3, 'the parts were not asked for');
    expect(customElements.get('admin-sessions-range'), 'the range picker is still on its way').to.equal(undefined);
    const range = el.shadowRoot!.querySelector('admin-sessions-range')!;
    const refresh = el.shadowRoot!.querySelector('admin-sessions-refresh')!;
    const histogramBox = () => (el.shadowRoot!.querySelector('admin-sessions-histogram, .histogram-slot, [part~="part-failed"]')?.getBoundingClientRect().height ?? 0).toFixed(1);
    const sizes = () => `histogram ${histogramBox()}; ` + [...shadowPart(el, 'toolbar')!.children].map((child) => `${child.localName}.${child.className}: ${Math.round(child.getBoundingClientRect().width)}x${Math.round(child.getBoundingClientRect().height)}`).join(', ');
    const sizesBefore = sizes();
    const before = { table: top(tableOf(el)), toolbar: shadowPart(el, 'toolbar')!.getBoundingClientRect().height, search: top(shadowPart(el, 'search')!) };
    expect(range.getBoundingClientRect().width, 'the picker’s place is kept').to.be.above(80);
    expect(refresh.getBoundingClientRect().width, 'the refresh control’s place is kept').to.be.above(200);

    release.resolve();
    await Promise.all(['range', 'refresh', 'histogram'].map((part) => customElements.whenDefined(`admin-sessions-${part}`)));
    await until(() => el.shadowRoot!.querySelector('admin-sessions-histogram'), 'no histogram');
    await el.updateComplete;
    await (el.shadowRoot!.querySelector('admin-sessions-histogram') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (range as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (refresh as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Within 2 px: the reserved sizes are in rem, the parts' in their fonts' metrics, which differ by browser.
    expect(Math.abs(top(tableOf(el)) - before.table), `the table did not move (toolbar before: ${sizesBefore}; after: ${sizes()})`).to.be.at.most(2);
    expect(Math.abs(shadowPart(el, 'toolbar')!.getBoundingClientRect().height - before.toolbar), 'the toolbar kept its height').to.be.at.most(2);
    expect(Math.abs(top(shadowPart(el, 'search')!) - before.search), 'the search box stayed on its line').to.be.at.most(2);
    expect(range.shadowRoot!.querySelector('[part~="trigger"]')!.textContent).to.include('Last 24 hours');
  });

});

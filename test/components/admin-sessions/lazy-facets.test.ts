/**
 * The facets panel's frame shows as soon as Facets is toggled on, its room kept while its chunk (the
 * controller and the element) comes, so the table moves once, not again when the panel arrives. Its
 * own file: the page must not have loaded the facets' modules yet.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { holdModules, MODULE, mount } from './lazy-helpers.js';
import { shadowPart, startWorker, tableOf, until, useHandlers } from '../../helpers/msw.js';

describe('<admin-sessions> facets loaded on demand', () => {
  before(() => startWorker());
  after(() => useHandlers());

  it('toggling Facets on shows its frame at once; the table does not move again when the panel arrives', async () => {
    const { handlers, asked, release } = holdModules({ controller: /\/src\/controllers\/facets-controller\.ts/, element: MODULE('admin-sessions-facets') });
    useHandlers(...handlers);
    const el = await mount();
    // The other tools and the keyboard's part first (they come after the first rows too): only the facets move things here.
    await until(() => shadowPart(el, 'earlier') && shadowPart(el, 'columns-menu') && customElements.get('admin-sessions-views') && el.shadowRoot!.querySelector('dialog'), 'the tools did not arrive');
    await el.updateComplete;
    const tableTop = () => Math.round(tableOf(el).getBoundingClientRect().top);
    const before = tableTop();
    shadowPart(el, 'facets-toggle')!.querySelector('input')!.click();
    await el.updateComplete;
    const frame = shadowPart(el, 'facets-loading')!;
    expect(frame, 'a frame at once').to.exist;
    expect(frame.getAttribute('aria-busy')).to.equal('true');
    const moved = tableTop();
    expect(moved - before, 'the table made room for the frame').to.be.above(100);
    // Measured from the frame's top: the toolbar above can change by a pixel or two meanwhile, not because of the facets.
    const room = moved - Math.round(frame.getBoundingClientRect().top);
    await until(() => asked.length === 2, `the facets' modules were not both asked for: ${asked.join(', ')}`);
    release();
    const panel = () => el.shadowRoot!.querySelector('admin-sessions-facets')?.shadowRoot?.querySelector('[part~="facet-value"]');
    await until(panel, 'the panel did not arrive');
    await el.updateComplete;
    expect(shadowPart(el, 'facets-loading'), 'the frame gave way to the panel').to.equal(null);
    const panelTop = Math.round(el.shadowRoot!.querySelector('admin-sessions-facets')!.getBoundingClientRect().top);
    expect(tableTop() - panelTop, 'the panel takes the frame’s room: the table stays below it as it was').to.equal(room);
  });
});


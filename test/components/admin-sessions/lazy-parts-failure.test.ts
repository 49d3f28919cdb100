/**
 * A part of `<admin-sessions>` whose chunk cannot be loaded (here the histogram's, failed by msw)
 * is said in its place, which keeps its room, with a Retry that asks again; the rows stay. (Its own
 * file: a page keeps the modules it loaded, so the part must not have been loaded before.)
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { mount } from './lazy-helpers.js';
import { rowsOf, startWorker, until, useHandlers } from '../../helpers/msw.js';

describe('<admin-sessions> when a part cannot be loaded', () => {
  before(() => startWorker());
  after(() => useHandlers());

  it('says in place when the histogram could not be loaded, keeps its room, and asks again on Retry', async () => {
    let asked = 0;
    useHandlers(http.get(/\/src\/components\/admin-sessions-histogram\/admin-sessions-histogram\.ts/, () => (asked++, HttpResponse.error())));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await mount();
      await until(() => el.shadowRoot!.querySelector('[part~="part-failed"][data-part="histogram"]'), 'no message for the failed histogram');
      const failed = el.shadowRoot!.querySelector<HTMLElement>('[part~="part-failed"][data-part="histogram"]')!;
      expect(failed.getAttribute('role')).to.equal('alert');
      expect(failed.textContent).to.include('The histogram could not be loaded.');
      expect(failed.getBoundingClientRect().height, 'the histogram’s room is kept').to.be.above(60);
      expect(rowsOf(el).length, 'the rows stay').to.be.above(0);
      const tries = asked;
      failed.querySelector('button')!.click();
      if (navigator.userAgent.includes('Firefox')) {
        // Firefox keeps a module that failed to load as failed for the page's life (Chromium asks
        // again): Retry can only say so again, and the widget keeps working.
        await until(() => el.shadowRoot!.querySelector('[part~="part-failed"][data-part="histogram"]'), 'the message went away');
        expect(rowsOf(el).length).to.be.above(0);
      } else {
        await until(() => asked > tries, 'Retry did not ask again');
      }
    } finally {
      console.warn = warn;
    }
  });
});

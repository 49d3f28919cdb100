import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { mockApi, pageRequests } from '../../helpers/mock-api.js';
import { rowsOf, shadowPart, startWorker, until, watchFetches } from '../../helpers/msw.js';

/**
 * Issue 16, point 9: the search box shows its whole placeholder, and a search with a mistake in it
 * shows one message under the toolbar and asks the server nothing until it is fixed.
 */

const searchBox = (el: AdminSessions) => shadowPart(el, 'search') as HTMLInputElement;

/** Width the placeholder's text takes in the box's font, px. */
function placeholderWidth(input: HTMLInputElement): number {
  const style = getComputedStyle(input, '::placeholder');
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return context.measureText(input.placeholder).width;
}

/** Room for text inside the box, px. */
function textRoom(input: HTMLInputElement): number {
  const style = getComputedStyle(input);
  return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** The messages about the search a person sees: the inline message and any empty-state text. */
function visibleMessages(el: AdminSessions): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="search-error"], [part~="empty"], [part~="error"]')]
    .filter((node) => node.getClientRects().length > 0)
    .map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
}

describe('<admin-sessions> search box', () => {
  before(startWorker);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1440, 768]) {
    for (const locale of ['en', 'de', 'uk']) {
      it(`shows its whole placeholder at ${width} px (${locale})`, async () => {
        await setViewport({ width, height: 800 });
        const api = mockApi({ count: 20 });
        const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale=${locale} endpoint=${api.nativePath}></admin-sessions>`);
        await until(() => rowsOf(el).length > 0, 'no rows');
        await partsSettled(el);
        const input = searchBox(el);
        expect(input.placeholder.length).to.be.greaterThan(10);
        expect(placeholderWidth(input), `“${input.placeholder}” fits`).to.be.at.most(textRoom(input));
        expect(input.getBoundingClientRect().right, 'inside the widget').to.be.at.most(el.getBoundingClientRect().right);
      });
    }
  }

  for (const [typed, message] of [
    ['ip:', '“ip:” needs a value'],
    ['ip: "alice', '“ip:” needs a value right after the colon, without a space'],
    ['"alice', 'This quote is never closed: add a closing ".'],
    ['foo:bar', 'Unknown filter “foo:”.'],
  ] as const) {
    it(`“${typed}” shows one message and asks the server nothing until it is fixed`, async () => {
      const api = mockApi({ count: 100 });
      const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" endpoint=${api.nativePath}></admin-sessions>`);
      await until(() => rowsOf(el).length > 5, 'no rows');
      await partsSettled(el);
      const rowsBefore = rowsOf(el).length;
      const requestsBefore = pageRequests(api, 'native').length;
      const fetches = watchFetches((url) => url.pathname === api.nativePath);
      try {
        // Pasted, so no part of it (like "ip") is a search of its own on a slow machine.
        searchBox(el).focus();
        searchBox(el).value = typed;
        searchBox(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: typed }));
        await until(() => visibleMessages(el).length > 0, 'no message');
        await el.updateComplete;
        await nextFrame();
        const messages = visibleMessages(el);
        expect(messages.length, messages.join(' | ')).to.equal(1);
        expect(messages[0]).to.include(message);
        expect(searchBox(el).getAttribute('aria-invalid')).to.equal('true');
        expect(fetches.calls.length, 'no request for a search with a mistake').to.equal(0);
        expect(rowsOf(el).length, 'the rows shown stay').to.equal(rowsBefore);

        // Fixed: the message goes and the search runs.
        searchBox(el).select();
        await sendKeys({ type: 'ip:10.0.0.0/8' });
        await until(() => fetches.calls.length > 0, 'the fixed search was not sent');
        await until(() => visibleMessages(el).length === 0 || visibleMessages(el).every((text) => !text.includes(message)), 'the message stayed');
        expect(fetches.calls.length).to.equal(1);
        await until(() => pageRequests(api, 'native').length === requestsBefore + 1, 'the server saw the fixed search');
      } finally {
        fetches.restore();
      }
    });
  }
});

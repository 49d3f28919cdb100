/**
 * Registering twice (issue 15): a page with two copies of the package (the standalone file and a
 * bundled copy) keeps the first copy's elements, does not throw, and says so once, naming both.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { AdminSessionsRefresh } from '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import { define } from '../../src/internal/define.js';

// The test server serves the TypeScript source under its own name (static imports of `.js` are resolved to it).
const REFRESH_MODULE = new URL('../../src/components/admin-sessions-refresh/admin-sessions-refresh.ts', import.meta.url).href;

/** The page's console warnings (as one string each) while `body` runs; errors must stay empty. */
async function consoleDuring(body: () => Promise<void> | void): Promise<{ warnings: string[]; errors: unknown[][] }> {
  const warn = sinon.stub(console, 'warn');
  const error = sinon.stub(console, 'error');
  try {
    await body();
    return { warnings: warn.getCalls().map((call) => call.args.map(String).join(' ')), errors: error.getCalls().map((call) => call.args) };
  } finally {
    warn.restore();
    error.restore();
  }
}

describe('define: registering an element twice', () => {
  it('a second copy of an element module (another URL) is skipped with one warning naming both modules', async () => {
    // The module is evaluated again under another URL: a second class for the same tag, as a
    // bundled copy next to the standalone file would be.
    const secondUrl = `${REFRESH_MODULE}?copy=${Math.random().toString(36).slice(2, 8)}`;
    let second: { AdminSessionsRefresh: typeof AdminSessionsRefresh } | undefined;
    const { warnings, errors } = await consoleDuring(async () => {
      second = (await import(secondUrl)) as typeof second;
    });
    expect(second!.AdminSessionsRefresh, 'the second copy is another class').to.not.equal(AdminSessionsRefresh);
    expect(customElements.get('admin-sessions-refresh')).to.equal(AdminSessionsRefresh);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<admin-sessions-refresh> is already defined by ${REFRESH_MODULE};`);
    expect(warnings[0]).to.include(`skipped the second copy in ${secondUrl}`);
    // The first copy's element still works on the page.
    const el = document.createElement('admin-sessions-refresh');
    expect(el).to.be.instanceOf(AdminSessionsRefresh);
  });

  it('a tag another script defined first is left to it, with one warning naming the module skipped', async () => {
    const tag = `x-define-foreign-${Math.random().toString(36).slice(2, 8)}`;
    class Foreign extends HTMLElement {}
    customElements.define(tag, Foreign);
    const { warnings } = await consoleDuring(() => {
      expect(() => define(tag, class extends HTMLElement {}, 'https://cdn.example/admin-sessions.js')).to.not.throw();
      expect(() => define(tag, class extends HTMLElement {}, 'https://cdn.example/admin-sessions.js')).to.not.throw();
    });
    expect(customElements.get(tag)).to.equal(Foreign);
    expect(warnings).to.deep.equal([
      `<admin-sessions> <${tag}> is already defined by another script, not admin-sessions; skipped the definition in https://cdn.example/admin-sessions.js.`,
    ]);
  });

  it('defining the same class again is no second definition and no warning', async () => {
    const tag = `x-define-same-${Math.random().toString(36).slice(2, 8)}`;
    class Element extends HTMLElement {}
    const { warnings } = await consoleDuring(() => {
      define(tag, Element, 'https://cdn.example/a.js');
      define(tag, Element, 'https://cdn.example/a.js');
    });
    expect(customElements.get(tag)).to.equal(Element);
    expect(warnings).to.deep.equal([]);
  });
});

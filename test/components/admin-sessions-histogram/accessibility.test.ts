import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MINUTE, T0, chart, mount, settle } from './helpers.js';

describe('<admin-sessions-histogram> accessibility', function () {
  // axe is slow in Firefox on a loaded machine.
  this.timeout(60_000);
  it('passes axe with data, a highlighted bucket and the loaded-rows label', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.source = 'loaded';
    el.loadedCount = 300;
    chart(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe when empty', async () => {
    const el = await mount({ start: T0, size: MINUTE, web: [0, 0], api: [0, 0] });
    await expect(el).to.be.accessible();
  });

  it('is a slider over the buckets, named by its summary, so screen readers pass it the arrow keys', async () => {
    const el = await mount();
    expect(chart(el).getAttribute('role')).to.equal('slider');
    expect(chart(el).getAttribute('aria-label')).to.match(/^Requests per minute/);
    expect(chart(el).getAttribute('aria-label')).to.match(/Left and Right arrows move between buckets/);
    const count = el.data!.web.length;
    expect([chart(el).getAttribute('aria-valuemin'), chart(el).getAttribute('aria-valuemax')]).to.deep.equal(['0', String(count - 1)]);
    expect(chart(el).getAttribute('aria-valuetext')).to.equal('No bucket chosen');
    // The value text says it once: no live region repeats it.
    expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
  });
});

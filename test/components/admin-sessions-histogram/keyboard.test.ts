import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MINUTE, T0, chart, hourData, spokenBucket, mount, part, recordZooms, settle, shown, tooltipText } from './helpers.js';

describe('<admin-sessions-histogram> keyboard', () => {
  it('is one tab stop', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>before</button></div>`);
    const el = await mount();
    wrapper.append(el);
    await settle(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === chart(el), 'chart focused').to.equal(true);
    expect(chart(el).getAttribute('tabindex')).to.equal('0');
  });

  it('Left and Right move a highlighted bucket, its counts the slider’s value text', async () => {
    const el = await mount();
    const data = hourData();
    chart(el).focus();
    expect(spokenBucket(el)).to.equal('No bucket chosen');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(spokenBucket(el)).to.equal(`14:00–14:01 · ${data.web[0]} WEB, ${data.api[0]} API`);
    expect(chart(el).getAttribute('aria-valuenow')).to.equal('0');
    expect(part(el, 'highlight')!.getAttribute('x')).to.equal('0');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(spokenBucket(el)).to.equal('14:05–14:06 · 12 WEB, 40 API');
    expect(tooltipText(el)).to.equal('14:05–14:06 · 12 WEB, 40 API');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(spokenBucket(el)).to.equal(`14:04–14:05 · ${data.web[4]} WEB, ${data.api[4]} API`);
    expect(part(el, 'highlight')!.getAttribute('x')).to.equal('4');
  });

  it('Left from nothing starts at the last bucket; Home and End jump; the ends hold', async () => {
    const el = await mount();
    chart(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(spokenBucket(el)).to.match(/^14:59–15:00 · /);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(spokenBucket(el)).to.match(/^14:59–15:00 · /);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(spokenBucket(el)).to.match(/^14:00–14:01 · /);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(part(el, 'highlight')!.getAttribute('x')).to.equal('59');
  });

  it('Enter zooms to the highlighted bucket', async () => {
    const el = await mount();
    const zooms = recordZooms(el);
    chart(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(zooms.map((zoom) => zoom.detail)).to.deep.equal([
      { from: T0 + MINUTE, to: T0 + 2 * MINUTE - 1 },
      { from: T0 + MINUTE, to: T0 + 2 * MINUTE - 1 },
    ]);
  });

  it('hides the highlight when focus leaves, and keeps it within new data', async () => {
    const el = await mount();
    chart(el).focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    chart(el).blur();
    await settle(el);
    expect(shown(el, 'highlight'), 'highlight shown').to.equal(false);
    expect(shown(el, 'tooltip'), 'tooltip shown').to.equal(false);
    el.data = { start: T0, size: MINUTE, web: [1, 2, 3], api: [0, 0, 1] };
    await settle(el);
    chart(el).focus();
    await settle(el);
    expect(part(el, 'highlight')!.getAttribute('x')).to.equal('2');
  });
});

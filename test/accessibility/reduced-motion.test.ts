/**
 * Issue 7, point 5: with the operating system's "reduce motion" setting on, nothing glides, fades
 * or counts down with a moving bar.
 *
 * This file runs in its own test group (web-test-runner.config.mjs, `reduced-motion`): Chromium is
 * started with `--force-prefers-reduced-motion` and Firefox with `ui.prefersReducedMotion = 1`, so
 * the browser itself prefers reduced motion, as it would for an admin who set it. Nothing here
 * emulates or stubs the media feature (puppeteer cannot emulate it in Firefox).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import '../../src/components/admin-sessions-table/admin-sessions-table.js';
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRefresh } from '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import type { AdminSessionsTable } from '../../src/components/admin-sessions-table/admin-sessions-table.js';
import type { AdminSessionsRange } from '../../src/components/admin-sessions-range/admin-sessions-range.js';
import { makeEntries } from '../helpers/entries.js';
import { until } from '../helpers/msw.js';
import { openPanel } from '../components/admin-sessions-range/helpers.js';
import { bucketPoint, moveTo, mount as mountHistogram, part as histogramPart } from '../components/admin-sessions-histogram/helpers.js';

/** Every transition and animation duration of an element, summed, in seconds. */
function motionSeconds(element: Element): number {
  const style = getComputedStyle(element);
  const seconds = (list: string) => list.split(',').reduce((sum, value) => sum + (parseFloat(value) || 0) * (value.trim().endsWith('ms') ? 0.001 : 1), 0);
  const animated = style.animationName.split(',').some((name) => name.trim() !== 'none');
  return seconds(style.transitionDuration) + (animated ? seconds(style.animationDuration) : 0);
}

const shadowPart = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('prefers-reduced-motion (set in the browser, not emulated)', () => {
  before(() => {
    // Without this the rest would test nothing: the group's launch settings must have taken effect.
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the browser prefers reduced motion').to.equal(true);
  });

  it('refresh: hides the moving countdown bar, keeps the number, and the switch does not slide', async () => {
    const el = await fixture<AdminSessionsRefresh>(
      html`<admin-sessions-refresh enabled interval="30" .nextDueAt=${Date.now() + 30_000}></admin-sessions-refresh>`,
    );
    expect(getComputedStyle(shadowPart(el, 'countdown')!).display).to.equal('none');
    expect(getComputedStyle(shadowPart(el, 'countdown-label')!).display).to.not.equal('none');
    expect(shadowPart(el, 'countdown-label')!.textContent).to.match(/Next refresh in \d+ s/);
    const track = el.shadowRoot!.querySelector('.track')!;
    const thumb = el.shadowRoot!.querySelector('.thumb')!;
    expect(motionSeconds(track), 'switch track').to.equal(0);
    expect(motionSeconds(thumb), 'switch thumb').to.equal(0);
  });

  it('table: new rows are marked without the 2 s fade', async () => {
    const entries = makeEntries(20);
    const el = await fixture<AdminSessionsTable>(
      html`<admin-sessions-table style="--admin-sessions-table-height: 400px" .entries=${entries} .newIds=${new Set([entries[0]!.id])}></admin-sessions-table>`,
    );
    await el.updateComplete;
    await nextFrame();
    const fresh = el.shadowRoot!.querySelector(`tr[data-id="${entries[0]!.id}"]`)!;
    expect(fresh.hasAttribute('data-new'), 'the new row is marked').to.equal(true);
    expect(motionSeconds(fresh)).to.equal(0);
  });

  it('histogram: the tooltip jumps to the bar under the pointer instead of gliding', async () => {
    const el = await mountHistogram();
    await moveTo(bucketPoint(el, 10));
    await until(() => histogramPart(el, 'tooltip') !== null, 'the tooltip to show');
    expect(motionSeconds(histogramPart(el, 'tooltip')!)).to.equal(0);
  });

  it('range: the panel and its calendar appear without animation', async () => {
    const el = await fixture<AdminSessionsRange>(html`<admin-sessions-range locale="en"></admin-sessions-range>`);
    await openPanel(el);
    // The calendar is inline in the panel, so flatpickr's own fade-in (`.animate.open`) never runs.
    expect(motionSeconds(shadowPart(el, 'panel')!), 'panel').to.equal(0);
    expect(motionSeconds(el.shadowRoot!.querySelector('.flatpickr-calendar')!), 'calendar').to.equal(0);
  });
});

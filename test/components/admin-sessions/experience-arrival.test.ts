import { expect, fixture, fixtureSync, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { installFakeClock } from '../../helpers/fake-clock.js';
import { FIRST_RENDER_HOLD_MS } from '../../../src/data/defaults.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { makeEntries } from '../../helpers/entries.js';
import { deferred, rowsOf, shadowPart, until } from '../../helpers/msw.js';

/**
 * Issue 16, point 10: no jump when the widget arrives. Before its script runs, the README's
 * `admin-sessions:not(:defined)` rule holds its place; from its first render it shows skeleton
 * rows at the height it keeps when the rows arrive.
 */

/** A log whose first page waits until the test lets it go. */
function heldLog(): { fetchPage: FetchPage; release: () => void } {
  const gate = deferred();
  const entries = makeEntries(100, Date.now());
  const fetchPage: FetchPage = async ({ limit }) => {
    await gate.promise;
    return { entries: entries.slice(0, limit), total: entries.length, nextCursor: null };
  };
  return { fetchPage, release: () => gate.resolve() };
}

/** The README's `admin-sessions:not(:defined)` rule, as written in its HTML snippet. */
async function readmeRule(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const html = [...readme.matchAll(/^```html\n([\s\S]*?)^```$/gm)][0]![1]!;
  const rule = html.match(/admin-sessions:not\(:defined\)\s*\{[^}]*\}/);
  if (!rule) throw new Error('no admin-sessions:not(:defined) rule in the README’s HTML snippet');
  return rule[0];
}

/** Height of an `<admin-sessions>` whose script has not run, `width` px wide, styled by `rule` alone. */
async function undefinedHeight(rule: string, width: number): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 1200px; border: 0`;
  frame.srcdoc = `<!doctype html><style>body { margin: 0 } ${rule}</style><admin-sessions endpoint="/x"></admin-sessions>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const element = frame.contentDocument!.querySelector('admin-sessions')!;
    expect(frame.contentWindow!.customElements.get('admin-sessions'), 'not defined in the frame').to.equal(undefined);
    return element.getBoundingClientRect().height;
  } finally {
    frame.remove();
  }
}

describe('<admin-sessions> no jump when it arrives', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows skeleton rows once its first render has waited for the first page, and keeps its height when the rows replace them', async () => {
    await setViewport({ width: 1440, height: 1000 });
    const log = heldLog();
    // `updateComplete` (which the fixture awaits) is the first full render: the first page is not answered yet.
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" .fetchPage=${log.fetchPage}></admin-sessions>`);
    const skeleton = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="skeleton-row"]')];
    expect(skeleton.length, 'skeleton rows in the first render').to.be.greaterThan(3);
    expect(skeleton.every((row) => row.getBoundingClientRect().height > 0), 'laid out').to.equal(true);
    expect(rowsOf(el).length).to.equal(0);
    expect(shadowPart(el, 'loading')!.textContent).to.include('Loading');
    await nextFrame();
    const first = el.getBoundingClientRect().height;

    log.release();
    await until(() => rowsOf(el).length > 5, 'no rows');
    await partsSettled(el);
    await nextFrame();
    expect(el.shadowRoot!.querySelectorAll('[part~="skeleton-row"]').length, 'the rows replaced the skeleton').to.equal(0);
    expect(el.getBoundingClientRect().height, 'the same height with rows').to.be.closeTo(first, 0.5);
  });

  it('with the README’s :not(:defined) rule, the tag takes the height the widget has while loading', async () => {
    await setViewport({ width: 1440, height: 1000 });
    const log = heldLog();
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale="en" .fetchPage=${log.fetchPage}></admin-sessions>`);
    await nextFrame();
    const loading = el.getBoundingClientRect();
    const placeholder = await undefinedHeight(await readmeRule(), loading.width);
    expect(placeholder, 'the tag before its script ran').to.be.closeTo(loading.height, 4);
    log.release();
  });

  it('takes the height the README’s table of widths says while loading (the placeholder of its first render too), and keeps it when the rows and the tools come', async function () {
    this.timeout(30000);
    await setViewport({ width: 1600, height: 1000 });
    const readme = await (await fetch('/README.md')).text();
    const rows = [...readme.matchAll(/^\| ((?:below )?[\d,]+)[^|]*\| ([\d.]+)rem/gm)];
    expect(rows.length, 'the README’s table of widths').to.be.at.least(4);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const [, width, add] of rows) {
      const below = width!.startsWith('below');
      const px = Number(width!.replace(/\D/g, '')) * (below ? 0.6 : 1);
      const log = heldLog();
      // The first render's wait on a fake clock: the placeholder stays until the test moves it.
      const clock = installFakeClock(Date.now());
      let wrapper: HTMLElement;
      let el: AdminSessions;
      try {
        wrapper = fixtureSync<HTMLElement>(html`<div style="width: ${px}px"><admin-sessions cache="none" locale="en" .fetchPage=${log.fetchPage}></admin-sessions></div>`);
        el = wrapper.firstElementChild as AdminSessions;
        // Frame by frame: `until` polls with timers, which are fake here.
        for (let frame = 0; !el.shadowRoot?.querySelector('.held'); frame++) {
          if (frame > 300) throw new Error('no placeholder');
          await nextFrame();
        }
        await nextFrame();
        expect(el.getBoundingClientRect().height / rem - 32, `the placeholder at ${px} px wide`).to.be.closeTo(Number(add), 0.25);
        await clock.tickAsync(FIRST_RENDER_HOLD_MS);
      } finally {
        clock.restore();
      }
      await until(() => shadowPart(el, 'loading'), 'no skeleton');
      await el.updateComplete;
      await nextFrame();
      const loading = el.getBoundingClientRect().height;
      expect(loading / rem - 32, `at ${px} px wide`).to.be.closeTo(Number(add), 0.25);
      // The rows, then the tools that come after them (the time buttons, Views, Columns) in the room kept for them.
      log.release();
      await until(() => rowsOf(el).length > 5, 'no rows');
      await partsSettled(el);
      await nextFrame();
      expect(el.getBoundingClientRect().height, `at ${px} px wide, with the rows and the tools`).to.be.closeTo(loading, 0.5);
      wrapper.remove();
    }
  });

  it('the demo pages use the README’s rule', async () => {
    const rule = (await readmeRule()).replace(/\s+/g, ' ');
    for (const sheet of ['/demo/demo.css', '/demo/admin-template.css']) {
      const css = (await (await fetch(sheet)).text()).replace(/\s+/g, ' ');
      const body = rule.slice(rule.indexOf('{') + 1, rule.indexOf('}')).trim().replace(/;$/, '');
      for (const declaration of body.split(';').map((part) => part.trim())) expect(css, sheet).to.include(declaration);
    }
  });
});

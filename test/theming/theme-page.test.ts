import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import themesCss from '../../demo/themes.css?inline';
import { makeEntries } from '../helpers/entries.js';
import { rowsOf, tableOf, until } from '../helpers/msw.js';
import { openPanel } from '../components/admin-sessions-range/helpers.js';

const entries = makeEntries(40, Date.now() - 60_000);
const fetchPage: FetchPage = async () => ({ entries, total: entries.length, nextCursor: null });

/** Mounts the widget as demo/theme.html does: a theme class on the element, the demo's density. */
async function mount(theme: 'theme-puqcloud' | 'theme-terminal' | null): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(html`<admin-sessions
    class=${theme ?? ''}
    cache="none"
    density=${theme === 'theme-puqcloud' ? 'compact' : 'comfortable'}
  ></admin-sessions>`);
  el.fetchPage = fetchPage;
  await until(() => rowsOf(el).length > 3, 'no rows');
  return el;
}

/** What a person sees of one look, read from the computed styles inside the shadow roots. */
function look(el: AdminSessions) {
  const table = tableOf(el).shadowRoot!;
  const header = table.querySelector('th[part~="header-cell"]')!;
  const row = rowsOf(el)[0]!;
  const web = table.querySelector('[part~="type-web"]')!;
  const trigger = el.shadowRoot!.querySelector('admin-sessions-range')!.shadowRoot!.querySelector('[part~="trigger"]')!;
  return {
    frameBackground: getComputedStyle(el).backgroundColor,
    frameRadius: getComputedStyle(el).borderTopLeftRadius,
    headerBackground: getComputedStyle(header).backgroundColor,
    headerTransform: getComputedStyle(header).textTransform,
    cellFont: getComputedStyle(row.querySelector('td')!).fontFamily,
    cellColor: getComputedStyle(row.querySelector('td')!).color,
    rowHeight: Math.round(row.getBoundingClientRect().height),
    webBadgeColor: getComputedStyle(web).color,
    webBadgeBackground: getComputedStyle(web).backgroundColor,
    rangeBackground: getComputedStyle(trigger).backgroundColor,
    rangeColor: getComputedStyle(trigger).color,
  };
}

/**
 * The histogram's colours as drawn: the fill of a WEB and an API bar that have height (so they are
 * seen), and the legend's swatches.
 */
async function histogramLook(el: AdminSessions) {
  await until(() => el.shadowRoot!.querySelector('admin-sessions-histogram'), 'no histogram');
  const histogram = el.shadowRoot!.querySelector('admin-sessions-histogram')!;
  const tall = (name: string) => histogram.shadowRoot?.querySelector(`[part~="${name}"]:not([height="0"])`) ?? null;
  await until(() => tall('bar-web') && tall('bar-api'), 'no WEB and API bars drawn');
  const swatch = (kind: string) => getComputedStyle(histogram.shadowRoot!.querySelector(`.swatch.${kind}`)!).backgroundColor;
  return {
    web: getComputedStyle(tall('bar-web')!).fill,
    api: getComputedStyle(tall('bar-api')!).fill,
    webSwatch: swatch('web'),
    apiSwatch: swatch('api'),
  };
}

/** Every stylesheet of every shadow root under `root`: what the elements style themselves with. */
function shadowSheets(root: Element): CSSStyleSheet[] {
  const sheets: CSSStyleSheet[] = [];
  const visit = (element: Element) => {
    const shadow = element.shadowRoot;
    if (shadow) {
      sheets.push(...shadow.adoptedStyleSheets, ...[...shadow.styleSheets]);
      shadow.querySelectorAll('*').forEach(visit);
    }
  };
  visit(root);
  root.querySelectorAll('*').forEach(visit);
  return sheets;
}

describe('the theme demo page (demo/theme.html + demo/themes.css)', function () {
  this.timeout(30_000);
  let style: HTMLStyleElement;

  before(() => {
    style = document.createElement('style');
    style.textContent = themesCss;
    document.head.append(style);
  });
  after(() => style.remove());

  it('gives the PUQcloud look: light header, filled badges, compact rows', async () => {
    const base = look(await mount(null));
    const puq = look(await mount('theme-puqcloud'));
    expect(puq.headerBackground).to.equal('rgb(248, 249, 250)');
    expect(puq.webBadgeBackground, 'WEB badge filled green').to.equal('rgb(40, 167, 69)');
    expect(puq.webBadgeColor, 'white text on the badge').to.equal('rgb(255, 255, 255)');
    expect(puq.cellColor).to.equal('rgb(33, 37, 41)');
    expect(puq.cellFont).to.contain('Source Sans Pro');
    expect(puq.frameRadius).to.equal('4px');
    // Compared with the default look, the things a person notices all change.
    expect(puq.headerBackground).to.not.equal(base.headerBackground);
    expect(puq.webBadgeBackground).to.not.equal(base.webBadgeBackground);
    expect(puq.cellFont).to.not.equal(base.cellFont);
    expect(puq.rowHeight, 'compact rows are lower').to.be.lessThan(base.rowHeight);
  });

  it('gives the terminal look: dark, monospace, upper-case headers, green badges', async () => {
    const base = look(await mount(null));
    const terminal = look(await mount('theme-terminal'));
    expect(terminal.frameBackground).to.equal('rgb(11, 15, 12)');
    expect(terminal.headerBackground).to.equal('rgb(16, 26, 18)');
    expect(terminal.headerTransform).to.equal('uppercase');
    expect(terminal.cellFont).to.contain('monospace');
    expect(terminal.cellColor).to.equal('rgb(182, 247, 193)');
    expect(terminal.webBadgeColor).to.equal('rgb(57, 255, 136)');
    expect(terminal.frameRadius).to.equal('0px');
    expect(base.headerTransform).to.equal('none');
    for (const key of ['frameBackground', 'headerBackground', 'cellFont', 'cellColor', 'webBadgeColor'] as const) {
      expect(terminal[key], key).to.not.equal(base[key]);
    }
  });

  it('the two looks differ from each other', async () => {
    const puq = look(await mount('theme-puqcloud'));
    const terminal = look(await mount('theme-terminal'));
    for (const key of ['frameBackground', 'headerBackground', 'cellFont', 'cellColor', 'webBadgeColor', 'rowHeight', 'headerTransform'] as const) {
      expect(terminal[key], key).to.not.equal(puq[key]);
    }
  });

  it('the range picker in the toolbar takes the theme too (no white button in the dark look)', async () => {
    const terminal = look(await mount('theme-terminal'));
    expect(terminal.rangeBackground).to.equal('rgb(11, 15, 12)');
    expect(terminal.rangeColor).to.equal('rgb(182, 247, 193)');
    const puq = look(await mount('theme-puqcloud'));
    expect(puq.rangeColor).to.equal('rgb(33, 37, 41)');
  });

  it('the range picker’s selected days take each look’s accent, with readable text on it', async () => {
    const selectedDay = async (el: AdminSessions) => {
      const range = el.shadowRoot!.querySelector('admin-sessions-range')!;
      await openPanel(range);
      const day = range.shadowRoot!.querySelector('.flatpickr-day.selected')!;
      const style = getComputedStyle(day);
      return `${style.backgroundColor} / ${style.color}`;
    };
    expect(await selectedDay(await mount('theme-puqcloud'))).to.equal('rgb(0, 123, 255) / rgb(255, 255, 255)');
    expect(await selectedDay(await mount('theme-terminal'))).to.equal('rgb(57, 255, 136) / rgb(11, 15, 12)');
  });

  it('the histogram’s bars and legend take each look’s WEB and API colours', async () => {
    const base = await histogramLook(await mount(null));
    const puq = await histogramLook(await mount('theme-puqcloud'));
    const terminal = await histogramLook(await mount('theme-terminal'));
    // The same colours as the look's WEB/API badges.
    expect(puq).to.deep.equal({ web: 'rgb(40, 167, 69)', api: 'rgb(23, 162, 184)', webSwatch: 'rgb(40, 167, 69)', apiSwatch: 'rgb(23, 162, 184)' });
    expect(terminal).to.deep.equal({ web: 'rgb(57, 255, 136)', api: 'rgb(255, 210, 63)', webSwatch: 'rgb(57, 255, 136)', apiSwatch: 'rgb(255, 210, 63)' });
    expect(base.web, 'the default look differs').to.not.equal(puq.web);
    expect(base.api, 'the default look differs').to.not.equal(terminal.api);
  });

  it('a page rule overrides the element’s own styles without !important', async () => {
    const override = document.createElement('style');
    override.textContent = `
      admin-sessions.theme-terminal { border-top-width: 5px; border-top-left-radius: 7px; }
      admin-sessions.theme-terminal::part(header-cell) { background-color: rgb(1, 2, 3); padding-top: 17px; }
      admin-sessions.theme-terminal::part(type-web) { color: rgb(4, 5, 6); }
    `;
    document.head.append(override);
    try {
      const el = await mount('theme-terminal');
      const header = tableOf(el).shadowRoot!.querySelector('th[part~="header-cell"]')!;
      expect(getComputedStyle(el).borderTopWidth).to.equal('5px');
      expect(getComputedStyle(el).borderTopLeftRadius).to.equal('7px');
      expect(getComputedStyle(header).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(header).paddingTop).to.equal('17px');
      expect(getComputedStyle(tableOf(el).shadowRoot!.querySelector('[part~="type-web"]')!).color).to.equal('rgb(4, 5, 6)');
    } finally {
      override.remove();
    }
  });

  it('every element keeps its styles in the admin-sessions cascade layer', async () => {
    const el = await mount(null);
    el.shadowRoot!.querySelector('admin-sessions-table')!.dispatchEvent(
      new CustomEvent('admin-sessions-row-toggle', { detail: { id: entries[0]!.id }, bubbles: true, composed: true }),
    );
    await until(() => el.shadowRoot!.querySelector('admin-sessions-details')?.shadowRoot?.querySelector('section'), 'no details');
    const unlayered: string[] = [];
    const sheets = shadowSheets(el);
    for (const sheet of sheets) {
      for (const rule of sheet.cssRules) {
        const inLayer = rule instanceof CSSLayerBlockRule && /^admin-sessions(\.|$)/.test(rule.name);
        if (!inLayer) unlayered.push(rule.cssText.slice(0, 80));
      }
    }
    expect(sheets.length, 'stylesheets found in the shadow roots').to.be.greaterThan(5);
    expect(unlayered).to.deep.equal([]);
  });
});

describe('demo/themes.css itself', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themesCss);
  const rules = [...sheet.cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);

  it('reaches inside the element only through ::part()', () => {
    expect(rules.length, 'rules parsed').to.be.greaterThan(10);
    expect([...sheet.cssRules].length, 'no at-rules or unparsed rules').to.equal(rules.length);
    const selectors = rules.flatMap((rule) => rule.selectorText.split(',').map((selector) => selector.trim()));
    // The host element with a theme class, optionally one ::part() with pseudo-classes after it.
    const allowed = /^admin-sessions\.theme-[a-z-]+(::part\([a-z-]+\)(:[a-z-]+(\([^()]*\))?)*)?$/;
    expect(selectors.filter((selector) => !allowed.test(selector))).to.deep.equal([]);
    // Nothing that pierces or reaches into a shadow tree another way, even in a comment.
    for (const piercing of ['/deep/', '>>>', '::shadow', ':host', '::slotted', '::theme', '::v-deep']) {
      expect(themesCss.includes(piercing), piercing).to.equal(false);
    }
  });

  it('uses no !important and only --admin-sessions-* custom properties', () => {
    expect(themesCss.includes('!important')).to.equal(false);
    const custom = rules.flatMap((rule) => [...rule.style].filter((name) => name.startsWith('--')));
    expect(custom.length).to.be.greaterThan(10);
    expect(custom.filter((name) => !name.startsWith('--admin-sessions-'))).to.deep.equal([]);
  });

  it('sets only custom properties the elements read (a misspelt one would do nothing)', async () => {
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none"></admin-sessions>`);
    el.fetchPage = fetchPage;
    await until(() => rowsOf(el).length > 3, 'no rows');
    // The histogram reads its own properties: wait until its chunk has drawn it (it comes after the rows).
    await until(() => el.shadowRoot!.querySelector('admin-sessions-histogram')?.shadowRoot?.adoptedStyleSheets.length, 'no histogram');
    const read = shadowSheets(el)
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    const set = new Set(rules.flatMap((rule) => [...rule.style].filter((name) => name.startsWith('--'))));
    expect([...set].filter((name) => !read.includes(`var(${name}`))).to.deep.equal([]);
  });
});

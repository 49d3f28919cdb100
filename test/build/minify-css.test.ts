/**
 * The builds minify the elements' `css` literals (vite.config.ts, scripts/minify-css.mjs); the
 * tests run the sources. This shows the browser reads every element's styles the same both ways:
 * each stylesheet is parsed as written and as minified, and the parsed rules must be identical.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { minifyCss } from '../../scripts/minify-css.mjs';
import { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { AdminSessionsDetails } from '../../src/components/admin-sessions-details/admin-sessions-details.js';
import { AdminSessionsHistogram } from '../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import { AdminSessionsRange } from '../../src/components/admin-sessions-range/admin-sessions-range.js';
import { AdminSessionsRefresh } from '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import { AdminSessionsTable } from '../../src/components/admin-sessions-table/admin-sessions-table.js';

const ELEMENTS = { AdminSessions, AdminSessionsDetails, AdminSessionsHistogram, AdminSessionsRange, AdminSessionsRefresh, AdminSessionsTable };

function texts(styles: CSSResultGroup | undefined): string[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap((style) => texts(style as CSSResultGroup));
  return 'cssText' in styles ? [styles.cssText] : [];
}

/**
 * The rules as the browser parsed them, nested rules included. The browser normalises the spaces in
 * every standard property; a custom property keeps its tokens as written, so there the one
 * difference minifying makes, the space after a comma (`var(--a, b)`), is normalised here too: it
 * changes nothing once the value is substituted.
 */
function parsed(css: string): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((rule) => rule.cssText).join('\n').replace(/,\s+/g, ',');
}

describe('minified styles (the builds) mean what the sources say', () => {
  for (const [name, element] of Object.entries(ELEMENTS)) {
    it(`${name}: every stylesheet parses to the same rules`, () => {
      const sheets = texts((element as unknown as { styles?: CSSResultGroup }).styles);
      expect(sheets.length, 'stylesheets').to.be.greaterThan(0);
      for (const css of sheets) {
        const minified = minifyCss(css);
        expect(parsed(minified)).to.equal(parsed(css));
        expect(parsed(css).length, 'rules were parsed').to.be.greaterThan(100);
      }
    });
  }

  it('changes nothing that is meaningful in these places (a control)', () => {
    // A space before `:` is a descendant combinator and stays; a space after it never matters.
    expect(minifyCss('a :hover { color : red ; }\n/* note */ b , c { margin: 0 1px }')).to.equal('a :hover{color :red}b,c{margin:0 1px}');
    expect(parsed(minifyCss('a :hover { color : red }'))).to.not.equal(parsed('a:hover { color: red }'));
    // Quotes off a plain-name attribute value, a leading zero off a number but in a custom property,
    // no `;` before `}`, no spaces around `>` or before `!important`; a value that is not a name keeps its quotes.
    const source = "[part~='a'] > b { margin: 0.5rem -0.25em; --x: 0.5rem; color: red !important; }\n[data-n='1'] { top: 10.5px }";
    expect(minifyCss(source)).to.equal("[part~=a]>b{margin:.5rem -.25em;--x:0.5rem;color:red!important}[data-n='1']{top:10.5px}");
    expect(parsed(minifyCss(source))).to.equal(parsed(source));
  });
});

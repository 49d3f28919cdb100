// flatpickr's stylesheet as the range picker uses it: an inline range calendar with a time row.
// Left out: the rules of what it never shows (the pop-up's open/static states, arrow and animation,
// several months, week numbers, a time-only picker, seconds, disabled days and months, as it sets no
// limits, a static month name) and vendor-prefixed declarations beside the standard ones: ~0.9 KiB
// gzip of a chunk with a size budget. Used by vite.config.ts (builds) and web-test-runner.config.mjs
// (tests), so the tests see what ships.

/** Selectors of what the picker never shows. */
const UNUSED = /\.(open|static|animate|multiMonth|hasWeeks|noCalendar|hasSeconds|rightMost|centerMost|arrow(Top|Bottom|Left|Right|Center)|week|hidden|notAllowed|flatpickr-disabled)\b|flatpickr-(weekwrapper|weeks|second|input|wrapper)\b|span\.cur-month|span svg|\.flatpickr-calendar:(before|after)|::-ms-clear|\[disabled\]|dayContainer ?\+/;

const PREFIX = /^-(webkit|moz|ms|o)-/;

/**
 * A declaration list without vendor-prefixed declarations (name or value): every browser the
 * widget supports reads the standard ones the same rule has. Kept for prefixed pseudo-elements
 * (`::-webkit-inner-spin-button`), which only the prefixed declarations style.
 */
function withoutPrefixed(block, selectors) {
  const declarations = block.split(';').filter((declaration) => declaration.trim() !== '');
  if (/::-/.test(selectors)) return declarations.join(';');
  return declarations
    .filter((declaration) => {
      const colon = declaration.indexOf(':');
      return !PREFIX.test(declaration.slice(0, colon).trim()) && !PREFIX.test(declaration.slice(colon + 1).trim());
    })
    .join(';');
}

/** flatpickr.min.css (no nesting but `@keyframes`) trimmed as above. */
export function trimFlatpickrCss(css) {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@(-webkit-)?keyframes\s+fpFadeInDown\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  let out = '';
  for (const [, selectorList, block] of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = selectorList.split(',').filter((selector) => !UNUSED.test(selector));
    const declarations = withoutPrefixed(block, selectorList);
    if (selectors.length > 0 && declarations !== '') out += `${selectors.join(',').trim()}{${declarations}}`;
  }
  return out;
}

// flatpickr's stylesheet as the range picker uses it: an inline range calendar with a time row.
// Left out: the rules of what it never shows (the pop-up's open/static states, arrow and animation,
// several months, week numbers, a time-only picker, seconds, disabled days and months, as it sets no
// limits, a static month name), vendor-prefixed declarations beside the standard ones, and the
// colours it paints in (its light-page greys and blue): the element's palette paints every one of them
// (admin-sessions-range.styles.ts, in a layer above this one), so they never showed. ~1.3 KiB gzip of a
// chunk with a size budget. Used by vite.config.ts (builds) and web-test-runner.config.mjs
// (tests), so the tests see what ships.

/** Selectors of what the picker never shows. */
const UNUSED = /\.(open|static|animate|multiMonth|hasWeeks|noCalendar|hasSeconds|rightMost|centerMost|arrow(Top|Bottom|Left|Right|Center)|week|hidden|notAllowed|flatpickr-disabled)\b|flatpickr-(weekwrapper|weeks|second|input|wrapper)\b|span\.cur-month|span svg|\.flatpickr-calendar:(before|after)|::-ms-clear|\[disabled\]|dayContainer ?\+/;

const PREFIX = /^-(webkit|moz|ms|o)-/;

/**
 * A declaration that paints in one of flatpickr's own colours (`#393939`, `rgba(0,0,0,0.9)`):
 * `transparent`, `none` and `inherit` stay (a form field's own background and colour need them).
 */
const PAINT = /^(color|fill|background|background-color|border(-top|-bottom)?-color|box-shadow)$/;
const LITERAL_COLOUR = /#[\da-f]{3,8}\b|rgba?\(/i;

/**
 * A declaration list without vendor-prefixed declarations (name or value): every browser the
 * widget supports reads the standard ones the same rule has; and without flatpickr's colours
 * (PAINT). Kept whole for prefixed pseudo-elements (`::-webkit-inner-spin-button`), which only the
 * prefixed declarations style.
 */
function withoutPrefixed(block, selectors) {
  const declarations = block.split(';').filter((declaration) => declaration.trim() !== '');
  if (/::-/.test(selectors)) return declarations.join(';');
  return declarations
    .filter((declaration) => {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).trim();
      return !PREFIX.test(name) && !PREFIX.test(value) && !(PAINT.test(name) && LITERAL_COLOUR.test(value));
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

// flatpickr's stylesheet without the rules for what the range picker never turns on: it shows one
// month inline in its own panel, without week numbers or the mobile input, so the pop-up's arrows
// and opening animation, week numbers, several months and static positioning never apply. The
// builds use it (vite.config.ts); test/build/trim-flatpickr-css.test.ts shows an open picker looks
// the same with either stylesheet.

/** Classes of features the picker does not use (flatpickr adds them only when they are on). */
const UNUSED = /\.(animate|arrowTop|arrowBottom|arrowLeft|arrowRight|arrowCenter|rightMost|hasWeeks|flatpickr-weekwrapper|flatpickr-weeks|weekNumber|multiMonth|static)\b|fpFadeInDown/;

/** @param {string} css @returns {string} */
export function trimFlatpickrCss(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    // The block's end: the brace that closes this one (keyframes hold nested blocks).
    let depth = 0;
    let end = open;
    for (; end < css.length; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}' && --depth === 0) break;
    }
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open, end + 1);
    i = end + 1;
    if (prelude.startsWith('@')) {
      if (!UNUSED.test(prelude)) out += prelude + body;
      continue;
    }
    const selectors = prelude.split(',').filter((selector) => !UNUSED.test(selector));
    if (selectors.length) out += selectors.join(',') + body;
  }
  return out;
}

// Whitespace and comments out of the text of a `css` literal, for the builds (vite.config.ts).
// Runs of whitespace become one space; spaces next to `{ } ; ,` and after `:` go. None of that
// changes what CSS means outside strings, and the elements' styles have no strings with these
// characters: test/build/minify-css.test.ts parses every element's styles both ways in the browser
// and compares the rules.

/**
 * @param {string} css
 * @param {boolean} [whole] false for a piece between `${}` expressions: a run of whitespace at
 *   either end stays one space (the expression may need it), only the whole text is trimmed.
 * @returns {string}
 */
export function minifyCss(css, whole = true) {
  const out = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':');
  return whole ? out.trim() : out;
}

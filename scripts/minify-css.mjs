// Whitespace and comments out of the text of a `css` literal, for the builds (vite.config.ts).
// Runs of whitespace become one space; spaces next to `{ } ; , >` and after `:` go, and before
// `!important`; the `;` before `}` goes; a quoted attribute-selector value that is a plain name loses
// its quotes (`[part~='x']` → `[part~=x]`); a number's leading zero goes (`0.5rem` → `.5rem`) but in
// values the browser keeps as written (custom properties, values with `var()`). None of that changes what CSS means
// outside strings, and the elements' styles have no strings with these characters:
// test/build/minify-css.test.ts parses every element's styles both ways in the browser and compares
// the rules.

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
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/ !important/g, '!important')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)([~|^$*]?=)'(-?[a-zA-Z_][\w-]*)'\]/g, '[$1$2$3]')
    // A custom property's value, or one with `var()`, is kept as written: the browser keeps it so.
    .replace(/([\w-]+:)([^;{}]*)/g, (declaration, name, value) =>
      name.startsWith('--') || value.includes('var(') ? declaration : name + value.replace(/(^|[\s,(]-?)0\.(\d)/g, '$1.$2'),
    );
  return whole ? out.trim() : out;
}

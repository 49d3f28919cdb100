// flatpickr's code as the range picker uses it: always an inline calendar (`inline: true`,
// `disableMobile: true`, see src/components/admin-sessions-range/calendar.ts). Left out: what only a
// pop-up or a mobile calendar runs: positionCalendar's placement next to the input after its
// `if (self.config.inline) return;`, setupMobile's native input (flatpickr calls it only when
// `isMobile`, never with `inline`), a pop-up's opening and closing on an outside click, the width of
// a calendar with week numbers or several months, the week numbers' column, the page stylesheet a
// centred pop-up writes to, placing a pop-up on resize, `enable`/`disable` day rules (CUTS below). ~1.2 KiB
// gzip of the calendar chunk. Used by vite.config.ts
// (builds) and web-test-runner.config.mjs (tests), so the tests run what ships. Written for flatpickr
// 4.6.13 (pinned): a function not found as expected fails the build and the tests.

/** What stays of each function: its text up to the end of `keep` (or its opening `{`). */
const CUTS = [
  { name: 'positionCalendar', keep: /\{[^]*?if \(self\.config\.inline\)\s*return;/ },
  { name: 'setupMobile', keep: /\{/ },
  // Closes a pop-up on a click outside, `if (self.isOpen && !self.config.inline)`.
  { name: 'documentClick', keep: /\{/ },
  // Opens a pop-up: what follows `self.config.inline` → return.
  { name: 'open', keep: /\{[^]*?else if \(self\._input\.disabled \|\| self\.config\.inline\) \{\s*return;\s*\}/ },
  // Checks a day against `enable`/`disable` rules (the picker sets none).
  { name: 'isEnabled', keep: /\{[^]*?if \(!self\.config\.enable && self\.config\.disable\.length === 0\)\s*return true;/ },
  // Measures a calendar with week numbers or several months (the picker shows neither).
  { name: 'setCalendarWidth', keep: /\{[^]*?if \(config\.weekNumbers === false && config\.showMonths === 1\) \{\s*return;\s*\}/ },
  // Builds the week numbers' column (called only with `weekNumbers`).
  { name: 'buildWeeks', keep: /\{/ },
  // Find or make a page stylesheet to place a pop-up centred (called only from the cut part of positionCalendar).
  { name: 'getDocumentStyleSheet', keep: /\{/ },
  { name: 'createStyleSheet', keep: /\{/ },
  // Places a pop-up again when the window resizes (an inline calendar is not placed).
  { name: 'onResize', keep: /\{/ },
];

/** The index of the `}` that closes the `{` at `open` (flatpickr's ES5 code: strings in quotes only). */
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const char = code[i];
    if (char === '"' || char === "'") {
      for (i++; code[i] !== char; i++) if (code[i] === '\\') i++;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The ranges `[start, end)` of flatpickr/dist/esm/index.js left out: from the end of `keep` to the
 * function's closing `}` (whatever the formatting: the test server serves it re-printed).
 * @param {string} code
 * @returns {[number, number][]}
 */
export function flatpickrCuts(code) {
  return CUTS.map(({ name, keep }) => {
    const at = code.indexOf(`function ${name}(`);
    const open = at < 0 ? -1 : code.indexOf('{', at);
    const end = open < 0 ? -1 : closing(code, open);
    const kept = end < 0 ? null : keep.exec(code.slice(open, end));
    if (!kept || kept.index !== 0) throw new Error(`scripts/flatpickr-js.mjs: flatpickr's ${name} is not as expected (another flatpickr version?)`);
    return [open + kept[0].length, end];
  });
}

/** flatpickr/dist/esm/index.js trimmed as above. */
export function trimFlatpickrJs(code) {
  let out = code;
  for (const [start, end] of flatpickrCuts(code).sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

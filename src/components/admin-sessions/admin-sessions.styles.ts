import { css } from 'lit';
import { theme } from '../../internal/theme.js';
import { visuallyHidden } from '../../internal/styles.js';

export default [
  theme,
  css`
  @layer admin-sessions {
    :host {
      display: block;
      font-family: var(--admin-sessions-font-family, system-ui, sans-serif);
      font-size: var(--admin-sessions-font-size, 0.875rem);
      /* The widget's own, like its font: a page's body line-height (Bootstrap's 1.5) would stretch every control. */
      line-height: normal;
      color: var(--_color);
      background: var(--_background);
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
    }
    [hidden] {
      display: none !important;
    }
    /*
     * The host does not clip (the range panel must reach past a short widget), so the toolbar and
     * the last part inside round with the frame: a themed toolbar background, a highlighted last row
     * or the open details panel keep to the rounded corners. (The live region comes first.)
     */
    [part~='base'] {
      --_inner-radius: max(0px, calc(var(--_radius) - 1px));
    }
    /*
     * While the first render waits for the first page: the height the widget has while loading, at
     * the widths the README's table lists (what its :not(:defined) rule is told to hold), less the border.
     */
    .held {
      container-type: inline-size;
    }
    .held > div {
      --_add: 14.75rem;
      height: calc(var(--admin-sessions-table-height, 32rem) + var(--_add) - var(--_no-histogram, 0px) - 2px);
    }
    .held.no-histogram {
      --_no-histogram: 7.1rem;
    }
    @container (width < 85.6rem) {
      .held > div {
        --_add: 17rem;
      }
    }
    @container (width < 79.1rem) {
      .held > div {
        --_add: 19rem;
      }
    }
    @container (width < 47.25rem) {
      .held > div {
        --_add: 21.25rem;
      }
    }
    @container (width < 43.5rem) {
      .held > div {
        --_add: 14.5rem;
      }
    }
    .toolbar {
      border-start-start-radius: var(--_inner-radius);
      border-start-end-radius: var(--_inner-radius);
    }
    [part~='base'] > :last-child {
      border-end-start-radius: var(--_inner-radius);
      border-end-end-radius: var(--_inner-radius);
      overflow: clip;
    }
    /*
     * The range picker's panel (a pop-up below its button) sizes itself to the toolbar's width
     * through this container; the host does not clip it, so a panel taller than a short widget
     * (loading, an error, few rows) still shows Apply.
     */
    .toolbar {
      container-type: inline-size;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--_border-color);
    }
    /*
     * Parts loaded on demand (parts.ts) keep their place until their chunk defines them, so nothing
     * moves when one arrives: about the size each takes once drawn (1440 px, English).
     */
    admin-sessions-range:not(:defined),
    admin-sessions-refresh:not(:defined) {
      display: inline-block;
      max-inline-size: 100%;
    }
    admin-sessions-range:not(:defined) {
      inline-size: 8.25rem;
      /* As tall as its button, or the time zone select beside it: the line keeps its height. */
      block-size: 1.875rem;
    }
    admin-sessions-refresh:not(:defined) {
      /* Its switch, interval, "Refresh now" and the room its status keeps (refresh styles). */
      inline-size: 38rem;
      block-size: 1.5rem;
    }
    admin-sessions-histogram:not(:defined),
    .histogram-slot,
    .part-failed[data-part='histogram'] {
      display: block;
      /* The chart, its axis and legend (2.375rem) and the padding below (0.75rem). */
      box-sizing: border-box;
      block-size: calc(var(--admin-sessions-histogram-height, 4rem) + 3.125rem);
    }
    /* The facets panel: one height, from the toggle on (its chunk on its way too) and whatever its counts. */
    admin-sessions-facets,
    .facets-slot {
      display: block;
      block-size: var(--admin-sessions-facets-height, 14rem);
      overflow-y: auto;
    }
    .part-slow,
    .part-failed {
      color: var(--_muted-color);
      font-size: 0.8125rem;
    }
    .part-failed {
      color: var(--_danger-color);
    }
    .part-failed[data-part='histogram'] {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding-inline: 0.75rem;
    }
    .status-line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      padding: 0.25rem 0.75rem;
      /* Room for one line of messages and a button (Search older, Cancel, the new-entries pill), shown or not. */
      min-height: 1.75rem;
      color: var(--_muted-color);
      font-size: 0.85em;
    }
    .state {
      padding: 2rem 1rem;
      text-align: center;
      color: var(--_muted-color);
    }
    .error {
      margin: 0.5rem 0.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_danger-color);
      border-radius: 0.375rem;
      color: var(--_danger-color);
    }
    .error a {
      color: inherit;
      font-weight: 600;
    }
    .cached {
      font-style: italic;
    }
    /* A sentence that starts with a number ("50 of 300 requests") keeps its order in a right-to-left page. */
    .status-line > span {
      unicode-bidi: plaintext;
    }
    ${visuallyHidden}
    .table-wrap {
      position: relative;
    }
    /* The previous query's rows while the new answer is on its way. */
    .table-wrap[aria-busy='true'] admin-sessions-table {
      opacity: 0.5;
    }
    /* The legend and the bars keep off the frame, in line with the status line's text. */
    [part~='histogram'] {
      padding: 0.25rem 0.75rem 0.5rem;
    }
    input[type='search'],
    [part~='copy-fallback'] input,
    [part~='go-to'],
    select {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--_border-color);
      border-radius: 0.375rem;
      padding: 0.3rem 0.5rem;
    }
    /* At least as wide as its placeholder (in the widget's language), growing into the line's room. */
    .search {
      display: flex;
      flex: 1 0 calc(var(--_placeholder-length, 30) * 1ch + 2rem);
      max-inline-size: 100%;
    }
    .search input {
      flex: 1;
      min-inline-size: 0;
    }
    input:focus-visible,
    select:focus-visible,
    button:focus-visible {
      outline: 2px solid var(--_accent-color);
      outline-offset: 1px;
    }
    .check,
    .zone {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    .search-error {
      color: var(--_danger-color);
      font-size: 0.85em;
    }
    .export,
    .copy {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    [part~='copy-status']:empty,
    [part~='export-status']:empty {
      display: none;
    }
    [part~='copy-fallback'] {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35rem;
      max-width: 100%;
    }
    [part~='copy-fallback'] input {
      inline-size: min(40ch, 100%);
    }
    .toolbar button,
    summary,
    .status-line button {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--_border-color);
      border-radius: 0.375rem;
      padding: 0.25rem 0.6rem;
      cursor: pointer;
    }
    /* The interval and "Refresh now" in Filters: only in a narrow toolbar (wide, the refresh control has them). */
    .filters > .refresh-settings {
      display: none;
    }
    /*
     * Wide, two rows of fixed-size items: range (a fixed width, a long label ends in "…"), search
     * (growing) and the refresh control (its status's room kept), then the Filters disclosure's
     * content (summary hidden) from the start of a line of its own. Whatever label, countdown or
     * message appears, no control moves. Narrow, range, search and the refresh switch share the
     * first line and the rest is behind "Filters". Both in source order, which is the Tab order.
     */
    /* The range's trigger a size container of a set width: a narrow one shows its short label (24 hr). */
    [part~='range']::part(trigger) {
      container-type: inline-size;
      inline-size: 100%;
      justify-content: space-between;
    }
    @container (width >= 42rem) {
      .filters {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: inherit;
        flex-basis: 100%;
      }
      .filters::details-content {
        display: contents;
      }
      .filters > summary {
        display: none;
      }
      .toolbar > [part~='range'] {
        flex: none;
        inline-size: 23em;
      }
      /* The room of the tools that come after the first rows (the time buttons, Columns, Views), kept
         so that nothing after them moves when they arrive (English; another language's may be wider). */
      .room {
        display: inline-flex;
        align-items: center;
        /* The toolbar's (inherit would read the details' content slot's, which has none). */
        gap: 0.5rem 0.75rem;
      }
      /* At least as tall as what comes, too (in every browser): a room alone on a wrapped line holds the line's height. */
      .nav-room {
        min-inline-size: 30em;
        min-block-size: calc(2em + 1px);
      }
      .columns-room {
        min-inline-size: 7em;
        min-block-size: calc(2em + 1px);
      }
      admin-sessions-views:not(:defined) {
        display: inline-block;
        inline-size: 4.3em;
      }
    }
    @container (width < 42rem) {
      .filters {
        flex-basis: 100%;
      }
      .filters > summary {
        inline-size: fit-content;
      }
      .filters[open]::details-content {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 0.75rem;
        padding-top: 0.5rem;
      }
      /*
       * Range, search and the switch on one line: the search keeps room to type (10rem), the range
       * takes what is left and shows its short label (24 hr; the full one in its title and name).
       */
      .search {
        flex: 1;
        min-inline-size: 10rem;
      }
      .search input {
        box-sizing: border-box;
        inline-size: 100%;
      }
      .toolbar > [part~='range'] {
        inline-size: calc(100% - 10rem - 4.5rem);
      }
      admin-sessions-refresh:not(:defined) {
        inline-size: 2.5rem;
      }
      .filters > .refresh-settings {
        display: inline-flex;
      }
    }
    .nav {
      display: inline-flex;
      gap: 0.25rem;
    }
    [part~='go-to'] {
      inline-size: 18ch;
    }
    .toolbar button:disabled {
      opacity: 0.5;
      cursor: default;
    }
    .toolbar button[aria-disabled='true'],
    [part~='search-older'][aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }
    /* In the status line, at its end: over the table it covered the row under it. */
    .status-line .pill {
      margin-inline-start: auto;
      font-weight: 600;
      color: var(--_accent-contrast);
      background: var(--_accent-color);
      border: 0;
      border-radius: 999px;
      padding: 0.15rem 0.75rem;
    }
    .table-wrap .state {
      position: absolute;
      inset: 3rem 0 auto 0;
    }
    /* Over the table's body (under its header), so nothing moves when the rows arrive. */
    .skeleton {
      position: absolute;
      inset: 2.5rem 0 auto 0;
      padding: 0 0.75rem;
      pointer-events: none;
    }
    .skeleton-row {
      block-size: 1rem;
      margin-block: 0.75rem;
      border-radius: 0.25rem;
      background: var(--_border-color);
      opacity: 0.7;
    }
    .skeleton-row:nth-child(odd) {
      inline-size: 85%;
    }
  }
`,
];

import { css } from 'lit';
import { theme } from '../../internal/theme.js';
import { visuallyHidden } from '../../internal/styles.js';

export default [
  theme,
  css`
  @layer admin-sessions {
    :host {
      display: block;
      min-height: 0;
      /* Narrow, the rows are cards (below): by the element's own width, not the viewport's. */
      container-type: inline-size;
      /* Lines a card gives its URL. */
      --_lines: 2;
      --_row-height: var(--admin-sessions-row-height, 3.25rem);
      --_header-bg: var(--admin-sessions-header-background, light-dark(#f6f7f9, #1d2127));
      --_row-hover: var(--admin-sessions-row-hover-background, light-dark(#f3f6fb, #232a33));
      --_new-row: var(--admin-sessions-new-row-background, light-dark(#fff7d6, #3b3420));
      --_web: var(--admin-sessions-badge-web, light-dark(#0b6b3a, #7ee2a8));
      --_api: var(--admin-sessions-badge-api, light-dark(#6a32c9, #c9a7ff));
    }
    :host([density='compact']) {
      --_row-height: var(--admin-sessions-row-height-compact, 2.5rem);
      --_lines: 1;
    }
    .scroller {
      position: relative;
      overflow: auto;
      height: var(--admin-sessions-table-height, 32rem);
      max-height: 100%;
      contain: strict;
      overscroll-behavior: contain;
    }
    .scroller:focus-visible {
      outline: 2px solid var(--_focus-ring);
      outline-offset: -2px;
    }
    /*
     * Date and Admin as wide as their texts (each at most 20rem or a quarter of the element), the
     * URL the rest: its cell's max-width 0 lets it shrink to what is left, its path and query cut
     * with an ellipsis. The widths follow the rows in view (Date's and Admin's texts are near one
     * length).
     */
    table {
      width: 100%;
      border-collapse: separate;
      border-spacing: 0;
      font: inherit;
    }
    thead th {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--_header-bg);
      text-align: start;
      font-weight: 600;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--_border-color);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    th.url {
      width: 100%;
    }
    td:last-child {
      max-width: 0;
    }
    td:not(:last-child) .line {
      max-width: min(20rem, 25cqi);
    }
    .sort {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0.125rem 0.25rem;
      margin-inline-end: 0.25rem;
      cursor: pointer;
      border-radius: 0.25rem;
    }
    .sort:focus-visible {
      outline: 2px solid var(--_focus-ring);
    }
    .sort[data-active] {
      text-decoration: underline;
    }
    /* The size of the sub lines (.sub): a first paint shapes text in every distinct font size. */
    .sort-note,
    .zone {
      font-weight: 400;
      color: var(--_muted-color);
      font-size: 0.85em;
    }
    tr.row {
      height: var(--_row-height);
    }
    tr.row:hover {
      background: var(--_row-hover);
    }
    tr.row:focus-visible {
      outline: 2px solid var(--_focus-ring);
      outline-offset: -2px;
    }
    tr.row[data-new] {
      background: var(--_new-row);
      transition: background-color 2s ease-out;
    }
    td {
      padding: 0 0.75rem;
      border-bottom: 1px solid var(--_border-color);
      vertical-align: middle;
      overflow: hidden;
      height: var(--_row-height);
      max-height: var(--_row-height);
      box-sizing: border-box;
    }
    .line {
      display: block;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      line-height: 1.35;
    }
    /* A deleted admin's row keeps an empty e-mail line (see the row template): not shown, even when a theme pads the part. */
    .line[hidden] {
      display: none;
    }
    .sub {
      color: var(--_muted-color);
      font-size: 0.85em;
    }
    .badge {
      display: inline-block;
      font-size: 0.72em;
      font-weight: 700;
      padding: 0.05rem 0.35rem;
      margin-inline-end: 0.3rem;
      border-radius: 0.25rem;
      border: 1px solid currentColor;
      vertical-align: 0.1em;
    }
    .badge.web {
      color: var(--_web);
    }
    .badge.api {
      color: var(--_api);
    }
    .badge.method {
      color: var(--_muted-color);
    }
    .badge.flag {
      color: var(--admin-sessions-flag-color, light-dark(#9a3412, #fdba74));
      font-size: 0.68em;
    }
    tr.row[aria-current='true'] {
      background: var(--admin-sessions-row-expanded-background, light-dark(#eaf2ff, #1c2a3d));
    }
    tr.row {
      cursor: pointer;
    }
    .deleted {
      font-style: italic;
      color: var(--_muted-color);
    }
    mark {
      background: var(--admin-sessions-match-background, light-dark(#ffe58a, #6b5a12));
      color: inherit;
      border-radius: 0.15rem;
    }
    /* The muted IP and e-mail colour on the highlight is below 4.5:1: a match there takes the text colour. */
    .sub mark {
      color: var(--_color);
    }
    /*
     * Dates, IPs, e-mail addresses and URLs read left to right in every page (the dictionaries'
     * languages are all left to right). Without this a right-to-left page reorders their digit
     * runs ("02:39:24 ,26.11.2026", "admin/x/"). They keep the page's alignment: :dir() follows
     * the dir attributes around the element, not this direction (match-parent does not
     * work in Chromium).
     */
    [part~='date'],
    [part~='ip'],
    [part~='admin-email'],
    [part~='url'] {
      direction: ltr;
      unicode-bidi: isolate;
    }
    .line:dir(rtl) {
      text-align: right;
    }
    /*
     * Narrow: each row a card of fixed height (the windowing measures one row and counts in rows):
     * time, IP where it fits, type and method; the admin (and any flags); the URL wrapping over
     * --_lines lines. The header's sort buttons wrap over the cards.
     */
    @container (width < 42rem) {
      table,
      thead,
      tbody,
      tr,
      td {
        display: block;
      }
      thead {
        position: sticky;
        top: 0;
        z-index: 1;
        background: var(--_header-bg);
        border-bottom: 1px solid var(--_border-color);
      }
      thead tr,
      tr.row td {
        display: flex;
        gap: 0 0.4rem;
      }
      thead tr {
        flex-wrap: wrap;
      }
      thead th {
        border: 0;
      }
      tr.row {
        display: grid;
        grid: auto auto 1fr / 1fr auto auto;
        gap: 0 0.4rem;
        box-sizing: border-box;
        height: calc((var(--_lines) + 2) * 1.35em + 1rem);
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--_border-color);
      }
      /* Placed, all three: the URL cell spans the card, and auto-placement keeps off its area. */
      tr.row td {
        grid-area: 1 / 1;
        height: auto;
        max-height: none;
        max-width: none;
        padding: 0;
        border: 0;
      }
      tr.row td + td {
        grid-area: 2 / 1;
      }
      tr.row td + td + td {
        display: grid;
        grid: subgrid / subgrid;
        grid-area: 1 / 1 / 4 / 4;
      }
      td:last-child > .line:first-child {
        display: contents;
      }
      [part~='date'],
      [part~='admin-name'] {
        flex: none;
      }
      tr.row .line {
        max-width: none;
      }
      [part~='type'] {
        grid-area: 1 / 2;
      }
      [part~='method'] {
        grid-area: 1 / 3;
      }
      [part~='url'] {
        grid-area: 3 / 1 / 4 / 4;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: var(--_lines);
        overflow: hidden;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      .badges {
        grid-area: 2 / 2 / 3 / 4;
      }
    }
    /* Its height set inline: not capped at a row's (a card's cells are blocks, where max-height counts). */
    .spacer td {
      padding: 0;
      border: 0;
      height: auto;
      max-height: none;
    }
    @media (prefers-reduced-motion: reduce) {
      tr.row[data-new] {
        transition: none;
      }
    }
    /* The scroll region's description (how to use it from the keyboard), for screen readers. */
    ${visuallyHidden}
  }
`,
];

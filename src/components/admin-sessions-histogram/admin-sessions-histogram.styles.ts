import { css } from 'lit';
import { theme } from '../../internal/theme.js';

export default [
  theme,
  css`
  @layer admin-sessions {
    :host {
      display: block;
      --_height: var(--admin-sessions-histogram-height, 4rem);
      --_web: var(--admin-sessions-histogram-web, light-dark(#2e8b57, #7ee2a8));
      --_api: var(--admin-sessions-histogram-api, light-dark(#6a32c9, #c9a7ff));
      --_highlight: var(--admin-sessions-histogram-highlight, light-dark(rgb(27 110 243 / 0.12), rgb(110 168 255 / 0.18)));
      --_tooltip-bg: light-dark(#1d2127, #f6f7f9);
      --_tooltip-fg: light-dark(#ffffff, #1d2127);
    }
    :host([hidden]) {
      display: none;
    }
    .histogram {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font-size: 0.75rem;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      /* A set line, whatever the font's own: the widget keeps the histogram's room before it arrives. */
      line-height: 0.875rem;
      gap: 0.25rem 1rem;
      color: var(--_muted-color);
    }
    .legend {
      display: flex;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .swatch {
      display: inline-block;
      width: 0.7em;
      height: 0.7em;
      margin-inline-end: 0.3em;
      border-radius: 0.15em;
      vertical-align: -0.05em;
    }
    .swatch.web {
      background: var(--_web);
    }
    .swatch.api {
      background: var(--_api);
    }
    .label {
      font-style: italic;
    }
    /* As tall as the header's text: the chart does not move when it comes. */
    button {
      margin-block: -2px;
      padding-block: 0;
      font: inherit;
    }
    .chart {
      position: relative;
      /* Room for the axis labels under the bars. */
      padding-bottom: 1.25rem;
      cursor: crosshair;
      user-select: none;
      -webkit-user-select: none;
      /* Horizontal drags select; vertical swipes still scroll the page. */
      touch-action: pan-y;
      border-radius: 0.25rem;
    }
    /* Bars of the previous query, until the new ones come. */
    [aria-busy='true'] .chart {
      opacity: 0.5;
    }
    .chart:focus-visible {
      outline: 2px solid var(--_focus-ring);
      outline-offset: 2px;
    }
    svg {
      display: block;
      width: 100%;
      height: var(--_height);
      overflow: visible;
    }
    .bar-web {
      fill: var(--_web);
    }
    .bar-api {
      fill: var(--_api);
    }
    .highlight {
      fill: var(--_highlight);
    }
    .selection {
      fill: var(--_focus-ring);
      fill-opacity: 0.2;
    }
    .baseline {
      stroke: var(--_border-color);
      stroke-width: 1px;
    }
    .axis {
      position: absolute;
      inset-inline: 0;
      bottom: 0;
      height: 1.25rem;
      color: var(--_muted-color);
      white-space: nowrap;
    }
    .tick {
      position: absolute;
      top: 0.2rem;
      line-height: 1;
    }
    /*
     * Time runs from the chart's start side: left, or right when the element reads right to left
     * (the element places bars, labels and the tooltip from that side and marks the chart
     * data-rtl). The texts start with digits ("19 Nov, 00:00", "14:05–14:06 · 12 WEB") and keep
     * their order in a right-to-left page.
     */
    .tick,
    .tooltip {
      unicode-bidi: plaintext;
    }
    /*
     * Placed labels (the element measured them and chose how many fit) are positioned by their
     * start edge; one wider than the chart is cut at its edge. Before the chart is first measured,
     * a label is centred under its time.
     */
    .tick[data-placed] {
      max-width: 100%;
      overflow-x: clip;
    }
    .tick:not([data-start], [data-placed]) {
      transform: translateX(-50%);
    }
    .chart[data-rtl] .tick:not([data-start], [data-placed]) {
      transform: translateX(50%);
    }
    .tooltip {
      position: absolute;
      top: 0;
      z-index: 1;
      padding: 0.2rem 0.45rem;
      border-radius: 0.25rem;
      background: var(--_tooltip-bg);
      color: var(--_tooltip-fg);
      white-space: nowrap;
      pointer-events: none;
      transform: translateX(-50%);
      /*
       * The offset glides with the position: near an end the tooltip swaps centring for flush
       * alignment, and a snapped transform would push it past the chart while it moves.
       */
      transition:
        left 80ms ease-out,
        right 80ms ease-out,
        transform 80ms ease-out;
    }
    .tooltip[data-edge='start'] {
      transform: none;
    }
    .tooltip[data-edge='end'] {
      transform: translateX(-100%);
    }
    .chart[data-rtl] .tooltip {
      transform: translateX(50%);
    }
    .chart[data-rtl] .tooltip[data-edge='start'] {
      transform: none;
    }
    .chart[data-rtl] .tooltip[data-edge='end'] {
      transform: translateX(100%);
    }
    /* As tall as the chart and its axis: the widget does not jump when bars replace it (or go). */
    .empty {
      box-sizing: border-box;
      min-block-size: calc(var(--_height) + 1.25rem);
      margin: 0;
      padding: 0.5rem 0;
      color: var(--_muted-color);
      font-style: italic;
    }
    @media (prefers-reduced-motion: reduce) {
      .tooltip {
        transition: none;
      }
    }
  }
`,
];

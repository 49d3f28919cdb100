import { css } from 'lit';
import { theme } from '../../internal/theme.js';

export default [
  theme,
  css`
  @layer admin-sessions {
    :host {
      display: block;
      font-size: 0.8125rem;
    }
    :host([hidden]) {
      display: none;
    }
    section {
      padding: 0.5rem 0.75rem;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.75rem;
    }
    h2, h3 {
      font-size: inherit;
      margin: 0;
    }
    .note {
      color: var(--_muted-color);
    }
    .facets {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.5rem 1rem;
      margin-top: 0.5rem;
    }
    .stale {
      opacity: 0.6;
    }
    ul {
      list-style: none;
      margin: 0.25rem 0 0;
      padding: 0;
    }
    li {
      display: flex;
      gap: 0.25rem;
    }
    button {
      font: inherit;
      color: inherit;
      background: none;
      border: 1px solid transparent;
      border-radius: 0.25rem;
      cursor: pointer;
      min-height: 1.75rem;
    }
    button:hover {
      border-color: var(--_border-color);
    }
    button:focus-visible {
      outline: 2px solid var(--_focus-ring);
      outline-offset: 1px;
    }
    .value {
      flex: 1;
      min-width: 0;
      display: flex;
      gap: 0.5rem;
      text-align: start;
      /* The share as a bar behind the value. */
      background: linear-gradient(to right, color-mix(in srgb, var(--_accent-color) 10%, transparent) var(--_share), transparent 0) no-repeat;
    }
    .label {
      flex: 1;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .count {
      color: var(--_muted-color);
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .exclude {
      min-width: 1.75rem;
    }
    .actions button {
      border-color: var(--_border-color);
    }
  }
`,
];

import { css } from 'lit';
import { theme } from '../../internal/theme.js';
import { visuallyHidden } from '../../internal/styles.js';

export default [
  theme,
  css`
  @layer admin-sessions {
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem 0.75rem;
    }
    :host([hidden]) {
      display: none;
    }
    button,
    select {
      font: inherit;
      color: inherit;
    }
    :is(button, select):focus-visible {
      outline: 2px solid var(--_accent-color);
      outline-offset: 2px;
    }

    .switch {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.125rem 0.25rem;
      border: 0;
      border-radius: 0.375rem;
      background: none;
      cursor: pointer;
    }
    /*
     * Off is an outline with the thumb in the text's muted colour; on is filled with the accent.
     * A filled track either way read as "on" in themes whose muted colour is near the accent
     * (the demo's green terminal).
     */
    .track {
      position: relative;
      flex: none;
      box-sizing: border-box;
      width: 2rem;
      height: 1.125rem;
      border: 1px solid var(--_muted-color);
      border-radius: 999px;
      background: transparent;
      transition: background-color 150ms;
    }
    /* Logical offsets only: in a right-to-left page the switch mirrors (on = thumb at the inline end). */
    .thumb {
      position: absolute;
      inset-block-start: 0.125rem;
      inset-inline-start: 0.125rem;
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      background: var(--_muted-color);
      transition: inset-inline-start 150ms;
    }
    .switch[aria-checked='true'] .track {
      border-color: var(--_accent-color);
      background: var(--_accent-color);
    }
    .switch[aria-checked='true'] .thumb {
      inset-inline-start: 1rem;
      background: var(--_accent-contrast);
    }

    .interval {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      color: var(--_muted-color);
    }
    select {
      padding: 0.125rem 0.25rem;
      border: 1px solid var(--_border-color);
      border-radius: 0.375rem;
      background: transparent;
    }

    /*
     * The countdown or the pause, in room kept for them whether shown or not: the switch, the
     * interval and "Refresh now" stay where they are when the countdown appears.
     */
    .live {
      display: inline-flex;
      min-inline-size: var(--admin-sessions-refresh-status-width, 15em);
      white-space: nowrap;
    }
    .countdown-group {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }
    .countdown {
      display: inline-block;
      width: var(--admin-sessions-refresh-countdown-width, 4rem);
      height: 0.375rem;
      border-radius: 999px;
      background: var(--_border-color);
      overflow: hidden;
      /* The bar's width changes four times a second: keep that layout inside the track. */
      contain: strict;
    }
    /*
     * A block narrower than its container sits at the inline start, so the bar shrinks towards
     * the start in either direction (a scaleX would need a physical transform-origin).
     */
    .bar {
      display: block;
      height: 100%;
      inline-size: calc(var(--_progress, 1) * 100%);
      background: var(--_accent-color);
      /* One render per 250 ms; the transition makes the bar glide between them. */
      transition: inline-size 250ms linear;
    }
    .countdown-label {
      color: var(--_muted-color);
      font-variant-numeric: tabular-nums;
    }
    .paused {
      color: var(--_muted-color);
      font-variant-numeric: tabular-nums;
    }
    .paused:is([data-reason='error'], [data-reason='unauthorized']) {
      color: var(--_danger-color);
    }

    .refresh-now {
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--_border-color);
      border-radius: 0.375rem;
      background: transparent;
      cursor: pointer;
    }
    .refresh-now:hover {
      border-color: var(--_accent-color);
    }

    ${visuallyHidden}

    /*
     * In a narrow toolbar (the nearest container), the switch alone: its label for screen readers;
     * the rest is in a settings-only copy (in the widget's Filters).
     */
    @container (width < 42rem) {
      :host(:not([settings-only])) :is(.interval, .live, .refresh-now) {
        display: none;
      }
      .switch-label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }

    /* No moving bar: the countdown is just the number, updated once a second. */
    @media (prefers-reduced-motion: reduce) {
      .countdown {
        display: none;
      }
      .track,
      .thumb {
        transition: none;
      }
    }
  }
`,
];

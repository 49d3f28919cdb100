import { css, unsafeCSS } from 'lit';
import flatpickrCss from 'flatpickr/dist/flatpickr.min.css?inline';

/**
 * flatpickr's own stylesheet, adopted into the shadow root (a page-level <link> cannot reach it).
 * It sits in a sub-layer so that the element's rules below, in the `admin-sessions` layer itself,
 * win over it without raising specificity.
 */
export const calendarStyles = unsafeCSS(`@layer admin-sessions.flatpickr {\n${flatpickrCss}\n}`);

export default css`
  @layer admin-sessions {
    :host {
      /*
       * Private copies with defaults: a page value set on any ancestor still inherits through.
       * Inside <admin-sessions> the widget's own theme properties (--admin-sessions-color,
       * -background, -border-color, -muted-color) apply when the picker's are not set, so a themed
       * widget has no white picker in it. The accent is not borrowed: it needs its contrast colour.
       */
      --_accent: var(--admin-sessions-accent, #1d4ed8);
      --_accent-contrast: var(--admin-sessions-accent-contrast, #ffffff);
      --_text: var(--admin-sessions-text, var(--admin-sessions-color, #1f2937));
      --_muted: var(--admin-sessions-muted, var(--admin-sessions-muted-color, #4b5563));
      --_surface: var(--admin-sessions-surface, var(--admin-sessions-background, #ffffff));
      --_border: var(--admin-sessions-border, var(--admin-sessions-border-color, #9ca3af));
      --_error: var(--admin-sessions-error, #b91c1c);
      --_radius: var(--admin-sessions-radius, 6px);

      display: inline-block;
      position: relative;
      color: var(--_text);
      font: inherit;
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    button,
    input {
      font: inherit;
      color: inherit;
    }

    :focus-visible {
      outline: 2px solid var(--admin-sessions-focus-ring, var(--_accent));
      outline-offset: 2px;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    [part~='trigger'] {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.375em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
      white-space: nowrap;
    }

    .caret {
      font-size: 0.75em;
      color: var(--_muted);
    }

    [part~='panel'] {
      position: absolute;
      inset-block-start: calc(100% + 4px);
      inset-inline-start: 0;
      z-index: var(--admin-sessions-panel-z-index, 10);
      display: grid;
      grid-template-columns: auto auto;
      gap: 0.75rem 1rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.15);
      width: max-content;
    }

    [part~='panel'][hidden] {
      display: none;
    }

    [part~='presets'] {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      grid-row: span 2;
    }

    [part~='preset'],
    [part~='apply'],
    [part~='cancel'] {
      padding: 0.375em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
      text-align: start;
    }

    [part~='preset'][aria-pressed='true'],
    [part~='apply'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_accent-contrast);
    }

    [part~='calendar'],
    form {
      grid-column: 2;
    }

    /*
     * In a right-to-left page the panel mirrors (logical properties throughout), but the calendar
     * stays left to right: its languages are, and flatpickr places its month arrows and number
     * spinners with physical left/right, which only agree with a left-to-right grid of days.
     */
    [part~='calendar'] {
      direction: ltr;
    }

    form {
      display: grid;
      gap: 0.5rem;
    }

    .fields {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      gap: 0.375rem 0.5rem;
    }

    .fields input {
      width: 100%;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    .fields input[aria-invalid='true'] {
      border-color: var(--_error);
    }

    /*
     * The error takes the hint's place instead of pushing the buttons down: a message that appears
     * when a field loses focus must not move Apply away from a pointer already pressed on it.
     */
    .messages {
      display: grid;
      /* Wrap within the width the calendar and fields give; never widen the panel. */
      width: 0;
      min-width: 100%;
    }

    .messages > * {
      grid-area: 1 / 1;
    }

    .hint[data-covered] {
      visibility: hidden;
    }

    .hint,
    [part~='error'] {
      margin: 0;
      font-size: 0.875em;
    }

    .hint {
      color: var(--_muted);
    }

    [part~='error'] {
      color: var(--_error);
    }

    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.5rem;
    }

    /* The calendar is inline in the panel: no shadow, no arrow, the element's palette. */
    .flatpickr-calendar.inline {
      top: 0;
      box-shadow: 0 0 0 1px var(--_border);
      background: var(--_surface);
    }

    .flatpickr-day.selected,
    .flatpickr-day.startRange,
    .flatpickr-day.endRange,
    .flatpickr-day.selected:hover,
    .flatpickr-day.startRange:hover,
    .flatpickr-day.endRange:hover {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_accent-contrast);
    }

    /* flatpickr greys out neighbouring months below readable contrast. */
    .flatpickr-day.prevMonthDay,
    .flatpickr-day.nextMonthDay {
      color: var(--_muted);
    }
  }
`;

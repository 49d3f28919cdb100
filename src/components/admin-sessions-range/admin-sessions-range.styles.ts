import { css } from 'lit';
import { visuallyHidden } from '../../internal/styles.js';
import { themeProperties } from '../../internal/theme.js';

/**
 * The theme properties, reading the picker's own names of 0.1 (`--admin-sessions-text`,
 * `-surface`, `-border`, `-muted`, `-accent`, `-error`) when the widget's are unset. Deprecated:
 * the old names go in the next minor version.
 */
export const rangeTheme = themeProperties({
  'color': 'text',
  'background': 'surface',
  'border-color': 'border',
  'muted-color': 'muted',
  'accent-color': 'accent',
  'danger-color': 'error',
});

export default css`
  @layer admin-sessions {
    :host {
      /*
       * The theme's colours (--_color, --_background, … from rangeTheme) follow the colour
       * scheme around the element (color-scheme is inherited, not set here: inside <admin-sessions>
       * that is the widget's, on a page the page's). The calendar's tints are mixed from them, so
       * that a theme carries them along.
       */
      --_hover: color-mix(in srgb, var(--_color) 12%, var(--_background));
      --_in-range: color-mix(in srgb, var(--_accent-color) 22%, var(--_background));

      display: inline-block;
      position: relative;
      color: var(--_color);
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
      outline: 2px solid var(--_focus-ring);
      outline-offset: 2px;
    }

    ${visuallyHidden}

    [part~='trigger'] {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.375em 0.75em;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_background);
      cursor: pointer;
      /* No wider than the room the page (or a narrow toolbar) gives: the label then ends in "…". */
      max-inline-size: 100%;
    }

    .summary {
      white-space: nowrap;
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    /*
     * A narrow trigger shows the short label (24 hr, 12/15, 11:00 – 12:00); the full one stays its
     * name. Decided by the nearest size container: the trigger itself in <admin-sessions>'s toolbar
     * (a set width there); on a page, whatever container the page gives. It breaks at spaces
     * when even the short label is wider (a custom range at 390 px).
     */
    .short {
      display: none;
    }
    @container (width < 16em) {
      .short {
        display: inline;
      }
      .summary {
        display: none;
      }
    }

    .caret {
      font-size: 0.75em;
      color: var(--_muted-color);
    }

    /*
     * The panel never grows wider than the room it has: the nearest CSS container's width (inside
     * <admin-sessions>, its toolbar; the panel starts at the toolbar's inline start) and the
     * distance from the trigger to the viewport's edge (--_viewport-room, measured on opening).
     * Side by side when that is enough (presets | calendar over times and buttons), else wrapped:
     * presets in a row of columns, then a calendar that shrinks to the width given. No query
     * decides this: a container query would not match in a page without a container, while the
     * flex wrap and the container units (the viewport's there) work in both.
     */
    [part~='panel'] {
      position: absolute;
      inset-block-start: calc(100% + 4px);
      inset-inline-start: 0;
      z-index: var(--admin-sessions-panel-z-index, 10);
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
      padding: 0.75rem;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_background);
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.15);
      inline-size: max-content;
      max-inline-size: min(100cqi, var(--_viewport-room, 100cqi));
    }

    [part~='panel'][hidden] {
      display: none;
    }

    /*
     * Beside the calendar the presets are one column (a grid without a definite width repeats its
     * track once); wrapped above it, the group takes the panel's width and as many columns as fit.
     */
    [part~='presets'] {
      flex: 1 1 auto;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
      gap: 0.25rem;
    }

    .main {
      flex: 1 1 auto;
      display: grid;
      gap: 0.75rem;
      min-inline-size: 0;
    }

    [part~='preset'],
    [part~='apply'],
    [part~='cancel'],
    [part~='calendar-retry'] {
      padding: 0.375em 0.75em;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_background);
      cursor: pointer;
      text-align: start;
    }

    [part~='preset'][aria-pressed='true'],
    [part~='apply'] {
      border-color: var(--_accent-color);
      background: var(--_accent-color);
      color: var(--_accent-contrast);
    }

    /*
     * In a right-to-left page the panel mirrors (logical properties throughout), but the calendar
     * stays left to right: its languages are, and flatpickr places its month arrows and number
     * spinners with physical left/right, which only agree with a left-to-right grid of days.
     */
    [part~='calendar'] {
      direction: ltr;
      min-inline-size: 0;
    }

    form {
      display: grid;
      gap: 0.5rem;
    }

    .fields {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: 0.375rem 0.5rem;
    }

    .fields input {
      width: 100%;
      min-inline-size: 0;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_background);
    }

    .fields input[aria-invalid='true'] {
      border-color: var(--_danger-color);
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
      color: var(--_muted-color);
    }

    [part~='error'] {
      color: var(--_danger-color);
    }

    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.5rem;
    }

    /* The calendar is inline in the panel: no shadow, no arrow, the element's palette. */
    .flatpickr-calendar.inline {
      top: 0;
      box-shadow: 0 0 0 1px var(--_border-color);
      background: var(--_background);
      /* flatpickr's fixed width while there is room; narrower, all seven columns shrink with it. */
      max-inline-size: 100%;
    }

    /*
     * The calendar's room while its chunk loads (flatpickr's inline calendar with its time row), so
     * that nothing moves when it arrives; the message in the same room if it cannot be loaded.
     */
    .calendar-status {
      display: grid;
      place-content: center;
      justify-items: center;
      gap: 0.5rem;
      inline-size: 307.875px;
      max-inline-size: 100%;
      block-size: 342px;
      padding: 0.75rem;
      border-radius: 5px;
      box-shadow: 0 0 0 1px var(--_border-color);
      text-align: center;
    }

    .calendar-status p {
      margin: 0;
    }

    .flatpickr-calendar.inline .flatpickr-rContainer,
    .flatpickr-calendar.inline .flatpickr-days,
    .flatpickr-calendar.inline .dayContainer {
      inline-size: 100%;
      min-inline-size: 0;
      max-inline-size: none;
    }

    /* flatpickr greys out neighbouring months below readable contrast. */
    .flatpickr-day.prevMonthDay,
    .flatpickr-day.nextMonthDay {
      color: var(--_muted-color);
    }

    /*
     * flatpickr paints in fixed light-page greys (#393939 text, #e6e6e6 bands, black arrows): every
     * colour it sets is taken from the element's palette instead, so a dark scheme or a theme
     * reaches the whole calendar (the builds leave flatpickr's colours out: scripts/flatpickr-css.mjs).
     */
    .flatpickr-calendar {
      color: var(--_color);
    }

    .flatpickr-months .flatpickr-month,
    .flatpickr-months .flatpickr-prev-month,
    .flatpickr-months .flatpickr-next-month,
    .flatpickr-current-month input.cur-year {
      color: var(--_color);
      fill: var(--_color);
    }

    .flatpickr-months .flatpickr-prev-month:hover,
    .flatpickr-months .flatpickr-next-month:hover {
      color: var(--_accent-color);
    }

    .flatpickr-months .flatpickr-prev-month:hover svg,
    .flatpickr-months .flatpickr-next-month:hover svg {
      fill: var(--_accent-color);
    }

    .flatpickr-current-month .flatpickr-monthDropdown-months .flatpickr-monthDropdown-month {
      background-color: var(--_background);
      color: var(--_color);
    }

    .flatpickr-current-month input.cur-year[disabled],
    .flatpickr-current-month input.cur-year[disabled]:hover {
      color: var(--_muted-color);
    }

    .flatpickr-current-month .flatpickr-monthDropdown-months:hover,
    .flatpickr-current-month span.cur-month:hover,
    .numInputWrapper:hover,
    .numInputWrapper span:hover,
    .flatpickr-time input:hover,
    .flatpickr-time .flatpickr-am-pm:hover,
    .flatpickr-time input:focus,
    .flatpickr-time .flatpickr-am-pm:focus {
      background: var(--_hover);
    }

    /* Pressed, a step darker than hovered. */
    .numInputWrapper span:active {
      background: color-mix(in srgb, var(--_color) 20%, var(--_background));
    }

    .numInputWrapper span {
      border-color: var(--_border-color);
    }

    .numInputWrapper span.arrowUp::after,
    .flatpickr-current-month .numInputWrapper span.arrowUp::after,
    .flatpickr-time .numInputWrapper span.arrowUp::after {
      border-bottom-color: var(--_color);
    }

    .numInputWrapper span.arrowDown::after,
    .flatpickr-current-month .numInputWrapper span.arrowDown::after,
    .flatpickr-time .numInputWrapper span.arrowDown::after {
      border-top-color: var(--_color);
    }

    span.flatpickr-weekday {
      color: var(--_muted-color);
    }

    .flatpickr-day {
      color: var(--_color);
    }

    .flatpickr-day:hover,
    .flatpickr-day:focus,
    .flatpickr-day.prevMonthDay:hover,
    .flatpickr-day.nextMonthDay:hover,
    .flatpickr-day.prevMonthDay:focus,
    .flatpickr-day.nextMonthDay:focus {
      background: var(--_hover);
      border-color: var(--_hover);
    }

    .flatpickr-day.inRange,
    .flatpickr-day.prevMonthDay.inRange,
    .flatpickr-day.nextMonthDay.inRange,
    .flatpickr-day.today.inRange {
      background: var(--_in-range);
      border-color: var(--_in-range);
      box-shadow:
        -5px 0 0 var(--_in-range),
        5px 0 0 var(--_in-range);
    }

    /* The muted colour is too light on the band's tint (under 4.5:1): halfway to the text colour reads. */
    .flatpickr-day.prevMonthDay.inRange,
    .flatpickr-day.nextMonthDay.inRange {
      color: color-mix(in srgb, var(--_muted-color) 50%, var(--_color));
    }

    .flatpickr-day.today {
      border-color: var(--_muted-color);
    }

    .flatpickr-day.today:hover,
    .flatpickr-day.today:focus {
      border-color: var(--_muted-color);
      background: var(--_muted-color);
      color: var(--_background);
    }

    .flatpickr-day.selected.startRange + .endRange:not(:nth-child(7n + 1)),
    .flatpickr-day.startRange.startRange + .endRange:not(:nth-child(7n + 1)),
    .flatpickr-day.endRange.startRange + .endRange:not(:nth-child(7n + 1)) {
      box-shadow: -10px 0 0 var(--_accent-color);
    }

    .flatpickr-day.flatpickr-disabled,
    .flatpickr-day.flatpickr-disabled:hover,
    .flatpickr-day.notAllowed {
      color: color-mix(in srgb, var(--_muted-color) 70%, var(--_background));
    }

    .flatpickr-calendar.hasTime .flatpickr-time {
      border-top-color: var(--_border-color);
    }

    .flatpickr-time input,
    .flatpickr-time .flatpickr-time-separator,
    .flatpickr-time .flatpickr-am-pm {
      color: var(--_color);
    }

    /* Last, so that a selected day keeps the accent when it is also today, hovered or focused. */
    .flatpickr-day.selected,
    .flatpickr-day.startRange,
    .flatpickr-day.endRange,
    .flatpickr-day.selected:hover,
    .flatpickr-day.startRange:hover,
    .flatpickr-day.endRange:hover,
    .flatpickr-day.selected:focus,
    .flatpickr-day.startRange:focus,
    .flatpickr-day.endRange:focus {
      border-color: var(--_accent-color);
      background: var(--_accent-color);
      color: var(--_accent-contrast);
    }
  }
`;

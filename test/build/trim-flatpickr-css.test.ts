/**
 * The builds (and the test server) drop the rules of flatpickr's stylesheet for what the range
 * picker never shows, and the colours the picker's palette paints over (scripts/flatpickr-css.mjs).
 * This shows an inline range calendar with times, as the picker builds it and styles it (flatpickr's
 * sheet in a layer below the picker's own), looks the same with the whole stylesheet (read as
 * shipped by flatpickr) and the trimmed one: every element's computed style is compared.
 */
import { expect } from '@open-wc/testing';
import flatpickr from 'flatpickr';
import { trimFlatpickrCss } from '../../scripts/flatpickr-css.mjs';
import rangeStyles, { rangeTheme } from '../../src/components/admin-sessions-range/admin-sessions-range.styles.js';

const PROPERTIES = ['display', 'position', 'visibility', 'width', 'height', 'margin', 'padding', 'border', 'color', 'background-color', 'font-size', 'font-weight', 'opacity', 'transform', 'box-shadow', 'content'];

const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;

/** Whether a pseudo-element's box shows: content other than none, with text, a background or a visible border. */
function seen(style: CSSStyleDeclaration): boolean {
  if (style.content === 'none' || style.content === 'normal' || style.display === 'none') return false;
  const text = style.content !== '""';
  const background = !TRANSPARENT.test(style.backgroundColor);
  const border = ['top', 'right', 'bottom', 'left'].some((side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 && !TRANSPARENT.test(style.getPropertyValue(`border-${side}-color`)));
  return text || background || border;
}

/** A calendar as the picker makes it (inline, range, times), in a shadow root with `css`; its elements' styles. */
function calendarStyles(css: string): string[] {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  const anchor = document.createElement('input');
  anchor.hidden = true;
  root.append(container, anchor);
  const calendar = flatpickr(anchor, { mode: 'range', enableTime: true, time_24hr: true, inline: true, appendTo: container, disableMobile: true });
  calendar.setDate([new Date(2025, 11, 3, 9, 30), new Date(2025, 11, 12, 18, 0)], false);
  const styles = [...container.querySelectorAll('*')].flatMap((element) => [
    `${element.className} ${PROPERTIES.map((name) => getComputedStyle(element).getPropertyValue(name)).join('|')}`,
    // A pseudo-element only when it shows something (the pop-up's arrows are drawn in transparent
    // borders unless the calendar is a pop-up: the same nothing either way).
    ...['::before', '::after'].filter((pseudo) => seen(getComputedStyle(element, pseudo))).map((pseudo) => {
      const style = getComputedStyle(element, pseudo);
      return `${element.className} ${pseudo} ${PROPERTIES.map((name) => style.getPropertyValue(name)).join('|')}`;
    }),
  ]);
  calendar.destroy();
  host.remove();
  return styles;
}

describe('flatpickr’s stylesheet, trimmed for the builds', () => {
  let flatpickrCss = '';
  before(async () => {
    flatpickrCss = await (await fetch('/node_modules/flatpickr/dist/flatpickr.min.css')).text();
    expect(flatpickrCss).to.include('.flatpickr-calendar');
  });

  it('is smaller', () => {
    expect(trimFlatpickrCss(flatpickrCss).length).to.be.below(flatpickrCss.length * 0.9);
  });

  /** flatpickr's sheet as the picker adopts it (calendar.ts), under the picker's own styles. */
  const asThePickerHasIt = (sheet: string) => `${rangeTheme.cssText}\n${rangeStyles.cssText}\n@layer admin-sessions.flatpickr {\n${sheet}\n}`;

  it('styles an inline range calendar with times exactly as the whole stylesheet does', () => {
    const whole = calendarStyles(asThePickerHasIt(flatpickrCss));
    expect(whole.length, "the calendar’s elements").to.be.above(80);
    expect(calendarStyles(asThePickerHasIt(trimFlatpickrCss(flatpickrCss)))).to.deep.equal(whole);
  });

  it('keeps no colour of flatpickr’s own: the picker’s palette paints the calendar', () => {
    const trimmed = trimFlatpickrCss(flatpickrCss);
    expect(flatpickrCss).to.match(/color:#393939/);
    expect(trimmed).not.to.match(/(^|[;{])(color|fill|background(-color)?|border-color|box-shadow):[^;}]*(#[\da-f]{3}|rgba?\()/i);
  });
});

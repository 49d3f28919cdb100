/**
 * The builds drop the rules of flatpickr's stylesheet for what the range picker never turns on
 * (scripts/trim-flatpickr-css.mjs). The tests run the whole stylesheet; this shows an inline range
 * calendar with times, as the picker builds it, looks the same with either: every element's
 * computed style is compared.
 */
import { expect } from '@open-wc/testing';
import flatpickr from 'flatpickr';
import flatpickrCss from 'flatpickr/dist/flatpickr.min.css?inline';
import { trimFlatpickrCss } from '../../scripts/trim-flatpickr-css.mjs';

const PROPERTIES = ['display', 'position', 'visibility', 'width', 'height', 'margin', 'padding', 'border', 'color', 'background-color', 'font-size', 'font-weight', 'opacity', 'transform', 'box-shadow', 'content'];

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
  const styles = [...container.querySelectorAll('*')].flatMap((element) =>
    [null, '::before', '::after'].map((pseudo) => {
      const style = getComputedStyle(element, pseudo);
      return `${element.className} ${pseudo ?? ''} ${PROPERTIES.map((name) => style.getPropertyValue(name)).join('|')}`;
    }),
  );
  calendar.destroy();
  host.remove();
  return styles;
}

describe('flatpickr’s stylesheet, trimmed for the builds', () => {
  it('is smaller', () => {
    expect(trimFlatpickrCss(flatpickrCss).length).to.be.below(flatpickrCss.length * 0.9);
  });

  it('styles an inline range calendar with times exactly as the whole stylesheet does', () => {
    const whole = calendarStyles(flatpickrCss);
    expect(whole.length).to.be.above(100);
    expect(calendarStyles(trimFlatpickrCss(flatpickrCss))).to.deep.equal(whole);
  });
});

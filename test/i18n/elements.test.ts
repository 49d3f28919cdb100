import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import type { AdminSessionsRange } from '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessionsRefresh } from '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import { calendarMonth, local, openPanel, part as rangePart, summaryText, trigger } from '../components/admin-sessions-range/helpers.js';
import { forgetChoice, mustPart, text } from '../components/admin-sessions-refresh/helpers.js';
import { restorePageLanguage, savePageLanguage } from './helpers.js';

const switchLabel = (el: AdminSessionsRefresh) => mustPart(el, 'switch').textContent!.replace(/\s+/g, ' ').trim();

/** Whether `inner` lies within `outer` (1px of rounding allowed). */
function within(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
}

describe('i18n: the range picker and the refresh control', () => {
  beforeEach(() => {
    savePageLanguage();
    forgetChoice();
  });
  afterEach(async () => {
    restorePageLanguage();
    forgetChoice();
    await resetMouse();
  });

  it('speak English by default', async () => {
    document.documentElement.removeAttribute('lang');
    const page = await fixture<HTMLDivElement>(html`<div>
      <admin-sessions-range range="24h"></admin-sessions-range>
      <admin-sessions-refresh></admin-sessions-refresh>
    </div>`);
    const range = page.querySelector('admin-sessions-range')!;
    const refresh = page.querySelector('admin-sessions-refresh')!;
    if ((navigator.language || 'en').toLowerCase().startsWith('en')) {
      expect(summaryText(range)).to.equal('Last 24 hours');
      expect(switchLabel(refresh)).to.equal('Auto-refresh');
    }
    document.documentElement.lang = 'en';
    await range.updateComplete;
    expect(summaryText(range)).to.equal('Last 24 hours');
    expect(trigger(range).getAttribute('lang')).to.equal('en');
  });

  it('switch to German when <html lang> changes, without a reload, and back', async () => {
    document.documentElement.lang = 'en';
    const page = await fixture<HTMLDivElement>(html`<div>
      <admin-sessions-range .from=${local(2025, 12, 15, 13)} .to=${local(2025, 12, 16, 13)}></admin-sessions-range>
      <admin-sessions-range range="24h"></admin-sessions-range>
      <admin-sessions-refresh></admin-sessions-refresh>
    </div>`);
    const [absolute, relative] = page.querySelectorAll('admin-sessions-range');
    const refresh = page.querySelector('admin-sessions-refresh')!;
    expect(summaryText(relative!)).to.equal('Last 24 hours');
    expect(switchLabel(refresh)).to.equal('Auto-refresh');

    document.documentElement.lang = 'de-DE';
    await waitUntil(() => summaryText(relative!) === 'Letzte 24 Stunden', 'the range trigger did not switch to German');
    await waitUntil(() => switchLabel(refresh) === 'Automatisch aktualisieren', 'the refresh switch did not switch to German');
    expect(mustPart<HTMLButtonElement>(refresh, 'switch').getAttribute('aria-checked')).to.equal('false');
    expect(text(refresh, 'refresh-now')).to.equal('Jetzt aktualisieren');
    expect([...mustPart<HTMLSelectElement>(refresh, 'interval').options].map((option) => option.textContent)).to.deep.equal([
      '2 s',
      '5 s',
      '10 s',
      '30 s',
      '60 s',
    ]);
    expect(trigger(relative!).getAttribute('lang')).to.equal('de');

    // The calendar follows with flatpickr's German locale.
    await absolute!.updateComplete;
    await openPanel(absolute!);
    expect(calendarMonth(absolute!)).to.equal('Dezember 2025');
    expect(rangePart(absolute!, '.flatpickr-weekday').textContent!.trim()).to.equal('Mo');
    expect(rangePart(absolute!, '[part~="apply"]').textContent!.trim()).to.equal('Übernehmen');

    document.documentElement.lang = 'uk';
    await waitUntil(() => summaryText(relative!) === 'Останні 24 години', 'the range trigger did not switch to Ukrainian');
    await waitUntil(() => switchLabel(refresh) === 'Автооновлення', 'the refresh switch did not switch to Ukrainian');
    await absolute!.updateComplete;
    expect(calendarMonth(absolute!)).to.equal('Грудень 2025');

    document.documentElement.lang = 'en';
    await waitUntil(() => summaryText(relative!) === 'Last 24 hours', 'the range trigger did not switch back to English');
    await waitUntil(() => switchLabel(refresh) === 'Auto-refresh', 'the refresh switch did not switch back to English');
    await absolute!.updateComplete;
    expect(calendarMonth(absolute!)).to.equal('December 2025');
  });

  it('let a locale attribute win over the page language', async () => {
    document.documentElement.lang = 'de';
    const page = await fixture<HTMLDivElement>(html`<div>
      <admin-sessions-range locale="uk-UA" range="7d"></admin-sessions-range>
      <admin-sessions-refresh locale="en"></admin-sessions-refresh>
    </div>`);
    const range = page.querySelector('admin-sessions-range')!;
    const refresh = page.querySelector('admin-sessions-refresh')!;
    expect(summaryText(range)).to.equal('Останні 7 днів');
    expect(switchLabel(refresh)).to.equal('Auto-refresh');
    refresh.setAttribute('locale', 'uk');
    await refresh.updateComplete;
    expect(switchLabel(refresh)).to.equal('Автооновлення');
    expect(refresh.locale).to.equal('uk');
    refresh.removeAttribute('locale');
    await refresh.updateComplete;
    expect(switchLabel(refresh), 'unset again: the page language').to.equal('Automatisch aktualisieren');
  });

  it('localize the refresh countdown and paused reasons', async () => {
    document.documentElement.lang = 'uk';
    const el = await fixture<AdminSessionsRefresh>(
      html`<admin-sessions-refresh enabled .nextDueAt=${Date.now() + 4000}></admin-sessions-refresh>`,
    );
    expect(text(el, 'countdown-label')).to.match(/^Наступне оновлення через [1-4] с$/);
    el.pausedReason = 'hidden';
    await el.updateComplete;
    expect(text(el, 'paused')).to.equal('Призупинено: вкладка прихована');
  });

  it('localize the range validation messages and the date pattern, also when the language changes while one shows', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<AdminSessionsRange>(html`<admin-sessions-range .to=${local(2025, 12, 16, 13)}></admin-sessions-range>`);
    await openPanel(el);
    const start = rangePart<HTMLInputElement>(el, '#start');
    start.value = 'gestern';
    start.dispatchEvent(new Event('input'));
    rangePart<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    expect(rangePart(el, '[part~="error"]').textContent).to.equal('Der Beginn ist kein Datum im Format DD.MM.YYYY, HH:mm.');
    document.documentElement.lang = 'en';
    await waitUntil(
      () => rangePart(el, '[part~="error"]').textContent === 'The start is not a date in the format MM/DD/YYYY, HH:mm.',
      'the shown error did not follow the language',
    );
  });
});

describe('i18n: right to left', () => {
  beforeEach(() => {
    savePageLanguage();
    forgetChoice();
  });
  afterEach(async () => {
    restorePageLanguage();
    forgetChoice();
    await resetMouse();
  });

  it('keeps the controls inside their element in <div dir="rtl" lang="ar">', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 720px">
      <p><admin-sessions-range .from=${local(2025, 12, 15, 13)}></admin-sessions-range></p>
      <p><admin-sessions-refresh enabled paused-reason="error" .nextDueAt=${Date.now() + 60_000}></admin-sessions-refresh></p>
      <p><admin-sessions-refresh enabled interval="10" .nextDueAt=${Date.now() + 5000}></admin-sessions-refresh></p>
    </div>`);
    const range = page.querySelector('admin-sessions-range')!;
    const [paused, counting] = page.querySelectorAll('admin-sessions-refresh');
    await Promise.all([range.updateComplete, paused!.updateComplete, counting!.updateComplete]);
    const box = page.getBoundingClientRect();

    // English texts (no Arabic dictionary), marked as such, in a mirrored layout.
    expect(summaryText(range)).to.equal('12/15/2025, 13:00 – now');
    expect(trigger(range).getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(trigger(range)).direction).to.equal('rtl');

    // The range: its trigger inside it, at the inline start (right) of the line.
    const rangeBox = range.getBoundingClientRect();
    expect(within(trigger(range).getBoundingClientRect(), rangeBox), 'trigger inside the range').to.equal(true);
    expect(Math.abs(rangeBox.right - box.right), 'range at the right edge').to.be.below(2);
    expect(range.scrollWidth).to.be.at.most(range.clientWidth + 1);

    // Its panel opens under the trigger, from the right edge leftwards, with everything inside it.
    await openPanel(range);
    const panel = rangePart(range, '[part~="panel"]').getBoundingClientRect();
    expect(Math.abs(panel.right - rangeBox.right), 'panel aligned with the trigger’s inline start').to.be.below(2);
    expect(panel.left).to.be.at.least(0);
    for (const selector of ['[part~="presets"]', '[part~="calendar"]', 'form', '[part~="apply"]', '[part~="cancel"]', '#start', '#end']) {
      expect(within(rangePart(range, selector).getBoundingClientRect(), panel), `${selector} inside the panel`).to.equal(true);
    }
    const presets = rangePart(range, '[part~="presets"]').getBoundingClientRect();
    const calendar = rangePart(range, '[part~="calendar"]').getBoundingClientRect();
    expect(presets.left, 'presets on the right, calendar on the left').to.be.greaterThan(calendar.left);
    const apply = rangePart(range, '[part~="apply"]').getBoundingClientRect();
    const cancel = rangePart(range, '[part~="cancel"]').getBoundingClientRect();
    expect(apply.left, 'Apply at the inline end (left)').to.be.below(cancel.left);
    // The calendar keeps a left-to-right grid: the 1st of December 2025 (a Monday) left of the 2nd.
    const days = [...range.shadowRoot!.querySelectorAll<HTMLElement>('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)')];
    const [one, two] = ['1', '2'].map((day) => days.find((cell) => cell.textContent!.trim() === day)!.getBoundingClientRect());
    expect(one!.left).to.be.below(two!.left);

    // The refresh controls: every part inside the element, none overflowing.
    for (const el of [paused!, counting!]) {
      const elBox = el.getBoundingClientRect();
      expect(Math.abs(elBox.right - box.right), 'refresh at the right edge').to.be.below(2);
      expect(elBox.right).to.be.at.most(box.right + 1);
      expect(elBox.left).to.be.at.least(box.left - 1);
      for (const name of ['switch', 'interval', 'refresh-now', 'paused', 'countdown', 'countdown-label']) {
        const found = el.shadowRoot!.querySelector(`[part~="${name}"]`);
        if (found) expect(within(found.getBoundingClientRect(), elBox), `${name} inside the refresh control`).to.equal(true);
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    }
    // The switch reads from the right: the switch first (rightmost), Refresh now last (leftmost).
    const switchBox = mustPart(counting!, 'switch').getBoundingClientRect();
    const refreshNow = mustPart(counting!, 'refresh-now').getBoundingClientRect();
    expect(switchBox.left).to.be.greaterThan(refreshNow.left);
    expect(text(paused!, 'paused')).to.match(/^Paused: error — retrying in \d+ s$/);
  });

  it('mirrors the switch thumb and the countdown bar', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="he">
      <admin-sessions-refresh interval="10" .nextDueAt=${Date.now() + 5000}></admin-sessions-refresh>
    </div>`);
    const el = page.querySelector('admin-sessions-refresh')!;
    const track = () => el.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    const thumb = () => el.shadowRoot!.querySelector('.thumb')!.getBoundingClientRect();
    const centre = (rect: DOMRect) => rect.left + rect.width / 2;

    expect(within(thumb(), track()), 'thumb inside the track (off)').to.equal(true);
    expect(centre(thumb()), 'off: the thumb at the inline start (right)').to.be.greaterThan(centre(track()));

    mustPart(el, 'switch').click();
    await el.updateComplete;
    await waitUntil(() => centre(thumb()) < centre(track()), 'on: the thumb did not move to the inline end (left)');
    // The thumb glides there (a 150 ms transition): check where it ends.
    await Promise.all(el.shadowRoot!.querySelector('.thumb')!.getAnimations().map((animation) => animation.finished));
    expect(within(thumb(), track()), 'thumb inside the track (on)').to.equal(true);

    // The countdown bar empties towards the inline start: it stays anchored at the right.
    el.nextDueAt = Date.now() + 5000;
    await el.updateComplete;
    const countdown = mustPart(el, 'countdown');
    const bar = countdown.querySelector('.bar')!;
    await waitUntil(() => bar.getBoundingClientRect().width < countdown.getBoundingClientRect().width * 0.8, 'the bar did not shrink');
    expect(Math.abs(bar.getBoundingClientRect().right - countdown.getBoundingClientRect().right)).to.be.below(1);
  });

  it('keeps the bar anchored at the left in a left-to-right page', async () => {
    const el = await fixture<AdminSessionsRefresh>(
      html`<admin-sessions-refresh enabled interval="10" .nextDueAt=${Date.now() + 5000}></admin-sessions-refresh>`,
    );
    const countdown = mustPart(el, 'countdown');
    const bar = countdown.querySelector('.bar')!;
    await waitUntil(() => bar.getBoundingClientRect().width < countdown.getBoundingClientRect().width * 0.8, 'the bar did not shrink');
    expect(Math.abs(bar.getBoundingClientRect().left - countdown.getBoundingClientRect().left)).to.be.below(1);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { hourData, mount as mountHistogram, part as histogramPart, settle, tooltipText, DAY, HOUR, T0 } from '../components/admin-sessions-histogram/helpers.js';
import { rowsOf, shadowPart, startWorker, tableOf, until, useHandlers } from '../helpers/msw.js';
import { restorePageLanguage, savePageLanguage, suspiciousLog } from './helpers.js';

/**
 * The details panel, the histogram and the error message in German and Ukrainian, as a person reads
 * them: button texts, labels, accessible names, dates and numbers in the language's own format.
 */

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const texts = (elements: Iterable<Element>) => [...elements].map(text);

const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };

const detailsOf = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-details')?.shadowRoot ?? null;
const histogramOf = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-histogram')!.shadowRoot!;

/** Mounts the widget (German by its `locale`, Ukrainian by a `lang` around it), opens the newest row's details. */
async function openDetails(language: 'de' | 'uk', newest: number): Promise<AdminSessions> {
  const entries = suspiciousLog(newest);
  const page = await fixture<HTMLElement>(
    language === 'de'
      ? html`<div><admin-sessions locale="de" cache="none" range="24h" style="--admin-sessions-table-height: 600px"></admin-sessions></div>`
      : html`<div lang="uk"><admin-sessions cache="none" range="24h" style="--admin-sessions-table-height: 600px"></admin-sessions></div>`,
  );
  const el = page.querySelector('admin-sessions')!;
  el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
  await until(() => rowsOf(el).length === entries.length, 'rows not shown');
  tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!.focus();
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await until(() => detailsOf(el)?.querySelector('[part~="detail-panel"]'), 'no details panel');
  return el;
}

describe('i18n: details panel, histogram and errors in German and Ukrainian', () => {
  before(startWorker);
  beforeEach(() => {
    savePageLanguage();
    document.documentElement.removeAttribute('lang');
  });
  afterEach(restorePageLanguage);

  it('shows the details panel in German', async () => {
    const newest = Date.now() - HOUR;
    const el = await openDetails('de', newest);
    const panel = detailsOf(el)!;
    // The table's scroll region: its name and how to use it from the keyboard.
    const scroller = tableOf(el).shadowRoot!.querySelector('[part~="scroller"]')!;
    expect(scroller.getAttribute('aria-label')).to.equal('Protokoll der Admin-Sitzungen');
    expect(text(tableOf(el).shadowRoot!.getElementById(scroller.getAttribute('aria-describedby')!))).to.equal(
      'Pfeiltasten wechseln die Zeile; Enter öffnet die Details einer Zeile.',
    );
    expect(panel.querySelector('[part~="detail-panel"]')!.getAttribute('aria-label')).to.equal('Details der Anfrage');
    expect(text(panel.querySelector('[data-action="close"]'))).to.equal('Details schließen');
    expect(texts(panel.querySelectorAll('dt'))).to.deep.equal(['URL', 'Query-String', 'Admin', 'IP-Adresse', 'Zeit', 'WEB · POST', 'User-Agent', 'Auffällige Aktivität']);
    expect(texts(panel.querySelectorAll('[data-action="only"]'))).to.deep.equal(['Nur dieser URL-Pfad', 'Nur dieser Admin', 'Nur diese IP', 'Nur diese Methode']);
    expect(texts(panel.querySelectorAll('[data-action="exclude"]'))).to.deep.equal([
      'Diesen URL-Pfad ausschließen',
      'Diesen Admin ausschließen',
      'Diese IP ausschließen',
      'Diese Methode ausschließen',
    ]);
    expect(new Set(texts(panel.querySelectorAll('[data-action="copy"]')))).to.deep.equal(new Set(['Kopieren']));
    expect(text(panel.querySelector('.time-utc'))).to.equal(`UTC: ${new Intl.DateTimeFormat('de', { ...DATE_TIME, timeZone: 'UTC' }).format(newest)}`);
    expect(text(panel.querySelector('.time-utc'))).to.match(/^UTC: \d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d$/);
    expect(text(panel.querySelector('.time-local'))).to.equal(`Lokal: ${new Intl.DateTimeFormat('de', DATE_TIME).format(newest)}`);
    expect(text(panel.querySelector('.agent'))).to.equal('Unbekannt · Unbekannt');
    expect(text(panel.querySelector('dt:last-of-type + dd'))).to.equal(
      'Erste Anfrage von 10.0.0.2 für Olena Kovalenko im geladenen Zeitraum (vorher: 10.0.0.4 und 2 weitere IPs) · ' +
        '10 ändernde Anfragen von Olena Kovalenko innerhalb von 60 s',
    );
    // The filter buttons still filter (their labels changed, not what they do).
    const onlyIp = [...panel.querySelectorAll<HTMLButtonElement>('[data-action="only"]')].find((button) => text(button) === 'Nur diese IP')!;
    onlyIp.click();
    await until(() => el.query.includes('ip:10.0.0.2'), `filter not applied: ${el.query}`);
  });

  it('shows the details panel in Ukrainian, from a lang around the widget', async () => {
    const newest = Date.now() - HOUR;
    const el = await openDetails('uk', newest);
    const panel = detailsOf(el)!;
    expect(panel.querySelector('[part~="detail-panel"]')!.getAttribute('aria-label')).to.equal('Подробиці запиту');
    expect(text(panel.querySelector('[data-action="close"]'))).to.equal('Закрити подробиці');
    expect(texts(panel.querySelectorAll('dt'))).to.deep.equal([
      'URL',
      'Рядок запиту',
      'Адміністратор',
      'IP-адреса',
      'Час',
      'WEB · POST',
      'Агент користувача',
      'Незвична активність',
    ]);
    expect(texts(panel.querySelectorAll('[data-action="only"]'))).to.deep.equal(['Лише цей шлях URL', 'Лише цей адміністратор', 'Лише ця IP-адреса', 'Лише цей метод']);
    expect(texts(panel.querySelectorAll('[data-action="exclude"]'))).to.deep.equal([
      'Виключити цей шлях URL',
      'Виключити цього адміністратора',
      'Виключити цю IP-адресу',
      'Виключити цей метод',
    ]);
    expect(new Set(texts(panel.querySelectorAll('[data-action="copy"]')))).to.deep.equal(new Set(['Копіювати']));
    expect(text(panel.querySelector('.time-utc'))).to.equal(`UTC: ${new Intl.DateTimeFormat('uk', { ...DATE_TIME, timeZone: 'UTC' }).format(newest)}`);
    expect(text(panel.querySelector('.time-local'))).to.equal(`Місцевий: ${new Intl.DateTimeFormat('uk', DATE_TIME).format(newest)}`);
    expect(text(panel.querySelector('.agent'))).to.equal('Невідомо · Невідомо');
    expect(text(panel.querySelector('dt:last-of-type + dd'))).to.equal(
      'Перший запит з 10.0.0.2 для Olena Kovalenko у завантаженому діапазоні (раніше: 10.0.0.4 та ще 2 IP-адреси) · ' +
        '10 змінювальних запитів від Olena Kovalenko протягом 60 с',
    );
  });

  it('labels the histogram of the loaded rows in German and Ukrainian', async () => {
    for (const [language, label, summary] of [
      ['de', 'Berechnet aus den 12 geladenen Zeilen', /^Anfragen pro .+ von .+ bis .+: 12 insgesamt, 12 WEB und 0 API\./],
      ['uk', 'Обчислено з 12 завантажених рядків', /^Кількість запитів за .+ з .+ до .+: усього 12, WEB — 12, API — 0\./],
    ] as const) {
      const el = await openDetails(language, Date.now() - HOUR);
      const histogram = histogramOf(el);
      await until(() => histogram.querySelector('[part~="label"]'), 'no source label');
      expect(text(histogram.querySelector('[part~="label"]'))).to.equal(label);
      expect(histogram.querySelector('[part~="legend"]')!.getAttribute('aria-label')).to.equal(language === 'de' ? 'Anfragetypen' : 'Типи запитів');
      expect(texts(histogram.querySelectorAll('[part~="legend"] li'))).to.deep.equal(['WEB', 'API']);
      expect(histogram.querySelector('[part~="chart"]')!.getAttribute('aria-label')).to.match(summary);
    }
  });

  it('writes the histogram’s bucket size, dates and counts in each language', async () => {
    const week = { start: T0 - 14 * HOUR, size: 3 * HOUR, web: new Array(56).fill(1), api: new Array(56).fill(2) };
    week.web[3] = 1234;
    const expected = {
      de: { per: /^Anfragen pro 3 Stunden von /, month: 'Dez', tooltip: /^15\. Dez\., 09:00–12:00 · 1\.234 WEB, 2 API$/ },
      uk: { per: /^Кількість запитів за 3 години з /, month: 'груд', tooltip: /^15 груд\.?, 09:00–12:00 · 1\s234 WEB, 2 API$/ },
    } as const;
    for (const language of ['de', 'uk'] as const) {
      const el = await mountHistogram(week, { from: null, to: null });
      el.locale = language;
      await settle(el);
      const chart = histogramPart(el, 'chart')!;
      expect(chart.getAttribute('aria-label')).to.match(expected[language].per);
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick"]')].map(text);
      expect(ticks[0]).to.include(expected[language].month);
      chart.focus();
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(tooltipText(el)).to.match(expected[language].tooltip);
    }
    // A minute's buckets: "pro Minute" / "за хвилину" (accusative), and the empty chart.
    const hour = await mountHistogram(hourData());
    hour.locale = 'uk';
    await settle(hour);
    expect(histogramPart(hour, 'chart')!.getAttribute('aria-label')).to.match(/^Кількість запитів за хвилину з 14:00 до 15:00/);
    hour.data = { start: T0, size: DAY, web: [0], api: [0] };
    await settle(hour);
    expect(text(histogramPart(hour, 'empty'))).to.equal('Немає запитів у цьому діапазоні');
    hour.locale = 'de';
    await settle(hour);
    expect(text(histogramPart(hour, 'empty'))).to.equal('Keine Anfragen in diesem Zeitraum');
  });

  it('shows the server’s errors in German and Ukrainian, with the server’s own words and numbers', async () => {
    const path = '/t-locales/sessions';
    const cases = [
      {
        locale: 'de',
        respond: () => HttpResponse.json({ error: { code: 'forbidden', message: 'Permission Denied' } }, { status: 403 }),
        message: 'Sie haben keine Berechtigung, das Protokoll der Admin-Sitzungen anzusehen (Permission Denied).',
      },
      {
        locale: 'uk',
        respond: () => HttpResponse.json({ error: { code: 'busy', message: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': '7' } }),
        message: 'Сервер отримує забагато запитів. Повтор через 7 с.',
      },
      {
        locale: 'uk',
        respond: () => HttpResponse.json({ error: { code: 'x', message: 'Internal server error' } }, { status: 500 }),
        message: 'Серверу не вдалося завантажити журнал (HTTP 500: Internal server error).',
      },
      {
        locale: 'de',
        respond: () => HttpResponse.json({ error: { code: 'expired', message: 'Session expired', login_url: '/login' } }, { status: 401 }),
        message: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um das Protokoll zu sehen.',
      },
    ];
    for (const { locale, respond, message } of cases) {
      useHandlers(http.get(path, respond));
      const el = await fixture<AdminSessions>(html`<admin-sessions locale=${locale} cache="none" endpoint=${path}></admin-sessions>`);
      await until(() => shadowPart(el, 'error'), `no error shown in ${locale}`);
      const shown = text(shadowPart(el, 'error'));
      const login = text(shadowPart(el, 'login-link'));
      expect(login ? shown.slice(0, -login.length).trim() : shown).to.equal(message);
      if (login) expect(login).to.equal('Erneut anmelden');
    }
    // Without an endpoint: the configuration problem in Ukrainian.
    const el = await fixture<AdminSessions>(html`<admin-sessions locale="uk"></admin-sessions>`);
    await until(() => shadowPart(el, 'error'), 'no configuration error');
    expect(text(shadowPart(el, 'error'))).to.equal('Укажіть в атрибуті endpoint URL-адресу API журналу сеансів.');
  });
});

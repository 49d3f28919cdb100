import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/dictionaries.js';
import '../helpers/insights.js';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { errorForStatus } from '../../src/data/adapters/http.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import { parseQuery, termMeaning } from '../../src/data/insights/query-language.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import '../../src/i18n/en-parts.js';
import { describeLocalTerms } from '../../src/i18n/local-terms.js';
import { uk } from '../../src/i18n/uk.js';
import { rowsOf, shadowPart, until } from '../helpers/msw.js';
import { restorePageLanguage, savePageLanguage, suspiciousLog } from './helpers.js';

/**
 * What the data layer knows in English (unusual-activity reasons, the terms filtered over the loaded
 * rows, why an export failed) reaches a German or Ukrainian widget in that language, as a person
 * reads it: the badges' tooltips, the note under the toolbar, the export status.
 */

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Fragments of the data layer's English sentences that must not show in a German or Ukrainian widget. */
const ENGLISH = /earlier|First request|changing requests|within|Filtered|contains|does not|is not|field|burst of|new IP|Export failed|server failed|could not/;

/** The widget in `language` (German by its `locale`, Ukrainian by a `lang` around it) over `fetchPage`. */
async function mount(language: 'de' | 'uk', fetchPage: FetchPage, rows: number): Promise<AdminSessions> {
  const page = await fixture<HTMLElement>(
    language === 'de'
      ? html`<div><admin-sessions locale="de" cache="none" range="24h" no-histogram style="--admin-sessions-table-height: 600px"></admin-sessions></div>`
      : html`<div lang="uk"><admin-sessions cache="none" range="24h" no-histogram style="--admin-sessions-table-height: 600px"></admin-sessions></div>`,
  );
  const el = page.querySelector('admin-sessions')!;
  el.fetchPage = fetchPage;
  await until(() => rowsOf(el).length === rows, 'rows not shown');
  return el;
}

const HOUR = 3_600_000;

describe('i18n: the data layer’s English in German and Ukrainian', () => {
  beforeEach(() => {
    savePageLanguage();
    document.documentElement.removeAttribute('lang');
  });
  afterEach(restorePageLanguage);

  describe('the table’s unusual-activity badges', () => {
    for (const [language, newIp, burst] of [
      [
        'de',
        'Erste Anfrage von 10.0.0.2 für Olena Kovalenko im geladenen Zeitraum (vorher: 10.0.0.4 und 2 weitere IPs)',
        '10 ändernde Anfragen von Olena Kovalenko innerhalb von 60 s',
      ],
      [
        'uk',
        'Перший запит з 10.0.0.2 для Olena Kovalenko у завантаженому діапазоні (раніше: 10.0.0.4 та ще 2 IP-адреси)',
        '10 змінювальних запитів від Olena Kovalenko протягом 60 с',
      ],
    ] as const) {
      it(`say why in the tooltip in the widget’s language (${language})`, async () => {
        const entries = suspiciousLog(Date.now() - HOUR);
        const el = await mount(language, async () => ({ entries, total: entries.length, nextCursor: null }), entries.length);
        const newest = rowsOf(el).find((row) => row.dataset.id === 's0')!;
        await until(() => newest.querySelector('[part~="badge-new-ip"]'), 'no new-IP badge');
        const newIpTitle = newest.querySelector('[part~="badge-new-ip"]')!.getAttribute('title') ?? '';
        const burstTitle = newest.querySelector('[part~="badge-burst"]')?.getAttribute('title') ?? '';
        expect(newIpTitle).to.equal(newIp);
        expect(burstTitle).to.equal(burst);
        const titles = [...rowsOf(el)].flatMap((row) => [...row.querySelectorAll('[part~="badge"]')].map((badge) => badge.getAttribute('title') ?? ''));
        expect(titles.length).to.be.at.least(10);
        for (const title of titles) expect(title).not.to.match(ENGLISH);
      });
    }
  });

  describe('the note on what is filtered over the loaded rows', () => {
    const email = `${'x'.repeat(100_000)}@example.com`;
    const QUERY = `admin:olena -url:bell_notification method:POST ip:10.0.0.0/8 -ip:10.0.0.9 -is:new-ip is:burst type:web "free text" email:${email}`;
    const clipped = `${'x'.repeat(100)}…`;

    for (const [language, want] of [
      [
        'de',
        'In den geladenen Zeilen gefiltert: Admin enthält „olena“; URL enthält nicht „bell_notification“; Methode ist POST; IP im Bereich 10.0.0.0/8; ' +
          `IP ist nicht 10.0.0.9; nicht von einer neuen IP; Teil einer Häufung ändernder Anfragen; Typ ist WEB; ein Feld enthält „free text“; E-Mail enthält „${clipped}“.`,
      ],
      [
        'uk',
        'Відфільтровано серед завантажених рядків: адміністратор містить «olena»; URL не містить «bell_notification»; метод — POST; IP у діапазоні 10.0.0.0/8; ' +
          `IP не 10.0.0.9; не з нової IP-адреси; частина сплеску змінювальних запитів; тип — WEB; якесь поле містить «free text»; email містить «${clipped}».`,
      ],
    ] as const) {
      it(`says which terms in the widget’s language, with a 100 KB value clipped (${language})`, async () => {
        const entries = suspiciousLog(Date.now() - HOUR);
        const el = await mount(language, async () => ({ entries, total: entries.length, nextCursor: null }), entries.length);
        el.query = QUERY;
        const note = () => text(el.shadowRoot!.querySelector('.local-terms'));
        await until(() => note() !== '', 'no note on the local terms');
        // The length first: a failure then does not print a 100 KB note.
        expect(note().length).to.be.below(1000);
        expect(note()).to.equal(want);
        expect(note()).not.to.match(ENGLISH);
      });
    }

    it('words every kind of term in every language, with its value', () => {
      const terms = parseQuery('"free text" -"not me" admin:olena -email:ops url:/x ip:10.0. ip:10.0.0.1 -ip:2001:db8::/32 method:GET -type:api is:new-ip -is:burst').terms;
      expect(terms.length).to.equal(12);
      const kinds = new Set(terms.map((term) => termMeaning(term).kind));
      expect([...kinds].sort()).to.deep.equal(['contains', 'equals', 'flag', 'in-range']);
      for (const term of terms) {
        const english = en.sessions.localTerm(termMeaning(term));
        const meaning = termMeaning(term);
        const value = meaning.kind === 'in-range' ? meaning.network : meaning.kind === 'flag' ? '' : meaning.value;
        expect(english, `en names ${value}`).to.include(value);
        for (const [language, dictionary] of [['de', de], ['uk', uk]] as const) {
          const sentence = dictionary.sessions.localTerm(termMeaning(term));
          expect(sentence, `${language} ${term.value}`).to.not.equal(english);
          expect(sentence, `${language} ${term.value}`).not.to.match(ENGLISH);
          expect(sentence, `${language} names ${value}`).to.include(value);
        }
      }
      expect(describeLocalTerms(terms.slice(0, 2), { msg: de })).to.equal('ein Feld enthält „free text“; kein Feld enthält „not me“');
    });
  });

  describe('an export that fails', () => {
    for (const [language, server, thrown] of [
      [
        'de',
        'Export fehlgeschlagen: Der Server konnte das Protokoll nicht laden (HTTP 500: Internal server error).',
        'Export fehlgeschlagen: Die Antwort des Servers ist keine Seite des Sitzungsprotokolls (Failed to fetch).',
      ],
      [
        'uk',
        'Не вдалося експортувати: Серверу не вдалося завантажити журнал (HTTP 500: Internal server error).',
        'Не вдалося експортувати: Відповідь сервера не є сторінкою журналу сеансів (Failed to fetch).',
      ],
    ] as const) {
      it(`says why in the widget’s language, keeping the server’s words (${language})`, async function () {
        this.timeout(20_000);
        const entries = suspiciousLog(Date.now() - HOUR);
        let failure: unknown = errorForStatus({ status: 500, body: undefined, headers: new Headers() }, 'Internal server error', null);
        // The export asks for 500 rows a page; the table for 50.
        const fetchPage: FetchPage = async (request) => {
          if (request.limit === 500) throw failure;
          return { entries, total: entries.length, nextCursor: null };
        };
        const el = await mount(language, fetchPage, entries.length);
        const status = () => text(shadowPart(el, 'export-status'));
        const exportCsv = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export"][data-format="csv"]')!.click();

        exportCsv();
        await until(() => status() !== '' && !shadowPart(el, 'export-progress'), 'no export status');
        expect(status()).to.equal(server);
        expect(status()).not.to.match(ENGLISH);

        // A page's own fetchPage may throw anything: its message is kept as the detail.
        failure = new TypeError('Failed to fetch');
        exportCsv();
        await until(() => status() === thrown, `export status: ${status()}`);
        expect(status()).not.to.match(ENGLISH);
      });
    }
  });

  it('re-words the export status when the language changes after the export', async function () {
    this.timeout(20_000);
    const entries = suspiciousLog(Date.now() - HOUR);
    const fetchPage: FetchPage = async (request) => {
      if (request.limit === 500) throw errorForStatus({ status: 500, body: undefined, headers: new Headers() }, 'Internal server error', null);
      return { entries, total: entries.length, nextCursor: null };
    };
    const el = await mount('de', fetchPage, entries.length);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export"][data-format="csv"]')!.click();
    const status = () => text(shadowPart(el, 'export-status'));
    await until(() => status().startsWith('Export fehlgeschlagen'), `export status: ${status()}`);
    el.locale = 'uk';
    await until(() => status().startsWith('Не вдалося експортувати'), `export status after the switch: ${status()}`);
    expect(status()).to.equal('Не вдалося експортувати: Серверу не вдалося завантажити журнал (HTTP 500: Internal server error).');
    el.locale = 'en';
    await until(() => status() === 'Export failed: The server failed to load the log (HTTP 500: Internal server error).', `export status in English: ${status()}`);
  });

  describe('a log that fails to load', () => {
    for (const [language, sentence] of [
      ['de', 'Der Server konnte das Protokoll nicht laden (HTTP 503: Maintenance). Neuer Versuch in 30 s.'],
      ['uk', 'Серверу не вдалося завантажити журнал (HTTP 503: Maintenance). Повтор через 30 с.'],
    ] as const) {
      it(`is shown, announced and reported in the widget’s language, with the server’s words (${language})`, async function () {
        this.timeout(20_000);
        const entries = suspiciousLog(Date.now() - HOUR);
        let fail = false;
        const failure = errorForStatus({ status: 503, body: undefined, headers: new Headers({ 'Retry-After': '30' }) }, 'Maintenance', null);
        const fetchPage: FetchPage = async () => {
          if (fail) throw failure;
          return { entries, total: entries.length, nextCursor: null };
        };
        const el = await mount(language, fetchPage, entries.length);
        const reported: CustomEvent[] = [];
        el.addEventListener('admin-sessions-error', (event) => reported.push(event));
        fail = true;
        el.query = 'POST';
        await until(() => shadowPart(el, 'error'), 'no error shown');
        expect(text(shadowPart(el, 'error'))).to.equal(sentence);
        const live = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
        await until(() => text(live) !== '', 'nothing announced');
        expect(text(live)).to.equal(sentence);
        expect(text(live)).not.to.match(ENGLISH);
        await until(() => reported.length > 0, 'no admin-sessions-error event');
        const detail = reported[0]!.detail;
        expect(detail).to.deep.include({ status: 503, kind: 'server', text: sentence, retryAfter: 30, detail: 'Maintenance', timeoutSeconds: null });
        // The English message stays for logs.
        expect(detail.message).to.equal(failure.message);
      });
    }
  });
});

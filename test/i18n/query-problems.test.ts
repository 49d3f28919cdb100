import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/dictionaries.js';
import '../helpers/insights.js';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { parseQuery } from '../../src/data/insights/query-language.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import '../../src/i18n/en-parts.js';
import { uk } from '../../src/i18n/uk.js';
import { mockApi } from '../helpers/mock-api.js';
import { startWorker, until } from '../helpers/msw.js';

/** One search text per kind of problem the query language reports. */
const BROKEN = {
  'unclosed-quote': '"never closed',
  'unknown-key': 'mehtod:GET',
  'unknown-key, no guess': 'zzzzzz:1',
  'missing-value': 'ip: 10.0.0.1',
  'bad-method': 'method:FETCH',
  'bad-type': 'type:cron',
  'bad-is': 'is:bursty',
  'bad-prefix': 'ip:10.0.0.0/99',
  'bad-cidr-base': 'ip:nope/8',
  'bad-ip': 'ip:10.0.0.999',
} as const;

describe('i18n: search-text problems in every language', () => {
  it('each kind is reported, English matches the data layer, German and Ukrainian are their own sentences with the same values', () => {
    for (const [label, text] of Object.entries(BROKEN)) {
      const [error] = parseQuery(text).errors;
      expect(error, `${label}: no problem reported for ${text}`).to.not.equal(undefined);
      expect(en.sessions.queryProblem(error!.problem), label).to.equal(error!.message);
      for (const [language, dictionary] of [['de', de], ['uk', uk]] as const) {
        const sentence = dictionary.sessions.queryProblem(error!.problem);
        expect(sentence, `${language} ${label}`).to.not.equal(error!.message);
        // The piece of the search text at fault is quoted in every language.
        const quoted = /[“«„]([^”»“]+)[”»“]/.exec(error!.message)?.[1];
        if (quoted) expect(sentence, `${language} ${label} names “${quoted}”`).to.include(quoted);
      }
    }
  });

  describe('under the search box', function () {
    this.timeout(30_000);
    before(startWorker);

    for (const [locale, want] of [
      ['de', 'Unbekannter Filter „mehtod:“. Meinten Sie „method:“?'],
      ['uk', 'Невідомий фільтр «mehtod:». Можливо, «method:»?'],
      ['en', 'Unknown filter “mehtod:”. Did you mean “method:”?'],
    ] as const) {
      it(`says what is wrong in the widget's language (${locale})`, async () => {
        const api = mockApi({ count: 20 });
        const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" locale=${locale} endpoint=${api.nativePath} query="mehtod:GET"></admin-sessions>`);
        // The unknown key is still searched as text ("mehtod:GET"), which nothing matches.
        await until(() => api.requests.length > 0 && el.shadowRoot?.querySelector('admin-sessions-table')?.shadowRoot, 'never asked for the log');
        const shown = () => el.shadowRoot!.querySelector('[part~="search-error"]')?.textContent?.trim() ?? '';
        await until(() => shown() !== '', 'no problem shown under the search box');
        expect(shown()).to.equal(want);
        expect(el.shadowRoot!.querySelector('[part~="search"]')!.getAttribute('aria-invalid')).to.equal('true');
      });
    }
  });
});

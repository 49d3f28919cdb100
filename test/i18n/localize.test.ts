import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/dictionaries.js';
import { LitElement, type TemplateResult } from 'lit';
import {
  LocalizeController,
  localizeObserverState,
  requestedLanguage,
  resolveLocale,
  supportedLocaleOf,
} from '../../src/i18n/localize.js';
import { restorePageLanguage, savePageLanguage } from './helpers.js';

/** A minimal localized element: renders one string and counts its renders. */
class I18nProbe extends LitElement {
  static override properties = { locale: {} };
  declare locale: string | null;
  renders = 0;
  readonly i18n = new LocalizeController(this, () => this.locale);

  constructor() {
    super();
    this.locale = null;
  }

  protected override render(): TemplateResult {
    this.renders++;
    return html`<span>${this.i18n.msg.refresh.refreshNow}</span>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

/** Puts its slot-less content (a probe) in its shadow root, to test crossing shadow boundaries. */
class I18nWrapper extends LitElement {
  protected override render(): TemplateResult {
    return html`<div><i18n-probe></i18n-probe></div>`;
  }
}
customElements.define('i18n-wrapper', I18nWrapper);

const probeText = (probe: I18nProbe) => probe.shadowRoot!.querySelector('span')!.textContent!;

/** The browser's own MutationObserver, whatever a test puts in its place. */
const NativeMutationObserver = window.MutationObserver;

/**
 * Resolves once the browser has delivered the `lang`/`dir` changes made so far under the document to
 * mutation observers: the controller's observer got them in the same delivery, so an element that
 * was going to re-render has asked to by then.
 */
function langChangesDelivered(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new NativeMutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    const marker = document.createElement('i18n-marker');
    document.body.append(marker);
    marker.setAttribute('lang', 'x-marker');
    marker.remove();
  });
}

describe('i18n: resolving the language', () => {
  beforeEach(savePageLanguage);
  afterEach(restorePageLanguage);

  it('maps tags to dictionaries: de-AT → de, uk-UA → uk, unknown → null', () => {
    expect(supportedLocaleOf('de-AT')).to.equal('de');
    expect(supportedLocaleOf('DE_ch')).to.equal('de');
    expect(supportedLocaleOf('uk-UA')).to.equal('uk');
    expect(supportedLocaleOf('en-GB')).to.equal('en');
    expect(supportedLocaleOf('fr')).to.equal(null);
    expect(supportedLocaleOf('')).to.equal(null);
  });

  it('prefers the locale attribute, then the nearest lang, then <html lang>', async () => {
    document.documentElement.lang = 'de';
    const page = await fixture<HTMLDivElement>(html`<div lang="uk-UA"><p><span id="inner"></span></p></div>`);
    const inner = page.querySelector('#inner')!;
    expect(resolveLocale('de-AT', inner), 'locale attribute').to.equal('de');
    expect(resolveLocale(null, inner), 'nearest lang').to.equal('uk');
    expect(resolveLocale('', inner), 'an empty locale inherits').to.equal('uk');
    page.removeAttribute('lang');
    expect(resolveLocale(null, inner), '<html lang>').to.equal('de');
    inner.setAttribute('lang', 'en');
    expect(resolveLocale(null, inner), 'the element’s own lang').to.equal('en');
    expect(resolveLocale('fr', inner), 'an unknown language').to.equal('en');
    expect(requestedLanguage('fr', inner)).to.equal('fr');
  });

  it('skips empty lang attributes and falls back to navigator.language', async () => {
    document.documentElement.lang = '';
    const page = await fixture<HTMLDivElement>(html`<div lang=""><span></span></div>`);
    const expected = supportedLocaleOf(navigator.language) ?? 'en';
    expect(resolveLocale(null, page.querySelector('span')!)).to.equal(expected);
  });

  it('finds the nearest lang across shadow roots', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture<I18nWrapper>(html`<section lang="de"><i18n-wrapper></i18n-wrapper></section>`).then(
      (section) => section.querySelector('i18n-wrapper')!,
    );
    const probe = wrapper.shadowRoot!.querySelector<I18nProbe>('i18n-probe')!;
    expect(resolveLocale(null, probe)).to.equal('de');
    wrapper.setAttribute('lang', 'uk');
    expect(resolveLocale(null, probe)).to.equal('uk');
  });
});

describe('i18n: LocalizeController', () => {
  beforeEach(savePageLanguage);
  afterEach(restorePageLanguage);

  it('gives the strings and Intl formats of the resolved language', async () => {
    document.documentElement.lang = 'de-CH';
    const probe = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    const { i18n } = probe;
    expect(i18n.locale).to.equal('de');
    expect(i18n.lang).to.equal('de-CH');
    expect(probeText(probe)).to.equal('Jetzt aktualisieren');
    expect(i18n.formatList(['URL', 'Methode', 'IP'])).to.equal('URL, Methode und IP');
    const instant = Date.UTC(2025, 11, 15, 13, 5, 9);
    expect(i18n.formatDate(instant, { month: 'long', timeZone: 'UTC' })).to.equal('Dezember');
  });

  it('lists none or one item without building an Intl.ListFormat (the first one loads list data on the first render’s path)', async () => {
    document.documentElement.lang = 'de-CH';
    const { i18n } = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    const intl = Intl as { ListFormat: typeof Intl.ListFormat };
    const original = intl.ListFormat;
    let built = 0;
    intl.ListFormat = class extends original {
      constructor(...args: ConstructorParameters<typeof Intl.ListFormat>) {
        super(...args);
        built++;
      }
    } as typeof Intl.ListFormat;
    try {
      expect(i18n.formatList([])).to.equal('');
      expect(i18n.formatList(['URL'])).to.equal('URL');
      expect(built, 'formatters built for none or one item').to.equal(0);
      // Two or more items are still listed by the platform, in the language.
      expect(i18n.formatList(['Pfad', 'IP'], { type: 'disjunction' })).to.equal('Pfad oder IP');
      expect(built).to.equal(1);
    } finally {
      intl.ListFormat = original;
    }
  });

  it('speaks English under <html lang="ar"> (no dictionary), keeping the tag it found', async () => {
    document.documentElement.lang = 'ar';
    const probe = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    expect(probe.i18n.locale).to.equal('en');
    expect(probe.i18n.requestedTag).to.equal('ar');
    expect(probe.i18n.lang, 'Intl formats in the strings’ language').to.equal('en');
    expect(probeText(probe)).to.equal('Refresh now');
  });

  it('follows <html lang>, an ancestor’s lang and its own locale, re-rendering only on a change', async () => {
    document.documentElement.lang = 'en';
    const section = await fixture<HTMLElement>(html`<section><i18n-probe></i18n-probe></section>`);
    const probe = section.querySelector<I18nProbe>('i18n-probe')!;
    expect(probeText(probe)).to.equal('Refresh now');

    document.documentElement.lang = 'de';
    await waitUntil(() => probeText(probe) === 'Jetzt aktualisieren', 'did not follow <html lang>');

    section.setAttribute('lang', 'uk');
    await waitUntil(() => probeText(probe) === 'Оновити зараз', 'did not follow the nearest lang');

    probe.locale = 'de-AT';
    await probe.updateComplete;
    expect(probeText(probe), 'the locale property wins').to.equal('Jetzt aktualisieren');

    // A lang change elsewhere that changes nothing for the probe does not re-render it.
    await probe.updateComplete;
    const renders = probe.renders;
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.setAttribute('lang', 'fr');
    document.documentElement.lang = 'uk';
    await langChangesDelivered();
    await probe.updateComplete;
    expect(probe.renders).to.equal(renders);
    elsewhere.remove();
  });

  it('follows its own lang inside another element’s shadow root', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture<I18nWrapper>(html`<i18n-wrapper></i18n-wrapper>`);
    const probe = wrapper.shadowRoot!.querySelector<I18nProbe>('i18n-probe')!;
    await probe.updateComplete;
    expect(probeText(probe)).to.equal('Refresh now');
    probe.setAttribute('lang', 'uk');
    await waitUntil(() => probeText(probe) === 'Оновити зараз', 'did not follow its own lang in a shadow root');
    wrapper.setAttribute('lang', 'de');
    probe.removeAttribute('lang');
    await waitUntil(() => probeText(probe) === 'Jetzt aktualisieren', 'did not follow its host’s lang');
  });

  describe('the shared MutationObserver', () => {
    const Original = window.MutationObserver;
    let created: MutationObserver[] = [];
    let disconnects = 0;

    beforeEach(() => {
      created = [];
      disconnects = 0;
      window.MutationObserver = class extends Original {
        constructor(callback: MutationCallback) {
          super(callback);
          created.push(this);
        }
        override disconnect(): void {
          disconnects++;
          super.disconnect();
        }
      };
    });
    afterEach(() => {
      window.MutationObserver = Original;
    });

    it('is one for all elements, added on the first connect and removed after the last disconnect', async () => {
      expect(localizeObserverState(), 'nothing left from other tests').to.deep.equal({ hosts: 0, observing: false });
      const page = await fixture<HTMLDivElement>(html`<div><i18n-probe></i18n-probe><i18n-probe></i18n-probe><i18n-wrapper></i18n-wrapper></div>`);
      expect(localizeObserverState()).to.deep.equal({ hosts: 3, observing: true });
      expect(created, 'one observer for three elements').to.have.length(1);

      const [first, second] = page.querySelectorAll('i18n-probe');
      // A language change in the same task as a removal still reaches the elements that stay.
      document.documentElement.lang = 'uk';
      first!.remove();
      expect(localizeObserverState()).to.deep.equal({ hosts: 2, observing: true });
      await waitUntil(() => probeText(second as I18nProbe) === 'Оновити зараз', 'a change seen before a removal was lost');
      second!.remove();
      page.querySelector('i18n-wrapper')!.remove();
      expect(localizeObserverState()).to.deep.equal({ hosts: 0, observing: false });
      expect(disconnects, 'disconnected when the last element left').to.be.greaterThan(0);

      // A removed element is not re-rendered by later changes.
      const renders = (first as I18nProbe).renders;
      document.documentElement.lang = 'de';
      await langChangesDelivered();
      await (first as I18nProbe).updateComplete;
      expect((first as I18nProbe).renders).to.equal(renders);

      // Reconnecting starts one observer again, and the element catches up with the page.
      page.append(first!);
      expect(localizeObserverState()).to.deep.equal({ hosts: 1, observing: true });
      expect(created).to.have.length(2);
      await waitUntil(() => probeText(first as I18nProbe) === 'Jetzt aktualisieren', 'did not catch up after reconnecting');
      first!.remove();
      expect(localizeObserverState()).to.deep.equal({ hosts: 0, observing: false });
    });
  });
});

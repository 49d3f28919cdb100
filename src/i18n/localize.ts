/**
 * The localization layer: which language an element speaks, its strings, and `Intl` formatters
 * for that language (from the shared cache, `src/data/intl-cache.ts`).
 *
 * An element asks a `LocalizeController` (a Lit reactive controller). The language comes from the
 * element's own `locale` property when set, else the nearest `lang` attribute around it (crossing
 * shadow roots), else `<html lang>`, else the browser's language. It is re-resolved, and the
 * element re-rendered, when `<html lang>` or any `lang` attribute in the page (or on the element
 * itself) changes. (Text direction needs nothing from it: the shadow roots inherit the page's.)
 *
 * ```ts
 * class MyElement extends LitElement {
 *   @property() locale: string | null = null;
 *   readonly #i18n = new LocalizeController(this, () => this.locale);
 *   render() {
 *     const msg = this.#i18n.msg.refresh;
 *     return html`<span lang=${this.#i18n.locale}>${msg.nextRefreshIn(4)}</span>`;
 *   }
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import type { Messages } from './messages.js';
import { dateTimeFormat, listFormat } from '../data/intl-cache.js';

export type { Messages } from './messages.js';

/** The languages with a dictionary. */
export const SUPPORTED_LOCALES = Object.freeze(['en', 'de', 'uk'] as const);
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** English is always there; the other dictionaries come in chunks of their own, loaded on first use. */
const DICTIONARIES = new Map<SupportedLocale, Messages>([['en', en]]);
const LOADERS: Readonly<Record<Exclude<SupportedLocale, 'en'>, () => Promise<Messages>>> = {
  de: () => import('./de.js').then((module) => module.de),
  uk: () => import('./uk.js').then((module) => module.uk),
};
const loading = new Map<SupportedLocale, Promise<Messages>>();

/**
 * Loads a language's dictionary (once; English at once). A dictionary that cannot be loaded
 * leaves English in its place, with one warning.
 */
export function loadMessages(locale: SupportedLocale): Promise<Messages> {
  const known = DICTIONARIES.get(locale);
  if (known) return Promise.resolve(known);
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale as Exclude<SupportedLocale, 'en'>]().then(
      (messages) => (DICTIONARIES.set(locale, messages), messages),
      (error: unknown) => {
        console.warn(`admin-sessions: the "${locale}" dictionary could not be loaded; showing English.`, error);
        DICTIONARIES.set(locale, en);
        return en;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The dictionary language a BCP 47 tag asks for (`de-AT` → `de`), or `null` when there is none. */
export function supportedLocaleOf(tag: string | null | undefined): SupportedLocale | null {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : null;
}

/** The strings of a language (English for anything without a dictionary, and until `loadMessages` brought it). */
export function messagesFor(locale: SupportedLocale | string | null | undefined): Messages {
  return DICTIONARIES.get(supportedLocaleOf(locale) ?? 'en') ?? en;
}

/** The closest element matching `selector` from `element` outwards, crossing shadow roots. */
function closestAcrossShadows(element: Element, selector: string): Element | null {
  let current: Element | null = element;
  while (current) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The language tag an element should use, as written (`de-AT`, `ar`, `fr`): `requested` (the
 * element's `locale`) when not empty, else the nearest non-empty `lang` attribute (the element's
 * own included, crossing shadow roots), else `<html lang>`, else `navigator.language`.
 */
export function requestedLanguage(requested: string | null | undefined, element: Element): string | null {
  const own = requested?.trim();
  if (own) return own;
  const lang = closestAcrossShadows(element, '[lang]:not([lang=""])')?.getAttribute('lang')?.trim();
  if (lang) return lang;
  const page = globalThis.document?.documentElement?.lang?.trim();
  if (page) return page;
  return globalThis.navigator?.language || null;
}

/** The dictionary language for an element: see `requestedLanguage`; `de-AT` → `de`; unknown → `en`. */
export function resolveLocale(requested: string | null | undefined, element: Element): SupportedLocale {
  return supportedLocaleOf(requestedLanguage(requested, element)) ?? 'en';
}

/** The tag to hand `Intl`: the requested one when it is the same language (keeps `de-CH`, `en-GB`), else the dictionary's. */
function intlTag(tag: string | null, locale: SupportedLocale): string {
  if (!tag || supportedLocaleOf(tag) !== locale) return locale;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? locale;
  } catch {
    return locale;
  }
}

// ---- One MutationObserver for every connected controller ----

const LANG_ATTRIBUTES = ['lang'];
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | null = null;

/** Hosts inside another element's shadow root are not in the document's subtree: watch them one by one. */
function observeHost(controller: LocalizeController): void {
  if (observer && controller.host.getRootNode() instanceof ShadowRoot) {
    observer.observe(controller.host, { attributes: true, attributeFilter: LANG_ATTRIBUTES });
  }
}

/** `<html lang>`, any `lang` in the light DOM (ancestors and light-DOM hosts), and every shadow-DOM host. */
function observeAll(): void {
  if (!observer) return;
  const root = globalThis.document?.documentElement;
  if (root) observer.observe(root, { attributes: true, attributeFilter: LANG_ATTRIBUTES, subtree: true });
  for (const controller of controllers) observeHost(controller);
}

function register(controller: LocalizeController): void {
  if (controllers.has(controller)) return;
  controllers.add(controller);
  if (typeof MutationObserver === 'undefined') return;
  if (observer) {
    observeHost(controller);
    return;
  }
  observer = new MutationObserver(refreshAll);
  observeAll();
}

function unregister(controller: LocalizeController): void {
  if (!controllers.delete(controller)) return;
  if (!observer) return;
  // A MutationObserver cannot forget one node: start over with the hosts still connected,
  // passing on a change it had seen but not yet reported.
  const pending = observer.takeRecords().length > 0;
  observer.disconnect();
  if (controllers.size === 0) {
    observer = null;
    return;
  }
  observeAll();
  if (pending) queueMicrotask(refreshAll);
}

function refreshAll(): void {
  for (const controller of [...controllers]) controller.refresh();
}

/** For tests and debugging: how many elements are localized, and whether the shared observer runs. */
export function localizeObserverState(): { readonly hosts: number; readonly observing: boolean } {
  return { hosts: controllers.size, observing: observer !== null };
}

// ---- The controller ----

interface Resolution {
  /** The language tag found, as written (`de-AT`, `ar`), or `null` when there was none. */
  readonly tag: string | null;
  readonly locale: SupportedLocale;
  /** The tag `Intl` formats with. */
  readonly intl: string;
}

const sameResolution = (a: Resolution | null, b: Resolution) =>
  a !== null && a.tag === b.tag && a.locale === b.locale && a.intl === b.intl;

export type LocalizeHost = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its language, strings and `Intl` formatters, and re-renders it when the
 * language around it changes.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizeHost;
  readonly #requested: () => string | null | undefined;
  #resolution: Resolution | null = null;
  #resolvedFor: string | null | undefined = undefined;
  #stale = true;

  /** @param requested The element's own choice (its `locale` property); empty/null = inherit. */
  constructor(host: LocalizeHost, requested: () => string | null | undefined = () => null) {
    this.host = host;
    this.#requested = requested;
    host.addController(this);
  }

  hostConnected(): void {
    register(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unregister(this);
    this.#stale = true;
  }

  /** Resolves again (the page changed); asks for a render when the result differs. */
  refresh(): void {
    const before = this.#resolution;
    this.#stale = true;
    if (!sameResolution(before, this.#current())) this.host.requestUpdate();
  }

  #current(): Resolution {
    const requested = this.#requested();
    if (this.#resolution && !this.#stale && requested === this.#resolvedFor) return this.#resolution;
    const tag = requestedLanguage(requested, this.host);
    const locale = supportedLocaleOf(tag) ?? 'en';
    const next: Resolution = { tag, locale, intl: intlTag(tag, locale) };
    if (!sameResolution(this.#resolution, next)) this.#resolution = next;
    this.#resolvedFor = requested;
    this.#stale = false;
    return this.#resolution!;
  }

  /** The dictionary language: `en`, `de` or `uk`. */
  get locale(): SupportedLocale {
    return this.#current().locale;
  }

  /**
   * The language tag found, as written (`de-AT`, `fr`, `ar`), before falling back to a
   * dictionary; `null` when none was found anywhere. (E.g. to pick a calendar in a language the
   * dictionaries do not cover.)
   */
  get requestedTag(): string | null {
    return this.#current().tag;
  }

  /** The BCP 47 tag `Intl` formats with: the requested tag when it is `locale`'s language (`de-CH`), else `locale`. */
  get lang(): string {
    return this.#current().intl;
  }

  /** Every string, in `locale` (English while its dictionary loads: see `whenReady`). */
  get msg(): Messages {
    return messagesFor(this.locale);
  }

  /**
   * For the host's `scheduleUpdate`: runs `update` at once when the dictionary of `locale` is
   * there, else after it has loaded, so that an element never shows English on its way to German.
   * (`updateComplete` waits for it too.)
   */
  whenReady<T>(update: () => T): T | Promise<T> {
    const locale = this.locale;
    return DICTIONARIES.has(locale) ? update() : loadMessages(locale).then(update);
  }

  /** A date, time or both (`options` as for `Intl.DateTimeFormat`; `timeZone` included). */
  formatDate(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return dateTimeFormat(this.lang, options).format(value);
  }

  /** `URL, method and IP` / `URL, Methode und IP`. */
  formatList(items: readonly string[], options: Intl.ListFormatOptions = { type: 'conjunction' }): string {
    // None or one item reads the same in every language, and the page's first `Intl.ListFormat`
    // loads its language's list data (~15–35 ms on a cold page, on the first render's path).
    if (items.length < 2) return items[0] ?? '';
    return listFormat(this.lang, options).format(items);
  }
}

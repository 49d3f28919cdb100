/**
 * The localization layer: which language an element speaks, its strings, its text direction, and
 * `Intl` formatters for that language.
 *
 * An element asks a `LocalizeController` (a Lit reactive controller). The language comes from the
 * element's own `locale` property when set, else the nearest `lang` attribute around it (crossing
 * shadow roots), else `<html lang>`, else the browser's language. It is re-resolved, and the
 * element re-rendered, when `<html lang>` or any `lang`/`dir` attribute in the page (or on the
 * element itself) changes.
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
import { de } from './de.js';
import { en } from './en.js';
import type { ErrorInfo, Messages } from './messages.js';
import { uk } from './uk.js';
import type { SessionsErrorKind } from '../data/errors.js';
import { BoundedMap } from '../data/bounded-map.js';

export type { Messages } from './messages.js';

/** The languages with a dictionary. */
export const SUPPORTED_LOCALES = Object.freeze(['en', 'de', 'uk'] as const);
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export type Direction = 'ltr' | 'rtl';

const DICTIONARIES: Readonly<Record<SupportedLocale, Messages>> = { en, de, uk };

/** The dictionary language a BCP 47 tag asks for (`de-AT` → `de`), or `null` when there is none. */
export function supportedLocaleOf(tag: string | null | undefined): SupportedLocale | null {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : null;
}

/** The strings of a language (English for anything without a dictionary). */
export function messagesFor(locale: SupportedLocale | string | null | undefined): Messages {
  return DICTIONARIES[supportedLocaleOf(locale) ?? 'en'];
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

/** Languages (and scripts) written right to left, for runtimes without `Intl.Locale` text info. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'khw', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

interface LocaleTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** The direction a language is written in (`ar`, `he`, `fa` … → `rtl`; unknown or invalid → `ltr`). */
export function languageDirection(tag: string | null | undefined): Direction {
  if (!tag) return 'ltr';
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-')) as Intl.Locale & LocaleTextInfo;
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    if (locale.script) return RTL_SCRIPTS.has(locale.script.toLowerCase()) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language.toLowerCase()) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The direction around an element: the nearest `dir="ltr"`/`dir="rtl"` (crossing shadow roots),
 * else the direction of its language (so `<html lang="ar">` is right to left even though the
 * strings fall back to English).
 */
export function resolveDirection(element: Element, languageTag: string | null): Direction {
  const explicit = closestAcrossShadows(element, '[dir="rtl" i], [dir="ltr" i]')?.getAttribute('dir')?.toLowerCase();
  if (explicit === 'rtl' || explicit === 'ltr') return explicit;
  return languageDirection(languageTag);
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

// ---- Cached Intl formatters (keyed by tag and options) ----

const numberFormats = new BoundedMap<string, Intl.NumberFormat>(32);
const dateTimeFormats = new BoundedMap<string, Intl.DateTimeFormat>(32);
const listFormats = new BoundedMap<string, Intl.ListFormat>(32);

function cached<T>(cache: Map<string, T>, tag: string, options: object | undefined, create: () => T): T {
  const key = options ? `${tag}|${JSON.stringify(options)}` : tag;
  let value = cache.get(key);
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

// ---- One MutationObserver for every connected controller ----

const LANG_ATTRIBUTES = ['lang', 'dir'];
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | null = null;

/** Hosts inside another element's shadow root are not in the document's subtree: watch them one by one. */
function observeHost(controller: LocalizeController): void {
  if (observer && controller.host.getRootNode() instanceof ShadowRoot) {
    observer.observe(controller.host, { attributes: true, attributeFilter: LANG_ATTRIBUTES });
  }
}

/** `<html lang>`, any `lang`/`dir` in the light DOM (ancestors and light-DOM hosts), and every shadow-DOM host. */
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
  readonly dir: Direction;
}

const sameResolution = (a: Resolution | null, b: Resolution) =>
  a !== null && a.tag === b.tag && a.locale === b.locale && a.intl === b.intl && a.dir === b.dir;

export type LocalizeHost = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its language, strings, direction and `Intl` formatters, and re-renders it when
 * the language or direction around it changes.
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
    const next: Resolution = { tag, locale, intl: intlTag(tag, locale), dir: resolveDirection(this.host, tag) };
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

  /** `rtl` or `ltr`: the nearest explicit `dir`, else the direction of the requested language. */
  get dir(): Direction {
    return this.#current().dir;
  }

  /** Every string, in `locale`. */
  get msg(): Messages {
    return DICTIONARIES[this.locale];
  }

  /** A number in the language's digits and grouping. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    const tag = this.lang;
    return cached(numberFormats, tag, options, () => new Intl.NumberFormat(tag, options)).format(value);
  }

  /** A cached `Intl.DateTimeFormat` in the element's language (hold it for a render of many rows). */
  dateTimeFormat(options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const tag = this.lang;
    return cached(dateTimeFormats, tag, options, () => new Intl.DateTimeFormat(tag, options));
  }

  /** A date, time or both (`options` as for `Intl.DateTimeFormat`; `timeZone` included). */
  formatDate(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return this.dateTimeFormat(options).format(value);
  }

  /** `15.12.2025, 13:05:09`: date and time to the second, 24-hour, in `timeZone` (the viewer's when undefined). */
  formatDateTime(value: Date | number, timeZone?: string): string {
    return this.formatDate(value, {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** `URL, method and IP` / `URL, Methode und IP`. */
  formatList(items: readonly string[], options?: Intl.ListFormatOptions): string {
    const tag = this.lang;
    return cached(listFormats, tag, options, () => new Intl.ListFormat(tag, options ?? { type: 'conjunction' })).format(items);
  }

  /**
   * A `SessionsError` (or anything with its `kind`, `status` and `retryAfter`) as a sentence in
   * `locale`. `detail` (the server's own words) is kept as is; `timeoutSeconds` names the
   * time-out of a `timeout` error.
   */
  errorMessage(
    error: { readonly kind: SessionsErrorKind; readonly status?: number; readonly retryAfter?: number | null },
    extra: { readonly detail?: string | null; readonly timeoutSeconds?: number | null } = {},
  ): string {
    return localizedError(this.msg, error, extra);
  }
}

/** `LocalizeController.errorMessage` without a controller. */
export function localizedError(
  msg: Messages,
  error: { readonly kind: SessionsErrorKind; readonly status?: number; readonly retryAfter?: number | null },
  extra: { readonly detail?: string | null; readonly timeoutSeconds?: number | null } = {},
): string {
  const info: ErrorInfo = {
    status: error.status ?? 0,
    retryAfter: error.retryAfter ?? null,
    timeoutSeconds: extra.timeoutSeconds ?? null,
    detail: extra.detail ?? null,
  };
  const message = msg.errors[error.kind] ?? msg.errors['bad-response'];
  return message(info);
}

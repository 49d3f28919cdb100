/**
 * Small, hand-written readings of what the row details panel shows: the browser behind a user agent
 * and the parts of a logged URL. Common cases only; anything else is reported as 'Unknown' or left
 * as it is, never guessed.
 */

export interface UserAgentInfo {
  /** 'Chrome', 'Edge', 'Firefox', 'Safari', 'Opera', 'curl', 'Postman', … or 'Unknown'. */
  readonly browser: string;
  /** As the user agent writes it ('120.0.0.0', '8.4.0'); '' when unknown. */
  readonly version: string;
  /** 'Windows', 'macOS', 'Linux', 'Android', 'iOS', 'ChromeOS' or 'Unknown'. */
  readonly os: string;
}

export const UNKNOWN_AGENT = 'Unknown';

/** First match wins: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const BROWSER_RULES: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['curl', /^curl\/([\w.-]+)/i],
  ['Postman', /\bPostmanRuntime\/([\w.-]+)/],
  ['python-requests', /\bpython-requests\/([\w.-]+)/i],
  ['Go-http-client', /\bGo-http-client\/([\w.-]+)/],
  ['okhttp', /\bokhttp\/([\w.-]+)/i],
  ['Edge', /\b(?:Edg|EdgA|EdgiOS|Edge)\/([\d.]+)/],
  ['Opera', /\b(?:OPR|OPX|OPiOS)\/([\d.]+)/],
  ['Opera', /^Opera\/.*\bVersion\/([\d.]+)/],
  ['Opera', /^Opera\/([\d.]+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/([\d.]+)/],
  ['Chrome', /\b(?:Chrome|CriOS)\/([\d.]+)/],
  ['Safari', /\bVersion\/([\d.]+).*\bSafari\//],
];

const OS_RULES: readonly (readonly [name: string, pattern: RegExp])[] = [
  // iOS user agents say "like Mac OS X", Android ones say "Linux": both are tested before those.
  ['iOS', /\b(?:iPhone|iPad|iPod)\b|\biOS\b/],
  ['Android', /\bAndroid\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Windows', /\bWindows\b|\bWin(?:32|64)\b/],
  ['macOS', /\bMacintosh\b|\bMac OS X\b|\bmacOS\b/],
  ['Linux', /\bLinux\b|\bX11\b|\bUbuntu\b|\bFedora\b/],
];

export function parseUserAgent(userAgent: string | null | undefined): UserAgentInfo {
  const text = typeof userAgent === 'string' ? userAgent.trim().slice(0, 2048) : '';
  let browser = UNKNOWN_AGENT;
  let version = '';
  for (const [name, pattern] of BROWSER_RULES) {
    const match = pattern.exec(text);
    if (match) {
      browser = name;
      version = match[1] ?? '';
      break;
    }
  }
  const os = OS_RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? UNKNOWN_AGENT;
  return { browser, version, os };
}

export interface UrlParts {
  /** `https://panel.example.com`, as logged; '' for a relative URL. */
  readonly origin: string;
  /** Percent-decoded path, not normalised (`/a/../b` stays: this is an audit log). */
  readonly path: string;
  /** Percent-decoded query parameters in order, `+` read as a space; repeated keys are kept. */
  readonly query: Array<[key: string, value: string]>;
}

/** Length of the UTF-8 sequence a lead byte starts; 0 for a byte that cannot start one. */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

const ESCAPE = /^%[0-9a-f]{2}$/i;

/**
 * Decodes `%XX` escapes that form valid UTF-8 and leaves everything else as written: a malformed
 * escape (`%zz`, `%`), or bytes that are not UTF-8 (`%E9` from a Latin-1 client), stay visible
 * instead of turning into U+FFFD or an exception.
 */
export function percentDecode(text: string, plusAsSpace = false): string {
  const source = plusAsSpace ? text.replace(/\+/g, ' ') : text;
  if (!source.includes('%')) return source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const escape = source.slice(i, i + 3);
    if (source[i] !== '%' || !ESCAPE.test(escape)) {
      out += source[i];
      i++;
      continue;
    }
    const length = sequenceLength(Number.parseInt(escape.slice(1), 16));
    const sequence = source.slice(i, i + 3 * length);
    let decoded: string | null = null;
    if (length > 0 && sequence.length === 3 * length && /^(?:%[0-9a-f]{2})+$/i.test(sequence)) {
      try {
        decoded = decodeURIComponent(sequence);
      } catch {
        decoded = null;
      }
    }
    if (decoded === null) {
      out += escape;
      i += 3;
    } else {
      out += decoded;
      i += sequence.length;
    }
  }
  return out;
}

/** The origin, path and query of a logged URL, for display. Works on relative and malformed URLs. */
export function describeUrl(url: string): UrlParts {
  const text = typeof url === 'string' ? url : '';
  const withoutFragment = text.split('#', 1)[0] ?? '';
  const originMatch = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(withoutFragment);
  const origin = originMatch ? originMatch[0] : '';
  const rest = withoutFragment.slice(origin.length);
  const questionMark = rest.indexOf('?');
  const rawPath = questionMark === -1 ? rest : rest.slice(0, questionMark);
  const rawQuery = questionMark === -1 ? '' : rest.slice(questionMark + 1);
  const query: Array<[string, string]> = [];
  for (const pair of rawQuery.split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const key = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? '' : pair.slice(equals + 1);
    query.push([percentDecode(key, true), percentDecode(value, true)]);
  }
  return { origin, path: percentDecode(rawPath), query };
}

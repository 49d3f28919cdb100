/**
 * Decodes HTML character references exactly once, without a DOM. PUQcloud escapes every string
 * with `htmlspecialchars` before JSON-encoding it; decoding once restores the logged text
 * (`O&#039;Brien` → `O'Brien`, `&amp;amp;` → `&amp;`). The result is only ever rendered as text.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;

/** Invalid references (NUL, surrogates, out of range) become U+FFFD, as browsers do. */
function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name!] ?? match;
  });
}

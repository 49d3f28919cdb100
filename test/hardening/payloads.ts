/**
 * The hostile strings of issue 8, as a server would store them (raw). `ID` in a template becomes
 * the payload's number, so a trap that fires says which payload ran. Each one goes into every
 * field (URL, its query string, name, email, IP, user agent, method, type, and the row id) of
 * both contracts: raw for `native`, `htmlspecialchars`-escaped for `puqcloud`.
 */
export interface Payload {
  readonly name: string;
  /** The logged text, raw; `ID` is replaced by the payload's number. */
  readonly template: string;
}

const KB100 = 100 * 1024;
const fill = (unit: string, bytes = KB100) => unit.repeat(Math.ceil(bytes / unit.length));

export const PAYLOAD_TEMPLATES: readonly Payload[] = [
  // Markup and event handlers
  { name: 'script tag', template: '<script>alert(ID)</script>' },
  { name: 'script tag incrementing the trap', template: '<script>__xss++</script>' },
  { name: 'img onerror', template: '<img src=x onerror=alert(ID)>' },
  { name: 'img onerror, quoted, __xss++', template: '<img src="x" onerror="__xss++">' },
  { name: 'attribute break-out "><img', template: '"><img src=x onerror=alert(ID)>' },
  { name: "attribute break-out '><svg onload", template: "'><svg onload=alert(ID)>" },
  { name: 'title attribute injection', template: 'x" onmouseover="alert(ID)" style="position:fixed;inset:0" x="' },
  { name: 'details ontoggle', template: '<details open ontoggle=alert(ID)>' },
  { name: 'input autofocus onfocus', template: '<input autofocus onfocus=alert(ID)>' },
  { name: 'body onload', template: '<body onload=alert(ID)>' },
  { name: 'custom element with onclick', template: '<x-y onclick=alert(ID)>click</x-y>' },
  { name: "the widget's own tag", template: '<admin-sessions endpoint="javascript:alert(ID)"></admin-sessions>' },
  { name: 'comment confusion', template: '<!--<img src="--><img src=x onerror=alert(ID)//">' },
  { name: 'CDATA', template: '<![CDATA[<script>alert(ID)</script>]]>' },
  { name: 'noscript mXSS', template: '<noscript><p title="</noscript><img src=x onerror=alert(ID)>">' },
  { name: 'template', template: '<template><script>alert(ID)</script></template><img src=x onerror=alert(ID)>' },
  { name: 'iframe srcdoc', template: '<iframe srcdoc="<script>parent.alert(ID)</script>"></iframe>' },
  { name: 'meta refresh', template: '<meta http-equiv="refresh" content="0;url=javascript:alert(ID)">' },
  { name: 'base href', template: '<base href="javascript:alert(ID)//">' },
  { name: 'form formaction', template: '<form><button formaction="javascript:alert(ID)">go</button></form>' },
  // SVG and MathML
  { name: 'svg script', template: '<svg><script>alert(ID)</script></svg>' },
  { name: 'svg animate onbegin', template: '<svg><animate onbegin=alert(ID) attributeName=x dur=1s></svg>' },
  { name: 'svg use data: href', template: '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(ID)>#x"/></svg>' },
  { name: 'MathML mglyph/style mXSS', template: '<math><mtext><table><mglyph><style><img src=x onerror=alert(ID)>' },
  { name: 'MathML href', template: '<math href="javascript:alert(ID)">click</math>' },
  // URLs
  { name: 'javascript: URL', template: 'javascript:alert(ID)' },
  { name: 'javascript: URL, mixed case with tab', template: ' JaVa\tScRiPt:alert(ID)' },
  { name: 'data: text/html URL', template: 'data:text/html,<script>alert(ID)</script>' },
  { name: 'data: base64 URL', template: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'a href javascript:', template: '<a href="javascript:alert(ID)">log in</a>' },
  { name: 'percent-encoded markup (URL paths are shown decoded)', template: '%3Cimg%20src%3Dx%20onerror%3Dalert(ID)%3E' },
  // CSS
  { name: 'style tag', template: '<style>*{display:none!important}:host{background:url("javascript:alert(ID)")}</style>' },
  { name: 'CSS text outside a tag', template: '}*{color:red}body{background:url(javascript:alert(ID))}' },
  { name: 'CSS expression()', template: 'expression(alert(ID))' },
  // Template languages
  { name: 'template literal / Angular-style', template: '${alert(ID)}{{constructor.constructor("alert(ID)")()}}' },
  // Entities: the native contract shows them verbatim; PUQcloud decodes exactly once
  { name: 'pre-escaped script (must not be decoded twice)', template: '&lt;script&gt;alert(ID)&lt;/script&gt;' },
  { name: 'double-escaped img', template: '&amp;lt;img src=x onerror=alert(ID)&amp;gt;' },
  { name: 'numeric references', template: '&#60;img src=x onerror=alert(ID)&#62;&#x3C;svg onload=alert(ID)&#x3E;' },
  // Unicode tricks
  { name: 'RTL override', template: 'admin\u202Egnp.exe\u202C <b>ID</b>' },
  { name: 'bidi isolates around markup', template: '\u2066<img src=x onerror=alert(ID)>\u2069\u200F' },
  { name: 'zero-width characters', template: 'a\u200Bd\u200Cm\u200Di\u2060n\uFEFF' },
  { name: 'fullwidth brackets', template: '\uFF1Cscript\uFF1Ealert(ID)\uFF1C/script\uFF1E' },
  { name: 'lone surrogates (invalid UTF-16)', template: '\uD800lone\uDFFF then \uDC00\uD83D reversed' },
  { name: 'NUL and control characters', template: 'a\u0000b\u0007c\u001b[31mred\u007f' },
  { name: 'CRLF and newlines', template: 'line1\r\nSet-Cookie: x=ID\n<script>alert(ID)</script>' },
  // Size
  { name: '100 KB of one letter', template: fill('A') },
  { name: '100 KB of img onerror', template: fill('<img src=x onerror=alert(ID)>') },
  { name: '100 KB of &amp;', template: fill('&amp;') },
  { name: '100 KB of RTL override and zero-width', template: fill('\u202Eab\u200Bcd') },
];

export interface ConcretePayload {
  readonly index: number;
  readonly name: string;
  readonly text: string;
}

export const PAYLOADS: readonly ConcretePayload[] = PAYLOAD_TEMPLATES.map((payload, index) => ({
  index,
  name: payload.name,
  text: payload.template.replaceAll('ID', String(index)),
}));

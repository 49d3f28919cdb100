import { html, nothing, type TemplateResult } from 'lit';

/**
 * Renders `text` with every case-insensitive occurrence of `needle` wrapped in `<mark>`, through
 * text bindings only (the text is never parsed as HTML).
 */
export function highlightMatches(text: string, needle: string): TemplateResult | string {
  if (!needle) return text;
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  let at = lower.indexOf(n);
  if (at < 0) return text;
  const pieces: (TemplateResult | string)[] = [];
  let from = 0;
  while (at >= 0) {
    if (at > from) pieces.push(text.slice(from, at));
    pieces.push(html`<mark part="match">${text.slice(at, at + n.length)}</mark>`);
    from = at + n.length;
    at = lower.indexOf(n, from);
  }
  if (from < text.length) pieces.push(text.slice(from));
  return html`${pieces}${nothing}`;
}

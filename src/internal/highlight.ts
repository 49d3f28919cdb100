import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * An element binding that sets the element's text, with every case-insensitive occurrence of
 * `needle` wrapped in `<mark part="match">`: `<span ${highlightedText(value, needle)}></span>`.
 *
 * The text only ever becomes text nodes (never parsed as HTML). As an element binding it leaves no
 * marker comment in the DOM, where a child binding (`<span>${value}</span>`) leaves one per binding:
 * the windowed table has seven texts per row, so its rows would carry seven comments each. It writes
 * only when the text or the needle changed.
 */
class HighlightedTextDirective extends Directive {
  #text: string | undefined;
  #needle: string | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('highlightedText() is an element binding: <span ${highlightedText(…)}>');
  }

  render(_text: string, _needle?: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [text, needle = '']: [string, string?]): typeof noChange {
    if (text !== this.#text || needle !== this.#needle) {
      this.#text = text;
      this.#needle = needle;
      writeHighlighted(part.element, text, needle);
    }
    return noChange;
  }
}

/** Replaces `element`'s children with `text`, matches of `needle` in `<mark part="match">`. */
function writeHighlighted(element: Element, text: string, needle: string): void {
  const n = needle.toLowerCase();
  const lower = n ? text.toLowerCase() : '';
  let at = n ? lower.indexOf(n) : -1;
  if (at < 0) {
    // The common case: one text node, reused when it is already there.
    const only = element.firstChild;
    if (only && only === element.lastChild && only.nodeType === Node.TEXT_NODE) (only as Text).data = text;
    else element.textContent = text;
    return;
  }
  const doc = element.ownerDocument;
  const pieces: Node[] = [];
  let from = 0;
  while (at >= 0) {
    if (at > from) pieces.push(doc.createTextNode(text.slice(from, at)));
    const mark = doc.createElement('mark');
    mark.setAttribute('part', 'match');
    mark.textContent = text.slice(at, at + n.length);
    pieces.push(mark);
    from = at + n.length;
    at = lower.indexOf(n, from);
  }
  if (from < text.length) pieces.push(doc.createTextNode(text.slice(from)));
  element.replaceChildren(...pieces);
}

/** See {@link HighlightedTextDirective}; `needle` '' (the default) sets the plain text. */
export const highlightedText = directive(HighlightedTextDirective);

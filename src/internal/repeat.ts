import type { ChildPart } from 'lit';
import { directive, type Directive, type DirectiveClass, type PartInfo } from 'lit/directive.js';
import { getCommittedValue, getDirectiveClass } from 'lit/directive-helpers.js';
import { repeat as litRepeat, type RepeatDirectiveFn } from 'lit/directives/repeat.js';

/**
 * Lit's keyed `repeat`, without the comment it leaves behind for every item it removes.
 *
 * Since lit-html 3.3.0 `removePart` removes an item's content and start marker but not its end
 * marker (lit/lit#5010, fix pending in lit/lit#5299). The table removes rows at the bottom on every
 * auto-refresh tick, so a shift-long session gathered thousands of empty comments in its `<tbody>`.
 * After Lit's own update this removes any comment between the items it keeps; once Lit is fixed
 * there is none and this costs one pass over the rows in view.
 */
const LitRepeatDirective = getDirectiveClass(litRepeat([], () => '')) as DirectiveClass as unknown as new (partInfo: PartInfo) => Directive & { render(...props: unknown[]): unknown };

class TidyRepeatDirective extends LitRepeatDirective {
  override update(containerPart: ChildPart, args: unknown[]): unknown {
    const result = super.update(containerPart, args);
    removeStrayMarkers(containerPart);
    return result;
  }
}

/** Removes the comments inside `containerPart` that belong to none of its item parts. */
function removeStrayMarkers(containerPart: ChildPart): void {
  const items = getCommittedValue(containerPart);
  if (!Array.isArray(items)) return;
  // Without an end marker the part owns everything up to its parent's last child.
  const end = containerPart.endNode;
  let node = containerPart.startNode?.nextSibling ?? null;
  let index = 0;
  while (node && node !== end) {
    const item = items[index] as ChildPart | undefined;
    if (item && node === item.startNode) {
      node = item.endNode?.nextSibling ?? null;
      index++;
      continue;
    }
    const next: ChildNode | null = node.nextSibling;
    if (node.nodeType === Node.COMMENT_NODE) node.remove();
    node = next;
  }
}

/** Same signature and behaviour as Lit's `repeat` (keyed when given a key function). */
export const repeat = directive(TidyRepeatDirective) as unknown as RepeatDirectiveFn;


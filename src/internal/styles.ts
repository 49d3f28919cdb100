import { css, type CSSResult } from 'lit';

/** Hidden on screen, read by screen readers: the rule each element's screen-reader-only text uses. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * Adds a part's styles to a shadow root that already has its element's: a part loaded on demand
 * styling what it draws in the shell or the table. Adopted, like the elements' own (in the tree, a
 * `<style>` would be outside their cascade layer's order and one more node), once per root.
 */
export function addStyles(root: ShadowRoot | null | undefined, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

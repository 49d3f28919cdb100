import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { repeat } from '../../src/internal/repeat.js';

const comments = (root: Node) => [...root.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
const items = (root: HTMLElement) => [...root.querySelectorAll('li')].map((li) => li.textContent);

function draw(container: HTMLElement, keys: readonly string[]) {
  render(html`<ul>${repeat(keys, (key) => key, (key) => html`<li>${key}</li>`)}</ul>`, container);
}

describe('repeat (Lit keyed repeat, tidy)', () => {
  it('leaves no comment behind for rows let go at the bottom while rows arrive on top', () => {
    const container = document.createElement('div');
    let keys = Array.from({ length: 20 }, (_, i) => `k${100 - i}`);
    draw(container, keys);
    const list = container.querySelector('ul')!;
    const before = comments(list);
    for (let tick = 1; tick <= 50; tick++) {
      keys = [`k${100 + 2 * tick}`, `k${99 + 2 * tick}`, ...keys.slice(0, -2)];
      draw(container, keys);
    }
    expect(items(list)).to.deep.equal(keys);
    // Lit 3.3's own repeat leaves one comment per removed row here: 100 after 50 ticks.
    expect(comments(list)).to.equal(before);
  });

  it('keeps each kept row the same element (keyed), through moves, removals and insertions', () => {
    const container = document.createElement('div');
    draw(container, ['a', 'b', 'c', 'd', 'e']);
    const list = container.querySelector('ul')!;
    const [a, , c, , e] = [...list.querySelectorAll('li')];
    const before = comments(list);
    draw(container, ['e', 'x', 'c', 'a']);
    expect(items(list)).to.deep.equal(['e', 'x', 'c', 'a']);
    const after = [...list.querySelectorAll('li')];
    expect(after[0]).to.equal(e);
    expect(after[2]).to.equal(c);
    expect(after[3]).to.equal(a);
    // Two item parts fewer than before (5 → 4 rows: one row's two markers gone, none stray).
    expect(comments(list)).to.equal(before - 2);
    draw(container, []);
    expect(items(list)).to.deep.equal([]);
    draw(container, ['a', 'b']);
    expect(items(list)).to.deep.equal(['a', 'b']);
  });
});

import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AxisLayoutController, type Tick } from '../../../src/components/admin-sessions-histogram/axis-layout-controller.js';
import { histogramLabeller } from '../../../src/components/admin-sessions-histogram/labels.js';
import { hourData } from './helpers.js';

/** A bare host: an axis as wide as the element, labels from an hour of one-minute buckets (UTC). */
class AxisHost extends LitElement {
  @property({ type: Number }) labelPadding = 0;
  ticks: Tick[] = [];
  readonly axis = new AxisLayoutController(this, () => this.renderRoot.querySelector<HTMLElement>('.axis'));
  protected override render(): TemplateResult {
    const data = hourData();
    this.ticks = this.axis.ticks(data, histogramLabeller(data, 'en-US', 'UTC'), 60, 'UTC');
    return litHtml`<div class="axis" style="position: relative; height: 1.5em; font: 12px monospace">
      ${this.ticks.map((tick) => litHtml`<span class="tick" style="position: absolute; white-space: nowrap; padding-inline: ${this.labelPadding}px; left: ${tick.start ?? 0}px">${tick.text}</span>`)}
    </div>`;
  }
}
customElements.define('axis-layout-controller-host', AxisHost);

const overlaps = (host: AxisHost) => {
  const boxes = [...host.shadowRoot!.querySelectorAll('.tick')].map((tick) => tick.getBoundingClientRect());
  return boxes.some((box, i) => i > 0 && box.left < boxes[i - 1]!.right);
};

describe('AxisLayoutController (how many time labels fit, and where)', () => {
  it('places labels by measured widths, fewer as the element narrows, more again as it widens', async () => {
    const host = await fixture<AxisHost>(html`<axis-layout-controller-host style="display: block; width: 600px"></axis-layout-controller-host>`);
    await waitUntil(() => host.ticks.every((tick) => tick.start !== null), 'labels never measured');
    const wide = host.ticks.length;
    expect(wide).to.be.within(2, 5);
    expect(overlaps(host)).to.equal(false);
    host.style.width = '120px';
    await waitUntil(() => host.ticks.length < wide, 'no fewer labels when narrow');
    await nextFrame();
    expect(overlaps(host)).to.equal(false);
    host.style.width = '600px';
    await waitUntil(() => host.ticks.length === wide, 'not as many labels again when wide');
  });

  it('measures labels afresh when they grow', async () => {
    const host = await fixture<AxisHost>(html`<axis-layout-controller-host style="display: block; width: 600px"></axis-layout-controller-host>`);
    await waitUntil(() => host.ticks.every((tick) => tick.start !== null), 'labels never measured');
    const before = host.ticks.length;
    host.labelPadding = 60;
    await waitUntil(() => host.ticks.length < before, 'wider labels still placed as many');
    await nextFrame();
    expect(overlaps(host)).to.equal(false);
  });

  it('stops watching the width once detached', async () => {
    const host = await fixture<AxisHost>(html`<axis-layout-controller-host style="display: block; width: 600px"></axis-layout-controller-host>`);
    await waitUntil(() => host.ticks.every((tick) => tick.start !== null), 'labels never measured');
    const parent = host.parentElement!;
    host.remove();
    let renders = 0;
    const render = host.requestUpdate.bind(host);
    host.requestUpdate = (...args: Parameters<typeof render>) => {
      renders++;
      render(...args);
    };
    host.style.width = '100px';
    await nextFrame();
    await nextFrame();
    expect(renders, 'no render for a resize while detached').to.equal(0);
    parent.append(host);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { DragZoomController } from '../../../src/components/admin-sessions-histogram/drag-zoom-controller.js';

/** A bare host: a 600 px chart of 60 buckets (10 px each) and the zooms it asks for. */
class DragHost extends LitElement {
  readonly zooms: [number, number][] = [];
  readonly pointer = new DragZoomController(this, {
    bucketAt: (clientX) => {
      const box = this.chart.getBoundingClientRect();
      return Math.max(0, Math.min(59, Math.floor(((clientX - box.left) / box.width) * 60)));
    },
    chart: () => this.chart,
    zoom: (first, last) => this.zooms.push([first, last]),
  });
  get chart(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.chart')!;
  }
  protected override render(): TemplateResult {
    const p = this.pointer;
    return litHtml`<div
      class="chart"
      tabindex="0"
      style="width: 600px; height: 50px; touch-action: none"
      data-selection=${p.selection ? `${p.selection.first}-${p.selection.last}` : ''}
      @pointerdown=${p.onPointerDown}
      @pointermove=${p.onPointerMove}
      @pointerup=${p.onPointerUp}
      @pointercancel=${p.onPointerCancel}
      @lostpointercapture=${p.onPointerCancel}
      @pointerleave=${p.onPointerLeave}
    ></div>`;
  }
}
customElements.define('drag-zoom-controller-host', DragHost);

async function mount(): Promise<{ host: DragHost; at: (bucket: number) => [number, number] }> {
  const host = await fixture<DragHost>(html`<drag-zoom-controller-host></drag-zoom-controller-host>`);
  const box = host.chart.getBoundingClientRect();
  return { host, at: (bucket) => [Math.round(box.left + bucket * 10 + 5), Math.round(box.top + 25)] };
}

describe('DragZoomController (hover, click and drag to zoom)', () => {
  afterEach(() => sendMouse({ type: 'up' }).catch(() => undefined));

  it('a click zooms to the bucket pressed; hovering names the bucket under the pointer', async () => {
    const { host, at } = await mount();
    await sendMouse({ type: 'move', position: at(7) });
    expect(host.pointer.hover).to.equal(7);
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    expect(host.zooms).to.deep.equal([[7, 7]]);
    expect(host.shadowRoot!.activeElement, 'pressing focuses the chart').to.equal(host.chart);
  });

  it('a drag shows its selection, in either direction, and zooms to it on release', async () => {
    const { host, at } = await mount();
    await sendMouse({ type: 'move', position: at(20) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: at(12) });
    await host.updateComplete;
    expect(host.chart.dataset.selection).to.equal('12-20');
    await sendMouse({ type: 'up' });
    expect(host.zooms).to.deep.equal([[12, 20]]);
    await host.updateComplete;
    expect(host.chart.dataset.selection).to.equal('');
  });

  it('cancel() drops a drag without zooming, and detaching cancels too', async () => {
    const { host, at } = await mount();
    await sendMouse({ type: 'move', position: at(5) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: at(30) });
    expect(host.pointer.dragging).to.equal(true);
    host.pointer.cancel();
    expect([host.pointer.dragging, host.pointer.selection]).to.deep.equal([false, null]);
    await sendMouse({ type: 'up' });
    expect(host.zooms).to.deep.equal([]);
    await sendMouse({ type: 'down' });
    host.remove();
    expect(host.pointer.dragging).to.equal(false);
  });

  it('leaving the chart forgets the hovered bucket', async () => {
    const { host, at } = await mount();
    await sendMouse({ type: 'move', position: at(3) });
    expect(host.pointer.hover).to.equal(3);
    const [x, y] = at(3);
    await sendMouse({ type: 'move', position: [x, y + 200] });
    expect(host.pointer.hover).to.equal(null);
  });
});

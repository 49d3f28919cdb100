import { expect } from '@open-wc/testing';
import { bucketAt, columnOf, sliderStep, zoomRange } from '../../../src/components/admin-sessions-histogram/columns.js';
import { MINUTE, T0 } from './helpers.js';

const box = { left: 100, right: 700, width: 600 };

describe('columns (where buckets are, no DOM)', () => {
  it('draws the oldest bucket leftmost, or rightmost right to left', () => {
    expect([0, 59].map((index) => columnOf(index, 60, false))).to.deep.equal([0, 59]);
    expect([0, 59].map((index) => columnOf(index, 60, true))).to.deep.equal([59, 0]);
  });

  it('finds the bucket under an x, clamped to the chart, mirrored right to left', () => {
    expect(bucketAt(105, box, 60, false)).to.equal(0);
    expect(bucketAt(255, box, 60, false)).to.equal(15);
    expect(bucketAt(255, box, 60, true)).to.equal(44);
    expect([bucketAt(0, box, 60, false), bucketAt(2000, box, 60, false)]).to.deep.equal([0, 59]);
    expect(bucketAt(255, undefined, 60, false), 'no chart').to.equal(0);
  });

  it('zooms to whole buckets, clamped to the selected range', () => {
    const data = { start: T0, size: MINUTE, web: Array(60).fill(1), api: Array(60).fill(0) };
    expect(zoomRange(data, 2, 4, null, null)).to.deep.equal({ from: T0 + 2 * MINUTE, to: T0 + 5 * MINUTE - 1 });
    expect(zoomRange(data, 0, 0, T0 + 30_000, null)).to.deep.equal({ from: T0 + 30_000, to: T0 + MINUTE - 1 });
    expect(zoomRange(data, 59, 59, null, T0 + 10 * MINUTE), 'entirely after the range').to.equal(null);
  });

  it('moves the slider the way the arrows point, Home/End to the ends, Enter/Space zoom', () => {
    expect(sliderStep('ArrowRight', null, 60, false)).to.equal(0);
    expect(sliderStep('ArrowLeft', null, 60, false)).to.equal(59);
    expect(sliderStep('ArrowRight', 10, 60, false)).to.equal(11);
    expect(sliderStep('ArrowRight', 10, 60, true), 'right to left: Right is older').to.equal(9);
    expect(sliderStep('ArrowLeft', 59, 60, true)).to.equal(59);
    expect([sliderStep('Home', 10, 60, false), sliderStep('End', 10, 60, true)]).to.deep.equal([0, 59]);
    expect([sliderStep('Enter', 3, 60, false), sliderStep(' ', 3, 60, false), sliderStep('Enter', null, 60, false)]).to.deep.equal(['zoom', 'zoom', null]);
    expect([sliderStep('a', 3, 60, false), sliderStep('Home', null, 0, false)]).to.deep.equal([null, null]);
  });
});

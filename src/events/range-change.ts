import type { RangePreset } from '../data/range-presets.js';

export interface AdminSessionsRangeChangeDetail {
  /** Start, ms since the epoch; `null` for an open start. */
  readonly from: number | null;
  /** End, ms since the epoch; `null` for an open end ("until now"). */
  readonly to: number | null;
  /**
   * The preset when the range is relative: re-resolve it (`resolvePreset`) at every refresh; `from`
   * and `to` are then only its value at the moment of Apply. `null` for an absolute range.
   */
  readonly relative: RangePreset | null;
}

/** Fired by `<admin-sessions-range>` when the user applies a range (never on programmatic changes). */
export class AdminSessionsRangeChangeEvent extends CustomEvent<AdminSessionsRangeChangeDetail> {
  constructor(detail: AdminSessionsRangeChangeDetail) {
    super('admin-sessions-range-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'admin-sessions-range-change': AdminSessionsRangeChangeEvent;
  }
}

import { expect } from '@open-wc/testing';
import { ENGLISH } from '../../../src/components/admin-sessions-range/calendar-locales.js';
import { flatpickrDateText } from '../../../src/components/admin-sessions-range/calendar-time.js';
import {
  EMPTY_DRAFT,
  calendarDates,
  checkDraft,
  commitField,
  draftOf,
  pickedDraft,
  readField,
  type TextSettings,
} from '../../../src/components/admin-sessions-range/draft.js';
import { local } from './helpers.js';

/** The draft the picker's panel edits, without the element: texts, instants and their checks (here in a `date-format` of d-m-Y H:i). */
const settings: TextSettings = { text: flatpickrDateText('d-m-Y H:i', ENGLISH, undefined), zone: undefined };

describe('draft (the panel’s edits, no DOM)', () => {
  it('writes instants in the format and leaves an open end empty', () => {
    const draft = draftOf(local(2025, 12, 15, 13), null, null, settings);
    expect(draft.startText).to.equal('15-12-2025 13:00');
    expect(draft.endText).to.equal('');
  });

  it('reads a field: untouched text keeps its exact instant, typed text is parsed, junk is unreadable', () => {
    const exact = local(2025, 12, 15, 13) + 42_000;
    expect(readField('15-12-2025 13:00', exact, settings)).to.equal(exact);
    expect(readField(' 16-12-2025 09:30 ', exact, settings)).to.equal(local(2025, 12, 16, 9, 30));
    expect(readField('', exact, settings)).to.equal(null);
    expect(readField('31-02-2025 10:00', null, settings)).to.equal(undefined);
  });

  it('checks a draft before Apply: which field is wrong, or the range', () => {
    const from = local(2025, 12, 15, 13);
    const to = local(2025, 12, 16, 13);
    expect(checkDraft(draftOf(from, to, null, settings), 0, settings)).to.deep.equal({ range: { from, to, relative: null } });
    const backwards = draftOf(to, from, null, settings);
    expect(checkDraft(backwards, 0, settings)).to.deep.equal({ error: { kind: 'endBeforeStart', field: 'end', format: 'DD-MM-YYYY HH:mm' } });
    expect(checkDraft({ ...EMPTY_DRAFT, startText: 'soon' }, 0, settings)).to.deep.include({ error: { kind: 'invalidStart', field: 'start', format: 'DD-MM-YYYY HH:mm' } });
    expect(checkDraft({ ...EMPTY_DRAFT, endText: 'later' }, 0, settings)).to.deep.include({ error: { kind: 'invalidEnd', field: 'end', format: 'DD-MM-YYYY HH:mm' } });
  });

  it('resolves a relative draft against the given clock at Apply', () => {
    const now = local(2025, 12, 15, 13);
    expect(checkDraft({ ...EMPTY_DRAFT, relative: '1h' }, now, settings)).to.deep.equal({ range: { from: now - 3_600_000, to: now, relative: '1h' } });
  });

  it('commits one field: its own error only, else instants for the calendar to follow', () => {
    const typed = { ...EMPTY_DRAFT, startText: '15-12-2025 13:00', endText: 'nonsense' };
    expect(commitField('start', typed, settings)).to.equal(null);
    expect(commitField('end', typed, settings)).to.deep.include({ error: { kind: 'invalidEnd', field: 'end', format: 'DD-MM-YYYY HH:mm' } });
    const fine = { ...typed, endText: '16-12-2025 13:00' };
    expect(commitField('end', fine, settings)).to.deep.equal({ draft: { ...fine, from: local(2025, 12, 15, 13), to: local(2025, 12, 16, 13) } });
  });

  it('makes picked days whole days and keeps a preset when only focus left the time row', () => {
    const days = [new Date(2025, 11, 15), new Date(2025, 11, 18)];
    const picked = pickedDraft(days, EMPTY_DRAFT, settings);
    expect(picked.shown!.map((date) => date.getTime())).to.deep.equal([local(2025, 12, 15), new Date(2025, 11, 18, 23, 59, 59, 999).getTime()]);
    expect(picked.draft).to.deep.include({ from: local(2025, 12, 15), to: new Date(2025, 11, 18, 23, 59, 59, 999).getTime(), relative: null });
    // The same days reported again (the time row lost focus): nothing changes, the relative draft stays.
    const preset = { ...picked.draft!, relative: '24h' as const };
    expect(pickedDraft(calendarDates(preset, undefined), preset, settings)).to.deep.equal({ draft: null, shown: null });
  });
});

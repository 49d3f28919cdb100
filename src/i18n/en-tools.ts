import { en, type EnToolSection } from './en.js';
import { formatCount, plural, type PluralForms } from './format.js';
import type { Messages } from './messages.js';

const n = (value: number) => formatCount('en', value);
const p = (value: number, forms: PluralForms<'one'>) => plural('en', value, forms);

/**
 * English for the investigation tools (moving through time, facets, saved views, the keyboard,
 * columns), which load in a chunk of their own: each of them imports this module, which completes
 * `en` (see en.ts) before it renders.
 */
const tools: Pick<Messages, EnToolSection> = {
  views: {
    views: 'Views',
    newInViews: (count) => `${n(count)} new ${p(count, { one: 'row', other: 'rows' })} in watched views`,
    name: 'Name',
    save: 'Save current view',
    nameEmpty: 'Enter a name.',
    nameTaken: 'This name is taken.',
    none: 'No saved views yet.',
    notKept: 'Kept until the page closes (no current-admin or cache-key).',
    rename: 'Rename',
    done: 'Done',
    delete: 'Delete',
    deleted: (name) => `Deleted “${name}”.`,
    undo: 'Undo',
    watch: 'Watch',
    newRows: (count) => `${n(count)} new`,
    broken: 'This view can no longer be applied: its range or sort is not valid.',
    watchMarks: 'Watch marks',
    watchNewIp: 'New IPs',
    watchBurst: 'Bursts',
    notify: 'Desktop notifications',
    notifyDenied: 'The browser did not allow notifications.',
    notification: 'New rows in the session log',
  },
  nav: {
    zoomOut: 'Zoom out',
    earlier: 'Earlier',
    later: 'Later',
    zoomBack: 'Back to the last range',
    zoomDouble: 'Double the range',
    goTo: 'Go to',
    goToInvalid: (format) => `Format: ${format}`,
    rowsInView: (rows, range) => `Rows in view: ${rows} of ${range}`,
  },
  columns: {
    menu: 'Columns',
    reset: 'Reset columns',
    resize: (column) => `Resize ${column}`,
  },
  facets: {
    title: 'Facets',
    names: { admin: 'Admins', ip: 'IPs', path: 'URL paths', method: 'Methods', type: 'Types' },
    count: (count, share) => `${n(count)} · ${share}`,
    exclude: (facet, value) => `Exclude ${{ admin: 'admin', ip: 'IP', path: 'path', method: 'method', type: 'type' }[facet]} ${value}`,
    none: 'None',
    fromLoaded: (loaded, total) => `From ${n(loaded)} loaded ${p(loaded, { one: 'row', other: 'rows' })}${total === null ? '' : ` of ${n(total)}`}`,
    failed: 'The server’s facets could not be loaded: counted from the loaded rows.',
    loadMore: 'Load more',
    cancel: 'Cancel',
  },
  keyboard: {
    suggestions: 'Suggestions',
    shortcutsTitle: 'Keyboard shortcuts',
    close: 'Close',
    shortcuts: {
      focusSearch: 'Go to the search box',
      earlier: 'Earlier: the range half a span back',
      later: 'Later: the range half a span on',
      zoomOut: 'Zoom out: back to the last range, or double it',
      showShortcuts: 'Show these shortcuts',
    },
  },
};

Object.assign(en, tools);

// What every contender renders the same way: the three columns of the admin session log.

export const ROW_HEIGHT = 52;
export const TABLE_HEIGHT = 600;
export const COLUMNS = { date: 'Date / IP', admin: 'Admin', url: 'Type / Method / URL' };

export const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** Same as src/internal/format.ts urlPath: the path part of a logged URL. */
export function urlPath(url) {
  try {
    const parsed = new URL(url);
    let path = parsed.pathname;
    try { path = decodeURIComponent(path); } catch { /* keep raw */ }
    return path + (parsed.search ? '?…' : '');
  } catch {
    return url;
  }
}

/** The lower-cased text a keyword is matched against (what the table shows). */
export function searchKey(e) {
  return `${e.ip ?? ''} ${e.admin ? `${e.admin.name} ${e.admin.email}` : ''} ${urlPath(e.url)}`.toLowerCase();
}

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

/** HTML strings for the libraries that take cell HTML (Tabulator, DataTables); escaped. */
export const cellHtml = {
  date: (e) => `<span class="l">${esc(dateFormat.format(e.time))}</span><span class="l s">${esc(e.ip ?? 'no IP')}</span>`,
  admin: (e) => e.admin
    ? `<span class="l">${esc(e.admin.name)}</span><span class="l s">${esc(e.admin.email)}</span>`
    : '<span class="l d">Deleted admin</span>',
  url: (e) => `<span class="l" title="${esc(e.url)}"><span class="b ${e.type === 'API' ? 'api' : 'web'}">${e.type}</span><span class="b m">${esc(e.method)}</span>${esc(urlPath(e.url))}</span>`,
};

/** Page CSS shared by the peers' cell content (ours and the floor style their own). */
export const CELL_CSS = `
  .l { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; line-height: 1.35; }
  .s, .d { color: #5f6b7a; font-size: 0.85em; }
  .d { font-style: italic; }
  .b { display: inline-block; font-size: 0.72em; font-weight: 700; padding: 0.05rem 0.35rem; margin-inline-end: 0.3rem;
       border-radius: 0.25rem; border: 1px solid currentColor; vertical-align: 0.1em; }
  .b.web { color: #0b6b3a; } .b.api { color: #6a32c9; } .b.m { color: #5f6b7a; }
`;

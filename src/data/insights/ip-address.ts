/**
 * IPv4 and IPv6 addresses and CIDR ranges as 32-bit words (one word for IPv4, four for IPv6), so a
 * range test is a few integer masks: cheap enough to run over 100,000 loaded rows.
 */

export interface IpAddress {
  readonly version: 4 | 6;
  /** One word for IPv4, four (most significant first) for IPv6; each an unsigned 32-bit integer. */
  readonly words: readonly number[];
}

export interface ParsedCidr extends IpAddress {
  /** Number of leading bits that must match (32 or 128 for a single address). */
  readonly prefix: number;
  /** The network written canonically, host bits cleared: `10.0.0.0/8`, `2001:db8::/32`. */
  readonly network: string;
}

const IPV4_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** A dotted-quad IPv4 address as an unsigned 32-bit integer; `null` when it is not one. */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    // Leading zeros are refused: `010` is octal to some tools and decimal to others.
    if (!IPV4_OCTET.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

/** An IPv6 address (with `::` and an optional dotted IPv4 tail) as four words; `null` when it is not one. */
export function parseIpv6(text: string): number[] | null {
  if (!text.includes(':')) return null;
  const gap = text.indexOf('::');
  if (gap !== -1 && text.indexOf('::', gap + 1) !== -1) return null;
  const head = gap === -1 ? text : text.slice(0, gap);
  const tail = gap === -1 ? '' : text.slice(gap + 2);
  const headGroups = parseGroups(head, gap === -1);
  const tailGroups = parseGroups(tail, true);
  if (!headGroups || !tailGroups) return null;
  const given = headGroups.length + tailGroups.length;
  if (gap === -1 ? given !== 8 : given > 7) return null;
  const groups = [...headGroups, ...new Array<number>(8 - given).fill(0), ...tailGroups];
  const words: number[] = [];
  for (let i = 0; i < 8; i += 2) words.push(((groups[i] ?? 0) * 0x10000 + (groups[i + 1] ?? 0)) >>> 0);
  return words;
}

/** Colon-separated hex groups; a dotted IPv4 tail (two groups) is allowed only at the very end. */
function parseGroups(text: string, mayEndWithIpv4: boolean): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i === parts.length - 1 && mayEndWithIpv4 && part.includes('.')) {
      const ipv4 = parseIpv4(part);
      if (ipv4 === null) return null;
      groups.push(Math.floor(ipv4 / 0x10000), ipv4 % 0x10000);
    } else if (HEX_GROUP.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

/** An address typed by a person: IPv4 or IPv6, no zone, no brackets. */
export function parseIp(text: string): IpAddress | null {
  const ipv4 = parseIpv4(text);
  if (ipv4 !== null) return { version: 4, words: [ipv4] };
  const ipv6 = parseIpv6(text);
  return ipv6 ? { version: 6, words: ipv6 } : null;
}

/**
 * An address as a server logged it: tolerates brackets and a zone (`[fe80::1%eth0]`), and reads an
 * IPv4-mapped IPv6 address (`::ffff:10.0.0.1`, what dual-stack servers log) as the IPv4 address.
 */
export function parseLoggedIp(text: string): IpAddress | null {
  let address = text.trim();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone);
  const ip = parseIp(address);
  if (ip?.version === 6 && ip.words[0] === 0 && ip.words[1] === 0 && ip.words[2] === 0xffff) {
    return { version: 4, words: [ip.words[3] ?? 0] };
  }
  return ip;
}

function maskWord(prefix: number, index: number): number {
  const bits = Math.min(32, Math.max(0, prefix - 32 * index));
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/**
 * `10.0.0.0/8`, `2001:db8::/32`, or a single address (a /32 or /128). Host bits that are set are
 * cleared (`10.1.2.3/8` is `10.0.0.0/8`), as people often type an address they know plus a mask.
 */
export function parseCidr(text: string): ParsedCidr | null {
  const slash = text.indexOf('/');
  const ip = parseIp(slash === -1 ? text : text.slice(0, slash));
  if (!ip) return null;
  const width = ip.version === 4 ? 32 : 128;
  let prefix = width;
  if (slash !== -1) {
    const bits = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(bits)) return null;
    prefix = Number(bits);
    if (prefix > width) return null;
  }
  const words = ip.words.map((word, index) => (word & maskWord(prefix, index)) >>> 0);
  return { version: ip.version, words, prefix, network: `${formatIp({ version: ip.version, words })}/${prefix}` };
}

/** Whether `ip` lies in `cidr`; an IPv4 address is compared with an IPv6 range as `::ffff:a.b.c.d`. */
export function cidrContains(cidr: ParsedCidr, ip: IpAddress): boolean {
  let words = ip.words;
  if (cidr.version !== ip.version) {
    if (cidr.version === 4) return false;
    words = [0, 0, 0xffff, ip.words[0] ?? 0];
  }
  for (let i = 0; i < cidr.words.length; i++) {
    const mask = maskWord(cidr.prefix, i);
    if (mask === 0) break;
    if ((((words[i] ?? 0) & mask) >>> 0) !== cidr.words[i]) return false;
  }
  return true;
}

/** Canonical text (RFC 5952 for IPv6: lower case, longest zero run compressed). */
export function formatIp(ip: IpAddress): string {
  if (ip.version === 4) {
    const word = ip.words[0] ?? 0;
    return [word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255].join('.');
  }
  const groups: number[] = [];
  for (const word of ip.words) groups.push(word >>> 16, word & 0xffff);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

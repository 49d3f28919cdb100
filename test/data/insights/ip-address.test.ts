import { expect } from '@open-wc/testing';
import { cidrContains, formatIp, parseCidr, parseIp, parseIpv4, parseIpv6, parseLoggedIp } from '../../../src/data/insights/ip-address.js';

const contains = (range: string, address: string): boolean => cidrContains(parseCidr(range)!, parseLoggedIp(address)!);

describe('IP addresses and CIDR ranges', () => {
  it('reads dotted-quad IPv4 and refuses anything else', () => {
    expect(parseIpv4('0.0.0.0')).to.equal(0);
    expect(parseIpv4('255.255.255.255')).to.equal(0xffffffff);
    expect(parseIpv4('203.0.113.7')).to.equal(((203 * 256 + 0) * 256 + 113) * 256 + 7);
    for (const bad of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.', '', ' 1.2.3.4', '1.2.3.-4', '1.2.3.4/8', '١.٢.٣.٤']) {
      expect(parseIpv4(bad), bad).to.equal(null);
    }
  });

  it('reads IPv6 with ::, an IPv4 tail and any case', () => {
    expect(parseIpv6('::')).to.deep.equal([0, 0, 0, 0]);
    expect(parseIpv6('::1')).to.deep.equal([0, 0, 0, 1]);
    expect(parseIpv6('2001:DB8::')).to.deep.equal([0x20010db8, 0, 0, 0]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).to.deep.equal([0x00010002, 0x00030004, 0x00050006, 0x00070008]);
    expect(parseIpv6('1:2:3:4:5:6:7::')).to.deep.equal([0x00010002, 0x00030004, 0x00050006, 0x00070000]);
    expect(parseIpv6('::ffff:10.0.0.1')).to.deep.equal([0, 0, 0xffff, 0x0a000001]);
    expect(parseIpv6('ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255')).to.deep.equal([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
    for (const bad of [':::', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::', 'g::', ':1:2:3:4:5:6:7', '1.2.3.4::', '::1.2.3.4:1', '1:2:3:4:5:6:7:8::', 'fe80::1%eth0']) {
      expect(parseIpv6(bad), bad).to.equal(null);
    }
  });

  it('writes addresses canonically (RFC 5952)', () => {
    expect(formatIp(parseIp('2001:0DB8:0000:0000:0000:0000:0000:0001')!)).to.equal('2001:db8::1');
    expect(formatIp(parseIp('2001:db8:0:1:0:0:0:1')!)).to.equal('2001:db8:0:1::1');
    expect(formatIp(parseIp('2001:db8:0:0:1:0:0:1')!)).to.equal('2001:db8::1:0:0:1');
    expect(formatIp(parseIp('2001:db8:1:1:1:1:0:1')!)).to.equal('2001:db8:1:1:1:1:0:1');
    expect(formatIp(parseIp('::')!)).to.equal('::');
    expect(formatIp(parseIp('10.0.4.17')!)).to.equal('10.0.4.17');
  });

  it('reads ranges and single addresses, clearing host bits', () => {
    expect(parseCidr('10.1.2.3/8')).to.deep.equal({ version: 4, words: [0x0a000000], prefix: 8, network: '10.0.0.0/8' });
    expect(parseCidr('10.1.2.3')).to.deep.include({ prefix: 32, network: '10.1.2.3/32' });
    expect(parseCidr('2001:db8:ffff::/32')).to.deep.include({ prefix: 32, network: '2001:db8::/32' });
    expect(parseCidr('::/0')).to.deep.include({ prefix: 0, network: '::/0' });
    for (const bad of ['10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/8/8', '/8', 'x/8', '10.0.0.0/1e1']) {
      expect(parseCidr(bad), bad).to.equal(null);
    }
  });

  it('tests containment at every prefix boundary', () => {
    expect(contains('10.0.0.0/8', '10.255.255.255')).to.equal(true);
    expect(contains('10.0.0.0/8', '11.0.0.0')).to.equal(false);
    expect(contains('192.168.4.0/23', '192.168.5.9')).to.equal(true);
    expect(contains('192.168.4.0/23', '192.168.6.0')).to.equal(false);
    expect(contains('0.0.0.0/0', '1.2.3.4')).to.equal(true);
    expect(contains('0.0.0.0/0', '::1')).to.equal(false);
    expect(contains('2001:db8::/32', '2001:db8:ffff::1')).to.equal(true);
    expect(contains('2001:db8::/32', '2001:db9::1')).to.equal(false);
    expect(contains('2001:db8::/33', '2001:db8:7fff::')).to.equal(true);
    expect(contains('2001:db8::/33', '2001:db8:8000::')).to.equal(false);
    expect(contains('2001:db8::1/128', '2001:db8::1')).to.equal(true);
    expect(contains('2001:db8::1/128', '2001:db8::2')).to.equal(false);
    expect(contains('::/0', '10.0.0.1')).to.equal(true);
  });

  it('reads logged addresses leniently: brackets, zones, IPv4-mapped IPv6', () => {
    expect(parseLoggedIp('[2001:db8::1]')).to.deep.equal({ version: 6, words: [0x20010db8, 0, 0, 1] });
    expect(parseLoggedIp('fe80::1%eth0')).to.deep.equal({ version: 6, words: [0xfe800000, 0, 0, 1] });
    expect(parseLoggedIp('::ffff:10.0.0.1')).to.deep.equal({ version: 4, words: [0x0a000001] });
    expect(parseLoggedIp(' 10.0.0.1 ')).to.deep.equal({ version: 4, words: [0x0a000001] });
    expect(parseLoggedIp('unknown')).to.equal(null);
  });
});

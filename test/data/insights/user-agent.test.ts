import { expect } from '@open-wc/testing';
import { describeUrl, parseUserAgent, percentDecode } from '../../../src/data/insights/user-agent.js';
import { bestTime } from './bench.js';

describe('user agents', () => {
  const cases: [string, string, string, string][] = [
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome', '131.0.0.0', 'Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86', 'Edge', '131.0.2903.86', 'Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Safari/537.36 Edge/15.15063', 'Edge', '15.15063', 'Windows'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0', 'Opera', '115.0.0.0', 'macOS'],
    ['Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18', 'Opera', '12.18', 'Windows'],
    ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox', '133.0', 'Linux'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'Safari', '18.1', 'macOS'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 'Safari', '18.1', 'iOS'],
    ['Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1', 'Chrome', '131.0.6778.73', 'iOS'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15', 'Firefox', '133.0', 'iOS'],
    ['Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36', 'Chrome', '131.0.0.0', 'Android'],
    ['Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0', 'Firefox', '133.0', 'Android'],
    ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome', '131.0.0.0', 'ChromeOS'],
    ['curl/8.5.0', 'curl', '8.5.0', 'Unknown'],
    ['PostmanRuntime/7.42.0', 'Postman', '7.42.0', 'Unknown'],
    ['python-requests/2.32.3', 'python-requests', '2.32.3', 'Unknown'],
    ['Go-http-client/1.1', 'Go-http-client', '1.1', 'Unknown'],
    ['okhttp/4.12.0', 'okhttp', '4.12.0', 'Unknown'],
  ];

  for (const [userAgent, browser, version, os] of cases) {
    it(`reads ${browser} ${version} on ${os}`, () => {
      expect(parseUserAgent(userAgent)).to.deep.equal({ browser, version, os });
    });
  }

  it('answers Unknown for what it does not know, and for nothing at all', () => {
    expect(parseUserAgent('Mozilla/5.0')).to.deep.equal({ browser: 'Unknown', version: '', os: 'Unknown' });
    expect(parseUserAgent('SomeBot/1.0 (+https://bot.example)')).to.deep.equal({ browser: 'Unknown', version: '', os: 'Unknown' });
    expect(parseUserAgent('')).to.deep.equal({ browser: 'Unknown', version: '', os: 'Unknown' });
    expect(parseUserAgent(null)).to.deep.equal({ browser: 'Unknown', version: '', os: 'Unknown' });
  });

  it('stays fast on hostile input', () => {
    const hostile = `Version/1 ${'Safari '.repeat(20_000)}${'a'.repeat(100_000)}`;
    // Catastrophic backtracking would take seconds; a linear parse takes well under one.
    expect(bestTime(() => parseUserAgent(hostile))).to.be.below(2000);
    expect(parseUserAgent(hostile).browser).to.equal('Unknown');
  });
});

describe('logged URLs', () => {
  it('splits origin, decoded path and decoded query parameters in order', () => {
    expect(describeUrl('https://panel.example.com/admin/clients/7/edit?tab=billing&q=Se%C3%A1n+O%27Brien&tag=a&tag=b#top')).to.deep.equal({
      origin: 'https://panel.example.com',
      path: '/admin/clients/7/edit',
      query: [
        ['tab', 'billing'],
        ['q', "Seán O'Brien"],
        ['tag', 'a'],
        ['tag', 'b'],
      ],
    });
  });

  it('keeps keys without values, skips empty pairs, and keeps "=" inside values', () => {
    expect(describeUrl('/x?flag&&a=1=2&=v&k=').query).to.deep.equal([
      ['flag', ''],
      ['a', '1=2'],
      ['', 'v'],
      ['k', ''],
    ]);
  });

  it('leaves malformed escapes and non-UTF-8 bytes as written', () => {
    expect(describeUrl('https://h/a%zzb/%E9t%C3%A9/%/100%25?x=%E0%A4&y=%F0%9F%98%80').path).to.equal('/a%zzb/%E9té/%/100%');
    expect(describeUrl('https://h/?x=%E0%A4&y=%F0%9F%98%80').query).to.deep.equal([
      ['x', '%E0%A4'],
      ['y', '😀'],
    ]);
    expect(percentDecode('%C0%AF%ED%A0%80%41')).to.equal('%C0%AF%ED%A0%80A'); // overlong and surrogate encodings refused
    expect(percentDecode('a+b', false)).to.equal('a+b');
    expect(percentDecode('a+b%2B', true)).to.equal('a b+');
  });

  it('does not normalise the path (an audit shows what was requested)', () => {
    expect(describeUrl('https://panel.example.com/admin/../secret/./x').path).to.equal('/admin/../secret/./x');
    expect(describeUrl('HTTPS://Panel.Example.com:8443').origin).to.equal('HTTPS://Panel.Example.com:8443');
    expect(describeUrl('HTTPS://Panel.Example.com:8443').path).to.equal('');
  });

  it('reads relative and odd URLs without throwing', () => {
    expect(describeUrl('/admin/clients?x=1')).to.deep.equal({ origin: '', path: '/admin/clients', query: [['x', '1']] });
    expect(describeUrl('')).to.deep.equal({ origin: '', path: '', query: [] });
    expect(describeUrl('javascript:alert(1)')).to.deep.equal({ origin: '', path: 'javascript:alert(1)', query: [] });
    expect(describeUrl(null as unknown as string)).to.deep.equal({ origin: '', path: '', query: [] });
  });
});

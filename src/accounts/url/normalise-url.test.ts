import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUrl } from './normalise-url.js';

describe('normaliseUrl', () => {
  it.each([
    ['https://www.facebook.com/MalmoStad/?locale=sv_SE', 'https://facebook.com/MalmoStad'],
    [
      'https://m.facebook.com/profile.php?id=100064&mibextid=ZbWKwL',
      'https://facebook.com/profile.php?id=100064',
    ],
    [
      'HTTPS://WWW.Instagram.com/stockholmsstad/?igshid=abc',
      'https://instagram.com/stockholmsstad',
    ],
    ['twitter.com/malmostad?ref_src=twsrc', 'https://x.com/malmostad'],
    ['youtube.com/@goteborgsstad/videos', 'https://youtube.com/@goteborgsstad/videos'],
    [
      'https://www.linkedin.com/company/malmo-stad/?originalSubdomain=se',
      'https://linkedin.com/company/malmo-stad?originalSubdomain=se',
    ],
    [
      'https://www.tiktok.com/@uppsalakommun?is_from_webapp=1&sender_device=pc&lang=sv-SE',
      'https://tiktok.com/@uppsalakommun?lang=sv-SE',
    ],
  ])('canonicalises the pasted municipal account URL %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  describe('scheme', () => {
    it('adds https to input without a scheme', () => {
      expect(normaliseUrl('instagram.com/foo')).toBe('https://instagram.com/foo');
    });

    it('adds https to protocol-relative input', () => {
      expect(normaliseUrl('//www.kommun.se/nyheter')).toBe('https://kommun.se/nyheter');
    });

    it('upgrades http to https', () => {
      expect(normaliseUrl('http://www.kommun.se/')).toBe('https://kommun.se');
    });

    it('treats host:port without a scheme as a host, not a scheme', () => {
      expect(normaliseUrl('kommun.se:8080/a')).toBe('https://kommun.se:8080/a');
    });

    it('trims surrounding whitespace', () => {
      expect(normaliseUrl('  \thttps://kommun.se/a \n')).toBe('https://kommun.se/a');
    });
  });

  describe('host', () => {
    it('lower-cases the host but keeps the case of the path', () => {
      expect(normaliseUrl('https://WWW.Facebook.COM/MalmoStad')).toBe(
        'https://facebook.com/MalmoStad',
      );
    });

    it.each([
      ['m.facebook.com/x', 'https://facebook.com/x'],
      ['mobile.twitter.com/x', 'https://x.com/x'],
      ['mbasic.facebook.com/x', 'https://facebook.com/x'],
      ['web.facebook.com/x', 'https://facebook.com/x'],
      ['www.kommun.se', 'https://kommun.se'],
      ['www.m.example.se/a', 'https://example.se/a'],
    ])('drops the mobile or www prefix of %s', (input, expected) => {
      expect(normaliseUrl(input)).toBe(expected);
    });

    it('keeps a prefix that is all that separates the host from its top-level domain', () => {
      expect(normaliseUrl('https://m.me/MalmoStad')).toBe('https://m.me/MalmoStad');
    });

    it.each([
      ['https://twitter.com/malmostad', 'https://x.com/malmostad'],
      ['https://fb.com/MalmoStad', 'https://facebook.com/MalmoStad'],
      ['https://fb.me/MalmoStad', 'https://facebook.com/MalmoStad'],
      ['https://instagr.am/stockholmsstad', 'https://instagram.com/stockholmsstad'],
    ])('maps the alias host in %s to the platform host', (input, expected) => {
      expect(normaliseUrl(input)).toBe(expected);
    });

    it('leaves youtu.be video links alone', () => {
      expect(normaliseUrl('https://youtu.be/dQw4w9WgXcQ?si=abc')).toBe(
        'https://youtu.be/dQw4w9WgXcQ',
      );
    });

    it('converts international domain names to punycode', () => {
      expect(normaliseUrl('https://www.malmö.se/')).toBe('https://xn--malm-8qa.se');
    });

    it('drops a trailing dot on the host', () => {
      expect(normaliseUrl('https://kommun.se./a')).toBe('https://kommun.se/a');
    });
  });

  describe('port, path and fragment', () => {
    it.each([
      ['https://kommun.se:443/a', 'https://kommun.se/a'],
      ['http://kommun.se:80/a', 'https://kommun.se/a'],
      ['http://kommun.se:443/a', 'https://kommun.se/a'],
    ])('drops the default port in %s', (input, expected) => {
      expect(normaliseUrl(input)).toBe(expected);
    });

    it('keeps a non-default port', () => {
      expect(normaliseUrl('https://kommun.se:8443/a')).toBe('https://kommun.se:8443/a');
    });

    it('drops the fragment', () => {
      expect(normaliseUrl('https://kommun.se/a#kontakt')).toBe('https://kommun.se/a');
    });

    it('reads the path from an old #! link', () => {
      expect(normaliseUrl('http://twitter.com/#!/malmostad')).toBe('https://x.com/malmostad');
    });

    it('drops trailing slashes but keeps the root as the bare host', () => {
      expect(normaliseUrl('https://kommun.se/a/b///')).toBe('https://kommun.se/a/b');
      expect(normaliseUrl('https://kommun.se/')).toBe('https://kommun.se');
      expect(normaliseUrl('https://kommun.se//')).toBe('https://kommun.se');
    });

    it('collapses duplicate slashes inside the path', () => {
      expect(normaliseUrl('https://kommun.se//a///b')).toBe('https://kommun.se/a/b');
    });

    it('resolves dot segments', () => {
      expect(normaliseUrl('https://kommun.se/a/./b/../c')).toBe('https://kommun.se/a/c');
    });

    it('spells percent-escapes one way', () => {
      expect(normaliseUrl('https://kommun.se/Malm%c3%b6')).toBe('https://kommun.se/Malm%C3%B6');
      expect(normaliseUrl('https://kommun.se/Malmö')).toBe('https://kommun.se/Malm%C3%B6');
      expect(normaliseUrl('https://kommun.se/%41bc%7E')).toBe('https://kommun.se/Abc~');
    });
  });

  describe('query', () => {
    it('keeps facebook profile ids', () => {
      expect(normaliseUrl('https://www.facebook.com/profile.php?id=100064')).toBe(
        'https://facebook.com/profile.php?id=100064',
      );
    });

    it.each([
      'utm_source=nyhetsbrev&utm_medium=email&utm_campaign=v12',
      'UTM_Source=x',
      'fbclid=IwAR0abc',
      'gclid=1&dclid=2&msclkid=3',
      'igshid=abc&igsh=def',
      'mc_cid=1&mc_eid=2&_ga=2.1',
      'ref=bookmarks&ref_src=twsrc%5Etfw&ref_url=x',
      'si=abc&feature=share&hl=sv&locale=sv_SE',
      '__tn__=K-R&__cft__[0]=AZX',
      'mibextid=ZbWKwL&rdid=x&share_url=y',
      'is_from_webapp=1&sender_device=pc',
    ])('drops tracking parameters %s', (query) => {
      expect(normaliseUrl(`https://kommun.se/a?${query}`)).toBe('https://kommun.se/a');
    });

    it('sorts the remaining parameters by name', () => {
      expect(normaliseUrl('https://kommun.se/sok?q=bygglov&page=2&utm_source=x')).toBe(
        'https://kommun.se/sok?page=2&q=bygglov',
      );
    });

    it('keeps the order of repeated parameters', () => {
      expect(normaliseUrl('https://kommun.se/a?tag=b&id=1&tag=a')).toBe(
        'https://kommun.se/a?id=1&tag=b&tag=a',
      );
    });

    it('drops an empty query', () => {
      expect(normaliseUrl('https://kommun.se/a?')).toBe('https://kommun.se/a');
    });
  });

  describe('rejection', () => {
    it.each([
      ['an empty string', ''],
      ['whitespace only', '   '],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a javascript: URL in odd case', ' JavaScript:alert(1)'],
      ['a mailto: URL', 'mailto:info@kommun.se'],
      ['an e-mail address', 'info@kommun.se'],
      ['credentials in the URL', 'https://user:pass@kommun.se/'],
      ['an ftp URL', 'ftp://kommun.se/fil'],
      ['a data URL', 'data:text/html,hej'],
      ['localhost', 'http://localhost:3000/a'],
      ['a host without a dot', 'https://intranet/a'],
      ['a bare word', 'malmostad'],
      ['an IP address', 'http://192.168.1.10/'],
      ['an IPv6 address', 'http://[::1]/'],
      ['a space inside the host', 'https://kom mun.se/'],
      ['a newline inside the host', 'https://kommun\n.se/'],
      ['a tab inside the host', 'kommun.se\t.nu/a'],
      ['an empty host label', 'https://kommun..se/'],
      ['a numeric top-level domain', 'https://kommun.123/'],
      ['a scheme without a host', 'https://'],
    ])('rejects %s', (_label, input) => {
      expect(normaliseUrl(input)).toBeNull();
    });
  });

  describe('idempotence', () => {
    it.each([
      'https://www.facebook.com/MalmoStad/?locale=sv_SE',
      'https://m.facebook.com/profile.php?id=100064&mibextid=ZbWKwL',
      'HTTPS://WWW.Instagram.com/stockholmsstad/?igshid=abc',
      'twitter.com/malmostad?ref_src=twsrc',
      'https://kommun.se/sök?q=a b&z=1&a=2#x',
      'https://kommun.se/a?x=%zz',
    ])('gives the same result when normalising %s twice', (input) => {
      const once = normaliseUrl(input);
      expect(once).not.toBeNull();
      expect(normaliseUrl(once ?? '')).toBe(once);
    });

    it('is idempotent on generated https URLs', () => {
      const url = fc.webUrl({
        validSchemes: ['https', 'http'],
        withQueryParameters: true,
        withFragments: true,
      });
      fc.assert(
        fc.property(url, (input) => {
          const once = normaliseUrl(input);
          expect(once).not.toBeNull();
          expect(normaliseUrl(once ?? '')).toBe(once);
        }),
      );
    });

    it('is idempotent on generated messy pastes', () => {
      const messy = fc
        .tuple(
          fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//'),
          fc.constantFrom('', 'www.', 'm.', 'WWW.M.', 'mobile.'),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.constantFrom('', '/', '//', '?utm_source=x', '&fbclid=1', '#top'),
        )
        .map(
          ([scheme, prefix, url, suffix]) =>
            scheme + prefix + url.replace(/^https?:\/\//, '') + suffix,
        );
      fc.assert(
        fc.property(messy, (input) => {
          const once = normaliseUrl(input);
          if (once !== null) expect(normaliseUrl(once)).toBe(once);
        }),
      );
    });

    it('never throws and is idempotent on arbitrary strings', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme-ascii' }), (input) => {
          const once = normaliseUrl(input);
          if (once !== null) expect(normaliseUrl(once)).toBe(once);
        }),
      );
    });

    it('always yields an https URL without fragment or tracking parameters', () => {
      const tracked = fc
        .tuple(fc.webUrl({ withQueryParameters: true }), fc.constantFrom('utm_source', 'fbclid'))
        .map(([url, name]) => `${url}${url.includes('?') ? '&' : '?'}${name}=x#frag`);
      fc.assert(
        fc.property(tracked, (input) => {
          const once = normaliseUrl(input) ?? '';
          expect(once).toMatch(/^https:\/\/[^/?#]+/);
          expect(once).not.toMatch(/[?&](utm_source|fbclid)=|#/);
        }),
      );
    });
  });
});

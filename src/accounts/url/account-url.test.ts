import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountUrl, BUILT_IN_PLATFORMS, deriveAccount } from './derive-account.js';

describe('accountUrl', () => {
  it.each([
    ['facebook', 'MalmoStad', 'https://facebook.com/MalmoStad'],
    ['facebook', '100064', 'https://facebook.com/profile.php?id=100064'],
    ['facebook', 'groups/umeakommun', 'https://facebook.com/groups/umeakommun'],
    ['instagram', 'stockholmsstad', 'https://instagram.com/stockholmsstad'],
    ['instagram', '@stockholmsstad', 'https://instagram.com/stockholmsstad'],
    ['x', '@malmostad', 'https://x.com/malmostad'],
    ['youtube', '@goteborgsstad', 'https://youtube.com/@goteborgsstad'],
    ['youtube', '@malmöstad', 'https://youtube.com/@malm%C3%B6stad'],
    ['youtube', 'UCabcdefghijklmnopqrstuv', 'https://youtube.com/channel/UCabcdefghijklmnopqrstuv'],
    ['youtube', 'umeakommun', 'https://youtube.com/umeakommun'],
    ['linkedin', 'company/malmo-stad', 'https://linkedin.com/company/malmo-stad'],
    ['linkedin', 'in/anna-andersson-12ab', 'https://linkedin.com/in/anna-andersson-12ab'],
    ['tiktok', 'uppsalakommun', 'https://tiktok.com/@uppsalakommun'],
    ['threads', 'malmostad', 'https://threads.com/@malmostad'],
    ['snapchat', 'malmostad', 'https://snapchat.com/add/malmostad'],
    ['pinterest', 'malmostad', 'https://pinterest.com/malmostad'],
    ['vimeo', 'malmostad', 'https://vimeo.com/malmostad'],
    ['flickr', 'stockholmsstad', 'https://flickr.com/photos/stockholmsstad'],
  ])('builds the %s URL for %s', (platform, handle, expected) => {
    expect(accountUrl(platform, handle)).toBe(expected);
  });

  it.each([
    ['an unknown platform', 'mastodon', 'malmostad'],
    ['a blog, whose name does not say which service hosts it', 'blog', 'kulturskolan'],
    ['an empty handle', 'x', '  '],
    ['a bare @', 'tiktok', '@'],
    ['a reserved path', 'facebook', 'watch'],
    ['a vimeo number, which is a video', 'vimeo', '123456'],
    ['characters the platform forbids', 'instagram', 'malmö stad'],
    ['a linkedin slug without its kind', 'linkedin', 'malmo-stad'],
    ['a path separator', 'x', 'malmo/stad'],
    ['a query separator', 'pinterest', 'malmo?stad'],
  ])('returns null for %s', (_label, platform, handle) => {
    expect(accountUrl(platform, handle)).toBeNull();
  });

  it('agrees with deriveAccount for every account it derives', () => {
    const inputs = [
      'https://www.facebook.com/MalmoStad/?locale=sv_SE',
      'https://www.facebook.com/p/Vaxjo-kommun-100083/',
      'HTTPS://WWW.Instagram.com/stockholmsstad/?igshid=abc',
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/featured',
      'https://se.linkedin.com/company/goteborgs-stad',
      'https://www.pinterest.se/goteborg/boards',
    ];
    for (const input of inputs) {
      const derived = deriveAccount(input);
      expect(accountUrl(derived?.platform ?? '', derived?.handle ?? '')).toBe(derived?.url);
    }
  });

  it('round-trips generated instagram handles through deriveAccount', () => {
    // The prefix keeps generated handles clear of reserved paths such as /p and /explore.
    const handles = fc.stringMatching(/^[A-Za-z0-9._]{0,24}$/).map((s) => `Kommun${s}`);
    fc.assert(
      fc.property(handles, (handle) => {
        const url = accountUrl('instagram', handle);
        expect(url).toBe(`https://instagram.com/${handle}`);
        expect(deriveAccount(url ?? '')).toMatchObject({ platform: 'instagram', handle, url });
      }),
    );
  });

  it('round-trips generated youtube handles, including non-Latin ones', () => {
    const handles = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter((s) => !/[\s/?#\\%]/u.test(s))
      .map((s) => `@${s}`);
    fc.assert(
      fc.property(handles, (handle) => {
        const url = accountUrl('youtube', handle);
        expect(url).not.toBeNull();
        expect(deriveAccount(url ?? '')).toMatchObject({ platform: 'youtube', handle, url });
      }),
    );
  });
});

describe('BUILT_IN_PLATFORMS', () => {
  it('lists the built-in platforms in register order with their display names', () => {
    expect(BUILT_IN_PLATFORMS).toEqual([
      { key: 'facebook', name: 'Facebook' },
      { key: 'instagram', name: 'Instagram' },
      { key: 'x', name: 'X (Twitter)' },
      { key: 'youtube', name: 'YouTube' },
      { key: 'linkedin', name: 'LinkedIn' },
      { key: 'tiktok', name: 'TikTok' },
      { key: 'threads', name: 'Threads' },
      { key: 'snapchat', name: 'Snapchat' },
      { key: 'pinterest', name: 'Pinterest' },
      { key: 'vimeo', name: 'Vimeo' },
      { key: 'flickr', name: 'Flickr' },
      { key: 'blog', name: 'Blogg' },
    ]);
  });

  it('cannot be changed by callers', () => {
    expect(Object.isFrozen(BUILT_IN_PLATFORMS)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_PLATFORMS[0])).toBe(true);
  });
});

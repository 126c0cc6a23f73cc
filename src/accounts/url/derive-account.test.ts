import { describe, expect, it } from 'vitest';
import { deriveAccount } from './derive-account.js';

interface Case {
  input: string;
  platform: string;
  handle: string;
  url: string;
  id?: string;
}

const derives = ({ input, platform, handle, url, id }: Case) => {
  expect(deriveAccount(input)).toEqual({ platform, handle, url, platformAccountId: id ?? null });
};

const findsNothing = (input: string) => {
  expect(deriveAccount(input)).toBeNull();
};

describe('deriveAccount on built-in platforms', () => {
  it.each`
    input                                                                  | platform      | handle                        | url                                                       | id
    ${'https://m.facebook.com/profile.php?id=100064&mibextid=ZbWKwL'}      | ${'facebook'} | ${'100064'}                   | ${'https://facebook.com/profile.php?id=100064'}           | ${'100064'}
    ${'https://sv-se.facebook.com/pages/Malm%C3%B6-stad/1234567'}          | ${'facebook'} | ${'1234567'}                  | ${'https://facebook.com/profile.php?id=1234567'}          | ${'1234567'}
    ${'https://www.facebook.com/people/Lunds-kommun/100069/'}              | ${'facebook'} | ${'100069'}                   | ${'https://facebook.com/profile.php?id=100069'}           | ${'100069'}
    ${'https://www.facebook.com/p/Vaxjo-kommun-100083/'}                   | ${'facebook'} | ${'100083'}                   | ${'https://facebook.com/profile.php?id=100083'}           | ${'100083'}
    ${'https://www.facebook.com/groups/123456/'}                           | ${'facebook'} | ${'groups/123456'}            | ${'https://facebook.com/groups/123456'}                   | ${'123456'}
    ${'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/featured'} | ${'youtube'}  | ${'UCabcdefghijklmnopqrstuv'} | ${'https://youtube.com/channel/UCabcdefghijklmnopqrstuv'} | ${'UCabcdefghijklmnopqrstuv'}
    ${'https://www.linkedin.com/company/12345/'}                           | ${'linkedin'} | ${'company/12345'}            | ${'https://linkedin.com/company/12345'}                   | ${'12345'}
  `('derives $platform $handle with platform id $id from $input', derives);

  it.each`
    input                                                                                | platform       | handle                        | url
    ${'https://www.facebook.com/MalmoStad/?locale=sv_SE'}                                | ${'facebook'}  | ${'MalmoStad'}                | ${'https://facebook.com/MalmoStad'}
    ${'https://www.facebook.com/groups/umeakommun/'}                                     | ${'facebook'}  | ${'groups/umeakommun'}        | ${'https://facebook.com/groups/umeakommun'}
    ${'https://www.facebook.com/GoteborgsStad/posts/pfbid02?__cft__[0]=AZ&__tn__=%2CO'}  | ${'facebook'}  | ${'GoteborgsStad'}            | ${'https://facebook.com/GoteborgsStad'}
    ${'https://www.facebook.com/pg/Uppsalakommun/about/'}                                | ${'facebook'}  | ${'Uppsalakommun'}            | ${'https://facebook.com/Uppsalakommun'}
    ${'fb.com/LinkopingsKommun'}                                                         | ${'facebook'}  | ${'LinkopingsKommun'}         | ${'https://facebook.com/LinkopingsKommun'}
    ${'https://www.facebook.com/#!/MalmoStad'}                                           | ${'facebook'}  | ${'MalmoStad'}                | ${'https://facebook.com/MalmoStad'}
    ${'HTTPS://WWW.Instagram.com/stockholmsstad/?igshid=abc'}                            | ${'instagram'} | ${'stockholmsstad'}           | ${'https://instagram.com/stockholmsstad'}
    ${'instagram.com/stories/Goteborgs.stad/3141'}                                       | ${'instagram'} | ${'Goteborgs.stad'}           | ${'https://instagram.com/Goteborgs.stad'}
    ${'instagr.am/orebrokommun'}                                                         | ${'instagram'} | ${'orebrokommun'}             | ${'https://instagram.com/orebrokommun'}
    ${'https://www.instagram.com/_u/malmo_stad'}                                         | ${'instagram'} | ${'malmo_stad'}               | ${'https://instagram.com/malmo_stad'}
    ${'twitter.com/malmostad?ref_src=twsrc'}                                             | ${'x'}         | ${'malmostad'}                | ${'https://x.com/malmostad'}
    ${'https://x.com/MalmoStad/status/1234567890'}                                       | ${'x'}         | ${'MalmoStad'}                | ${'https://x.com/MalmoStad'}
    ${'https://mobile.twitter.com/@sundsvall'}                                           | ${'x'}         | ${'sundsvall'}                | ${'https://x.com/sundsvall'}
    ${'https://twitter.com/intent/follow?screen_name=jonkopingskommun'}                  | ${'x'}         | ${'jonkopingskommun'}         | ${'https://x.com/jonkopingskommun'}
    ${'https://www.threads.net/@malmostad'}                                              | ${'threads'}   | ${'malmostad'}                | ${'https://threads.com/@malmostad'}
    ${'https://www.threads.com/@vasteras.stad/post/C1abc'}                               | ${'threads'}   | ${'vasteras.stad'}            | ${'https://threads.com/@vasteras.stad'}
    ${'youtube.com/@goteborgsstad/videos'}                                               | ${'youtube'}   | ${'@goteborgsstad'}           | ${'https://youtube.com/@goteborgsstad'}
    ${'https://m.youtube.com/@MalmoStad?si=abc'}                                         | ${'youtube'}   | ${'@MalmoStad'}               | ${'https://youtube.com/@MalmoStad'}
    ${'https://www.youtube.com/@malmöstad'}                                              | ${'youtube'}   | ${'@malmöstad'}               | ${'https://youtube.com/@malm%C3%B6stad'}
    ${'https://www.youtube.com/c/StockholmsStad'}                                        | ${'youtube'}   | ${'StockholmsStad'}           | ${'https://youtube.com/c/StockholmsStad'}
    ${'https://www.youtube.com/user/lundskommun/videos'}                                 | ${'youtube'}   | ${'lundskommun'}              | ${'https://youtube.com/user/lundskommun'}
    ${'https://www.youtube.com/umeakommun'}                                              | ${'youtube'}   | ${'umeakommun'}               | ${'https://youtube.com/umeakommun'}
    ${'https://www.linkedin.com/company/malmo-stad/posts/?feedView=all'}                 | ${'linkedin'}  | ${'company/malmo-stad'}       | ${'https://linkedin.com/company/malmo-stad'}
    ${'https://se.linkedin.com/company/goteborgs-stad'}                                  | ${'linkedin'}  | ${'company/goteborgs-stad'}   | ${'https://linkedin.com/company/goteborgs-stad'}
    ${'https://www.linkedin.com/school/lunds-universitet/'}                              | ${'linkedin'}  | ${'school/lunds-universitet'} | ${'https://linkedin.com/school/lunds-universitet'}
    ${'https://www.linkedin.com/showcase/malmo-stad-jobb'}                               | ${'linkedin'}  | ${'showcase/malmo-stad-jobb'} | ${'https://linkedin.com/showcase/malmo-stad-jobb'}
    ${'https://www.linkedin.com/in/anna-andersson-12ab/'}                                | ${'linkedin'}  | ${'in/anna-andersson-12ab'}   | ${'https://linkedin.com/in/anna-andersson-12ab'}
    ${'https://www.tiktok.com/@uppsalakommun?is_from_webapp=1&sender_device=pc&lang=sv'} | ${'tiktok'}    | ${'uppsalakommun'}            | ${'https://tiktok.com/@uppsalakommun'}
    ${'https://www.tiktok.com/@malmo.stad/video/7301?_r=1&_t=8h'}                        | ${'tiktok'}    | ${'malmo.stad'}               | ${'https://tiktok.com/@malmo.stad'}
    ${'https://www.snapchat.com/add/malmostad?share_id=x'}                               | ${'snapchat'}  | ${'malmostad'}                | ${'https://snapchat.com/add/malmostad'}
    ${'https://snapchat.com/@lulea-kommun'}                                              | ${'snapchat'}  | ${'lulea-kommun'}             | ${'https://snapchat.com/add/lulea-kommun'}
    ${'https://www.pinterest.com/malmostad/'}                                            | ${'pinterest'} | ${'malmostad'}                | ${'https://pinterest.com/malmostad'}
    ${'https://www.pinterest.se/goteborg/boards'}                                        | ${'pinterest'} | ${'goteborg'}                 | ${'https://pinterest.com/goteborg'}
    ${'https://se.pinterest.com/kiruna/'}                                                | ${'pinterest'} | ${'kiruna'}                   | ${'https://pinterest.com/kiruna'}
    ${'https://pinterest.co.uk/london/'}                                                 | ${'pinterest'} | ${'london'}                   | ${'https://pinterest.com/london'}
    ${'https://vimeo.com/malmostad'}                                                     | ${'vimeo'}     | ${'malmostad'}                | ${'https://vimeo.com/malmostad'}
    ${'https://vimeo.com/user12345/videos'}                                              | ${'vimeo'}     | ${'user12345'}                | ${'https://vimeo.com/user12345'}
    ${'https://www.flickr.com/photos/stockholmsstad/albums'}                             | ${'flickr'}    | ${'stockholmsstad'}           | ${'https://flickr.com/photos/stockholmsstad'}
    ${'https://www.flickr.com/people/12345678@N02/'}                                     | ${'flickr'}    | ${'12345678@N02'}             | ${'https://flickr.com/photos/12345678@N02'}
    ${'https://bibliotekmalmo.wordpress.com/2024/05/01/nytt/'}                           | ${'blog'}      | ${'bibliotekmalmo'}           | ${'https://bibliotekmalmo.wordpress.com'}
    ${'http://kulturskolan.blogspot.com/?m=1'}                                           | ${'blog'}      | ${'kulturskolan'}             | ${'https://kulturskolan.blogspot.com'}
    ${'https://fritidsgarden.blogspot.se/p/om.html'}                                     | ${'blog'}      | ${'fritidsgarden'}            | ${'https://fritidsgarden.blogspot.se'}
    ${'https://ungdomsradet.bloggo.nu/'}                                                 | ${'blog'}      | ${'ungdomsradet'}             | ${'https://ungdomsradet.bloggo.nu'}
    ${'https://www.skolbiblioteket.blogg.se/2019/may/x.html'}                            | ${'blog'}      | ${'skolbiblioteket'}          | ${'https://skolbiblioteket.blogg.se'}
  `('derives $platform $handle from $input', derives);

  describe('finds no account', () => {
    it.each([
      'https://www.facebook.com/watch/?v=123',
      'https://www.facebook.com/events/123/',
      'https://www.facebook.com/share/abc/',
      'https://www.facebook.com/sharer/sharer.php?u=x',
      'https://www.facebook.com/photo.php?fbid=1',
      'https://www.facebook.com/story.php?story_fbid=1&id=2',
      'https://www.facebook.com/reel/123',
      'https://www.facebook.com/profile.php',
      'https://www.facebook.com/profile.php?id=abc',
      'https://www.facebook.com/pages/Malmo-stad',
      'https://www.facebook.com/',
      'https://www.instagram.com/p/C1abc/',
      'https://www.instagram.com/reel/C1abc/',
      'https://www.instagram.com/explore/tags/malmo/',
      'https://www.instagram.com/stories/highlights/123/',
      'https://x.com/i/lists/123',
      'https://x.com/home',
      'https://x.com/search?q=malmo',
      'https://twitter.com/intent/tweet?text=hej',
      'https://x.com/hashtag/valet',
      'https://x.com/not-a-handle',
      'https://www.threads.com/malmostad',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube.com/shorts/abc',
      'https://www.youtube.com/playlist?list=PL123',
      'https://www.youtube.com/channel/not-a-channel-id',
      'https://www.youtube.com/',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/company/',
      'https://www.linkedin.com/jobs/view/123',
      'https://www.tiktok.com/uppsalakommun',
      'https://vm.tiktok.com/ZMabc/',
      'https://www.snapchat.com/discover',
      'https://www.pinterest.se/pin/123/',
      'https://vimeo.com/123456789',
      'https://vimeo.com/channels/staff',
      'https://www.flickr.com/photos/tags/malmo',
      'https://www.flickr.com/explore',
      'https://wordpress.com/',
      'https://www.malmo.se/kontakt',
      'javascript:alert(1)',
      '',
      '@malmostad',
    ])('in %s', findsNothing);
  });

  it('gives the same account when derived again from its own url', () => {
    const inputs = [
      'https://m.facebook.com/profile.php?id=100064&mibextid=ZbWKwL',
      'https://www.youtube.com/user/lundskommun/videos',
      'https://kulturskolan.blogspot.com/2020/01/x.html',
      'https://www.linkedin.com/company/malmo-stad/posts/',
      'https://www.youtube.com/@malmöstad',
    ];
    for (const input of inputs) {
      const derived = deriveAccount(input);
      expect(derived).not.toBeNull();
      expect(deriveAccount(derived?.url ?? '')).toEqual(derived);
    }
  });
});

describe('deriveAccount on custom platforms', () => {
  const custom = [
    { key: 'mastodon', hosts: ['mastodon.social', 'https://www.social.kommun.se/'] },
    { key: 'kommunblogg', hosts: ['blogg.kommun.se'] },
    { key: 'kommunwebb', hosts: ['kommun.se'] },
  ];

  it('takes the first path segment as the handle', () => {
    expect(deriveAccount('https://mastodon.social/@malmostad/1123', custom)).toEqual({
      platform: 'mastodon',
      handle: 'malmostad',
      platformAccountId: null,
      url: 'https://mastodon.social/@malmostad',
    });
  });

  it('matches subdomains of a custom host and compares hosts normalised', () => {
    expect(deriveAccount('https://fritid.social.kommun.se/@bad', custom)).toMatchObject({
      platform: 'mastodon',
      handle: 'bad',
    });
  });

  it('prefers the most specific custom host', () => {
    expect(deriveAccount('https://skola.blogg.kommun.se/inlagg/1', custom)).toMatchObject({
      platform: 'kommunblogg',
      handle: 'inlagg',
      url: 'https://skola.blogg.kommun.se/inlagg',
    });
  });

  it('uses the host as the handle when the path is empty', () => {
    expect(deriveAccount('https://www.blogg.kommun.se/', custom)).toEqual({
      platform: 'kommunblogg',
      handle: 'blogg.kommun.se',
      platformAccountId: null,
      url: 'https://blogg.kommun.se',
    });
  });

  it('does not match a host that merely ends with the same letters', () => {
    expect(deriveAccount('https://grannkommun.se/a', custom)).toBeNull();
  });

  it('lets built-in platforms win over a custom platform on the same host', () => {
    const hijack = [{ key: 'fejjan', hosts: ['facebook.com'] }];
    expect(deriveAccount('https://facebook.com/MalmoStad', hijack)?.platform).toBe('facebook');
    expect(deriveAccount('https://facebook.com/watch', hijack)).toBeNull();
  });

  it('ignores custom hosts that are not valid hosts', () => {
    expect(deriveAccount('https://kommun.se/a', [{ key: 'trasig', hosts: ['', 'se'] }])).toBeNull();
  });
});

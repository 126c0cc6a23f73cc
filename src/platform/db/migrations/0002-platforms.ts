import type { Kysely } from 'kysely';

// A copy, not an import: a migration must keep meaning what it meant when it first ran.
const PLATFORMS: [string, string, string][] = [
  ['facebook', 'Facebook', 'facebook.com'],
  ['instagram', 'Instagram', 'instagram.com'],
  ['x', 'X (Twitter)', 'x.com'],
  ['youtube', 'YouTube', 'youtube.com'],
  ['linkedin', 'LinkedIn', 'linkedin.com'],
  ['tiktok', 'TikTok', 'tiktok.com'],
  ['threads', 'Threads', 'threads.com'],
  ['snapchat', 'Snapchat', 'snapchat.com'],
  ['pinterest', 'Pinterest', 'pinterest.com'],
  ['vimeo', 'Vimeo', 'vimeo.com'],
  ['flickr', 'Flickr', 'flickr.com'],
  ['blog', 'Blogg', ''],
];

/** Seeds the built-in platforms; administrators add their own later. */
export function seedPlatforms() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const rows = PLATFORMS.map(([key, name, hosts], i) => ({
        key,
        name,
        hosts,
        built_in: 1,
        active: 1,
        sort_order: (i + 1) * 10,
      }));
      await (db as Kysely<{ platforms: (typeof rows)[number] }>)
        .insertInto('platforms')
        .values(rows)
        .execute();
    },
  };
}

import {describe, expect, it} from 'vitest';
import {createNavigation} from 'next-intl/navigation';
import {localePath} from '@/lib/i18n/locale-path';
import {routing} from '@/lib/i18n/routing';
import {sitePages} from '@/lib/site-pages';

// Every address on the site is built by localePath, which reproduces next-intl's getPathname for
// this routing (a locale prefix always, no localised pathnames) without loading next/navigation.
describe('localePath', () => {
  it("gives next-intl's address, with the trailing slash, for every page in every language", () => {
    const {getPathname} = createNavigation(routing);
    const pages = sitePages().map((p) => p.path);
    expect(pages.length).toBeGreaterThan(100);
    for (const locale of routing.locales) {
      for (const path of pages) {
        const expected = getPathname({href: path, locale});
        expect(localePath(path, locale)).toBe(expected.endsWith('/') ? expected : `${expected}/`);
      }
    }
  });
});

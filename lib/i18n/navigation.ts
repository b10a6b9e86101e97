import {createNavigation} from 'next-intl/navigation';
import {routing, type Locale} from './routing';

const navigation = createNavigation(routing);

export const {Link} = navigation;

/**
 * The path of a page in a language, with the trailing slash of the URL contract. next/link adds
 * the slash itself; plain hrefs, metadata and feeds get it here.
 */
export function localePath(href: string, locale: Locale): string {
  const path = navigation.getPathname({href, locale});
  return path.endsWith('/') ? path : `${path}/`;
}

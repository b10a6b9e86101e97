import type {ComponentProps} from 'react';
import {useLocale} from 'next-intl';
import {createNavigation} from 'next-intl/navigation';
import {routing, type Locale} from './routing';

const navigation = createNavigation(routing);

/**
 * The path of a page in a language, with the trailing slash of the URL contract. Every link,
 * metadata entry and feed gets its address here.
 */
export function localePath(href: string, locale: Locale): string {
  const path = navigation.getPathname({href, locale});
  return path.endsWith('/') ? path : `${path}/`;
}

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & {href: string; locale?: Locale};

/**
 * A plain link to a page of the site, in the page's language unless another is given. It renders
 * an ordinary <a>: the browser navigates, so no client router (and no framework runtime) is needed.
 */
export function Link({href, locale, ...rest}: LinkProps) {
  const current = useLocale();
  return <a href={localePath(href, locale ?? current)} {...rest} />;
}

import type {ComponentProps} from 'react';
import {useLocale} from 'next-intl';
import type {Locale} from './routing';
import {localePath} from './locale-path';

export {localePath};

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & {href: string; locale?: Locale};

/**
 * A plain link to a page of the site, in the page's language unless another is given. It renders
 * an ordinary <a>: the browser navigates, so no client router (and no framework runtime) is needed.
 */
export function Link({href, locale, ...rest}: LinkProps) {
  const current = useLocale();
  return <a href={localePath(href, locale ?? current)} {...rest} />;
}

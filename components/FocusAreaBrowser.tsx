'use client';

import {useEffect, useState, type MouseEvent} from 'react';

export type BrowserItem = {slug: string; title: string; href: string; region: string; regionName: string; theme: string; themeTitle: string; lang?: string};
export type BrowserFilter = {kind: 'theme' | 'region'; slug: string} | null;
type Option = {slug: string; label: string; href: string};

type Props = {
  items: BrowserItem[];
  themes: Option[];
  regions: Option[];
  allHref: string;
  initial: BrowserFilter;
  labels: {themeFilter: string; regionFilter: string; all: string; list: string; counts: Record<number, string>};
};

/**
 * Every focus area with filters by theme and by region. The filters are links to static pages, so
 * they work without script; where script runs, a click filters the list in place and updates the
 * address, and the back button restores the previous filter.
 */
export function FocusAreaBrowser({items, themes, regions, allHref, initial, labels}: Props) {
  const [filter, setFilter] = useState<BrowserFilter>(initial);
  const filterAt = (href: string): BrowserFilter => {
    const theme = themes.find((t) => t.href === href);
    if (theme) return {kind: 'theme', slug: theme.slug};
    const region = regions.find((r) => r.href === href);
    return region ? {kind: 'region', slug: region.slug} : null;
  };

  useEffect(() => {
    const onPop = () => setFilter(filterAt(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  });

  const choose = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setFilter(filterAt(href));
    window.history.pushState(null, '', href);
  };

  const shown = items.filter((i) => !filter || (filter.kind === 'theme' ? i.theme === filter.slug : i.region === filter.slug));
  const isCurrent = (kind: 'theme' | 'region' | null, slug?: string) =>
    kind === null ? filter === null : filter?.kind === kind && filter.slug === slug;

  const optionLink = (option: Option, kind: 'theme' | 'region' | null) => {
    const current = isCurrent(kind, option.slug);
    return (
      <li key={option.href}>
        <a
          href={option.href}
          aria-current={current ? 'page' : undefined}
          onClick={(e) => choose(e, option.href)}
          className={`inline-block rounded-basic border px-xs py-inset-xs no-underline ${current ? 'border-brand-base bg-brand-base text-white-base' : 'border-depth-light1 hover:border-highlight-base'}`}
        >
          {option.label}
        </a>
      </li>
    );
  };

  const filterNav = (label: string, options: Option[], kind: 'theme' | 'region', className: string) => (
    <nav aria-label={label} className={`no-print ${className}`} data-pagefind-ignore="all">
      <p className="mb-xxs font-semibold">{label}</p>
      <ul className="flex flex-wrap gap-xs">
        {optionLink({slug: '', label: labels.all, href: allHref}, null)}
        {options.map((o) => optionLink(o, kind))}
      </ul>
    </nav>
  );

  return (
    <div>
      {filterNav(labels.themeFilter, themes, 'theme', '')}
      {filterNav(labels.regionFilter, regions, 'region', 'mt-m')}
      <p role="status" className="mt-l font-semibold">
        {labels.counts[shown.length]}
      </p>
      <ul aria-label={labels.list} className="mt-s grid gap-xs">
        {shown.map((i) => (
          <li key={i.slug} lang={i.lang}>
            <a href={i.href}>{i.title}</a>
            <span className="text-black-light1">
              {' '}
              — {i.regionName} · {i.themeTitle}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

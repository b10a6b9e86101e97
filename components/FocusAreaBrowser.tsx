import {IslandScript} from './IslandScript';

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

const matches = (item: BrowserItem, filter: BrowserFilter) => !filter || (filter.kind === 'theme' ? item.theme === filter.slug : item.region === filter.slug);
const key = (filter: BrowserFilter) => (filter ? `${filter.kind}:${filter.slug}` : '');

/**
 * Every focus area with filters by theme and by region. The filters are links to static pages, so
 * they work without script; each page holds the whole list with the others hidden, and each link
 * carries the count it will show, so that the focus-filter island can filter in place.
 */
export function FocusAreaBrowser({items, themes, regions, allHref, initial, labels}: Props) {
  const countOf = (filter: BrowserFilter) => labels.counts[items.filter((i) => matches(i, filter)).length] ?? '';

  const optionLink = (option: Option, filter: BrowserFilter) => (
    <li key={option.href}>
      <a
        href={option.href}
        data-filter={key(filter)}
        data-count={countOf(filter)}
        aria-current={key(filter) === key(initial) ? 'page' : undefined}
        className="inline-block rounded-basic border border-depth-light1 px-xs py-inset-xs no-underline hover:border-highlight-base aria-[current=page]:border-brand-base aria-[current=page]:bg-brand-base aria-[current=page]:text-white-base"
      >
        {option.label}
      </a>
    </li>
  );

  const filterNav = (label: string, options: Option[], kind: 'theme' | 'region', className: string) => (
    <nav aria-label={label} className={`no-print ${className}`}>
      <p className="mb-xxs font-semibold">{label}</p>
      <ul className="flex flex-wrap gap-xs">
        {optionLink({slug: '', label: labels.all, href: allHref}, null)}
        {options.map((o) => optionLink(o, {kind, slug: o.slug}))}
      </ul>
    </nav>
  );

  return (
    <div data-island="focus-filter">
      <IslandScript name="focus-filter" />
      {filterNav(labels.themeFilter, themes, 'theme', '')}
      {filterNav(labels.regionFilter, regions, 'region', 'mt-m')}
      <p role="status" className="mt-l font-semibold">
        {countOf(initial)}
      </p>
      <ul aria-label={labels.list} className="mt-s grid gap-xs">
        {items.map((i) => (
          <li key={i.slug} lang={i.lang} data-theme={i.theme} data-region={i.region} hidden={!matches(i, initial)}>
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

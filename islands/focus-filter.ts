import {start} from './lib/start';

// The focus-area filters are links to static pages, so they work without script. Here a click
// filters the list in place instead, puts the filter page's address in the address bar, and the
// back and forward buttons move between filters.
//   <a href="/fi/focus-areas/theme/wellbeing/" data-filter="theme:wellbeing" data-count="9 …">
//   <p role="status">…</p>
//   <li data-theme="wellbeing" data-region="oulu">…</li>   (hidden when filtered out)
start(
  'focus-filter',
  (root) => {
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
    const items = [...root.querySelectorAll<HTMLElement>('li[data-theme][data-region]')];
    const status = root.querySelector('[role="status"]');

    const show = (chosen: HTMLAnchorElement) => {
      const [kind = '', slug = ''] = (chosen.dataset.filter ?? '').split(':');
      for (const item of items) item.hidden = kind !== '' && item.getAttribute(`data-${kind}`) !== slug;
      for (const link of links) {
        if (link.dataset.filter === chosen.dataset.filter) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
      if (status) status.textContent = chosen.dataset.count ?? '';
    };

    for (const link of links) {
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        show(link);
        if (link.pathname !== location.pathname) history.pushState(null, '', link.href);
      });
    }
    addEventListener('popstate', () => {
      const link = links.find((l) => l.pathname === location.pathname);
      if (link) show(link);
    });
  },
  () => typeof history.pushState === 'function'
);

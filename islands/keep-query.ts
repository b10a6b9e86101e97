import {start} from './lib/start';

// On the search page the language links lead to the search page in each language, but a static
// link cannot know the query. Here each one takes the address's query and narrowing (?q=, ?type=,
// ?region=, ?theme=: the narrowing's values are slugs, the same in every language); again as a
// reader points at or tabs to one, in case the address has changed without a new page.
//   <nav data-island="keep-query"> … <a href="/sv/search/" hreflang="sv">Svenska</a> … </nav>
start('keep-query', (root) => {
  const keep = () => {
    for (const link of root.querySelectorAll('a')) link.setAttribute('href', link.pathname + location.search);
  };
  keep();
  root.addEventListener('pointerover', keep);
  root.addEventListener('focusin', keep);
});

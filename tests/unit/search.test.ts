import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Problem} from '@/lib/content/errors';
import {agreements, focusAreas, networkProjects, pressReleases} from '@/lib/content/queries';
import {localePath} from '@/lib/i18n/navigation';
import {routing, type Locale} from '@/lib/i18n/routing';
import {paths} from '@/lib/paths';
import {searchData} from '@/lib/search/documents';
import {excerpt, knownFilters, neededShards, SiteSearch, type SearchDocument} from '@/lib/search/engine';
import {buildIndex, fullSearch} from '@/lib/search/index-build';
import {analyzeFinnish} from '@/lib/search/voikko';
import {tokens} from '@/lib/search/analyze';
import {readSearchWords} from '@/lib/search/words';
import {sitePages} from '@/lib/site-pages';
import {searchQueries} from '../search-queries';
import {problemsInFile} from './helpers/content-file';

// Search as readers use it: what they type finds the page they look for among the first three,
// a page is found for what it is about and not for the lists on it, and excerpts read cleanly.

const engines = Object.fromEntries(routing.locales.map((l) => [l, fullSearch(searchData(l))])) as Record<Locale, SiteSearch>;
const top = (locale: Locale, query: string, n = 3) => engines[locale].search(query).hits.slice(0, n).map((h) => h.document!.url);
const page = (locale: Locale, p: string) => `/${locale}${p}/`;

describe('the query set (tests/search-queries.ts)', () => {
  it('holds at least 40 queries, in every language', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(40);
    for (const locale of routing.locales) expect(searchQueries.filter((q) => q.locale === locale).length).toBeGreaterThanOrEqual(15);
  });

  it.each(searchQueries.map((q) => [q.locale, q.query, q.kind, q.expected] as const))('%s "%s" (%s) finds %s among the first three', (locale, query, _kind, expected) => {
    expect(top(locale, query)).toContain(page(locale, expected));
  });
});

describe('the index in parts', () => {
  it.each(routing.locales)('in %s a query answers the same from the parts it loads as from the whole index, however small the parts', (locale) => {
    const queries = [...searchQueries.filter((q) => q.locale === locale).map((q) => q.query), ...agreements(locale).map((a) => a.data.title), 'a', 'ek', 'x'];
    for (const largestPart of [32_000, 2_000]) {
      const built = buildIndex(searchData(locale), {largestPart});
      const whole = SiteSearch.fromParts(built.meta, [...built.shards.values()]);
      for (const query of queries) {
        const keys = neededShards(built.meta, query);
        for (const key of keys) expect(built.shards.has(key), `${query}: ${key}`).toBe(true);
        const some = SiteSearch.fromParts(built.meta, keys.map((k) => built.shards.get(k)!));
        const ids = (s: SiteSearch) => s.search(query).hits.slice(0, 10).map((h) => h.id);
        expect(ids(some), `${query} (parts of at most ${largestPart} characters)`).toEqual(ids(whole));
      }
      if (largestPart === 2_000) expect(built.meta.shards.some((k) => [...k].length > 2)).toBe(true);
    }
  });
});

describe('names, people and Finnish word forms', () => {
  it("a region's name in any of the three languages finds its agreement among the first three in every language's search", () => {
    for (const a of agreements('fi')) {
      const names = new Set(routing.locales.map((l) => agreements(l).find((x) => x.slug === a.slug)!.data.title));
      for (const locale of routing.locales) for (const name of names) expect(top(locale, name), `${locale}: ${name}`).toContain(page(locale, paths.agreement(a.slug)));
    }
  });

  it('every contact person named on a release or a network project finds that page', () => {
    for (const locale of routing.locales) {
      const named = [
        ...pressReleases(locale).flatMap((r) => (r.data.contacts ?? []).map((c) => [c.name, page(locale, paths.pressRelease(r.slug))] as const)),
        ...networkProjects(locale).flatMap((n) => n.data.contacts.map((c) => [c.name, page(locale, paths.networkProject(n.slug))] as const))
      ];
      for (const [name, address] of named) expect(engines[locale].search(name).hits.map((h) => h.document?.url), `${locale}: ${name}`).toContain(address);
    }
  });

  it('a Finnish word found in one form on a page is found in every other form the pages use (Voikko at build time, learned stem changes in the query)', () => {
    // Every noun and name of the Finnish pages' titles, in each other form in which the Finnish pages write it.
    const documents = engines.fi.documents as SearchDocument[];
    const words = [...new Set(documents.flatMap((d) => [d.title, ...(d.text ?? [])]).flatMap((t) => tokens(t).map((x) => x.word.toLocaleLowerCase('fi'))))].filter((w) => /^\p{L}{4,}$/u.test(w));
    const analyses = analyzeFinnish(words);
    const forms = new Map<string, Set<string>>();
    const named = new Set(['nimisana', 'paikannimi', 'nimi', 'sukunimi', 'etunimi']);
    for (const w of words) for (const a of analyses.get(w) ?? []) if (a.BASEFORM && named.has(a.CLASS ?? '')) forms.set(a.BASEFORM.toLocaleLowerCase('fi'), (forms.get(a.BASEFORM.toLocaleLowerCase('fi')) ?? new Set()).add(w));
    const titleWords = new Set(documents.flatMap((d) => tokens(d.title).map((x) => x.word.toLocaleLowerCase('fi'))));
    let checked = 0;
    const missed: string[] = [];
    for (const [base, written] of forms) {
      if (!titleWords.has(base) && ![...written].some((w) => titleWords.has(w))) continue;
      // The pages whose title holds the word in any form.
      const titled = documents.filter((d) => tokens(d.title).some((x) => written.has(x.word.toLocaleLowerCase('fi')) || x.word.toLocaleLowerCase('fi') === base)).map((d) => d.url);
      for (const form of written) {
        const found = engines.fi.search(form).hits.map((h) => h.document?.url);
        for (const url of titled) if (!found.includes(url)) missed.push(`${form} (${base}): ${url}`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });
});

describe('relevance', () => {
  it.each(routing.locales)("a region's name in %s puts its agreement first, and finds another region's page only where its own text names it", (locale) => {
    for (const a of agreements(locale)) {
      // The first word of the name ("Helsinki" of "Helsinki, Espoo ja Vantaa"), as a reader types it.
      const query = a.data.title.split(/[ ,]/)[0]!;
      const hits = engines[locale].search(query).hits;
      expect(hits[0]?.document?.url, query).toBe(page(locale, paths.agreement(a.slug)));
      // A page of another region may name this one (a lead project's partners), never through a list of links.
      // The name or a word that means the same (content/search-words.yaml: Tammerfors, Tampere).
      const same = [query, ...engines[locale].meta.words.filter((g) => g.includes(query)).flat()];
      const stems = same.map((w) => w.slice(0, Math.max(4, w.length - 2)).toLocaleLowerCase('fi'));
      const otherRegions = hits
        .filter((h) => h.document!.region && !h.document!.region.includes(a.slug))
        .filter((h) => {
          const own = [h.document!.title, ...(h.document!.facts ?? []), ...(h.document!.text ?? []), ...(h.document!.names ?? [])].join(' ').toLocaleLowerCase('fi');
          // In Finnish by the words' base forms too, as Voikko gives them ("Turun" names Turku).
          const bases = locale === 'fi' ? [...analyzeFinnish(own.split(/[^\p{L}\p{N}]+/u)).values()].flat().map((x) => (x.BASEFORM ?? '').toLocaleLowerCase('fi')) : [];
          return !stems.some((stem) => own.includes(stem) || bases.some((b) => b.startsWith(stem)));
        })
        .map((h) => h.document!.url);
      expect(otherRegions, query).toEqual([]);
    }
  });

  it.each(routing.locales)('every focus area is found in %s by its name and by each of its other wordings', (locale) => {
    for (const f of focusAreas(locale)) {
      for (const name of [f.data.title, ...(f.data.alternativeNames ?? []).map((n) => n.name)]) {
        expect(top(locale, name), name).toContain(page(locale, paths.focusArea(f.slug)));
      }
    }
  });

  it('a word of several parts is also found by its last part', () => {
    expect(top('fi', 'kemia')[0]).toBe(page('fi', paths.focusArea('kokkola-battery-chemistry')));
    expect(top('sv', 'kompetens')[0]).toBe(page('sv', paths.focusArea('kuopio-water-expertise')));
  });

  it('a place name is not split into parts: "Åbo" does not find Uleåborg', () => {
    expect(engines.sv.search('Åbo').hits.map((h) => h.document!.url)).not.toContain(page('sv', paths.agreement('oulu')));
  });

  it('every word of a query must match', () => {
    const hits = engines.en.search('circular economy Pori').hits.map((h) => h.document!.url);
    expect(hits).toContain(page('en', paths.focusArea('pori-technology-metals-and-circular-economy')));
    expect(hits).not.toContain(page('en', paths.focusArea('lahti-climate-neutral-circular-economy')));
  });

  it('a misspelt word finds the pages with words close to it, and says so', () => {
    const answer = engines.en.search('Tampre');
    expect(answer.similar).toBe(true);
    expect(answer.hits[0]?.document?.url).toBe(page('en', paths.agreement('tampere')));
    expect(engines.en.search('Tampere').similar).toBe(false);
  });

  it('a query of nothing but symbols, markup or nonsense finds nothing and throws nothing', () => {
    for (const query of ['', '   ', '***', '<script>alert(1)</script>', '((', 'qwxzqwxz']) {
      expect(engines.fi.search(query).hits, query).toEqual([]);
    }
  });
});

describe('what is indexed', () => {
  it('every page of the site, in every language, except the filter lists, the archive and search itself', () => {
    const listed = sitePages()
      .map((p) => p.path)
      .filter((p) => !/^\/(focus-areas|press-releases)\/(theme|region)\//.test(p) && !/^\/press-releases\/\d{4}(\/|$)/.test(p));
    for (const locale of routing.locales) {
      const urls = (engines[locale].documents as SearchDocument[]).map((d) => d.url).sort();
      expect(urls).toEqual(listed.map((p) => localePath(p, locale)).sort());
    }
  });

  it("a page's words are its own: an agreement's document holds its lead and its own text, not the lists of other regions", () => {
    for (const locale of routing.locales) {
      for (const a of agreements(locale)) {
        const doc = (engines[locale].documents as SearchDocument[]).find((d) => d.url === page(locale, paths.agreement(a.slug)));
        expect(doc?.text).toEqual([...(a.data.summary ? [a.data.summary] : []), ...a.blocks]);
      }
    }
  });
});

describe('excerpts', () => {
  it('mark the matched words, begin and end at whole words, and stay short', () => {
    for (const [locale, query] of [
      ['en', 'Tampere'],
      ['fi', 'allekirjoitus'],
      ['sv', 'innovation'],
      ['en', 'accessibility']
    ] as const) {
      for (const hit of engines[locale].search(query).hits) {
        const {segments} = excerpt(engines[locale], hit);
        const text = segments.map((s) => s.text).join('');
        expect(text.length, `${query}: ${hit.document!.url}`).toBeLessThanOrEqual(230);
        // It starts at the start of a block (which may be a list item in lower case) or with "…".
        expect(text, hit.document!.url).toMatch(/^(…(?=\p{L}|\p{N})|[\p{L}\p{N}"“”])/u);
        expect(text, hit.document!.url).toMatch(/(\.|…|:|[\p{L}\p{N})])$/u);
      }
    }
    const first = engines.fi.search('allekirjoitus').hits[0]!;
    expect(excerpt(engines.fi, first).segments.filter((s) => s.mark).map((s) => s.text)).toContain('allekirjoittivat');
  });

  it("explain a match in a focus area's other wording, and fall back to the description", () => {
    const data = {
      ...searchData('en'),
      documents: [
        {url: '/en/focus-areas/a/', type: 'focus-area', title: 'Sports business', names: ['Sportsbusiness'], text: ['Sport exports.'], description: 'A focus area.'},
        {url: '/en/focus-areas/b/', type: 'focus-area', title: 'Battery chemistry', text: ['Cells and materials.'], description: 'Batteries in Kokkola.'}
      ]
    };
    const search = fullSearch(data);
    const named = search.search('sportsbusiness').hits[0]!;
    expect(excerpt(search, named)).toMatchObject({from: 'names', segments: [{text: 'Sportsbusiness', mark: true}]});
    const titled = search.search('battery').hits[0]!;
    expect(excerpt(search, titled).from).toBe('description');
  });
});

describe('facets', () => {
  it('count the results by page type, region and theme, and narrow them', () => {
    const all = engines.fi.search('kiertotalous');
    const byType = Object.fromEntries(all.counts.type.map((c) => [c.value, c.count]));
    expect(byType['focus-area']).toBe(all.hits.filter((h) => h.document!.type === 'focus-area').length);
    expect(all.counts.region.find((c) => c.value === 'lahti')?.label).toBe('Lahti');
    const lahti = engines.fi.search('kiertotalous', {region: 'lahti'});
    expect(lahti.hits.length).toBe(all.counts.region.find((c) => c.value === 'lahti')?.count);
    expect(lahti.hits.every((h) => h.document!.region?.includes('lahti'))).toBe(true);
    // Counts under one facet take the other facets' narrowing into account.
    expect(lahti.counts.type.reduce((n, c) => n + c.count, 0)).toBe(lahti.hits.length);
    const theme = engines.sv.search('cirkulär ekonomi', {type: 'focus-area', theme: 'green-transition'});
    expect(theme.hits.length).toBeGreaterThan(0);
    expect(theme.hits.every((h) => h.document!.type === 'focus-area' && h.document!.theme?.includes('green-transition'))).toBe(true);
  });

  it('ignore a narrowing the address carries but the site does not know', () => {
    expect(knownFilters(engines.en.meta, {type: 'focus-area', region: 'atlantis', theme: null})).toEqual({type: 'focus-area'});
  });
});

describe('the words file (content/search-words.yaml)', () => {
  const problemsWith = (yamlText: string) => problemsInFile('search-words.yaml', yamlText, readSearchWords);

  it('accepts the shipped file, and its words find what they stand for', () => {
    const problems: Problem[] = [];
    const words = readSearchWords(path.join(process.cwd(), 'content'), problems);
    expect(problems).toEqual([]);
    expect(words.fi.length).toBeGreaterThan(0);
    // "healthcare" finds pages that say "health", which no page calls "healthcare".
    const found = engines.en.search('healthcare').hits.slice(0, 3).map((h) => h.document!.title);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((t) => /health/i.test(t)), found.join('; ')).toBe(true);
  });

  it('names a group of one word, a language the site does not have, and a stray character', () => {
    expect(problemsWith('fi:\n  - [tekoäly]\nde:\n  - [KI, künstliche Intelligenz]\nen:\n  - [AI, "<b>"]\n')).toEqual([
      'content/search-words.yaml: fi group 1: needs at least two words that mean the same',
      'content/search-words.yaml: en group 1 word 2: may hold only letters, digits, spaces, hyphens and the colon of "S:t"',
      'content/search-words.yaml: de: is not a language of the site; use fi, sv, en'
    ]);
  });

  it('points to the line of invalid YAML', () => {
    expect(problemsWith('fi:\n  - [tekoäly, keinoäly\n')[0]).toMatch(/^content\/search-words\.yaml: is not valid YAML \(line \d+\): /);
  });
});

import type {Locale} from '../i18n/routing';

// Where the search index's parts are served (scripts/build-search.ts writes them): one folder per
// language, each part asked for with the index's version so that a cache never mixes two builds.

/** A part's key (lib/search/analyze.ts: shardKey) as a file name any host serves: each letter as its code point. */
export const shardFile = (key: string) => [...key].map((c) => c.codePointAt(0)!.toString(36)).join('-');

export const searchIndexDir = 'search-index';

export const metaAddress = (locale: Locale) => `/${searchIndexDir}/${locale}/meta.json`;
export const shardAddress = (locale: Locale, key: string, version: string) => `/${searchIndexDir}/${locale}/t/${shardFile(key)}.json?v=${version}`;
export const documentAddress = (locale: Locale, id: number, version: string) => `/${searchIndexDir}/${locale}/d/${id}.json?v=${version}`;

// npm run build (and dev): writes each language's search index, split for the browser
// (lib/search/index-build.ts), to public/search-index/<locale>/, which the build copies to the
// site: meta.json, t/<key>.json (index terms by their first two letters) and d/<n>.json (one page
// each). Finnish words are analysed with Voikko here, so content added later through the editors'
// workspace is analysed by the next build.
import fs from 'node:fs';
import path from 'node:path';
import {routing} from '../lib/i18n/routing';
import {searchData} from '../lib/search/documents';
import {buildIndex} from '../lib/search/index-build';
import {searchIndexDir, shardFile} from '../lib/search/files';
import {VoikkoMissing} from '../lib/search/voikko';

const root = path.join(process.cwd(), 'public', searchIndexDir);

function write(file: string, value: unknown) {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, JSON.stringify(value));
}

try {
  fs.rmSync(root, {recursive: true, force: true});
  for (const locale of routing.locales) {
    const built = buildIndex(searchData(locale));
    const dir = path.join(root, locale);
    write(path.join(dir, 'meta.json'), built.meta);
    for (const [key, shard] of built.shards) write(path.join(dir, 't', `${shardFile(key)}.json`), shard);
    built.documents.forEach((doc, id) => write(path.join(dir, 'd', `${id}.json`), doc));
    console.log(`Search index (${locale}): ${built.documents.length} pages, ${built.shards.size} parts.`);
  }
} catch (error) {
  console.error(error instanceof VoikkoMissing ? error.message : error);
  process.exit(1);
}

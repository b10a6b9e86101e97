// After the export: writes a page at every old address in content/redirects.yaml that sends
// readers on (meta refresh, canonical link, a visible link), plus redirect rules for static hosts.
// Fails when a redirect points nowhere or would hide a real page.
import fs from 'node:fs';
import path from 'node:path';
import {formatProblem, type Problem} from '../lib/content/errors';
import {routing, type Locale} from '../lib/i18n/routing';
import {readRedirects, type Redirect} from '../lib/redirects';
import {siteOrigin} from '../lib/site';
import {shownAddress} from '../lib/urls';
import fi from '../messages/fi.json';
import sv from '../messages/sv.json';
import en from '../messages/en.json';

const messages: Record<Locale, typeof en> = {fi, sv, en};
const root = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const out = path.join(process.cwd(), process.env.OUT_DIR ?? 'out');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pageFile = (address: string) => path.join(out, address, 'index.html');

/** The languages to speak on a redirect page: the address's own, or all of them. */
function languagesOf(address: string): Locale[] {
  const first = address.split('/')[1];
  const own = routing.locales.find((l) => l === first);
  return own ? [own] : [...routing.locales];
}

function redirectPage({to}: Redirect, languages: Locale[]): string {
  const [lang = routing.defaultLocale] = languages;
  const target = `${siteOrigin}${to}`;
  const sections = languages
    .map((l) => {
      const t = messages[l].Redirect;
      return `<section lang="${l}"><h1>${escape(t.title)}</h1><p>${escape(t.body)} <a href="${escape(to)}">${escape(shownAddress(to))}</a></p></section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(messages[lang].Redirect.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(target)}">
<meta http-equiv="refresh" content="0; url=${escape(to)}">
</head>
<body>
<main>
${sections}
</main>
</body>
</html>
`;
}

const problems: Problem[] = [];
const redirects = readRedirects(root, problems);
redirects.forEach((r, i) => {
  if (!fs.existsSync(pageFile(r.to))) {
    problems.push({file: 'content/redirects.yaml', field: `entry ${i + 1} to`, message: `"${r.to}" is not a page of the built site`});
  }
  const existing = pageFile(r.from);
  if (fs.existsSync(existing) && !fs.readFileSync(existing, 'utf8').includes('http-equiv="refresh"')) {
    problems.push({file: 'content/redirects.yaml', field: `entry ${i + 1} from`, message: `"${r.from}" is a page of the built site; a redirect would hide it`});
  }
});
if (problems.length > 0) {
  console.error(`The redirects have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  process.exit(1);
}

for (const r of redirects) {
  fs.mkdirSync(path.dirname(pageFile(r.from)), {recursive: true});
  fs.writeFileSync(pageFile(r.from), redirectPage(r, languagesOf(r.from)));
}
// Netlify and Cloudflare Pages read _redirects; other hosts can read redirects.json.
fs.writeFileSync(
  path.join(out, '_redirects'),
  redirects.flatMap((r) => [`${r.from} ${r.to} 301`, `${r.from.replace(/\/$/, '')} ${r.to} 301`]).join('\n') + '\n'
);
fs.writeFileSync(path.join(out, 'redirects.json'), `${JSON.stringify(redirects, null, 2)}\n`);
console.log(`Wrote ${redirects.length} redirect pages and rules.`);

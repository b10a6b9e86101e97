// Serves the static export in out/ the way production does (see .deploy/nginx/site.conf):
// /path/ maps to path/index.html, a path without its trailing slash is redirected to it, old
// addresses answer 301, unknown paths get 404.html with status 404, responses are compressed,
// and every response carries the security headers and cache rules that scripts/hosting.ts
// computed from the build.
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import compression from 'compression';
import handler from 'serve-handler';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

const readJson = (file, fallback) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : fallback);
// Without the rules file (a build that skipped scripts/hosting.ts), at least no framing and scripts from here only.
const rules = readJson(path.resolve('.deploy', 'headers.json'), {
  security: {'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'"},
  htmlCache: 'no-cache',
  immutableCache: 'no-cache',
  types: {}
});
// Feeds get their own media types, as the nginx rules give them.
const types = Object.entries(rules.types ?? {}).map(([name, type]) => ({source: `**/${name}`, headers: [{key: 'Content-Type', value: type}]}));
const redirects = readJson(path.join(root, 'redirects.json'), [])
  // serve-handler matches against the path without its trailing slash.
  .map(({from, to}) => ({source: from.replace(/\/$/, ''), destination: to, type: 301}));
const compress = compression();

http
  .createServer((request, response) =>
    compress(request, response, () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const uri = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      // The editors' workspace has a policy of its own (see scripts/hosting.ts).
      if (rules.admin && pathname.startsWith('/admin/')) {
        for (const [key, value] of Object.entries(rules.admin)) response.setHeader(key, value);
        return handler(request, response, {public: root, trailingSlash: true, cleanUrls: true, directoryListing: false, etag: true});
      }
      for (const [key, value] of Object.entries(rules.security)) response.setHeader(key, value);
      const hashed = uri.startsWith('/_next/static/') || uri.startsWith('/islands/');
      response.setHeader('Cache-Control', hashed ? rules.immutableCache : uri.endsWith('.html') ? rules.htmlCache : 'public, max-age=3600');
      handler(request, response, {public: root, trailingSlash: true, cleanUrls: true, directoryListing: false, etag: true, redirects, headers: types});
    })
  )
  .listen(port, host, () => console.log(`Serving ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`));

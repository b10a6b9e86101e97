// Serves the static export in out/ the way a static host does: /path/ maps to path/index.html,
// a path without its trailing slash is redirected to it, and unknown paths get 404.html with 404.
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import handler from 'serve-handler';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

// The old addresses of content/redirects.yaml answer with a real 301, as a configured host would;
// the page the build left at each of them is the fallback for hosts that cannot redirect.
const redirectsFile = path.join(root, 'redirects.json');
const redirects = fs.existsSync(redirectsFile)
  ? JSON.parse(fs.readFileSync(redirectsFile, 'utf8'))
      // serve-handler matches against the path without its trailing slash.
      .map(({from, to}) => ({source: from.replace(/\/$/, ''), destination: to, type: 301}))
  : [];

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

http
  .createServer((request, response) =>
    handler(request, response, {
      public: root,
      trailingSlash: true,
      cleanUrls: true,
      directoryListing: false,
      etag: true,
      redirects
    })
  )
  .listen(port, host, () => console.log(`Serving ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`));

// After the export: the hosting rules, computed from the built files. Pages carry no inline
// script (scripts/html-first.ts removed the framework's), so the Content-Security-Policy allows
// scripts from the site itself only: `script-src 'self'`, no hashes, no 'unsafe-inline', no
// WebAssembly, on every page alike (search runs as a plain script island).
// The same rules are written for
//   out/_headers                  static hosts that read a headers file (Netlify, Cloudflare Pages)
//   .deploy/nginx/site.conf       an nginx server block (with the redirects)
//   .deploy/headers.json          the local server of `npm start`
// The editors' workspace at /admin/ (scripts/build-admin.ts) is an application, not a page: it has
// a policy of its own (lib/content/cms.ts), is never indexed, and the public pages' policy is not
// loosened for it.
import fs from 'node:fs';
import path from 'node:path';
import {adminPolicy} from '../lib/content/cms';
import {readSettings} from '../lib/site-settings';
import {filesUnder} from './lib/files';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const deploy = path.resolve('.deploy');
const nginxRoot = process.env.NGINX_ROOT ?? out;
const nginxListen = process.env.NGINX_LISTEN ?? '8080';

/** Headers every response carries. */
export const securityHeaders: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin'
};

const htmlCache = 'public, max-age=300, must-revalidate';
const immutableCache = 'public, max-age=31536000, immutable';

/** The policy of every response. */
const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'"
  ].join('; ');

/** The workspace's headers: its own policy; sign-in pop-ups of the git host may talk back to it. */
const adminHeaders: Record<string, string> = {
  ...securityHeaders,
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'Content-Security-Policy': adminPolicy(readSettings()),
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'no-cache'
};
const adminPrefix = '/admin/';
const isAdmin = (address: string) => address.startsWith(adminPrefix);

// Each page by its address (/fi/).
const pages = filesUnder(out)
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${path.relative(out, file).split(path.sep).join('/')}`.replace(/index\.html$/, ''))
  .filter((address) => !isAdmin(address));
const redirects: {from: string; to: string}[] = fs.existsSync(path.join(out, 'redirects.json'))
  ? JSON.parse(fs.readFileSync(path.join(out, 'redirects.json'), 'utf8'))
  : [];

// Feeds are XML of their own kinds; a feed reader or browser told "application/xml" may not know it.
const feedTypes: Record<string, string> = {'rss.xml': 'application/rss+xml; charset=utf-8', 'atom.xml': 'application/atom+xml; charset=utf-8'};
const feeds = filesUnder(out)
  .map((file) => `/${path.relative(out, file).split(path.sep).join('/')}`)
  .filter((address) => path.posix.basename(address) in feedTypes);

// --- _headers (Netlify, Cloudflare Pages) ---
// The policy is one header for every response; each page gets its short cache in a rule of its own
// (where rules overlap, hosts differ in how they combine a header).
// Where rules overlap, these hosts send both values, and two policies are both enforced: so the
// public policy goes on every top-level name of the site except /admin/, which gets its own.
const headerLines = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `  ${k}: ${v}`);
const publicTop = fs
  .readdirSync(out, {withFileTypes: true})
  .filter((e) => e.name !== 'admin' && e.name !== '_headers')
  .map((e) => (e.isDirectory() ? `/${e.name}/*` : `/${e.name}`))
  .sort();
const {'Cross-Origin-Opener-Policy': opener, ...sharedHeaders} = securityHeaders;
const headersFile = [
  '/*',
  ...headerLines(sharedHeaders),
  ...['/', ...publicTop].flatMap((rule) => [rule, ...headerLines({'Cross-Origin-Opener-Policy': opener ?? 'same-origin', 'Content-Security-Policy': policy})]),
  ...(fs.existsSync(path.join(out, 'admin')) ? ['/admin/*', ...headerLines({'Cross-Origin-Opener-Policy': adminHeaders['Cross-Origin-Opener-Policy'] ?? '', 'Content-Security-Policy': adminHeaders['Content-Security-Policy'] ?? '', 'X-Robots-Tag': adminHeaders['X-Robots-Tag'] ?? '', 'Cache-Control': 'no-cache'})] : []),
  '/_next/static/*',
  ...headerLines({'Cache-Control': immutableCache}),
  '/islands/*',
  ...headerLines({'Cache-Control': immutableCache}),
  ...pages.flatMap((address) => [address, ...headerLines({'Cache-Control': htmlCache})]),
  ...feeds.flatMap((address) => [address, ...headerLines({'Content-Type': feedTypes[path.posix.basename(address)] ?? ''})])
];
fs.writeFileSync(path.join(out, '_headers'), `${headersFile.join('\n')}\n`);

// --- the local server's rules ---
fs.mkdirSync(path.join(deploy, 'nginx'), {recursive: true});
fs.writeFileSync(
  path.join(deploy, 'headers.json'),
  `${JSON.stringify({security: {...securityHeaders, 'Content-Security-Policy': policy}, admin: adminHeaders, htmlCache, immutableCache, types: feedTypes}, null, 2)}\n`
);

// --- nginx ---
const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;
const nginx = `# Generated by scripts/hosting.ts from the built site; include it in nginx's http block.
# Serves ${nginxRoot} on ${nginxListen}.

# HTML may change with every build; files under /_next/static/ and /islands/ carry a hash in their name.
map $uri $site_cache {
  default "public, max-age=3600";
  ~\\.html$ ${q(htmlCache)};
  ~^/_next/static/ ${q(immutableCache)};
  ~^/islands/ ${q(immutableCache)};
}

server {
  listen ${nginxListen};
  root ${nginxRoot};
  index index.html;
  charset utf-8;
  server_tokens off;
  absolute_redirect off;
  disable_symlinks on;

  gzip on;
  gzip_vary on;
  gzip_min_length 256;
  gzip_types text/css application/javascript text/javascript application/json application/xml text/xml application/rss+xml application/atom+xml image/svg+xml text/csv text/plain;

  # Content-Security-Policy: scripts from this site only.
${Object.entries({...securityHeaders, 'Content-Security-Policy': policy})
  .map(([k, v]) => `  add_header ${k} ${q(v)} always;`)
  .join('\n')}
  add_header Cache-Control $site_cache always;

  error_page 404 /404.html;

  # Old addresses (content/redirects.yaml).
${redirects.flatMap((r) => [`  location = ${r.from} { return 301 ${r.to}; }`, `  location = ${r.from.replace(/\/$/, '')} { return 301 ${r.to}; }`]).join('\n')}

  location ~ \\.csv$ {
    types { }
    default_type "text/csv; charset=utf-8";
  }
${Object.entries(feedTypes)
  .map(([name, type]) => `  location ~ /${name.replace('.', '\\.')}$ {\n    types { }\n    default_type ${q(type)};\n  }`)
  .join('\n')}
  # The editors' workspace: its own policy, never indexed or cached (add_header here replaces the server's).
  location ^~ ${adminPrefix} {
${Object.entries(adminHeaders)
  .map(([k, v]) => `    add_header ${k} ${q(v)} always;`)
  .join('\n')}
    try_files $uri $uri/ =404;
  }

  location / {
    # A directory without its trailing slash is redirected to it (301); anything else missing is 404.
    try_files $uri $uri/ =404;
  }
}
`;
fs.writeFileSync(path.join(deploy, 'nginx', 'site.conf'), nginx);
console.log(`Wrote hosting rules for ${pages.length} pages (out/_headers, .deploy/nginx/site.conf, .deploy/headers.json).`);

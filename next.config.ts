import type {NextConfig} from 'next';
import {PHASE_DEVELOPMENT_SERVER} from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Plain files for any static host or CDN.
  output: 'export',
  // Every page is a folder with index.html, so /fi/agreements/tampere/ is the one canonical form.
  trailingSlash: true,
  images: {unoptimized: true},
  poweredByHeader: false
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_DEVELOPMENT_SERVER) {
    // npm run dev: /admin/ opens the editors' workspace (public/admin/index.html), as static hosts
    // serve it; the export itself needs no rewrite.
    return withNextIntl({...nextConfig, rewrites: async () => [{source: '/admin/', destination: '/admin/index.html'}]});
  }
  return withNextIntl(nextConfig);
}

import type {NextConfig} from 'next';
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

export default withNextIntl(nextConfig);

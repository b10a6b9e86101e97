import type {MetadataRoute} from 'next';
import {siteOrigin} from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  // The editors' workspace is not for search engines (its page also says noindex).
  return {rules: [{userAgent: '*', allow: '/', disallow: '/admin/'}], sitemap: `${siteOrigin}/sitemap.xml`};
}

import {feedRoute} from '@/lib/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;
const route = feedRoute('atom', 'theme');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;

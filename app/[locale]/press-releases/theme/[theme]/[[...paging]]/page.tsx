import {releaseFilterRoute} from '@/components/ReleaseListPage';

// The releases in one theme, newest first, in pages.
const route = releaseFilterRoute('theme');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;

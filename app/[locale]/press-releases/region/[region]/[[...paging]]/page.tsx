import {releaseFilterRoute} from '@/components/ReleaseListPage';

// The releases about one agreement, newest first, in pages.
const route = releaseFilterRoute('region');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;

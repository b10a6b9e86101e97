import {datasetCsv, datasetJson, datasetNames, type DatasetName} from '@/lib/open-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return datasetNames.flatMap((name) => [{file: `${name}.json`}, {file: `${name}.csv`}]);
}

export async function GET(_request: Request, {params}: {params: Promise<{file: string}>}) {
  const {file} = await params;
  const [, name, format] = /^(.+)\.(json|csv)$/.exec(file) ?? [];
  if (!name || !(datasetNames as string[]).includes(name)) return new Response(null, {status: 404});
  const dataset = name as DatasetName;
  return format === 'json'
    ? new Response(datasetJson(dataset), {headers: {'Content-Type': 'application/json; charset=utf-8'}})
    : new Response(datasetCsv(dataset), {headers: {'Content-Type': 'text/csv; charset=utf-8'}});
}

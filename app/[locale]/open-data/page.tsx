import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageHeading} from '@/components/PageHeading';
import {SourceList} from '@/components/SourceList';
import {PageShell} from '@/components/PageShell';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {pageMetadata} from '@/lib/metadata';
import {datasetNames, datasets} from '@/lib/open-data';
import {paths} from '@/lib/paths';
import {contentLicence} from '@/lib/site';
import type messages from '@/messages/en.json';

type FieldName = keyof typeof messages.OpenDataPage.fields;

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'OpenDataPage'});
  return pageMetadata({locale, path: paths.openData, title: t('title'), description: t('description')});
}

export default async function OpenDataPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'OpenDataPage'});
  return (
    <PageShell
      locale={locale}
      path={paths.openData}
      trail={[{label: t('title'), href: paths.openData}]}
    >
      <PageHeading title={t('title')} lead={t('description')} />
      <div className="max-w-prose">
        <p>{t('intro')}</p>
        <p className="mt-s">{t('formats')}</p>
      </div>
      {datasetNames.map((name) => {
        const [sample] = datasets[name]();
        // tests/unit/open-data.test.ts proves every field has a description in every language.
        const fields = Object.keys(sample ?? {}) as FieldName[];
        return (
          <section key={name} aria-labelledby={`dataset-${name}`} className="mt-xxl">
            <h2 id={`dataset-${name}`}>{t(`datasets.${name}.title`)}</h2>
            <p className="mt-xs max-w-prose">{t(`datasets.${name}.description`)}</p>
            <p className="mt-xs">
              {t('filesLabel')}{' '}
              {/* Data files are not pages: plain links with the file extension, no locale. */}
              <a href={`/data/${name}.json`} type="application/json">{`${name}.json`}</a>,{' '}
              <a href={`/data/${name}.csv`} type="text/csv">{`${name}.csv`}</a>
            </p>
            <table className="mt-s w-full max-w-4xl border-collapse text-body-text-small">
              <thead>
                <tr>
                  <th scope="col" className="border border-depth-light1 bg-depth-light3 p-xxs text-left">{t('fieldHeader')}</th>
                  <th scope="col" className="border border-depth-light1 bg-depth-light3 p-xxs text-left">{t('meaningHeader')}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => (
                  <tr key={field}>
                    <th scope="row" className="border border-depth-light1 p-xxs text-left align-top font-mono font-normal break-all">{field}</th>
                    <td className="border border-depth-light1 p-xxs align-top">{t(`fields.${field}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <section aria-labelledby="licence" className="mt-xxl">
        <h2 id="licence">{t('licenceHeading')}</h2>
        <p className="mt-xs">
          {t.rich('licence', {name: contentLicence.name, link: (chunks) => <a href={contentLicence.url}>{chunks}</a>})}
        </p>
      </section>
      <SourceList sources={[]} locale={locale} listsOtherPages />
    </PageShell>
  );
}

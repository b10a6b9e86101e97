import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import type {SitePath} from '@/lib/paths';
import {shownUrl} from '@/lib/urls';
import {CopyLink} from './CopyLink';

/** The address to quote in a decision or a story, with a copy button where script runs. */
export async function PermanentLink({path, locale}: {path: SitePath; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'CopyLink'});
  return <CopyLink url={shownUrl(path, locale)} addressLabel={t('address')} buttonLabel={t('copy')} copiedLabel={t('copied')} />;
}

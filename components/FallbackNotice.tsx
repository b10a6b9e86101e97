import {useTranslations} from 'next-intl';
import type {Locale} from '@/lib/i18n/routing';

/** Says, in the reader's language, that what follows is in another language. */
export function FallbackNotice({shown}: {shown: Locale}) {
  const t = useTranslations('Fallback');
  return (
    <p role="note" className="mb-m border-l-4 border-warning-base bg-warning-light1 p-s">
      {t('notice', {language: t(`language.${shown}`)})}
    </p>
  );
}

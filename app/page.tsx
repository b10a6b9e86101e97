import type {Metadata} from 'next';
import {routing} from '@/lib/i18n/routing';
import {sourceSans} from '@/lib/fonts';
import {absoluteUrl} from '@/lib/urls';
import {siteOrigin} from '@/lib/site';
import {paths} from '@/lib/paths';
import {localeTexts} from '@/lib/i18n/all-messages';
import {localePath} from '@/lib/i18n/navigation';
import {feedTypes, feedUrl} from '@/lib/feed';

// "/" is a real page: three plain links, each language named in itself. It works without script
// and keeps no preference, so a shared link to the bare domain never lands in the wrong language.
const texts = localeTexts();
const [first] = texts;

export const metadata: Metadata = {
  title: texts.map((t) => t.messages.Root.title).join(' · '),
  description: first ? first.messages.Root.description : undefined,
  // The chooser is the x-default for search engines; each language's home is its own page.
  alternates: {
    canonical: `${siteOrigin}/`,
    languages: {...Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(paths.home, l)])), 'x-default': `${siteOrigin}/`},
    // Each language's press-release feeds, as every page of that language announces them.
    types: Object.fromEntries(
      (['rss', 'atom'] as const).map((format) => [feedTypes[format], texts.map(({locale, messages}) => ({url: feedUrl({kind: 'all'}, format, locale), title: messages.Feed.title}))])
    )
  }
};

export default function LanguageChooser() {
  return (
    <html lang={routing.defaultLocale} className={sourceSans.variable}>
      <body className="flex min-h-screen items-center justify-center bg-depth-light3 p-m">
        <main className="w-full max-w-[36rem] border-t-4 border-brand-base bg-white-base p-xl">
          <h1 className="mb-l">
            {texts.map(({locale, messages}, i) => (
              <span key={locale} lang={locale} className="block">
                {messages.Root.title}
                {i < texts.length - 1 ? <span className="sr-only"> · </span> : null}
              </span>
            ))}
          </h1>
          <ul className="grid gap-s">
            {texts.map(({locale, messages}) => (
              <li key={locale} lang={locale}>
                <a href={localePath(paths.home, locale)} hrefLang={locale} className="text-heading3 font-semibold">
                  {messages.LanguageSwitcher.selfName}
                </a>
                <span className="block text-body-text-small text-black-light1">{messages.Root.chooseLanguage}</span>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}

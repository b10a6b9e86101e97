import type {Metadata} from 'next';
import {sourceSans} from '@/lib/fonts';
import {routing} from '@/lib/i18n/routing';
import {paths} from '@/lib/paths';
import {localeTexts} from '@/lib/i18n/all-messages';
import {localePath} from '@/lib/i18n/navigation';

// A static host serves one 404.html for every missing address, whatever its language, so the
// page says its piece in all three and links to each home.
const texts = localeTexts();

export const metadata: Metadata = {
  title: texts.map((t) => t.messages.NotFound.title).join(' · '),
  robots: {index: false}
};

export default function NotFound() {
  return (
    <html lang={routing.defaultLocale} className={sourceSans.variable}>
      <body className="bg-depth-light3 p-m">
        <main className="mx-auto max-w-2xl border-t-4 border-brand-base bg-white-base p-xl">
          {texts.map(({locale, messages}, i) => (
            <section key={locale} lang={locale} aria-labelledby={`nf-${locale}`} className={i > 0 ? 'mt-xl border-t border-depth-light1 pt-l' : ''}>
              {i === 0 ? (
                <h1 id={`nf-${locale}`}>{messages.NotFound.title}</h1>
              ) : (
                <h2 id={`nf-${locale}`}>{messages.NotFound.title}</h2>
              )}
              <p className="mt-s">{messages.NotFound.body}</p>
              <p className="mt-s">
                <a href={localePath(paths.home, locale)} hrefLang={locale}>
                  {messages.NotFound.home}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}

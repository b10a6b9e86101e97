import {renderToStaticMarkup} from 'react-dom/server';
import {NextIntlClientProvider} from 'next-intl';
import {describe, expect, it} from 'vitest';
import {FallbackNotice} from '@/components/FallbackNotice';
import {Prose} from '@/components/Prose';
import fi from '@/messages/fi.json';
import sv from '@/messages/sv.json';

// What a reader sees when a page is missing in their language: a notice in their own language,
// and the text marked with the language it is really in.
describe('the fallback notice', () => {
  it('tells a Swedish reader, in Swedish, that the page is shown in Finnish', () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="sv" messages={sv}>
        <FallbackNotice shown="fi" />
        <Prose html="<p>Teksti</p>" lang="fi" />
      </NextIntlClientProvider>
    );
    expect(html).toContain('Den här sidan finns ännu inte på svenska, så den visas på finska.');
    expect(html).toContain('<div class="prose max-w-prose" lang="fi"><p>Teksti</p></div>');
  });

  it('speaks Finnish to a Finnish reader', () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="fi" messages={fi}>
        <FallbackNotice shown="en" />
      </NextIntlClientProvider>
    );
    expect(html).toContain('Tätä sivua ei ole vielä saatavilla suomeksi, joten se näytetään englanniksi.');
  });
});

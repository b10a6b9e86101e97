import localFont from 'next/font/local';

// Source Sans 3, the Suomi.fi typeface, self-hosted from @fontsource: nothing is fetched at build
// or run time. One variable file (Latin subset, which covers Finnish, Swedish and English text and
// the site's punctuation) carries every weight the pages use (300 headings, 400 text, 600 emphasis):
// 28 KB in one request, where three static weights took 46 KB in three.
export const sourceSans = localFont({
  src: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  variable: '--font-source-sans',
  display: 'swap',
  fallback: ['Helvetica Neue', 'Arial', 'sans-serif']
});

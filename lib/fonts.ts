import localFont from 'next/font/local';

// Source Sans 3, the Suomi.fi typeface, self-hosted from @fontsource: nothing is fetched at build or run time.
export const sourceSans = localFont({
  src: [
    {path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-300-normal.woff2', weight: '300', style: 'normal'},
    {path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2', weight: '400', style: 'normal'},
    {path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2', weight: '600', style: 'normal'}
  ],
  variable: '--font-source-sans',
  display: 'swap',
  fallback: ['Helvetica Neue', 'Arial', 'sans-serif']
});

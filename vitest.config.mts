import {defineConfig} from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {alias: {'@': path.resolve(import.meta.dirname)}},
  test: {
    environment: 'node',
    // Pages and feeds need the site's public address; tests use a reserved test domain.
    env: {SITE_ORIGIN: 'https://ekosysteemisopimukset.test'},
    // next-intl's ESM build imports "next/navigation" without an extension; let Vite resolve it.
    server: {deps: {inline: ['next-intl']}},
    projects: [
      // Some unit tests run the content check or the build script as a reader would (a few seconds
      // each, more on a busy machine): the default 5 s is too short for those, not a speed limit.
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], testTimeout: 60_000}},
      // The site built from a copy with 1,000 generated releases: minutes, not milliseconds.
      {extends: true, test: {name: 'scale', include: ['tests/scale/**/*.test.ts'], hookTimeout: 30 * 60_000, testTimeout: 5 * 60_000}}
    ]
  }
});

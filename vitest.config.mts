import {defineConfig} from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {alias: {'@': path.resolve(import.meta.dirname)}},
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // next-intl's ESM build imports "next/navigation" without an extension; let Vite resolve it.
    server: {deps: {inline: ['next-intl']}}
  }
});

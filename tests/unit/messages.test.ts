import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse, type MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import {routing} from '@/lib/i18n/routing';

type Tree = {[key: string]: string | Tree};
const load = (locale: string): Tree => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'));

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`))
    )
  );
}

const messages = Object.fromEntries(routing.locales.map((l) => [l, flatten(load(l))]));
/** The arguments a message takes ({date}, {count, plural, ...}), found by the ICU parser itself. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if ('value' in el && typeof el.value === 'string' && el.type !== 0) names.add(el.value);
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return [...names].sort();
}

describe('UI messages', () => {
  const [reference, ...others] = routing.locales;
  it.each(others)('has the same keys in %s as in the default language', (locale) => {
    expect(Object.keys(messages[locale] ?? {}).sort()).toEqual(Object.keys(messages[reference] ?? {}).sort());
  });

  it.each(routing.locales)('has no empty text in %s', (locale) => {
    const empty = Object.entries(messages[locale] ?? {}).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(others)('uses the same placeholders in %s as in the default language', (locale) => {
    for (const [key, text] of Object.entries(messages[reference] ?? {})) {
      expect(placeholders(messages[locale]?.[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('names each language in itself for the language switcher', () => {
    expect(routing.locales.map((l) => messages[l]?.['LanguageSwitcher.selfName'])).toEqual(['Suomi', 'Svenska', 'English']);
  });
});

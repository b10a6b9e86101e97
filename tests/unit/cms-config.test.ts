import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import {z} from 'zod';
import {describe, expect, it} from 'vitest';
import {allCollections, type Collection} from '@/lib/content/collections';
import {cmsConfig, cmsFields, redirectsForm, type CmsField} from '@/lib/content/cms';
import {fieldTree, type FieldNode} from '@/lib/content/neutral';
import {settingsSchema} from '@/lib/site-settings';

// The editors' workspace is configured from the content schemas. These rules hold for every
// field of every collection, present and future: a schema field the workspace does not offer, or
// offers with other rules than the content check applies, fails here with its path.

type Pair = {path: string; node: FieldNode; field: CmsField | undefined; required: boolean};

/** Every schema field beside the workspace field of the same name, at every depth. */
function pairs(node: FieldNode, fields: CmsField[], at: string): Pair[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const field = fields.find((f) => f.name === name);
    const here: Pair = {path: `${at}.${name}`, node: child, field, required: (node.required ?? []).includes(name)};
    const inner = child.items?.properties ? child.items : child.properties ? child : undefined;
    const innerFields = (field?.fields as CmsField[] | undefined) ?? [];
    return [here, ...(inner && field ? pairs(inner, innerFields, `${at}.${name}`) : [])];
  });
}

/** Workspace fields that no schema field stands behind. */
function orphans(node: FieldNode, fields: CmsField[], at: string): string[] {
  return fields.flatMap((field) => {
    const child = node.properties?.[field.name];
    if (!child) return [`${at}.${field.name}`];
    const inner = child.items?.properties ? child.items : child.properties ? child : undefined;
    return inner && field.fields ? orphans(inner, field.fields as CmsField[], `${at}.${field.name}`) : [];
  });
}

const all = allCollections.flatMap((c) => pairs(fieldTree(c.schema), cmsFields(c), c.name).map((p) => ({...p, collection: c})));

/** The form for content/redirects.yaml, as the configuration holds it. */
const redirectFields = () => {
  const collection = cmsConfig({}).collections.find((c) => c.name === 'redirects') as {files: {file: string; fields: CmsField[]}[]};
  return collection.files[0];
};

/** A value in the form a date field writes, to see that the content check accepts it. */
const sampleOf = (format: string) => format.replace('YYYY', '2026').replace('MM', '06').replace('DD', '15').replace('HH', '10').replace('mm', '30');

/** The zod schema of a field path such as "press-releases.contacts.name". */
function zodAt(collection: Collection, fieldPath: string): z.ZodType {
  let schema: z.ZodType = collection.schema;
  for (const key of fieldPath.split('.').slice(1)) {
    let s = schema as unknown as {unwrap?: () => z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>};
    while (s.unwrap && !s.shape) s = s.unwrap() as typeof s;
    if (s.element) s = s.element as typeof s;
    while (s.unwrap && !s.shape) s = s.unwrap() as typeof s;
    schema = (s.shape as Record<string, z.ZodType>)[key] as z.ZodType;
  }
  return schema;
}

describe("the editors' workspace configuration", () => {
  it('offers every field of every content schema, and no field the schemas do not have', () => {
    expect(all.filter((p) => !p.field).map((p) => p.path)).toEqual([]);
    const extra = allCollections.flatMap((c) => orphans(fieldTree(c.schema), cmsFields(c).filter((f) => f.name !== 'body'), c.name));
    expect(extra).toEqual([]);
  });

  it('asks for what the content check requires, within the same limits', () => {
    const redirects = pairs(fieldTree(redirectsForm), redirectFields()?.fields ?? [], 'redirects');
    expect(redirects.filter((p) => !p.field).map((p) => p.path)).toEqual([]);
    for (const {path: at, node, field, required} of [...all, ...redirects]) {
      if (!field) continue;
      expect(field.required ?? true, `${at}: required`).toBe(required);
      expect(field.label, `${at}: every field has a label`).not.toBe(field.name);
      if (field.widget === 'string' || field.widget === 'text') {
        expect(field.maxlength, `${at}: maxlength`).toBe(node.maxLength);
        expect((field.pattern as [string, string] | undefined)?.[0], `${at}: pattern`).toBe(node.pattern);
      }
      if (node.enum) expect((field.options as {value: string}[]).map((o) => o.value), `${at}: choices`).toEqual(node.enum);
      if (field.widget === 'number') {
        expect(field.min, `${at}: min`).toBe(node.minimum);
        if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER) expect(field.max, `${at}: max`).toBe(node.maximum);
        expect(field.value_type, `${at}: whole numbers`).toBe(node.type === 'integer' ? 'int' : 'float');
      }
      if (field.widget === 'list' || (field.widget === 'relation' && field.multiple)) {
        // An optional list is left out when empty; a required one needs as many items as the schema.
        expect(field.min, `${at}: at least`).toBe(required ? node.minItems : undefined);
        expect(node.items, `${at}: a list in the schema`).toBeDefined();
      }
      if (field.widget === 'boolean') expect(node.type, at).toBe('boolean');
    }
  });

  it('enters language-independent fields once, and has every other field written in each language', () => {
    for (const {path: at, node, field} of all) {
      if (!field) continue;
      // A field inside a list entered once follows the list unless it says otherwise.
      const parent = all.find((p) => at.startsWith(`${p.path}.`) && p.path.split('.').length === at.split('.').length - 1);
      const neutral = node.neutral ?? parent?.node.neutral ?? false;
      expect(field.i18n, `${at}: i18n`).toBe(neutral ? 'duplicate' : true);
    }
  });

  it('chooses references from the collections they name, and writes dates the content check accepts', () => {
    const names = allCollections.map((c) => c.name);
    for (const {path: at, field, collection} of all) {
      if (field?.widget === 'relation') expect(names, `${at}: refers to a collection`).toContain(field.collection);
      if (field?.widget === 'datetime') {
        const format = field.format as string;
        expect(zodAt(collection, at).safeParse(sampleOf(format)).success, `${at}: accepts ${sampleOf(format)}`).toBe(true);
        if (format.includes('HH')) expect(field.input_timezone, `${at}: entered in Helsinki time`).toBe('Europe/Helsinki');
      }
    }
  });

  it('is valid for the CMS version installed, with and without a git host configured', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', '@sveltia', 'cms', 'schema', 'sveltia-cms.json'), 'utf8'));
    const validate = new Ajv({strict: false, allErrors: true, validateFormats: false, logger: false}).compile(schema);
    const hosts = [
      {},
      {editing: settingsSchema.shape.editing.parse({backend: 'github', repo: 'owner/site', baseUrl: 'https://auth.example.fi'})},
      {editing: settingsSchema.shape.editing.parse({backend: 'gitlab', repo: 'group/site', appId: 'abc', review: true})},
      {editing: settingsSchema.shape.editing.parse({backend: 'gitea', repo: 'org/site', baseUrl: 'https://git.example.fi', apiRoot: 'https://git.example.fi/api/v1', appId: 'abc'})}
    ];
    for (const settings of hosts) {
      const config = JSON.parse(JSON.stringify(cmsConfig(settings)));
      expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('lets editors add and remove entries of every collection but the pages the routes expect, and redirect what they remove', () => {
    const config = cmsConfig({});
    for (const c of config.collections) if ('folder' in c) expect(c.create, c.name).toBe(c.name !== 'pages');
    expect(config.i18n.default_locale).toBe('fi');
    // The old addresses are a list at the top of content/redirects.yaml, edited as one form.
    expect(redirectFields()?.file).toBe('content/redirects.yaml');
    expect(redirectFields()?.fields.map((f) => [f.name, f.root])).toEqual([['redirects', true]]);
  });

  it("names a new entry's folder so that the content check accepts it", () => {
    for (const c of cmsConfig({}).collections) {
      if (!('folder' in c)) continue;
      const pattern = new RegExp(c.slug.pattern[0] ?? '');
      expect(pattern.test(c.name === 'press-releases' ? '2026-06-15-uusi-tiedote' : 'uusi-sivu'), c.name).toBe(true);
      expect(pattern.test('Uusi sivu'), c.name).toBe(false);
    }
  });
});

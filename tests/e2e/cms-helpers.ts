import fs from 'node:fs';
import path from 'node:path';
import {expect, type APIRequestContext, type BrowserContext, type Locator, type Page} from '@playwright/test';
import {parse} from 'yaml';
import type {Locale} from '../../lib/i18n/routing';
import {filesUnder} from '../../scripts/lib/files';

// Driving the editors' workspace (Sveltia CMS at /admin/) the way an editor does, in Chromium,
// against the browser's origin-private file system standing in for the repository on disk.

/** Texts of Sveltia CMS 0.221.1's own Finnish interface (node_modules/@sveltia/cms/locales/fi.json). */
export const sveltia = {
  workWithLocalRepo: 'Työskentele paikallisen repositorion kanssa', // work_with_local_repo
  createEntry: 'Luo uusi merkintä',
  save: 'Tallenna',
  saved: 'Merkintä tallennettu.', // entry_saved (one)
  valueMissing: 'Tämä kenttä on pakollinen.', // validation.value_missing
  oneFieldHasError: 'Yhdessä kentässä on virhe. Korjaa se tallentaaksesi merkinnän.', // entry_validation_errors (one)
  switchLanguage: 'Vaihda kieltä',
  /** The languages as the interface names them in the pane switchers. */
  locales: {fi: 'Suomi', sv: 'Ruotsi', en: 'Englanti'} as Record<Locale, string>
};

/** The only request the workspace may try to send off this machine: Sveltia's GitHub status probe. */
export const statusProbe = /^https:\/\/www\.githubstatus\.com\//;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as Sveltia writes it into labels, where it wraps it in U+2068 … U+2069 isolates. */
export const isolated = (name: string) => `\u2068?${escapeRegExp(name)}\u2069?`;

// ---------------------------------------------------------------------------------------------
// The workspace's configuration, as the site serves it.

type ConfigField = {name: string; label: string; label_singular?: string; widget: string; fields?: ConfigField[]; options?: {label: string; value: string}[]};
type ConfigCollection = {name: string; label: string; label_singular?: string; fields: ConfigField[]};

/** One collection of /admin/config.yml: its labels, and each field's label by its path ("contacts.name"). */
export type CollectionLabels = {
  label: string;
  singular: string;
  field: (fieldPath: string) => string;
  /** A list's name for one item, as its "add" button says it ("Lisää muutos"). */
  item: (fieldPath: string) => string;
  option: (fieldPath: string, value: string) => string;
};

export async function collectionLabels(request: APIRequestContext, name: string): Promise<CollectionLabels> {
  const response = await request.get('/admin/config.yml');
  expect(response.ok(), '/admin/config.yml is served').toBe(true);
  const config = parse(await response.text()) as {collections: ConfigCollection[]};
  const collection = config.collections.find((c) => c.name === name);
  if (!collection) throw new Error(`/admin/config.yml has no collection "${name}"`);
  const find = (fieldPath: string): ConfigField => {
    let fields = collection.fields;
    let found: ConfigField | undefined;
    for (const part of fieldPath.split('.')) {
      found = fields.find((f) => f.name === part);
      if (!found) throw new Error(`/admin/config.yml: the collection "${name}" has no field "${fieldPath}"`);
      fields = found.fields ?? [];
    }
    return found as ConfigField;
  };
  return {
    label: collection.label,
    singular: collection.label_singular ?? collection.label,
    field: (fieldPath) => find(fieldPath).label,
    item: (fieldPath) => find(fieldPath).label_singular ?? find(fieldPath).label,
    option: (fieldPath, value) => {
      const option = find(fieldPath).options?.find((o) => o.value === value);
      if (!option) throw new Error(`/admin/config.yml: the field "${fieldPath}" has no choice "${value}"`);
      return option.label;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Locators.

/** The editing pane of one language. */
export const pane = (page: Page, locale: Locale) =>
  page.getByRole('group', {name: new RegExp(`^Muokkaa kielen ${isolated(sveltia.locales[locale])} sisältöä$`)});

/**
 * A field by its label inside a pane, a list or a list item. Where a nested field has the same
 * label (a source's "Otsikko"), the first match is the outer one, which comes first in the form.
 */
export const field = (scope: Locator, label: string) =>
  scope.getByRole('group', {name: new RegExp(`^”${isolated(label)}”-kenttä$`)}).first();

/** Shows a language in the second pane (the first always shows Finnish, the default language). */
export async function showInSecondPane(page: Page, locale: Locale) {
  await page.getByRole('radiogroup', {name: sveltia.switchLanguage}).last().getByRole('radio', {name: sveltia.locales[locale]}).click();
  await expect(pane(page, locale)).toBeVisible();
}

/**
 * Chooses a radio button or ticks a checkbox, and waits until the form shows it chosen. Once, in a
 * parallel run, a click on a just-added list item's radio button went unnoticed by the form; an
 * editor would see the choice missing and click again, and so does this.
 */
export async function choose(control: Locator) {
  await expect(async () => {
    if (!(await control.isChecked())) await control.click();
    await expect(control).toBeChecked();
  }).toPass();
}

// ---------------------------------------------------------------------------------------------
// The repository in the browser's origin-private file system.

/** Every file under dir, by its path relative to dir, with its text. */
export function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((full) => [path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')]));
}

/** Writes files (path → text) and an empty .git/ into the page origin's private file system. */
export async function writeRepository(page: Page, files: Record<string, string>) {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', {create: true});
    for (const [file, text] of Object.entries(files)) {
      const parts = file.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
      const handle = await dir.getFileHandle(parts[parts.length - 1] as string, {create: true});
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Every file in the page origin's private file system (path → text), .git/ included. */
export async function readRepository(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      // entries() is in Chromium but not yet in TypeScript's DOM types.
      for await (const [name, handle] of (dir as unknown as {entries(): AsyncIterable<[string, FileSystemHandle]>}).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else files[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return files;
  });
}

// ---------------------------------------------------------------------------------------------
// Opening the workspace.

export type Watch = {
  /** Requests that tried to leave this machine (all were blocked). */
  offsite: string[];
  /** Content-Security-Policy violations reported by the page: the blocked address and directive. */
  violations: {blockedURI: string; directive: string}[];
  /** Console errors about the Content-Security-Policy. */
  cspConsole: string[];
};

const local = new Set(['localhost', '127.0.0.1']);

/**
 * Blocks and records every request that leaves localhost, records CSP violations, and hands the
 * workspace the origin-private file system when it asks for a folder (Playwright cannot drive the
 * real folder picker).
 */
export async function watchAndStub(context: BrowserContext, page: Page): Promise<Watch> {
  const watch: Watch = {offsite: [], violations: [], cspConsole: []};
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !local.has(url.hostname)) {
      watch.offsite.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.exposeBinding('__reportCspViolation', (_source, violation: {blockedURI: string; directive: string}) => {
    watch.violations.push(violation);
  });
  await context.addInitScript(() => {
    const w = window as unknown as {
      showDirectoryPicker: () => Promise<FileSystemDirectoryHandle>;
      __reportCspViolation?: (v: {blockedURI: string; directive: string}) => void;
    };
    w.showDirectoryPicker = async () => navigator.storage.getDirectory();
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__reportCspViolation?.({blockedURI: e.blockedURI, directive: e.violatedDirective});
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) watch.cspConsole.push(message.text());
  });
  return watch;
}

/** What the watch saw, less Sveltia's status probe: nothing, if the workspace stays on this machine. */
export function unexpected(watch: Watch) {
  return {
    offsite: watch.offsite.filter((url) => !statusProbe.test(url)),
    violations: watch.violations.filter((v) => !statusProbe.test(v.blockedURI)),
    cspConsole: watch.cspConsole.filter((text) => !/https:\/\/www\.githubstatus\.com\//.test(text))
  };
}

/**
 * Opens /admin/, puts the repository's files into the origin-private file system, reloads, and
 * signs in with "Work with Local Repository", in the Finnish the workspace starts in by itself.
 */
export async function openWorkspace(page: Page, files: Record<string, string>) {
  await page.goto('/admin/');
  await writeRepository(page, files);
  await page.reload();
  const signIn = page.getByRole('button', {name: sveltia.workWithLocalRepo});
  await expect(signIn, 'the workspace starts in Finnish, whatever the browser language').toBeVisible();
  await signIn.click();
}

import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {XMLParser} from 'fast-xml-parser';
import {Parser} from 'htmlparser2';
import {expect, test, type Locator, type Page} from '@playwright/test';
import {loadContent, type Content, type Entry} from '../../lib/content';
import {editorialProblems, formatEditorial} from '../../lib/content/editorial';
import {ContentError, formatProblem} from '../../lib/content/errors';
import {helsinkiMoment} from '../../lib/dates';
import {routing, type Locale} from '../../lib/i18n/routing';
import {copyProject, testOrigin} from '../../scripts/lib/scale-fixture';
import {
  choose,
  collectionLabels,
  field,
  isolated,
  openWorkspace,
  pane,
  readRepository,
  readTree,
  showInSecondPane,
  sveltia,
  unexpected,
  watchAndStub,
  type CollectionLabels
} from './cms-helpers';

// The editors' workspace, used as an editor uses it: in Chromium, in Finnish, on a copy of the
// repository (the browser's origin-private file system stands in for the folder an editor picks).
// An editor writes a press release in three languages and saves it; what the workspace wrote must
// pass the content check, and the site built from it must list the release on its agreements'
// pages and in their feeds. Nothing may leave this machine on the way.

const locales = routing.locales;
const projectRoot = path.resolve(__dirname, '..', '..');
const contentDir = path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
const collection = 'press-releases';

test.use({timezoneId: 'Europe/Helsinki', locale: 'en-GB', viewport: {width: 1400, height: 1000}});

/** The repository as the workspace gets it: the content, under content/. */
function repositoryFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(readTree(contentDir)).map(([file, text]) => [`content/${file}`, text]));
}

type Release = {
  kind: string;
  issued: string;
  published: string;
  agreements: {slug: string; title: string}[];
  themes: {slug: string; title: string}[];
  contactName: string;
  ministry: {language: Locale; published: string; headline: string; url: string};
  source: {title: string; url: string; language: Locale};
  text: Record<
    Locale,
    {title: string; summary: string; issuer: string; role: string; organisation: string; publisher: string; headlineTranslation?: string; body: string}
  >;
};

/**
 * A release about two agreements and one theme of today's content, chosen by their Finnish titles
 * as an editor sees them; issued two hours ago and on the site an hour later, Helsinki time.
 */
function newRelease(content: Content, now: Date): Release {
  const withFinnish = (entries: Entry<{title: string}>[]) => entries.flatMap((e) => (e.versions.fi ? [{slug: e.slug, title: e.versions.fi.data.title}] : []));
  const agreements = withFinnish(content.agreements).slice(0, 2);
  const themes = withFinnish(content.themes).slice(0, 1);
  expect(agreements, 'the content has two agreements to choose').toHaveLength(2);
  expect(themes, 'the content has a theme to choose').toHaveLength(1);
  const issued = helsinkiMoment(new Date(now.getTime() - 2 * 3_600_000));
  const published = helsinkiMoment(new Date(now.getTime() - 3_600_000));
  const headline = 'Kaupunkiseudut vaihtavat kokemuksia ekosysteemisopimuksista';
  return {
    kind: 'press-release',
    issued,
    published,
    agreements,
    themes,
    contactName: 'Maija Meikäläinen',
    ministry: {language: 'fi', published: issued, headline, url: 'https://tem.fi/-/kaupunkiseudut-vaihtavat-kokemuksia'},
    source: {title: headline, url: 'https://tem.fi/-/kaupunkiseudut-vaihtavat-kokemuksia', language: 'fi'},
    text: {
      fi: {
        title: 'Sisällönhallinnan koetiedote: kaupunkiseudut vaihtavat kokemuksia',
        summary: 'Työ- ja elinkeinoministeriö kertoi kaupunkiseutujen tapaamisesta, jossa vaihdettiin kokemuksia.',
        issuer: 'työ- ja elinkeinoministeriö',
        role: 'erityisasiantuntija',
        organisation: 'työ- ja elinkeinoministeriö',
        publisher: 'työ- ja elinkeinoministeriö',
        body: 'Tämä tiivistelmä kirjoitettiin sisällönhallinnassa selaintestissä.\n\nToinen kappale kertoo tapaamisen tuloksista.'
      },
      sv: {
        title: 'Provmeddelande från arbetsytan: stadsregionerna delar erfarenheter',
        summary: 'Arbets- och näringsministeriet berättade om ett möte där stadsregionerna delade erfarenheter.',
        issuer: 'arbets- och näringsministeriet',
        role: 'specialsakkunnig',
        organisation: 'arbets- och näringsministeriet',
        publisher: 'arbets- och näringsministeriet',
        headlineTranslation: 'Stadsregionerna delar erfarenheter av ekosystemavtalen',
        body: 'Detta sammandrag skrevs i arbetsytan under ett webbläsartest.\n\nEtt andra stycke berättar om mötets resultat.'
      },
      en: {
        title: 'Trial release from the workspace: city regions share experiences',
        summary: 'The Ministry of Economic Affairs and Employment reported on a meeting where city regions shared experiences.',
        issuer: 'Ministry of Economic Affairs and Employment',
        role: 'Senior Specialist',
        organisation: 'Ministry of Economic Affairs and Employment',
        publisher: 'Ministry of Economic Affairs and Employment',
        headlineTranslation: 'City regions share experiences of the ecosystem agreements',
        body: 'This summary was written in the workspace during a browser test.\n\nA second paragraph tells of the meeting’s results.'
      }
    }
  };
}

const addButton = (label: string) => ({name: new RegExp(`^Lisää ${isolated(label)}$`)});

/**
 * Types a value as an editor does, and checks that the form kept it: on a busy machine the form
 * may still be settling when the first keystrokes arrive.
 */
async function fillIn(box: Locator, value: string) {
  await expect(async () => {
    await box.fill(value);
    await expect(box).toHaveValue(value, {timeout: 2_000});
  }).toPass({timeout: 30_000});
}

/** Opens the press releases and starts a new one, as an editor does from the collection list. */
async function startRelease(page: Page, L: CollectionLabels) {
  await page.getByRole('treeitem', {name: new RegExp(`^${isolated(L.label)}\\b`)}).click();
  await page.getByRole('button', {name: sveltia.createEntry}).click();
  await expect(pane(page, 'fi')).toBeVisible();
}

/**
 * Fills the whole form: the language-independent fields once in the Finnish pane, the translated
 * ones in each language's pane. `skipFinnishTitle` leaves the Finnish title empty.
 */
async function fillRelease(page: Page, L: CollectionLabels, r: Release, {skipFinnishTitle = false} = {}) {
  const fi = pane(page, 'fi');
  const t = r.text.fi;
  if (!skipFinnishTitle) await fillIn(field(fi, L.field('title')).getByRole('textbox'), t.title);
  await fillIn(field(fi, L.field('summary')).getByRole('textbox'), t.summary);
  await choose(field(fi, L.field('kind')).getByRole('radio', {name: L.option('kind', r.kind), exact: true}));
  await fillIn(field(fi, L.field('issued')).getByRole('textbox'), r.issued);
  await fillIn(field(fi, L.field('published')).getByRole('textbox'), r.published);

  // The agreements: a drop-down list of every agreement by its Finnish title, which closes after
  // each choice; the chosen ones are listed beside it.
  const agreements = field(fi, L.field('agreements'));
  for (const a of r.agreements) {
    await agreements.getByRole('combobox').click();
    await page.getByRole('listbox').getByRole('option', {name: a.title, exact: true}).click();
    await expect(agreements.getByRole('gridcell', {name: a.title, exact: true}), `agreement "${a.title}" is chosen`).toBeVisible();
  }

  const themes = field(fi, L.field('themes'));
  for (const theme of r.themes) {
    await choose(themes.getByRole('checkbox', {name: theme.title, exact: true}));
  }
  await fillIn(field(fi, L.field('issuer')).getByRole('textbox'), t.issuer);

  const versions = field(fi, L.field('ministryVersions'));
  await versions.getByRole('button', addButton(L.item('ministryVersions'))).click();
  // The choice last: a just-added item takes typing at once, but a click on its buttons can come
  // before the item is ready to keep it (the button shows chosen, the value stays empty).
  await fillIn(field(versions, L.field('ministryVersions.published')).getByRole('textbox'), r.ministry.published);
  await fillIn(field(versions, L.field('ministryVersions.headline')).getByRole('textbox'), r.ministry.headline);
  await fillIn(field(versions, L.field('ministryVersions.url')).getByRole('textbox'), r.ministry.url);
  await choose(field(versions, L.field('ministryVersions.language')).getByRole('radio', {name: L.option('ministryVersions.language', r.ministry.language), exact: true}));

  const contacts = field(fi, L.field('contacts'));
  await contacts.getByRole('button', addButton(L.item('contacts'))).click();
  await fillIn(field(contacts, L.field('contacts.name')).getByRole('textbox'), r.contactName);
  await fillTranslated(page, L, r, 'fi');

  for (const locale of locales.filter((l) => l !== 'fi')) {
    await showInSecondPane(page, locale);
    const p = pane(page, locale);
    await fillIn(field(p, L.field('title')).getByRole('textbox'), r.text[locale].title);
    await fillIn(field(p, L.field('summary')).getByRole('textbox'), r.text[locale].summary);
    await fillIn(field(p, L.field('issuer')).getByRole('textbox'), r.text[locale].issuer);
    // Entered once in Finnish: shown here, but not editable.
    const issued = field(p, L.field('issued')).getByRole('textbox');
    await expect(issued).toHaveValue(r.issued);
    await expect(issued, `${L.field('issued')} is read-only in the ${locale} pane`).not.toBeEditable();
    const contacts = field(p, L.field('contacts'));
    await contacts.scrollIntoViewIfNeeded();
    const name = field(contacts, L.field('contacts.name')).getByRole('textbox');
    await expect(name).toHaveValue(r.contactName);
    await expect(name, `${L.field('contacts.name')} is read-only in the ${locale} pane`).not.toBeEditable();
    await fillTranslated(page, L, r, locale);
  }
}

/** The fields each language has of its own: headline translation, contact's role, source, text. */
async function fillTranslated(page: Page, L: CollectionLabels, r: Release, locale: Locale) {
  const p = pane(page, locale);
  const t = r.text[locale];
  if (t.headlineTranslation) await fillIn(field(p, L.field('headlineTranslation')).getByRole('textbox'), t.headlineTranslation);
  const contacts = field(p, L.field('contacts'));
  await contacts.scrollIntoViewIfNeeded();
  await fillIn(field(contacts, L.field('contacts.role')).getByRole('textbox'), t.role);
  await fillIn(field(contacts, L.field('contacts.organisation')).getByRole('textbox'), t.organisation);

  const sources = field(p, L.field('sources'));
  await sources.getByRole('button', addButton(L.item('sources'))).click();
  await fillIn(field(sources, L.field('sources.title')).getByRole('textbox'), r.source.title);
  await fillIn(field(sources, L.field('sources.publisher')).getByRole('textbox'), t.publisher);
  await fillIn(field(sources, L.field('sources.url')).getByRole('textbox'), r.source.url);
  await choose(field(sources, L.field('sources.language')).getByRole('radio', {name: L.option('sources.language', r.source.language), exact: true}));

  await fillIn(field(p, L.field('body')).getByRole('textbox', {name: L.field('body')}), t.body);
}

/** The text of a built page's <main>, and the feeds it links to there. */
function readBuiltPage(file: string) {
  let depth = 0;
  let text = '';
  const feeds: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'main') depth += 1;
        if (depth > 0 && name === 'a' && attrs.href && /^application\/(rss|atom)\+xml$/.test(attrs.type ?? '')) feeds.push(attrs.href);
      },
      ontext(t) {
        if (depth > 0) text += t;
      },
      onclosetag(name) {
        if (name === 'main') depth -= 1;
      }
    },
    {decodeEntities: true}
  );
  parser.write(fs.readFileSync(file, 'utf8'));
  parser.end();
  return {text: text.replace(/\s+/g, ' '), feeds};
}

/** The titles of a feed's items (RSS) or entries (Atom). */
function feedTitles(file: string): string[] {
  const xml = new XMLParser({ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry'}).parse(fs.readFileSync(file, 'utf8')) as {
    rss?: {channel: {item?: {title: unknown}[]}};
    feed?: {entry?: {title: unknown}[]};
  };
  const items = xml.rss?.channel.item ?? xml.feed?.entry ?? [];
  return items.map(({title}) => String(typeof title === 'object' && title !== null ? (title as {'#text'?: unknown})['#text'] : title));
}

/** Runs a command; on failure, the error carries the end of its output. */
function run(command: string, args: string[], options: {cwd: string; env: NodeJS.ProcessEnv}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {...options, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed:\n${`${stdout}\n${stderr}`.slice(-6000)}`));
      else resolve(stdout);
    });
  });
}

test('an editor writes a press release in three languages; it passes the content check and the site lists it', async ({page, context, request}, testInfo) => {
  // A site build from the written content is part of the test: 3–5 minutes on a small machine.
  test.setTimeout(15 * 60_000);
  const watch = await watchAndStub(context, page);
  const L = await collectionLabels(request, collection);
  const files = repositoryFiles();
  const content = loadContent(contentDir, {now: new Date()});
  const release = newRelease(content, new Date());

  await test.step('sign in to the local repository and write the release', async () => {
    await openWorkspace(page, files);
    await startRelease(page, L);
    // The relation list offers every agreement of the content by its Finnish title.
    await field(pane(page, 'fi'), L.field('agreements')).getByRole('combobox').click();
    const offered = await page.getByRole('listbox').getByRole('option').allInnerTexts();
    const finnishTitles = content.agreements.flatMap((a) => (a.versions.fi ? [a.versions.fi.data.title] : []));
    expect(offered.map((o) => o.trim())).toEqual(expect.arrayContaining(finnishTitles));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await fillRelease(page, L, release);
    await page.getByRole('button', {name: sveltia.save, exact: true}).click();
    await expect(page.getByText(sveltia.saved)).toBeVisible();
  });

  await test.step('nothing left this machine, and the workspace broke no rule of its policy', async () => {
    expect(unexpected(watch)).toEqual({offsite: [], violations: [], cspConsole: []});
  });

  const written = await readRepository(page);
  const changed = Object.keys(written).filter((file) => written[file] !== files[file]).sort();
  const folderName = changed[0]?.split('/')[2] ?? '';
  const folder = `content/${collection}/${folderName}`;
  const copy = testInfo.outputPath('content');

  await test.step('the workspace wrote three files, in a folder named by the issued date', async () => {
    expect(changed, 'the files the save wrote or changed').toEqual(locales.map((l) => `${folder}/index.${l}.md`).sort());
    expect(folderName.startsWith(`${release.issued.slice(0, 10)}-`), `folder ${folderName} starts with the issued date ${release.issued.slice(0, 10)}`).toBe(true);
    expect(folderName).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    fs.rmSync(copy, {recursive: true, force: true});
    fs.cpSync(contentDir, copy, {recursive: true});
    for (const file of changed) {
      const target = path.join(copy, path.relative('content', file));
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, written[file] as string);
      await testInfo.attach(file, {body: written[file] as string, contentType: 'text/markdown'});
    }
  });

  await test.step('what the workspace wrote passes the content check', async () => {
    let checked: Content | undefined;
    try {
      checked = loadContent(copy, {now: new Date()});
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      const shown = changed.map((file) => `--- ${file}\n${written[file]}`).join('\n');
      expect(error.problems.map(formatProblem), `the content check on what the workspace wrote:\n${shown}`).toEqual([]);
    }
    expect(checked).toBeDefined();
    if (!checked) return;
    expect(editorialProblems(checked).map(formatEditorial)).toEqual([]);
    const entry = checked.pressReleases.find((e) => e.slug === folderName);
    expect(entry, 'the release is published as of now').toBeDefined();
    const versions = locales.map((l) => entry?.versions[l]?.data);
    versions.forEach((data, i) => expect(data?.title, `the ${locales[i]} title`).toBe(release.text[locales[i] as Locale].title));
    expect(new Set(versions.map((d) => d?.title)).size, 'each language has its own title').toBe(locales.length);
    const shared = versions.map((d) => ({
      issued: d?.issued,
      published: d?.published,
      agreements: d?.agreements,
      themes: d?.themes,
      contactNames: d?.contacts?.map((c) => c.name)
    }));
    for (const s of shared) {
      expect(s).toEqual({
        issued: release.issued,
        published: release.published,
        agreements: release.agreements.map((a) => a.slug),
        themes: release.themes.map((t) => t.slug),
        contactNames: [release.contactName]
      });
    }
  });

  const dir = path.join(projectRoot, '.bench', 'cms-test');
  const out = path.join(dir, 'out');
  await test.step('the site builds from the written content', async () => {
    copyProject(projectRoot, dir);
    fs.rmSync(path.join(dir, 'content'), {recursive: true, force: true});
    fs.cpSync(copy, path.join(dir, 'content'), {recursive: true});
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // As of now, after the release's time on the site; for the reserved test address.
      SITE_NOW: helsinkiMoment(new Date()),
      SITE_ORIGIN: testOrigin,
      NEXT_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: path.join(dir, 'content')
    };
    delete env.OUT_DIR;
    await run(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {cwd: dir, env});
  });

  await test.step('both agreements list the release, on their pages and in their feeds, in every language', async () => {
    const seenFeeds = new Set<string>();
    for (const locale of locales) {
      const title = release.text[locale].title;
      for (const agreement of release.agreements) {
        const address = `${locale}/agreements/${agreement.slug}/index.html`;
        const built = readBuiltPage(path.join(out, address));
        expect(built.text, address).toContain(title);
        expect(built.feeds.length, `${address} links to its feeds`).toBeGreaterThanOrEqual(2);
        for (const href of built.feeds) {
          const feedPath = new URL(href, testOrigin).pathname;
          expect(seenFeeds.has(feedPath), `${feedPath} belongs to one agreement`).toBe(false);
          seenFeeds.add(feedPath);
          // Feeds may label the item ("Summary: …"); the release's own title is in it.
          expect(feedTitles(path.join(out, feedPath)), feedPath).toContainEqual(expect.stringContaining(title));
        }
      }
    }
  });
});

test('a release without its Finnish title is not saved, and the editor is shown where the title is missing', async ({page, context, request}) => {
  // Filling three languages' forms takes about half a minute, more on a busy machine.
  test.setTimeout(3 * 60_000);
  const watch = await watchAndStub(context, page);
  const L = await collectionLabels(request, collection);
  const files = repositoryFiles();
  const release = newRelease(loadContent(contentDir, {now: new Date()}), new Date());
  await openWorkspace(page, files);
  await startRelease(page, L);
  await fillRelease(page, L, release, {skipFinnishTitle: true});
  await page.getByRole('button', {name: sveltia.save, exact: true}).click();

  await expect(page.getByText(sveltia.oneFieldHasError)).toBeVisible();
  const title = field(pane(page, 'fi'), L.field('title'));
  await expect(title).toContainText(sveltia.valueMissing);
  await expect(page.getByText(sveltia.valueMissing), 'only the Finnish title is reported').toHaveCount(1);
  await expect(page.getByText(sveltia.saved)).toHaveCount(0);

  const after = await readRepository(page);
  expect(Object.keys(after).filter((file) => after[file] !== files[file]), 'files written or changed').toEqual([]);
  expect(unexpected(watch)).toEqual({offsite: [], violations: [], cspConsole: []});
});

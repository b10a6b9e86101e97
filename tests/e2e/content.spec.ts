import {builtPages} from './site';
import {expect, test, type Locator, type Page} from '@playwright/test';
import type {Locale} from '../../lib/i18n/routing';
import {machineDate} from '../../lib/dates';
import {paths} from '../../lib/paths';
import {latestInPressRoom} from '../../lib/press-room';
import {readSettings} from '../../lib/site-settings';
import {content, datesOf, definitionOf, inLocale, pagePath, releasesNewestFirst, shownDate, tidy, timeOf, words} from './expected';
import {locales, url} from './samples';

// The page contents people rely on, checked against the content and the messages they come from,
// so that an editor's valid new entry or rewording never fails them.

const address = (locale: Locale, sitePath: string) => url(locale, `${sitePath}/`);
const byOrder = <T extends {data: {order: number}}>(a: T, b: T) => a.data.order - b.data.order;
const agreementsIn = (locale: Locale) => content.agreements.map((a) => ({slug: a.slug, data: inLocale(a, locale).data})).sort(byOrder);
const focusAreasIn = (locale: Locale) => content.focusAreas.map((f) => ({slug: f.slug, data: inLocale(f, locale).data})).sort(byOrder);
const themesIn = (locale: Locale) => content.themes.map((th) => ({slug: th.slug, data: inLocale(th, locale).data})).sort(byOrder);
const settings = readSettings();
/** A test that walks every page of a kind gets the time a sweep needs, as the accessibility sweep does. */
const sweep = () => test.setTimeout(300_000);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The definition of the term with exactly this label in a description list. */
const fact = (scope: Locator, term: string) => definitionOf(scope.getByRole('term').filter({hasText: new RegExp(`^${escapeRegExp(term)}$`)}));

/** Whether the first element comes before the second in the document. */
async function comesBefore(first: Locator, second: Locator) {
  const other = await second.elementHandle();
  return first.evaluate((a, b) => (b ? Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) : false), other);
}

test('the home page shows the programme, every city region, the themes, the latest releases and key dates', async ({page}) => {
  const programme = content.pages.find((p) => p.slug === 'programme');
  for (const locale of locales) {
    const t = words(locale);
    await page.goto(url(locale, '/'));
    await expect(page.getByRole('link', {name: t('HomePage.readMoreProgramme')})).toHaveAttribute('href', address(locale, paths.programme));
    const regions = page.getByRole('region', {name: t('HomePage.regionsHeading')});
    await expect(regions.getByRole('list', {name: t('Map.list')}).getByRole('link')).toHaveText(agreementsIn(locale).map((a) => a.data.title));
    await expect(page.getByRole('region', {name: t('HomePage.themesHeading')}).getByRole('heading', {level: 3})).toHaveText(themesIn(locale).map((th) => th.data.title));
    // The newest releases, newest first, however many the page shows.
    const latest = await page.getByRole('region', {name: t('HomePage.releasesHeading')}).getByRole('heading', {level: 3}).allInnerTexts();
    expect(latest.length > 0 || releasesNewestFirst.length === 0, 'the home page shows the latest releases').toBe(true);
    expect(latest).toEqual(releasesNewestFirst.slice(0, latest.length).map((r) => inLocale(r, locale).data.title));
    const keyDates = page.getByRole('region', {name: t('HomePage.keyDatesHeading')});
    const key = (programme ? inLocale(programme, locale).data.timeline ?? [] : []).filter((item) => item.key);
    await expect(keyDates.getByRole('listitem')).toHaveCount(key.length);
    for (const item of key) {
      await expect(timeOf(keyDates, item.date).first()).toBeVisible();
      await expect(keyDates.getByRole('listitem').filter({hasText: item.text})).toHaveCount(1);
    }
  }
});

test('an agreement page shows its cities, period, focus areas and the regions sharing its themes', async ({page}) => {
  sweep();
  const locale = 'sv';
  const t = words(locale);
  const focusAreas = focusAreasIn(locale);
  const themeName = new Map(themesIn(locale).map((th) => [th.slug, th.data.title]));
  for (const a of agreementsIn(locale)) {
    await page.goto(address(locale, paths.agreement(a.slug)));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(a.data.title);
    const main = page.getByRole('main');
    const cities = fact(main, t('AgreementPage.cities'));
    for (const city of a.data.cities) await expect(cities).toContainText(city);
    await expect(timeOf(fact(main, t('AgreementPage.signed')), a.data.signed)).toHaveText(shownDate(a.data.signed, locale));
    await expect(timeOf(fact(main, t('AgreementPage.validUntil')), a.data.validUntil)).toHaveText(shownDate(a.data.validUntil, locale));

    const own = focusAreas.filter((f) => f.data.agreement === a.slug);
    const focus = page.getByRole('region', {name: t('AgreementPage.focusAreas')});
    await expect(focus.getByRole('listitem').getByRole('link')).toHaveText(own.map((f) => f.data.title));
    // What all agreements share is said once, on the programme page, and linked from here.
    await expect(focus.getByRole('paragraph').filter({hasText: tidy(t.markup('AgreementPage.shared', {link: (chunks) => chunks}))}).getByRole('link')).toHaveAttribute(
      'href',
      address(locale, paths.programme)
    );

    // One heading per theme of its focus areas, each listing the other regions with a focus area in it.
    const shared = page.getByRole('region', {name: t('AgreementPage.sharedHeading')});
    const themes = [...new Set(own.map((f) => f.data.theme))];
    await expect(shared.getByRole('heading', {level: 3})).toHaveCount(themes.length);
    for (const theme of themes) {
      const heading = shared.getByRole('heading', {level: 3, name: themeName.get(theme), exact: true});
      await expect(heading).toBeVisible();
      const others = agreementsIn(locale).filter((o) => o.slug !== a.slug && focusAreas.some((f) => f.data.agreement === o.slug && f.data.theme === theme));
      const list = heading.locator('xpath=following-sibling::*[1]');
      if (others.length === 0) await expect(list).toHaveText(t('AgreementPage.noOthers'));
      else await expect(list.getByRole('listitem').getByRole('link')).toHaveText(others.map((o) => o.data.title));
    }

    // The ministry's page on the agreements, the same one the footer links to.
    const ministry = page.getByRole('main').getByRole('link', {name: t('AgreementPage.ministryPage')});
    await expect(ministry).toHaveAttribute('href', /^https:\/\//);
    await expect(ministry).toHaveAttribute('href', (await page.getByRole('contentinfo').getByRole('link', {name: t('SiteFooter.ministryPage')}).getAttribute('href')) ?? '');
  }
});

/** The page's text as a reader reads it, whitespace collapsed. */
const mainText = async (page: Page) => tidy(await page.getByRole('main').innerText());

test("each agreement's and focus area's page carries the text of its own that the content gives", async ({page}) => {
  sweep();
  const locale = 'en';
  const entries = [
    ...content.agreements.map((a) => ({path: paths.agreement(a.slug), version: inLocale(a, locale)})),
    ...content.focusAreas.map((f) => ({path: paths.focusArea(f.slug), version: inLocale(f, locale)}))
  ].filter((e) => e.version.blocks.length > 0);
  test.skip(entries.length === 0, 'no agreement or focus area has text of its own');
  for (const {path: sitePath, version} of entries) {
    await page.goto(address(locale, sitePath));
    const text = await mainText(page);
    for (const block of version.blocks) expect(text, `${sitePath}: ${block}`).toContain(tidy(block));
  }
});

test('a page without text of its own in the sources says no more than its facts', async ({page}) => {
  const locale = 'en';
  const t = words(locale);
  const without = [
    ...content.agreements.map((a) => ({path: paths.agreement(a.slug), kicker: t('AgreementPage.kicker'), version: inLocale(a, locale)})),
    ...content.focusAreas.map((f) => ({path: paths.focusArea(f.slug), kicker: t('FocusAreaPage.kicker'), version: inLocale(f, locale)}))
  ].filter((e) => e.version.html === '');
  test.skip(without.length === 0, 'every agreement and focus area has text of its own');
  for (const {path: sitePath, kicker, version} of without) {
    await page.goto(address(locale, sitePath));
    // Outside the lists, facts and sections the data draws, the page says what it is, its lead and its dates: no filler.
    const loose = await page
      .getByRole('main')
      .getByRole('paragraph')
      .evaluateAll((ps) => ps.filter((p) => !p.closest('section, nav, dl, ul, ol')).map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const dates = loose.filter((p) => p.startsWith(t('PageDates.published')));
    expect(dates, sitePath).toHaveLength(1);
    // The only focus area of its agreement says so instead of heading an empty list.
    const drawn = [...dates, t('FocusAreaPage.noSiblings'), ...(version.fallback ? [t('Fallback.notice', {language: t(`Fallback.language.${version.locale}`)})] : [])];
    expect(loose.filter((p) => !drawn.includes(p)), sitePath).toEqual([kicker, ...(version.data.summary ? [tidy(version.data.summary)] : [])]);
  }
});

for (const locale of locales) {
  test(`${locale}: each release page says near the top that it is our summary, whose release it is, and the ministry's own headline`, async ({page}) => {
    const t = words(locale);
    for (const entry of content.pressReleases) {
      const shown = inLocale(entry, locale);
      const r = shown.data;
      const kind = r.kind;
      await page.goto(address(locale, paths.pressRelease(entry.slug)));
      const box = page.getByRole('region', {name: t('PressReleasePage.attributionHeading', {kind})});
      await expect(box).toBeVisible();
      // The site's editors wrote it, and it is not the ministry's text: said before the summary's own text.
      await expect(box.getByRole('paragraph')).toHaveText(t('PressReleasePage.attribution', {kind}));
      const [firstBlock] = inLocale(entry, locale).blocks;
      if (firstBlock) expect(await comesBefore(box, page.getByRole('main').getByText(tidy(firstBlock)).first()), entry.slug).toBe(true);

      await expect(fact(box, t('PressReleasePage.issuer', {kind}))).toHaveText(r.issuer);
      await expect(timeOf(fact(box, t('PressReleasePage.published', {kind})), r.issued)).toHaveText(shownDate(r.issued, locale));

      // The ministry's headline in the page's language; where it published none, the headlines it
      // did publish, each marked with its language, and the site's translation, marked as such.
      const headlines = fact(box, t('PressReleasePage.headline'));
      const own = r.ministryVersions.find((v) => v.language === locale);
      if (own) {
        await expect(headlines.locator('q')).toHaveText([own.headline]);
        await expect(headlines.locator('q')).not.toHaveAttribute('lang', /.+/);
        await expect(box.getByRole('term').filter({hasText: t('PressReleasePage.headlineTranslation')})).toHaveCount(0);
      } else {
        await expect(headlines.locator('q')).toHaveText(r.ministryVersions.map((v) => v.headline));
        for (const v of r.ministryVersions) await expect(headlines.locator('q').filter({hasText: v.headline})).toHaveAttribute('lang', v.language);
        // (A page shown in another language, for want of its own, has that language's translation, if any.)
        if (!shown.fallback) expect(r.headlineTranslation, `${entry.slug} (${locale}) has no headlineTranslation`).toBeTruthy();
        if (r.headlineTranslation) await expect(fact(box, t('PressReleasePage.headlineTranslation'))).toHaveText(r.headlineTranslation);
      }

      // Each language version of the ministry's release with its own date, linked where it has an address.
      const versions = fact(box, t('PressReleasePage.versions')).getByRole('listitem');
      await expect(versions).toHaveCount(r.ministryVersions.length);
      for (const [i, v] of r.ministryVersions.entries()) {
        const item = versions.nth(i);
        await expect(item).toHaveText(t.markup('PressReleasePage.version', {language: t(`InLanguage.${v.language}`), date: () => shownDate(v.published, locale)}));
        if (v.url) {
          await expect(item.getByRole('link')).toHaveAttribute('href', v.url);
          await expect(item.getByRole('link')).toHaveAttribute('hreflang', v.language);
        } else {
          await expect(item.getByRole('link')).toHaveCount(0);
        }
      }

      if (r.contacts) {
        const contacts = page.getByRole('region', {name: t('PressReleasePage.contacts')});
        await expect(contacts.getByRole('paragraph').first()).toHaveText(t.markup('PressReleasePage.contactsNote', {kind, date: () => shownDate(r.issued.slice(0, 10), locale)}));
      }
    }
  });
}

/** A phone number's digits in international form, without the plus: "029 506 4937" is 358295064937. */
const internationalDigits = (phone: string) => (phone.startsWith('+') ? phone.replace(/\D/g, '') : `358${phone.replace(/\D/g, '').replace(/^0/, '')}`);

test('a release gives its contacts as published, and in international form on English pages', async ({page}) => {
  const withContacts = content.pressReleases.filter((e) => Object.values(e.versions).some((v) => v?.data.contacts));
  test.skip(withContacts.length === 0, 'no release gives contacts');
  for (const entry of withContacts) {
    for (const locale of locales) {
      const t = words(locale);
      const r = inLocale(entry, locale).data;
      await page.goto(address(locale, paths.pressRelease(entry.slug)));
      // The ministry's date as the reader writes dates, with its time where the release gives one.
      await expect(timeOf(page.getByRole('main'), r.issued).first()).toHaveText(shownDate(r.issued, locale));
      const contacts = page.getByRole('region', {name: t('PressReleasePage.contacts')});
      await expect(contacts.getByRole('listitem')).toHaveCount(r.contacts?.length ?? 0);
      for (const c of r.contacts ?? []) {
        const person = contacts.getByRole('listitem').filter({hasText: c.name});
        await expect(person).toContainText(c.role);
        await expect(person).toContainText(c.organisation);
        if (c.email) await expect(person.getByRole('link', {name: c.email})).toHaveAttribute('href', `mailto:${c.email}`);
        if (!c.phone) continue;
        const digits = internationalDigits(c.phone);
        const phone = person.getByRole('link', {name: /^\+?[\d\s]+$/});
        await expect(phone).toHaveAttribute('href', `tel:+${digits}`);
        // As published in Finland (0…), or with the country code (+358 …) where the language's readers are abroad.
        const shown = (await phone.innerText()).trim();
        if (t('Contacts.phoneStyle') === 'international') expect(shown.startsWith('+') && shown.replace(/\D/g, '') === digits, shown).toBe(true);
        else expect(shown.replace(/\D/g, ''), shown).toBe(`0${digits.slice(3)}`);
      }
    }
  }
});

test('a release that lists the agreements draws every agreement and its focus areas from the data, as links', async ({page}) => {
  const withList = content.pressReleases.filter((e) => Object.values(e.versions).some((v) => v?.parts.some((p) => typeof p !== 'string' && p.slot === 'focus-areas')));
  test.skip(withList.length === 0, 'no release lists the agreements');
  for (const entry of withList) {
    for (const locale of locales) {
      const t = words(locale);
      await page.goto(address(locale, paths.pressRelease(entry.slug)));
      const list = page
        .getByRole('main')
        .getByRole('list')
        .filter({has: page.locator(`a[href^="${url(locale, '/focus-areas/')}"]`)});
      await expect(list.locator('xpath=preceding-sibling::p[1]')).toHaveText(t('AgreementFocusAreaList.names'));
      const agreements = agreementsIn(locale);
      await expect(list.getByRole('listitem')).toHaveCount(agreements.length);
      for (const [i, a] of agreements.entries()) {
        const item = list.getByRole('listitem').nth(i);
        const own = focusAreasIn(locale).filter((f) => f.data.agreement === a.slug);
        await expect(item.getByRole('link')).toHaveText([a.data.title, ...own.map((f) => f.data.title)]);
        // A member municipality the region's name leaves out (as Imatra in Lappeenranta's) is named too.
        for (const city of a.data.cities) await expect(item).toContainText(city);
      }
    }
  }
});

test('press releases are listed newest first, each with the ministry\'s date and when our summary appeared', async ({page}) => {
  for (const locale of locales) {
    const t = words(locale);
    await page.goto(address(locale, paths.pressReleases));
    const latest = page.getByRole('region', {name: t('PressReleasesPage.latest')});
    const items = latest.getByRole('listitem');
    await expect(items).toHaveCount(Math.min(releasesNewestFirst.length, latestInPressRoom));
    const expected = releasesNewestFirst.slice(0, latestInPressRoom);
    await expect(latest.getByRole('heading', {level: 3})).toHaveText(expected.map((r) => inLocale(r, locale).data.title));
    for (const [i, entry] of expected.entries()) {
      const r = inLocale(entry, locale).data;
      await expect(items.nth(i)).toContainText(
        t.markup('ReleaseList.dates', {kind: r.kind, issued: () => shownDate(r.issued, locale, false), published: () => shownDate(r.published, locale, false)})
      );
    }
  }
});

test('a theme page groups its focus areas by region, and a focus area links to the others', async ({page}) => {
  sweep();
  let locale: Locale = 'fi';
  let t = words(locale);
  for (const th of themesIn(locale)) {
    await page.goto(address(locale, paths.theme(th.slug)));
    const byRegion = page.getByRole('region', {name: t('ThemePage.byRegion')});
    const inTheme = focusAreasIn(locale).filter((f) => f.data.theme === th.slug);
    const regions = agreementsIn(locale).filter((a) => inTheme.some((f) => f.data.agreement === a.slug));
    await expect(byRegion.getByRole('heading', {level: 3})).toHaveText(regions.map((a) => a.data.title));
    const [first] = regions;
    if (!first) continue;
    await byRegion.getByRole('heading', {name: first.data.title, exact: true}).getByRole('link').click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(first.data.title);
  }

  locale = 'en';
  t = words(locale);
  const agreementName = new Map(agreementsIn(locale).map((a) => [a.slug, a.data.title]));
  const themeName = new Map(themesIn(locale).map((th) => [th.slug, th.data.title]));
  for (const f of focusAreasIn(locale)) {
    await page.goto(address(locale, paths.focusArea(f.slug)));
    await expect(fact(page.getByRole('main'), t('FocusAreaPage.agreement')).getByRole('link')).toHaveText(agreementName.get(f.data.agreement) ?? '');
    await expect(fact(page.getByRole('main'), t('FocusAreaPage.theme')).getByRole('link')).toHaveText(themeName.get(f.data.theme) ?? '');
    const siblings = focusAreasIn(locale).filter((o) => o.data.agreement === f.data.agreement && o.slug !== f.slug);
    if (siblings.length === 0) await expect(page.getByRole('main').getByText(t('FocusAreaPage.noSiblings'))).toBeVisible();
    else await expect(page.getByRole('region', {name: t('FocusAreaPage.siblings')}).getByRole('link')).toHaveText(siblings.map((o) => o.data.title));
    const others = focusAreasIn(locale).filter((o) => o.data.theme === f.data.theme && o.data.agreement !== f.data.agreement);
    await expect(page.getByRole('region', {name: t('FocusAreaPage.sameTheme', {theme: themeName.get(f.data.theme) ?? ''})}).getByRole('listitem')).toHaveCount(others.length);
  }
});

for (const locale of locales) {
  test(`${locale}: a focus area page shows the sources' other wordings of its name`, async ({page}) => {
    sweep();
    const t = words(locale);
    const withOthers = content.focusAreas.filter((e) => inLocale(e, locale).data.alternativeNames);
    test.skip(withOthers.length === 0, `no focus area has other wordings on its ${locale} page`);
    for (const entry of withOthers) {
      const f = inLocale(entry, locale).data;
      await page.goto(address(locale, paths.focusArea(entry.slug)));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(f.title);
      const names = fact(page.getByRole('main'), t('FocusAreaPage.alternativeNames')).getByRole('listitem');
      await expect(names).toHaveCount(f.alternativeNames?.length ?? 0);
      for (const [i, n] of (f.alternativeNames ?? []).entries()) {
        const item = names.nth(i);
        // Each wording in its own language, with the source that uses it (linked where it has an address).
        await expect(item.getByText(n.name, {exact: true})).toBeVisible();
        if (n.language !== locale) await expect(item.getByText(n.name, {exact: true})).toHaveAttribute('lang', n.language);
        const source = f.sources.find((s) => s.url === n.source || s.title === n.source);
        expect(source, `${entry.slug} (${locale}): ${n.source} is not among its sources`).toBeDefined();
        if (source?.url) await expect(item.getByRole('link')).toHaveAttribute('href', source.url);
      }
    }
  });
}

/** Every entry's page: the agreements, focus areas, themes, releases, network projects and pages. */
const entryPages = () => [
  ...content.agreements.map((e) => ({path: paths.agreement(e.slug), sources: (l: Locale) => inLocale(e, l).data.sources})),
  ...content.focusAreas.map((e) => ({path: paths.focusArea(e.slug), sources: (l: Locale) => inLocale(e, l).data.sources})),
  ...content.themes.map((e) => ({path: paths.theme(e.slug), sources: (l: Locale) => inLocale(e, l).data.sources})),
  ...content.pressReleases.map((e) => ({path: paths.pressRelease(e.slug), sources: (l: Locale) => inLocale(e, l).data.sources})),
  ...content.networkProjects.map((e) => ({path: paths.networkProject(e.slug), sources: (l: Locale) => inLocale(e, l).data.sources})),
  ...content.pages.map((e) => ({path: pagePath(e.slug), sources: (l: Locale) => inLocale(e, l).data.sources}))
];

for (const locale of locales) {
  test(`${locale}: every entry page's Sources region lists each of its sources, linked to its url, with its date or the undated label`, async ({page}) => {
    sweep();
    const t = words(locale);
    for (const entry of entryPages()) {
      const sources = entry.sources(locale);
      await page.goto(address(locale, entry.path));
      const region = page.getByRole('region', {name: t('Sources.heading'), exact: true});
      // What a reader sees of each source: its title (marked with its language where that is not the
      // page's), the address it links to, and its date; and the line it stands on.
      const shown = await region.getByRole('listitem').evaluateAll((items) =>
        items.map((li) => {
          const cite = li.querySelector('cite');
          const time = li.querySelector('time');
          return {
            title: cite?.textContent ?? null,
            lang: cite?.getAttribute('lang') ?? null,
            href: cite?.closest('a')?.getAttribute('href') ?? null,
            links: li.querySelectorAll('a').length,
            date: time ? {datetime: time.getAttribute('datetime'), text: time.textContent} : null,
            line: (li.textContent ?? '').replace(/\s+/g, ' ').trim()
          };
        })
      );
      const where = `${address(locale, entry.path)}`;
      expect(
        shown.map(({line: _line, ...rest}) => rest),
        where
      ).toEqual(
        sources.map((s) => ({
          title: s.title,
          lang: s.language === locale ? null : s.language,
          href: s.url ?? null,
          links: s.url ? 1 : 0,
          date: s.date ? {datetime: machineDate(s.date), text: shownDate(s.date, locale)} : null
        }))
      );
      for (const [i, s] of sources.entries()) {
        const line = shown[i]?.line ?? '';
        if (s.publisher) expect(line, where).toContain(s.publisher);
        if (!s.date) expect(line, where).toMatch(new RegExp(`${escapeRegExp(t('Sources.undated'))}$`));
      }
    }
  });
}

test('the networks page lists the theme networks and zones of its text, and links to each project page', async ({page}) => {
  const locale = 'en';
  const t = words(locale);
  const networksPage = content.pages.find((p) => p.slug === 'networks');
  const networks = networksPage ? inLocale(networksPage, locale) : undefined;
  // Each table of the page's text, with a row for each of its lines but the one under the header.
  const tables = (networks?.markdown ?? '')
    .split(/\n(?!\|)/)
    .map((chunk) => chunk.split('\n').filter((line) => line.startsWith('|')))
    .filter((lines) => lines.length > 0);
  await page.goto(address(locale, paths.networks));
  const shown = page.getByRole('main').getByRole('table');
  await expect(shown).toHaveCount(tables.length);
  for (const [i, lines] of tables.entries()) await expect(shown.nth(i).getByRole('row')).toHaveCount(lines.length - 1);

  for (const project of content.networkProjects) {
    const p = inLocale(project, locale).data;
    await page.goto(address(locale, paths.networks));
    await page.getByRole('region', {name: t('NetworksPage.projects')}).getByRole('link', {name: p.title, exact: true}).click();
    await expect(page).toHaveURL(address(locale, paths.networkProject(project.slug)));
    await expect(timeOf(page.getByRole('main'), p.startDate)).toHaveText(shownDate(p.startDate, locale));
    await expect(timeOf(page.getByRole('main'), p.endDate)).toHaveText(shownDate(p.endDate, locale));
    for (const c of p.contacts) if (c.email) await expect(page.getByRole('link', {name: c.email})).toHaveAttribute('href', `mailto:${c.email}`);
  }
});

test('the accessibility statement names the feedback channel and the official guidance', async ({page}) => {
  // The number of pages checked is counted, not typed: the built pages plus the 404 page.
  const pinned = builtPages();
  for (const locale of locales) {
    const t = words(locale);
    await page.goto(address(locale, paths.accessibility));
    const feedback = page.getByRole('region', {name: t('AccessibilityPage.feedbackHeading')});
    await expect(feedback.getByRole('link', {name: settings.feedbackEmail})).toHaveAttribute('href', `mailto:${settings.feedbackEmail}`);
    const guidance = page.getByRole('region', {name: t('AccessibilityPage.enforcementHeading')}).getByRole('link', {name: t('AccessibilityPage.guidanceLink')});
    await expect(guidance).toHaveAttribute('href', /^https:\/\//);
    await expect(fact(page.getByRole('main'), t('AccessibilityPage.publisher'))).toHaveText(settings.publisher[locale]);
    await expect(page.getByRole('main').getByText(t('AccessibilityPage.checkedPages', {count: pinned.length + 1}))).toBeVisible();
  }
});

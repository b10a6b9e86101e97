import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '@/lib/content';
import {routing} from '@/lib/i18n/routing';

// The shipped content, checked against the facts in ../shared/sources/README.md.
const content = loadContent(path.join(process.cwd(), 'content'));
const version = <T,>(entry: {versions: Partial<Record<string, {data: T}>>}, locale: string): T => {
  const v = entry.versions[locale];
  if (!v) throw new Error(`missing ${locale}`);
  return v.data;
};

const agreementThemes: Record<string, string[]> = {
  lappeenranta: ['green-transition'],
  kuopio: ['wellbeing', 'green-transition'],
  turku: ['digitalisation', 'wellbeing'],
  'helsinki-espoo-vantaa': ['green-transition', 'wellbeing', 'digitalisation'],
  oulu: ['digitalisation', 'wellbeing', 'green-transition'],
  joensuu: ['green-transition', 'digitalisation'],
  lahti: ['green-transition', 'wellbeing'],
  jyvaskyla: ['wellbeing', 'digitalisation'],
  vaasa: ['green-transition'],
  tampere: ['digitalisation', 'green-transition', 'wellbeing'],
  seinajoki: ['digitalisation', 'digitalisation'],
  mikkeli: ['green-transition'],
  pori: ['green-transition', 'digitalisation'],
  kokkola: ['green-transition', 'green-transition'],
  kajaani: ['digitalisation', 'digitalisation'],
  rovaniemi: ['wellbeing', 'wellbeing']
};

describe('the shipped content', () => {
  it('has every entry in every language, so no reader sees a fallback', () => {
    expect(content.gaps).toEqual([]);
  });

  it('has the 16 agreements of the release of 9.2.2021, in its order', () => {
    expect(content.agreements.map((a) => a.slug)).toEqual(Object.keys(agreementThemes));
  });

  it('gives each agreement its focus areas and their themes as the sources group them', () => {
    for (const [slug, themes] of Object.entries(agreementThemes)) {
      const own = content.focusAreas.filter((f) => version(f, 'fi').agreement === slug);
      own.sort((a, b) => version(a, 'fi').order - version(b, 'fi').order);
      expect(own.map((f) => version(f, 'fi').theme), slug).toEqual(themes);
    }
    expect(content.focusAreas).toHaveLength(32);
  });

  it('dates every agreement from its signing on 9.2.2021 to 31.12.2027', () => {
    for (const a of content.agreements) {
      for (const l of routing.locales) {
        expect(version(a, l).signed).toBe('2021-02-09');
        expect(version(a, l).validUntil).toBe('2027-12-31');
      }
    }
  });

  it('uses Swedish place names on Swedish pages', () => {
    const sv = Object.fromEntries(content.agreements.map((a) => [a.slug, version(a, 'sv')]));
    expect(sv['helsinki-espoo-vantaa']?.cities).toEqual(['Helsingfors', 'Esbo', 'Vanda']);
    expect(sv.turku?.title).toBe('Åbo');
    expect(sv.tampere?.title).toBe('Tammerfors');
    expect(sv.lappeenranta?.cities).toEqual(['Villmanstrand', 'Imatra']);
    expect(sv.kajaani?.cities).toEqual(['Kajana', 'Sotkamo']);
    expect(sv.mikkeli?.title).toBe('S:t Michel');
    expect(content.agreements.find((a) => a.slug === 'oulu')?.versions.fi?.data.title).toBe('Oulu');
  });

  it('has the three themes', () => {
    expect(content.themes.map((t) => t.slug)).toEqual(['green-transition', 'digitalisation', 'wellbeing']);
    expect(content.themes.map((t) => version(t, 'sv').title)).toEqual(['Grön omställning', 'Digitalisering och annan ny teknik', 'Välfärd']);
  });

  it('has both releases with their dates, issuer, the ministry\'s language versions and headlines, and contacts as the sources give them', () => {
    const [newer, older] = content.pressReleases;
    expect(newer?.slug.startsWith('2021-02-09-')).toBe(true);
    expect(older?.slug.startsWith('2020-05-20-')).toBe(true);
    if (!newer || !older) return;
    expect(version(older, 'fi').published).toBe('2020-05-20T13:33');
    for (const l of routing.locales) {
      expect(version(older, l).ministryVersions).toEqual([
        {language: 'fi', published: '2020-05-20T13:33', headline: 'Innovaatiotoimintaa vahvistavat sopimukset solmitaan kaupunkien kanssa'}
      ]);
      // No source holds a Finnish or English version of the 2021 release, nor says which came first.
      expect(version(newer, l).ministryVersions).toEqual([
        {
          language: 'sv',
          published: '2021-02-10',
          headline: 'Genom avtalssamarbete mellan staten och städerna påskyndas koldioxidsnåla, digitala och välfärdsfrämjande innovationer'
        }
      ]);
    }
    expect(version(older, 'fi').contacts.map((c) => [c.name, c.phone])).toEqual([
      ['Jenny Hasu', '040 658 35104'],
      ['Mika Pikkarainen', '029 506 3622'],
      ['Johanna Osenius', '029 506 4937'],
      ['Katja Palonen', '029 504 7071']
    ]);
    expect(version(newer, 'sv').published).toBe('2021-02-09');
    expect(version(newer, 'sv').contacts.map((c) => [c.name, c.phone])).toEqual([
      ['Jenny Hasu', '040 658 35104'],
      ['Olli Voutilainen', '029 506 4919'],
      ['Mika Pikkarainen', '029 506 3622']
    ]);
    expect(version(newer, 'fi').issuer).toBe('työ- ja elinkeinoministeriö');
    expect(version(newer, 'sv').issuer).toBe('arbets- och näringsministeriet');
    expect(version(newer, 'en').issuer).toBe('Ministry of Economic Affairs and Employment');
  });

  it("names the regional towns' network project with its period and contact", () => {
    const [project] = content.networkProjects;
    expect(project?.slug).toBe('regional-towns-innovation-ecosystem-network');
    if (!project) return;
    expect(version(project, 'en')).toMatchObject({startDate: '2021-10-01', endDate: '2023-12-31'});
    expect(version(project, 'en').contacts[0]).toMatchObject({name: 'Sami Sopanen', email: 'sami.sopanen@savonlinna.fi'});
  });

  it('marks the key dates of the programme on its timeline', () => {
    const programme = content.pages.find((p) => p.slug === 'programme');
    const keys = (programme?.versions.en?.data.timeline ?? []).filter((t) => t.key).map((t) => t.date);
    expect(keys).toEqual(expect.arrayContaining(['2020-05-20', '2021-02-04', '2021-02-09', '2027-12-31', '2030']));
  });

  it('publishes no e-mail address the sources do not give', () => {
    const allowed = new Set(['sami.sopanen@savonlinna.fi']);
    const entries = [content.agreements, content.focusAreas, content.themes, content.pressReleases, content.pages, content.networkProjects].flat();
    for (const entry of entries) {
      for (const v of Object.values(entry.versions)) {
        const found = `${JSON.stringify(v?.data)} ${v?.html}`.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [];
        for (const address of found) expect(allowed.has(address), `${v?.file}: ${address}`).toBe(true);
      }
    }
  });
});

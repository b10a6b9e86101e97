import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {routing} from '@/lib/i18n/routing';

/** A file path under content/ and its text. */
export type Files = Record<string, string>;

const source = `
sources:
  - title: "Ecosystem agreements"
    publisher: "Ministry of Economic Affairs and Employment"
    url: "https://tem.fi/en/ecosystem-agreements"
    language: en`;

const fm = (fields: string, body = 'Some text.') => `---\n${fields.trim()}${source}\n---\n${body}\n`;

/** The smallest content tree that passes every check: one entry per collection, every language. */
export function validFiles(): Files {
  const files: Files = {};
  for (const l of routing.locales) {
    files[`agreements/tampere/index.${l}.md`] = fm(`
title: "Tampere"
published: "2026-11-22"
cities: ["Tampere"]
coordinates:
  - {latitude: 61.498, longitude: 23.761}
order: 1
signed: "2021-02-09"
validUntil: "2027-12-31"
summary: "Tampere's agreement."`);
    files[`themes/wellbeing/index.${l}.md`] = fm(`
title: "Wellbeing"
published: "2026-11-22"
order: 1
summary: "A theme."`);
    files[`focus-areas/tampere-digital-health-solutions/index.${l}.md`] = fm(`
title: "Digital health solutions"
published: "2026-11-22"
agreement: "tampere"
theme: "wellbeing"
order: 1
summary: "A focus area."`);
    files[`press-releases/2020-05-20-announcement/index.${l}.md`] = fm(`
title: "Announcement"
summary: "Agreements will be concluded."
kind: press-release
issued: "2020-05-20T13:33"
published: "2026-11-22"
issuer: "Ministry of Economic Affairs and Employment"
agreements: ["tampere"]
ministryVersions:
  - language: "fi"
    published: "2020-05-20T13:33"
    headline: "Innovaatiotoimintaa vahvistavat sopimukset solmitaan kaupunkien kanssa"
    url: "https://vnk.fi/fi/eu/pressmeddelanden/-/asset_publisher/1410877/innovaatiotoimintaa-vahvistavat-sopimukset-solmitaan-kaupunkien-kanssa"
${l === 'fi' ? '' : 'headlineTranslation: "Agreements that strengthen innovation to be made with cities"'}
contacts:
  - name: "Jenny Hasu"
    role: "Special Adviser"
    organisation: "Ministry of Economic Affairs and Employment"
    phone: "040 658 35104"`);
    for (const id of ['home', 'programme', 'networks', 'accessibility']) {
      files[`pages/${id}/index.${l}.md`] = fm(`
title: "${id}"
published: "2026-11-22"
description: "About ${id}."`);
    }
    files[`network-projects/regional-towns/index.${l}.md`] = fm(`
title: "Regional towns"
published: "2026-11-22"
summary: "A network project."
startDate: "2021-10-01"
endDate: "2023-12-31"
contacts:
  - name: "Sami Sopanen"
    role: "Project manager"
    organisation: "Savonlinnan Hankekehitys Oy"
    email: "sami.sopanen@savonlinna.fi"`);
  }
  files['site.yaml'] = `publisher: {fi: "työ- ja elinkeinoministeriö", sv: "arbets- och näringsministeriet", en: "Ministry of Economic Affairs and Employment"}
feedbackEmail: "kirjaamo.tem@gov.fi"
licence: {name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/"}
`;
  return files;
}

/** Writes files into a fresh temporary content folder and returns its path. */
export function writeContent(files: Files): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  const dir = path.join(root, 'content');
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), {recursive: true});
    fs.writeFileSync(full, text);
  }
  return dir;
}

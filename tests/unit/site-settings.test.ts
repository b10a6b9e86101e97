import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ContentError} from '@/lib/content/errors';
import {readSettings, resolveOrigin} from '@/lib/site-settings';
import {shownAddress} from '@/lib/urls';
import {validFiles, writeContent} from './helpers/fixture';

// The operator's settings live in content/site.yaml, and a build for the public must know the
// site's public address: without it, pages, feeds and the sitemap would point at a local one.

const missing =
  "The site's public address is not set, so the pages, feeds and sitemap cannot say where they live. " +
  'Set it as origin: in content/site.yaml, or when building: SITE_ORIGIN=https://www.example.fi npm run build. ' +
  'To build a copy to look at on this machine, run npm start (or npm run build -- --local).';

describe("the site's public address", () => {
  it('comes from SITE_ORIGIN, or else from content/site.yaml, without a trailing slash', () => {
    expect(resolveOrigin({SITE_ORIGIN: 'https://www.example.fi/'}, {})).toEqual({origin: 'https://www.example.fi', local: false});
    expect(resolveOrigin({}, {origin: 'https://www.example.fi'})).toEqual({origin: 'https://www.example.fi', local: false});
    expect(resolveOrigin({SITE_ORIGIN: 'https://a.example.fi'}, {origin: 'https://b.example.fi'})).toEqual({origin: 'https://a.example.fi', local: false});
  });

  it('is required for a build for the public, with a plain message saying what to set', () => {
    expect(resolveOrigin({}, {})).toEqual({error: missing});
  });

  it('refuses a local or partial address for the public', () => {
    for (const given of ['http://localhost:3000', 'http://127.0.0.1', 'https://www.example.fi/fi/', 'example.fi']) {
      expect(resolveOrigin({SITE_ORIGIN: given}, {}), given).toHaveProperty('error');
    }
  });

  it('is this machine in a local build, which shows addresses as paths only', () => {
    const local = resolveOrigin({SITE_LOCAL: '1', PORT: '3100'}, {});
    expect(local).toEqual({origin: 'http://localhost:3100', local: true});
    expect(shownAddress('/fi/agreements/kuopio/', {origin: 'http://localhost:3100', local: true})).toBe('/fi/agreements/kuopio/');
    expect(shownAddress('/fi/agreements/kuopio/', {origin: 'https://www.example.fi', local: false})).toBe('https://www.example.fi/fi/agreements/kuopio/');
  });

  it('stops npm run build with that message, before building anything', () => {
    // The test runner's own address (vitest.config.mts) is left out, as on a machine where none is set.
    const env = {...process.env, CONTENT_DIR: writeContent(validFiles()), SITE_ORIGIN: '', SITE_LOCAL: ''};
    let message = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'build.ts')], {env, stdio: 'pipe', encoding: 'utf8'});
    } catch (error) {
      message = String((error as {stderr?: string}).stderr);
    }
    expect(message.trim()).toBe(missing);
  });
});

describe("the operator's settings", () => {
  const settingsWith = (edit: (text: string) => string) => {
    const dir = writeContent(validFiles());
    const file = path.join(dir, 'site.yaml');
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
    return dir;
  };
  const problems = (dir: string) => {
    try {
      readSettings(dir);
      return [];
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => `${p.field}: ${p.message}`);
      throw error;
    }
  };

  it('name the publisher in every language, a feedback address and a licence', () => {
    expect(readSettings(settingsWith((t) => t)).publisher.sv).toBe('arbets- och näringsministeriet');
    expect(problems(settingsWith((t) => t.replace('"kirjaamo.tem@gov.fi"', '"kirjaamo"')))).toEqual(['feedbackEmail: must be an e-mail address such as kirjaamo@example.fi']);
    expect(problems(settingsWith((t) => t.replace(', en: "Ministry of Economic Affairs and Employment"', '')))).toEqual(['publisher.en: is required but missing']);
    expect(problems(settingsWith((t) => `${t}origin: "http://localhost:3000"\n`))).toEqual([
      'origin: must be a public web address starting with https://, for example "https://tem.fi/ekosysteemisopimukset"'
    ]);
  });
});

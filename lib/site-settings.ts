import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {z} from 'zod';
import type {Locale} from './i18n/routing';
import {routing} from './i18n/routing';
import {ContentError, plainWords, problemsFrom} from './content/errors';
import {publicUrl} from './content/fields';

// The operator's settings (content/site.yaml) and where the site's public address comes from.

const perLocale = z.strictObject(Object.fromEntries(routing.locales.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>);

export const settingsSchema = z.strictObject({
  /** Who publishes the site, in each language. */
  publisher: perLocale,
  /** The feedback channel named in the footer and the accessibility statement. */
  feedbackEmail: z.email({message: 'must be an e-mail address such as kirjaamo@example.fi'}),
  /** The licence of the site's texts and open data. */
  licence: z.strictObject({name: z.string().trim().min(1), url: publicUrl}),
  /** The site's public address, without a path: "https://www.example.fi". */
  origin: publicUrl.optional(),
  /** Where the editors' workspace (/admin/) saves: the git host and repository. See README, "Editors' workspace". */
  editing: z
    .strictObject({
      /** The git host's kind: GitHub, GitLab (also self-hosted) or Gitea/Forgejo. */
      backend: z.enum(['github', 'gitlab', 'gitea']),
      /** The repository, "owner/name" (GitLab: "group/subgroup/project"). */
      repo: z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, {message: 'must be a repository written "owner/name"'}),
      /** The branch the site is built from; the host's default branch when left out. */
      branch: z.string().trim().min(1).optional(),
      /**
       * GitHub: the address of the sign-in helper (an OAuth client such as Sveltia CMS Authenticator).
       * GitLab or Gitea/Forgejo on a server of your own: that server's address.
       */
      baseUrl: publicUrl.optional(),
      /** GitLab or Gitea/Forgejo on a server of your own: the API's address, such as https://git.example.fi/api/v4. */
      apiRoot: publicUrl.optional(),
      /** GitLab or Gitea/Forgejo: the id of the OAuth application, for sign-in without a helper (PKCE). */
      appId: z.string().trim().min(1).optional(),
      /** Saved changes wait as a draft for review (a pull or merge request) before they reach the site: GitHub and GitLab. */
      review: z.boolean().optional()
    })
    .optional()
});
export type Settings = z.infer<typeof settingsSchema>;

const settingsFile = (contentDir: string) => path.join(contentDir, 'site.yaml');

/** Reads and checks content/site.yaml; a wrong field fails like any content, as `file: field: problem`. */
export function readSettings(contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content')): Settings {
  const file = path.relative(process.cwd(), settingsFile(contentDir)) || settingsFile(contentDir);
  let data: unknown;
  try {
    data = parse(fs.readFileSync(settingsFile(contentDir), 'utf8'));
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing; the site needs its publisher, feedback address and licence' : `is not valid YAML: ${(error as Error).message}`;
    throw new ContentError([{file, message}]);
  }
  const result = settingsSchema.safeParse(data ?? {}, {error: plainWords});
  if (!result.success) throw new ContentError(problemsFrom(file, result.error, Object.keys(settingsSchema.shape)));
  return result.data;
}

/** Where the site's public address comes from, or what is missing. */
export type OriginSetting = {origin: string; local: boolean} | {error: string};

/**
 * The public address: SITE_ORIGIN, else `origin` in content/site.yaml. A local build (npm start,
 * npm run dev; SITE_LOCAL=1) is served at http://localhost and never shows that address as text.
 * A production build without an address cannot say where its pages live, so it stops.
 */
export function resolveOrigin(env: Record<string, string | undefined>, settings: Pick<Settings, 'origin'>): OriginSetting {
  const given = env.SITE_ORIGIN?.trim() || settings.origin;
  if (given) {
    const checked = publicUrl.safeParse(given);
    if (!checked.success || new URL(given).pathname !== '/') {
      return {error: `The site's public address "${given}" is not a public web address. Give only the scheme and host, for example SITE_ORIGIN=https://www.example.fi (no localhost, no path).`};
    }
    return {origin: given.replace(/\/+$/, ''), local: false};
  }
  if (env.SITE_LOCAL === '1') return {origin: `http://localhost:${env.PORT ?? 3000}`, local: true};
  return {
    error:
      "The site's public address is not set, so the pages, feeds and sitemap cannot say where they live. " +
      'Set it as origin: in content/site.yaml, or when building: SITE_ORIGIN=https://www.example.fi npm run build. ' +
      'To build a copy to look at on this machine, run npm start (or npm run build -- --local).'
  };
}


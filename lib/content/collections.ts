import type {z} from 'zod';
import {agreementSchema, focusAreaSchema, networkProjectSchema, pageSchema, pressReleaseSchema, themeSchema} from './schemas';

// The collections under content/, each once: the content check reads them by this table, and the
// editors' workspace (lib/content/cms.ts) offers them by it.

export type Collection<S extends z.ZodObject = z.ZodObject> = {
  /** Folder under content/, and the workspace's name for the collection. */
  name: string;
  schema: S;
  /** Whether the markdown body may be left empty. */
  bodyOptional?: boolean;
  /** The "::name" lines this collection's pages fill from the data. */
  slots?: readonly string[];
  /** How the workspace names the collection and one entry of it, in Finnish. */
  label: string;
  labelSingular: string;
  /**
   * Whether editors may add and remove entries. Pages belong to the site's routes, so their set is
   * fixed; every other collection grows without a code change.
   */
  fixed?: boolean;
  /** The folder name (the address) of a new entry, from its fields: `{{issued}}`… */
  slug?: string;
  /** What every folder name of the collection starts with, as a pattern (a release's date). */
  slugPrefix?: string;
  /** The field the workspace sorts the list by, and in which direction. */
  sort: {field: string; direction: 'ascending' | 'descending'};
};

export const collections = {
  agreements: {name: 'agreements', schema: agreementSchema, bodyOptional: true, label: 'Sopimukset', labelSingular: 'Sopimus', sort: {field: 'order', direction: 'ascending'}},
  focusAreas: {name: 'focus-areas', schema: focusAreaSchema, bodyOptional: true, label: 'Painopistealueet', labelSingular: 'Painopistealue', sort: {field: 'title', direction: 'ascending'}},
  themes: {name: 'themes', schema: themeSchema, bodyOptional: true, label: 'Teemat', labelSingular: 'Teema', sort: {field: 'order', direction: 'ascending'}},
  pressReleases: {
    name: 'press-releases',
    schema: pressReleaseSchema,
    slots: ['focus-areas'],
    label: 'Tiedotteet',
    labelSingular: 'Tiedote',
    slug: "{{issued | date('YYYY-MM-DD')}}-{{title}}",
    slugPrefix: '\\d{4}-\\d{2}-\\d{2}-',
    sort: {field: 'issued', direction: 'descending'}
  },
  pages: {name: 'pages', schema: pageSchema, slots: ['agreements', 'checked-pages'], label: 'Sivut', labelSingular: 'Sivu', fixed: true, sort: {field: 'title', direction: 'ascending'}},
  networkProjects: {name: 'network-projects', schema: networkProjectSchema, label: 'Verkostohankkeet', labelSingular: 'Verkostohanke', sort: {field: 'startDate', direction: 'descending'}}
} as const satisfies Record<string, Collection>;

export const allCollections: Collection[] = Object.values(collections);

import {z} from 'zod';
import {routing} from '../i18n/routing';
import {redirectSchema} from '../redirects';
import type {Settings} from '../site-settings';
import {slugPattern} from './fields';
import {allCollections, type Collection} from './collections';
import {fieldTree, type FieldNode} from './neutral';

// The editors' workspace (Sveltia CMS at /admin/) is configured from the content schemas: each
// collection of lib/content/collections.ts, each field with the rules its schema gives (required,
// lengths, ranges, patterns, choices) and the meta beside them (label, help, entered once, how it
// is asked for). Nothing here restates a rule; a new schema field appears in the workspace by itself.

/** One field of the workspace's configuration (the subset of Sveltia CMS's options used here). */
export type CmsField = {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  i18n: boolean | 'duplicate';
  [option: string]: unknown;
};

const zone = 'Europe/Helsinki';

/** How the workspace asks for a value of this node: the widget and its options. */
function widgetOf(node: FieldNode): {widget: string; [option: string]: unknown} {
  const relation = node.input === 'agreement' ? 'agreements' : node.input === 'theme' ? 'themes' : undefined;
  if (relation) {
    const many = node.items !== undefined;
    return {
      widget: 'relation',
      collection: relation,
      display_fields: ['{{title}}'],
      search_fields: ['title'],
      ...(many ? {multiple: true, ...(node.minItems ? {min: node.minItems} : {}), ...(node.maxItems ? {max: node.maxItems} : {})} : {})
    };
  }
  switch (node.input) {
    case 'day':
      return {widget: 'datetime', type: 'date', format: 'YYYY-MM-DD'};
    case 'moment':
      // Entered and written as Helsinki wall-clock time, whatever the editor's computer is set to.
      return {widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', input_timezone: zone};
    case 'multiline':
      return {widget: 'text', ...lengths(node)};
    case 'markdown':
      return {widget: 'markdown', modes: ['raw', 'rich_text']};
  }
  if (node.enum) {
    const choices = node.choices ?? {};
    return {widget: 'select', options: node.enum.map((value) => ({label: choices[value] ?? value, value}))};
  }
  if (node.properties) return {widget: 'object', fields: fieldsOf(node, true)};
  if (node.items) {
    const list = {
      ...(node.item ? {label_singular: node.item} : {}),
      ...(node.minItems ? {min: node.minItems} : {}),
      ...(node.maxItems ? {max: node.maxItems} : {})
    };
    if (node.items.properties) return {widget: 'list', ...list, fields: fieldsOf(node.items, node.neutral === true)};
    // A list of plain values: one input per item.
    return {widget: 'list', ...list, field: {name: 'item', label: node.label ?? 'item', ...widgetOf(node.items)}};
  }
  switch (node.type) {
    case 'boolean':
      return {widget: 'boolean', default: false};
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? {min: node.minimum} : {}),
        // JSON Schema states an integer's upper limit even where the schema sets none.
        ...(node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? {max: node.maximum} : {}),
        ...(node.type === 'number' ? {step: 0.001} : {})
      };
  }
  return {
    widget: 'string',
    ...(node.format === 'email' ? {type: 'email'} : node.format === 'uri' ? {type: 'url'} : {}),
    ...lengths(node)
  };
}

function lengths(node: FieldNode): Record<string, unknown> {
  return {
    // A required text is at least one character: "required" says that already.
    ...(node.minLength !== undefined && node.minLength > 1 ? {minlength: node.minLength} : {}),
    ...(node.maxLength !== undefined ? {maxlength: node.maxLength} : {}),
    ...(node.pattern ? {pattern: [node.pattern, node.invalid ?? 'Arvo on väärässä muodossa.']} : {})
  };
}

/** The fields of an object node; inside a list entered once, fields follow it unless they say otherwise. */
function fieldsOf(node: FieldNode, inheritedNeutral = false): CmsField[] {
  return Object.entries(node.properties ?? {}).map(([name, child]) => {
    const neutral = child.neutral ?? inheritedNeutral;
    const field: CmsField = {
      name,
      label: child.label ?? name,
      ...(child.hint ? {hint: child.hint} : {}),
      ...widgetOf({...child, neutral}),
      i18n: neutral ? 'duplicate' : true
    };
    if (!(node.required ?? []).includes(name)) {
      field.required = false;
      // An optional list is left out when empty (output.omit_empty_optional_fields), which the
      // schema accepts; "at least one" only applies once the field is written.
      if (field.min === 1) delete field.min;
    }
    return field;
  });
}

/** The workspace's fields for one collection: its schema's fields, then the text. */
export function cmsFields(collection: Collection): CmsField[] {
  return [
    ...fieldsOf(fieldTree(collection.schema)),
    {
      name: 'body',
      label: 'Teksti',
      hint: 'Väliotsikot alkavat merkeillä ##. Tunnisteet, kuten :fi[…] ja ::focus-areas, on selitetty ohjeessa docs/editing.fi.md.',
      ...widgetOf({input: 'markdown'}),
      i18n: true,
      ...(collection.bodyOptional ? {required: false} : {})
    }
  ];
}

function cmsCollection(collection: Collection) {
  return {
    name: collection.name,
    label: collection.label,
    label_singular: collection.labelSingular,
    folder: `content/${collection.name}`,
    path: '{{slug}}/index',
    extension: 'md',
    format: 'yaml-frontmatter',
    i18n: true,
    create: !collection.fixed,
    delete: !collection.fixed,
    // The folder name is the page's address: chosen once, when the entry is created, and kept.
    slug: {
      template: collection.slug ?? '{{title}}',
      editable: ['create'],
      hint: 'Sivun osoitteen viimeinen osa: pienet kirjaimet a–z, numerot ja yhdysmerkit. Sitä ei voi muuttaa tallentamisen jälkeen.',
      pattern: [`^${collection.slugPrefix ?? ''}${slugPattern.source.replace(/^\^/, '')}`, 'Käytä vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä.']
    },
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: {fields: [collection.sort.field, 'title'], default: collection.sort},
    fields: cmsFields(collection)
  };
}

/** Where the workspace saves: the operator's git host, or only this computer's copy of the repository. */
function backendOf(editing: Settings['editing']) {
  if (!editing) {
    // No host configured: the workspace can only open a local copy ("Work with Local Repository"),
    // for which Sveltia CMS still wants a git backend; the repository name is not used.
    return {name: 'github', repo: 'local/ekosysteemisopimukset'};
  }
  const pkce = editing.backend !== 'github' && editing.appId !== undefined;
  return {
    name: editing.backend,
    repo: editing.repo,
    ...(editing.branch ? {branch: editing.branch} : {}),
    ...(editing.baseUrl ? {base_url: editing.baseUrl} : {}),
    ...(editing.apiRoot ? {api_root: editing.apiRoot} : {}),
    ...(editing.appId ? {app_id: editing.appId} : {}),
    ...(pkce && editing.backend === 'gitlab' ? {auth_type: 'pkce'} : {}),
    commit_messages: {
      create: '{{collection}} lisätty: {{slug}}',
      update: '{{collection}} muutettu: {{slug}}',
      delete: '{{collection}} poistettu: {{slug}}'
    }
  };
}

/** The schema of content/redirects.yaml, as the workspace's one form for it. */
export const redirectsForm = z.strictObject({
  redirects: redirectSchema.meta({
    label: 'Uudelleenohjaukset',
    item: 'uudelleenohjaus',
    hint: 'Kun sivu poistetaan tai sen osoite muuttuu, lisää tähän sen vanha osoite ja sivu, jolle lukijat ohjataan. Älä poista rivejä: vanhoihin osoitteisiin linkitetään yhä.'
  })
});

/** Old addresses and where they lead: editors who remove a page add its address here. */
function redirectsCollection() {
  const withoutLanguages = (field: CmsField): CmsField => {
    const {i18n: _, ...rest} = field;
    return {...rest, ...(Array.isArray(rest.fields) ? {fields: (rest.fields as CmsField[]).map(withoutLanguages)} : {})} as CmsField;
  };
  return {
    name: 'redirects',
    label: 'Uudelleenohjaukset',
    i18n: false,
    files: [
      {
        name: 'redirects',
        label: 'Uudelleenohjaukset',
        file: 'content/redirects.yaml',
        // The file is a list at its top level.
        fields: fieldsOf(fieldTree(redirectsForm)).map((f) => ({...withoutLanguages(f), root: true}))
      }
    ]
  };
}

/** The whole configuration of the workspace, as /admin/config.yml serves it. */
export function cmsConfig(settings: Pick<Settings, 'editing' | 'origin'>) {
  return {
    backend: backendOf(settings.editing),
    ...(settings.editing?.review ? {publish_mode: 'editorial_workflow'} : {}),
    ...(settings.origin ? {site_url: settings.origin} : {}),
    media_folder: 'public/media',
    public_folder: '/media',
    i18n: {structure: 'multiple_files', locales: [...routing.locales], default_locale: routing.defaultLocale},
    output: {omit_empty_optional_fields: true},
    // Sveltia transliterates ä and ö as ae and oe; any letter still outside a–z fails the folder-name pattern.
    slug: {encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', maxlength: 80},
    collections: [...allCollections.map(cmsCollection), redirectsCollection()]
  };
}

/** The hosts the workspace talks to for the configured git host: its API, and for GitHub its avatars and status. */
function gitHosts(editing: Settings['editing']) {
  if (!editing) return {connect: [], img: []};
  const origin = (url: string) => new URL(url).origin;
  switch (editing.backend) {
    case 'github':
      return {
        connect: [origin(editing.apiRoot ?? 'https://api.github.com'), 'https://www.githubstatus.com'],
        img: ['https://avatars.githubusercontent.com', 'https://*.githubusercontent.com']
      };
    case 'gitlab':
    case 'gitea': {
      const base = origin(editing.baseUrl ?? (editing.backend === 'gitlab' ? 'https://gitlab.com' : 'https://gitea.com'));
      const api = editing.apiRoot ? origin(editing.apiRoot) : base;
      return {connect: [...new Set([base, api])], img: [base]};
    }
  }
}

/**
 * The workspace's own Content-Security-Policy, stricter than it needs to be for nothing: scripts
 * from this site only (WebAssembly for its image decoders), the inline styles its components
 * inject, and connections to this site and the configured git host only. `meta` leaves out what a
 * <meta> policy cannot carry.
 */
export function adminPolicy(settings: Pick<Settings, 'editing'>, {meta = false} = {}): string {
  const hosts = gitHosts(settings.editing);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline' blob:",
    ['img-src', "'self'", 'data:', 'blob:', ...hosts.img].join(' '),
    "font-src 'self'",
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self' blob:",
    ['connect-src', "'self'", 'blob:', 'data:', ...hosts.connect].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"])
  ].join('; ');
}

// What the editors' workspace needs to know of a field beyond its rules. Each field carries it in
// its schema (zod's `.meta()`), beside the rules, so that a field is described in one place: the
// content check reads the rules, the workspace's configuration (lib/content/cms.ts) reads both.

/** How the workspace asks for a value, where its type alone does not say. */
export type FieldInput =
  /** A calendar day (YYYY-MM-DD). */
  | 'day'
  /** A day and a Helsinki clock time (YYYY-MM-DDTHH:MM), entered in Helsinki time. */
  | 'moment'
  /** Several lines of plain text. */
  | 'multiline'
  /** The page's text in markdown. */
  | 'markdown'
  /** The slug of an agreement, chosen from the list of agreements. */
  | 'agreement'
  /** The slug of a theme, chosen from the list of themes. */
  | 'theme';

export type FieldMeta = {
  /** The field's name in the workspace, in Finnish (the workspace's language). */
  label?: string;
  /** One line of help shown under the field, in Finnish. */
  hint?: string;
  /**
   * The value does not depend on the language (a date, an order, a reference, a name or number):
   * it is entered once, in the Finnish version, and written to every language's file, where the
   * content check requires it to be the same. The items of a list entered once follow the list,
   * unless a field of theirs says `neutral: false` (a contact's role is written in each language).
   */
  neutral?: boolean;
  input?: FieldInput;
  /** For a list: one item's name, as the workspace's "add" button names it ("Lisää muutos"). */
  item?: string;
  /** The choices of a fixed list, by value, as the workspace names them. */
  choices?: Record<string, string>;
  /** What the workspace says, in Finnish, when the value does not match the field's pattern. */
  invalid?: string;
};

declare module 'zod' {
  interface GlobalMeta extends FieldMeta {}
}

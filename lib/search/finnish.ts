// Finnish words as a reader types them, in the browser: which base forms a word may be.
//
// At build time Voikko gives every word of the pages its base forms (lib/search/voikko.ts), and the
// index holds them. A reader's query must meet those base forms without Voikko, which is megabytes.
// So the build also learns, from Voikko's analyses of the pages' own words, how the stem of a
// Finnish word changes before its ending ("Seinäjoen" → "Seinäjoki": the stem "seinäjoe" ends in
// "e" where the base form has "ki"). In the browser a query word is cut before each ending it may
// carry (the endings are Finnish grammar, listed below), each learned change is applied to the
// stem, and the results are looked up as they are: only base forms the index holds can match, so a
// wrong guess finds nothing. Because the changes are learned per stem, not per ending, one
// "Seinäjoen" teaches "Seinäjoelle", "Seinäjoella" and "Seinäjoelta" alike.

/** Case, number and clitic endings a word may carry after its stem; the empty ending is the word itself. */
const endings = [
  '',
  // singular: genitive, nominative plural, partitive, essive, translative, local cases, abessive, comitative
  'n', 't', 'a', 'ä', 'ta', 'tä', 'na', 'nä', 'ksi', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'tta', 'ttä', 'ne',
  // illative
  'an', 'en', 'in', 'on', 'un', 'yn', 'än', 'ön', 'han', 'hen', 'hin', 'hon', 'hun', 'hyn', 'hän', 'hön', 'seen', 'siin',
  // plural
  'ien', 'jen', 'iden', 'itten', 'ten', 'ia', 'iä', 'ja', 'jä', 'ita', 'itä', 'issa', 'issä', 'ista', 'istä', 'iin', 'ihin', 'isiin',
  'illa', 'illä', 'ilta', 'iltä', 'ille', 'ina', 'inä', 'iksi', 'itta', 'ittä', 'ine',
  // clitics readers add to a search word
  'kin', 'kaan', 'kään'
];

/** How a stem's end turns into the base form's: stem ending (possibly empty) → base-form endings. */
export type StemChanges = Record<string, string[]>;

const shortestStem = 2;
/** Changes longer than this are a word's own, not a pattern. */
const longestChange = 4;

/** The longest common beginning of two words. */
function common(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * Learns the stem changes from pairs of a word as written and a base form Voikko gave it (both in
 * lower case), keeping changes seen at least `least` times. Once is enough by default: a word a new
 * page brings in an unusual form then serves its other forms at once, and a wrong guess finds nothing.
 */
export function learnStemChanges(pairs: Iterable<[string, string]>, least = 1): StemChanges {
  const seen = new Map<string, number>();
  for (const [word, base] of pairs) {
    if (word === base) continue;
    const same = common(word, base);
    const baseTail = base.slice(same);
    for (const ending of endings) {
      if (ending.length > word.length - same || !word.endsWith(ending)) continue;
      const stemTail = word.slice(same, word.length - ending.length);
      if (stemTail.length > longestChange || baseTail.length > longestChange + 1) continue;
      if (stemTail === '' && baseTail === '') continue;
      const key = `${stemTail}>${baseTail}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  const changes: StemChanges = {};
  for (const [key, count] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count < least) continue;
    const [from, to] = key.split('>') as [string, string];
    (changes[from] ??= []).push(to);
  }
  return changes;
}

/** The base forms a Finnish word (in lower case) may be, by the learned changes; the word itself not included. */
export function baseFormGuesses(word: string, changes: StemChanges): string[] {
  const out = new Set<string>();
  for (const ending of endings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < shortestStem) continue;
    if (ending !== '') out.add(stem);
    for (let k = 0; k <= Math.min(longestChange, stem.length - shortestStem); k += 1) {
      const tail = stem.slice(stem.length - k);
      for (const to of changes[tail] ?? []) out.add(stem.slice(0, stem.length - k) + to);
    }
  }
  out.delete(word);
  return [...out].filter((w) => w.length >= 3);
}

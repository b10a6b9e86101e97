import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Finnish morphology at build time (never in the browser): Voikko's base forms and compound parts
// of Finnish words. Voikko is Debian's libvoikko1 + voikko-fi, run through python3-libvoikko by
// scripts/voikko-analyze.py. `npm install` fetches those packages into node_modules/.cache/voikko/
// (scripts/voikko-setup.mjs); a system-wide install works as well.
//
// Analyses are kept in memory per word, and on disk in node_modules/.cache/voikko-analyses.json
// under the dictionary's version, so a build runs Python only for words it has not seen before.

/** What Voikko says of one reading of a word; the keys are Voikko's own, present or not per word. */
export type VoikkoAnalysis = {BASEFORM?: string; WORDBASES?: string; STRUCTURE?: string; CLASS?: string; SIJAMUOTO?: string; NUMBER?: string};

/** Voikko cannot run on this machine; the message says how to get it. */
export class VoikkoMissing extends Error {
  constructor(reason: string) {
    super(
      `Finnish search needs Voikko (Finnish morphology), and it cannot run here: ${reason}\n` +
        'Run `npm install`, which fetches it with `apt-get download` into node_modules/.cache/voikko/ ' +
        '(after `apt-get update` if apt has no package lists), or install it on the system: ' +
        '`apt-get install libvoikko1 voikko-fi python3-libvoikko`.'
    );
    this.name = 'VoikkoMissing';
  }
}

/** The keys kept of Voikko's analyses (scripts/voikko-analyze.py keeps the same). */
const keys = ['BASEFORM', 'WORDBASES', 'STRUCTURE', 'CLASS', 'SIJAMUOTO', 'NUMBER'] as const;
const systemDictionaryDirs = ['/usr/lib/voikko', '/usr/share/voikko', '/usr/local/lib/voikko', '/usr/local/share/voikko', '/etc/voikko'];

type Voikko = {python: string; script: string; env: NodeJS.ProcessEnv; version: string};

/** The dictionaries' own description (index.txt: version and build date) under a Voikko dictionary folder. */
function dictionaryVersion(dirs: readonly string[]): string | undefined {
  const found: string[] = [];
  for (const dir of dirs) {
    const formatDir = path.join(dir, '5');
    if (!fs.existsSync(formatDir)) continue;
    for (const variant of fs.readdirSync(formatDir).sort()) {
      const index = path.join(formatDir, variant, 'index.txt');
      if (!fs.existsSync(index)) continue;
      const lines = fs.readFileSync(index, 'utf8').split('\n');
      const field = (name: string) => lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '?';
      found.push(`${variant} ${field('SM-Version')} (${field('Build-Date')})`);
    }
  }
  return found.length ? `voikko-fi ${found.join(', ')}` : undefined;
}

let located: Voikko | string | undefined;

/** Where Voikko is: the copy npm install fetched, else the system's; or why neither is there. */
function locate(): Voikko | string {
  if (located) return located;
  const root = process.cwd();
  const script = path.join(root, 'scripts', 'voikko-analyze.py');
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const usrLib = path.join(root, 'node_modules', '.cache', 'voikko', 'usr', 'lib');
  const libDir = fs.existsSync(usrLib)
    ? fs.readdirSync(usrLib).map((d) => path.join(usrLib, d)).find((d) => fs.existsSync(path.join(d, 'libvoikko.so.1')))
    : undefined;
  const pyDir = path.join(usrLib, 'python3', 'dist-packages');
  const dictDir = path.join(usrLib, 'voikko');
  const localVersion = libDir && fs.existsSync(path.join(pyDir, 'libvoikko.py')) ? dictionaryVersion([dictDir]) : undefined;
  if (libDir && localVersion) {
    const library = fs.realpathSync(path.join(libDir, 'libvoikko.so.1'));
    const env = {
      ...process.env,
      VOIKKO_LIB_DIR: libDir,
      VOIKKO_PY_DIR: pyDir,
      VOIKKO_DICT_DIR: dictDir,
      LD_LIBRARY_PATH: [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':')
    };
    return (located = {python, script, env, version: `${localVersion}; ${path.basename(library)}`});
  }
  const systemVersion = dictionaryVersion(systemDictionaryDirs);
  if (systemVersion) return (located = {python, script, env: process.env, version: `${systemVersion}; system`});
  return 'there is no copy of it in node_modules/.cache/voikko/ and no Finnish dictionary (voikko-fi) on the system.';
}

/** Runs scripts/voikko-analyze.py on the words (none holding a line break). */
function runVoikko(voikko: Voikko, words: readonly string[]): Record<string, VoikkoAnalysis[]> {
  let out: string;
  try {
    out = execFileSync(voikko.python, ['-I', voikko.script], {
      input: words.join('\n') + '\n',
      env: voikko.env,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['pipe', 'pipe', 'pipe']
    });
  } catch (e) {
    const error = e as NodeJS.ErrnoException & {status?: number | null; stderr?: string};
    if (error.code === 'ENOENT') throw new VoikkoMissing(`${voikko.python} is missing (Debian's python3 runs Voikko's binding).`);
    const said = String(error.stderr ?? '').trim() || error.message;
    if (error.status === 3) throw new VoikkoMissing(said.replace(/^voikko-analyze: /, ''));
    throw new Error(`scripts/voikko-analyze.py failed: ${said}`);
  }
  return JSON.parse(out) as Record<string, VoikkoAnalysis[]>;
}

const memo = new Map<string, VoikkoAnalysis[]>();
let diskLoaded = false;

function cacheFile(): string {
  return path.join(process.cwd(), 'node_modules', '.cache', 'voikko-analyses.json');
}

/** The analyses on disk made with this dictionary; none when the file is missing, broken or of another version. */
function readDisk(version: string): Record<string, VoikkoAnalysis[]> {
  try {
    const data = JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as {voikko?: string; keys?: string; analyses?: Record<string, VoikkoAnalysis[]>};
    if (data.voikko === version && data.keys === keys.join(',') && data.analyses) return data.analyses;
  } catch {}
  return {};
}

let lastWrite = 0;
let unwritten: string | undefined;
let exitHook = false;

/**
 * Saves the new analyses: at once, or, within 2 s of the last save, when the process exits (so
 * that a build asking for a few words at a time does not rewrite the file each time).
 */
function saveDisk(version: string): void {
  if (Date.now() - lastWrite > 2000) return writeDisk(version);
  if (!exitHook) process.once('exit', () => unwritten !== undefined && writeDisk(unwritten));
  exitHook = true;
  unwritten = version;
}

/** Writes every known analysis, with what another build may have added meanwhile, by rename. */
function writeDisk(version: string): void {
  unwritten = undefined;
  lastWrite = Date.now();
  const file = cacheFile();
  const analyses: Record<string, VoikkoAnalysis[]> = readDisk(version);
  for (const [word, list] of memo) analyses[word] = list;
  try {
    fs.mkdirSync(path.dirname(file), {recursive: true});
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({voikko: version, keys: keys.join(','), analyses}));
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time on the next build.
  }
}

function freeze(list: VoikkoAnalysis[]): VoikkoAnalysis[] {
  for (const analysis of list) Object.freeze(analysis);
  return Object.freeze(list) as VoikkoAnalysis[];
}

/** Voikko cannot read a word with a line break or a lone surrogate; nor is there such a Finnish word. */
const unreadable = /[\n\r\0]|\p{Surrogate}/u;

/**
 * Voikko's analyses of each word (the words as given, any case); [] for a word Voikko does not
 * know. Throws VoikkoMissing with a plain-words message when Voikko cannot run. Synchronous
 * (execFileSync), one python process per call, and none when every word is known already.
 * The arrays returned are shared and frozen. `{cached: false}` asks Voikko itself for every word,
 * and neither reads nor updates the caches (for tests).
 */
export function analyzeFinnish(words: readonly string[], options: {cached?: boolean} = {}): Map<string, VoikkoAnalysis[]> {
  const cached = options.cached ?? true;
  const result = new Map<string, VoikkoAnalysis[]>();
  const ask = new Set<string>();
  for (const word of words) {
    if (result.has(word)) continue;
    const known = cached ? memo.get(word) : undefined;
    if (known) result.set(word, known);
    else if (!word || unreadable.test(word)) result.set(word, freeze([]));
    else ask.add(word);
  }
  if (!ask.size) return result;

  const voikko = locate();
  if (typeof voikko === 'string') throw new VoikkoMissing(voikko);
  if (cached && !diskLoaded) {
    diskLoaded = true;
    for (const [word, list] of Object.entries(readDisk(voikko.version))) {
      if (!memo.has(word)) memo.set(word, freeze(list));
    }
    for (const word of ask) {
      const known = memo.get(word);
      if (known) {
        result.set(word, known);
        ask.delete(word);
      }
    }
    if (!ask.size) return result;
  }

  const found = runVoikko(voikko, [...ask]);
  for (const word of ask) {
    const list = freeze(found[word] ?? []);
    result.set(word, list);
    if (cached) memo.set(word, list);
  }
  if (cached) saveDisk(voikko.version);
  return result;
}

let available: boolean | undefined;

/** Whether Voikko runs here (asks it once per process). */
export function voikkoAvailable(): boolean {
  if (available === undefined) {
    const voikko = locate();
    try {
      available = typeof voikko !== 'string' && runVoikko(voikko, ['kissalle']).kissalle?.[0]?.BASEFORM === 'kissa';
    } catch {
      available = false;
    }
  }
  return available;
}

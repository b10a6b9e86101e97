// Makes Finnish morphology (Voikko) available to the build, without root and without touching
// the system: runs after `npm install` (package.json's "postinstall").
//
// If Voikko already works (the copy under node_modules/.cache/voikko/, or the system's
// python3-libvoikko with its libvoikko1 and voikko-fi), it does nothing. Otherwise it fetches
// Debian's packages with `apt-get download` into a temporary folder and extracts them with
// `dpkg-deb -x` into node_modules/.cache/voikko/ (lib/search/voikko.ts finds them there).
// When that cannot be done it says why and how to install Voikko, and still exits 0: a failed
// download must not fail `npm install`; the build says again what is missing if it needs Voikko.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cacheDir = path.join(root, 'node_modules', '.cache');
const target = path.join(cacheDir, 'voikko');
const analyzeScript = path.join(root, 'scripts', 'voikko-analyze.py');
const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const packages = ['libvoikko1', 'libhfstospell11', 'voikko-fi', 'python3-libvoikko'];
const howToInstall = 'To install it on the system instead: apt-get install libvoikko1 voikko-fi python3-libvoikko';

/** A setup that cannot be done: its message is printed once, and npm install goes on. */
class GiveUp extends Error {}
function giveUp(what) {
  throw new GiveUp(what);
}

/** The folders of an extracted copy (Debian's layout), or undefined when it is incomplete. */
function localCopy(dir) {
  const usrLib = path.join(dir, 'usr', 'lib');
  const pyDir = path.join(usrLib, 'python3', 'dist-packages');
  const dictDir = path.join(usrLib, 'voikko');
  let libDir;
  try {
    libDir = fs.readdirSync(usrLib).map((d) => path.join(usrLib, d)).find((d) => fs.readdirSync(d).some((f) => /^libvoikko\.so\.1(\.|$)/.test(f)));
  } catch {
    return undefined;
  }
  if (!libDir || !fs.existsSync(path.join(pyDir, 'libvoikko.py')) || !fs.existsSync(dictDir)) return undefined;
  return {libDir, pyDir, dictDir};
}

/** Debian's packages ship libX.so.N -> libX.so.N.M.P; makes that link where an extraction lacks it. */
function linkSonames(libDir) {
  for (const file of fs.readdirSync(libDir)) {
    const m = /^(lib[^.]+\.so\.\d+)\.[\d.]+$/.exec(file);
    if (m && !fs.existsSync(path.join(libDir, m[1]))) fs.symlinkSync(file, path.join(libDir, m[1]));
  }
}

/** Runs voikko-analyze.py on one word: undefined when Voikko works, else what went wrong. */
function probe(copy) {
  const env = {...process.env};
  if (copy) {
    Object.assign(env, {VOIKKO_LIB_DIR: copy.libDir, VOIKKO_PY_DIR: copy.pyDir, VOIKKO_DICT_DIR: copy.dictDir});
    env.LD_LIBRARY_PATH = [copy.libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  const run = spawnSync(python, ['-I', analyzeScript], {input: 'kissalle\n', env, encoding: 'utf8'});
  if (run.error) return `cannot run ${python}: ${run.error.message}`;
  if (run.status !== 0) return (run.stderr || `${python} exited with ${run.status}`).trim();
  try {
    if (JSON.parse(run.stdout).kissalle?.[0]?.BASEFORM === 'kissa') return undefined;
  } catch {}
  return `Voikko ran but did not analyse a test word: ${run.stdout.slice(0, 200)}`;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
}

/** Fetches Voikko into node_modules/.cache/voikko/ unless it works already; throws GiveUp. */
function setup() {
  const existing = localCopy(target);
  if (existing && !probe(existing)) return;
  if (!probe(undefined)) return; // the system's Voikko works

  if (!fs.existsSync(python) && !has(python)) giveUp(`${python} is missing (Debian's python3 runs Voikko's binding).`);
  if (!has('apt-get') || !has('dpkg-deb')) giveUp('apt-get and dpkg-deb are needed to fetch Voikko, and this system has no apt-get or dpkg-deb.');

  // libhfstospell11 needs libarchive13, which Debian systems normally have; fetch it too if not.
  const wanted = [...packages];
  const ldconfig = spawnSync('/sbin/ldconfig', ['-p'], {encoding: 'utf8'});
  if (ldconfig.status === 0 && !ldconfig.stdout.includes('libarchive.so.13')) wanted.push('libarchive13');

  fs.mkdirSync(cacheDir, {recursive: true});
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'voikko-debs-'));
  const staging = fs.mkdtempSync(path.join(cacheDir, 'voikko.partial-'));
  try {
    // As root, apt downloads as the user _apt, who cannot write into this private folder; it then
    // warns and downloads as root anyway. Asking for root from the start skips the warning.
    const aptOptions = process.getuid?.() === 0 ? ['-o', 'APT::Sandbox::User=root'] : [];
    const download = spawnSync('apt-get', [...aptOptions, '-q', 'download', ...wanted], {cwd: tmp, encoding: 'utf8'});
    if (download.error || download.status !== 0) {
      const said = `${download.error?.message ?? ''}${download.stderr ?? ''}`.trim();
      if (/Unable to locate package|has no installation candidate|Can't select/i.test(said)) {
        giveUp(`apt-get download found no ${wanted.join(', ')}: the package lists are missing or out of date. Run apt-get update (as root), then npm install again.\n  apt said: ${said.split('\n')[0]}`);
      }
      giveUp(`apt-get download ${wanted.join(' ')} failed:\n  ${said.split('\n').slice(0, 5).join('\n  ')}`);
    }
    const debs = fs.readdirSync(tmp).filter((f) => f.endsWith('.deb'));
    for (const deb of debs) execFileSync('dpkg-deb', ['-x', path.join(tmp, deb), staging], {stdio: ['ignore', 'ignore', 'pipe']});
    const copy = localCopy(staging);
    if (!copy) giveUp(`the downloaded packages (${debs.join(', ')}) did not hold libvoikko.so.1, libvoikko.py and the dictionary.`);
    linkSonames(copy.libDir);
    const problem = probe(copy);
    if (problem) giveUp(`Voikko was fetched but does not run:\n  ${problem}`);
    fs.rmSync(target, {recursive: true, force: true});
    fs.renameSync(staging, target);
    fs.chmodSync(target, 0o755); // dpkg-deb gives the folder the packages' mode; mkdtemp's was 0700
    console.log(`voikko-setup: Finnish morphology (Voikko) fetched into ${path.relative(root, target)}/ (${debs.join(', ')})`);
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
    fs.rmSync(staging, {recursive: true, force: true});
  }
}

try {
  setup();
} catch (e) {
  const what = e instanceof GiveUp ? e.message : `fetching Voikko failed: ${e?.message ?? e}`;
  console.warn(`voikko-setup: ${what}\n  Finnish search needs Voikko. ${howToInstall}\n  (or fix the above and run: node scripts/voikko-setup.mjs)`);
}

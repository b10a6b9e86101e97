import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isPayloadFile, stripRuntime} from '../../scripts/lib/html-first';

// A page as Next.js 16 exports it: runtime chunks, a script preload, the inline payloads, JSON-LD
// and an island.
const page = [
  '<!DOCTYPE html><html lang="fi"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script type="module" async="" src="/islands/copy-link-ABC123.js"></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><main><h1>Tampere</h1><p>Sopimus &amp; painopisteet</p></main>',
  '<script type="application/ld+json">{"@type":"GovernmentOrganization"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{}"])</script>',
  '</body></html>'
].join('');

describe('the HTML-first step', () => {
  it('removes the framework runtime and keeps the document, JSON-LD and islands byte for byte', () => {
    const {html, removed, problems} = stripRuntime(page);
    expect(problems).toEqual([]);
    expect(removed).toBe(6);
    expect(html).toBe(
      [
        '<!DOCTYPE html><html lang="fi"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
        '<script type="module" async="" src="/islands/copy-link-ABC123.js"></script>',
        '</head><body><main><h1>Tampere</h1><p>Sopimus &amp; painopisteet</p></main>',
        '<script type="application/ld+json">{"@type":"GovernmentOrganization"}</script>',
        '</body></html>'
      ].join('')
    );
  });

  it('names each script it does not recognise instead of letting it through', () => {
    const hostile = page.replace('</body>', '<script>alert(1)</script><script src="https://cdn.example/x.js"></script><link rel="modulepreload" href="/x.js"></body>');
    expect(stripRuntime(hostile).problems).toEqual([
      'a script the build does not recognise: an inline <script> starting "alert(1)"',
      'a script the build does not recognise: <script src="https://cdn.example/x.js">',
      'a script preload the build does not recognise: <link href="/x.js">'
    ]);
  });

  it('refuses a page whose content waits for client script', () => {
    const streamed = page.replace('<main>', '<main><!--$?--><template id="B:0"></template><!--/$-->');
    expect(stripRuntime(streamed).problems).toEqual([
      'part of the page is left for client script to fill in (a Suspense boundary that did not finish at build time)'
    ]);
  });

  it('knows the payload files of client navigation, and nothing else', () => {
    expect(['index.txt', '__next._tree.txt', '__next.$d$locale.__PAGE__.txt'].every(isPayloadFile)).toBe(true);
    expect(['robots.txt', 'index.html', 'rss.xml'].some(isPayloadFile)).toBe(false);
  });

  it('fails the build with the file and what it found', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'html-first-'));
    fs.mkdirSync(path.join(out, 'fi'));
    fs.writeFileSync(path.join(out, 'fi', 'index.html'), page.replace('</body>', '<script>track()</script></body>'));
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/html-first.ts'], {env: {...process.env, OUT_DIR: out}, stdio: 'pipe', encoding: 'utf8'});
    } catch (error) {
      const e = error as {status: number; stderr: string};
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`${path.relative(process.cwd(), path.join(out, 'fi', 'index.html'))}: a script the build does not recognise: an inline <script> starting "track()"`);
    // Nothing was deleted or rewritten on the way out.
    expect(fs.readFileSync(path.join(out, 'fi', 'index.html'), 'utf8')).toContain('self.__next_f');
    fs.rmSync(out, {recursive: true, force: true});
  });
});

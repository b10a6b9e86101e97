import {describe, expect, it} from 'vitest';
import {renderMarkdown} from '@/lib/markdown';

// Content is edited by people; whatever they paste must never reach a reader as script.
const hostile: Record<string, string> = {
  'a script tag': '<script>alert(1)</script>',
  'an event handler': '<img src="x.png" onerror="alert(1)">',
  'a javascript: link': '[click](javascript:alert(1))',
  'an entity-encoded javascript: link': '[click](jav&#x61;script:alert(1))',
  'a data: link': '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'an iframe': '<iframe src="https://example.com"></iframe>',
  'an svg with script': '<svg><script>alert(1)</script></svg>',
  'a javascript: image': '![x](javascript:alert(1))',
  'a style attribute': '<p style="background:url(javascript:alert(1))">x</p>',
  'a language mark with an event handler': ':fi[x]{onclick="alert(1)" style="color:red"}',
  'an unknown mark with an event handler': ':script[alert(1)]{onload="alert(1)"}',
  'a block mark': ':::script\nalert(1)\n:::'
};

describe('the markdown pipeline', () => {
  it.each(Object.entries(hostile))('drops %s', (_, input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<script|<iframe|<svg|\son\w+=|javascript:|data:text|style=/i);
  });

  it('keeps ordinary markdown: headings, lists, links and tables', () => {
    const html = renderMarkdown('## Heading\n\n- one\n- [link](/fi/agreements/tampere/)\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h2>Heading</h2>');
    expect(html).toContain('<a href="/fi/agreements/tampere/">link</a>');
    expect(html).toContain('<td>1</td>');
  });

  it('marks words in another language for screen readers', () => {
    expect(renderMarkdown('The :fi[Tampereen korkeakouluyhteisö] and :sv[Birkalands förbund].')).toBe(
      '<p>The <span lang="fi">Tampereen korkeakouluyhteisö</span> and <span lang="sv">Birkalands förbund</span>.</p>'
    );
  });

  it('leaves every other colon as the editor wrote it', () => {
    const text = 'TEM:n ja EU:n tuki, S:t Michel, klo 13:33, suhde 1:2 ja a:b{c}.';
    expect(renderMarkdown(text)).toBe(`<p>${text}</p>`);
  });

  it('shows an entry named by its slug as a link under its name in the page language', () => {
    const resolve = (kind: string, slug: string) => (kind === 'agreement' && slug === 'kuopio' ? {title: 'Kuopio', href: '/sv/agreements/kuopio/'} : undefined);
    const problems: string[] = [];
    expect(renderMarkdown('Se :agreement[kuopio].', {resolve, report: (m) => problems.push(m)})).toBe('<p>Se <a href="/sv/agreements/kuopio/">Kuopio</a>.</p>');
    expect(problems).toEqual([]);
    expect(renderMarkdown('Se :theme[health].', {resolve, report: (m) => problems.push(m)})).toBe('<p>Se health.</p>');
    expect(problems).toEqual(['":theme[health]" names a theme "health" that does not exist; write the slug of an existing one (its folder name)']);
  });
});

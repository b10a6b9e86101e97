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
  'a style attribute': '<p style="background:url(javascript:alert(1))">x</p>'
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
});

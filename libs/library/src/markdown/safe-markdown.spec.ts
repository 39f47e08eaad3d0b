import { markdownToText, renderMarkdown, safeHref } from './safe-markdown';

/** Every tag the renderer may write; anything else in the output is a hole. */
const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'strong',
  'em',
  'a',
  'hr',
]);

function tagsOf(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: m[2],
  }));
}

function assertSafe(html: string): void {
  for (const { name, attributes } of tagsOf(html)) {
    expect(ALLOWED_TAGS.has(name)).toBe(true);
    const names = [...attributes.matchAll(/\s([^\s=]+)=/g)].map((m) => m[1].toLowerCase());
    for (const attribute of names) expect(['href', 'rel', 'class', 'start']).toContain(attribute);
  }
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    expect(href).toMatch(/^(https?:\/\/|mailto:|\/(?!\/)|#)/);
  }
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
}

describe('renderMarkdown', () => {
  it('renders the common Markdown a resource is written in', () => {
    const html = renderMarkdown(
      '# Zig-zag kilns\n\nA **kiln** is _converted_ in `6 weeks`.\n\n- fewer bricks lost\n- less coal\n\n1. plan\n2. build\n\n> Ask the owners first.\n\n[Guide](https://example.org/guide?a=1&b=2) and <https://example.org/x>\n\n```\n<b>raw</b>\n```\n\n---',
    );
    expect(html).toBe(
      [
        '<h2>Zig-zag kilns</h2>',
        '<p>A <strong>kiln</strong> is <em>converted</em> in <code>6 weeks</code>.</p>',
        '<ul><li>fewer bricks lost</li><li>less coal</li></ul>',
        '<ol><li>plan</li><li>build</li></ol>',
        '<blockquote><p>Ask the owners first.</p></blockquote>',
        '<p><a href="https://example.org/guide?a=1&amp;b=2" rel="noopener noreferrer nofollow">Guide</a> and <a href="https://example.org/x" rel="noopener noreferrer nofollow">https://example.org/x</a></p>',
        '<pre><code>&lt;b&gt;raw&lt;/b&gt;</code></pre>',
        '<hr>',
      ].join('\n'),
    );
  });

  it('shows raw HTML as text: no script, no event handler, no iframe survives', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
      '<img src=x onerror=alert(1)>',
      '<svg/onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<div style="background:url(javascript:alert(1))">x</div>',
      '**<script>alert(1)</script>**',
      '[<img src=x onerror=alert(1)>](https://example.org)',
      '`<script>` <scr<script>ipt>alert(1)</script>',
      '<<script>script>alert(1)<</script>/script>',
      '<p onmouseover="alert(1)">hover</p>',
    ];
    for (const attack of attacks) {
      const html = renderMarkdown(attack);
      assertSafe(html);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<iframe');
    }
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('never links to javascript:, vbscript: or data: URLs, however they are spelled', () => {
    const urls = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java%0ascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      '//evil.example/x',
      '\\\\evil.example\\x',
      'https://x.example/"onmouseover="alert(1)',
      'javascript://%0aalert(1)',
    ];
    for (const url of urls) {
      const html = renderMarkdown(`[click](${url}) and <${url}> and ![img](${url})`);
      assertSafe(html);
      expect(html).not.toMatch(/<a /);
    }
  });

  it('keeps safe links: https, mailto, same-site paths and fragments', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('mailto:team@example.org')).toBe('mailto:team@example.org');
    expect(safeHref('/technologies/abc')).toBe('/technologies/abc');
    expect(safeHref('#part-2')).toBe('#part-2');
    expect(safeHref('ftp://example.org')).toBeNull();
    expect(renderMarkdown('[Technology](/technologies/abc)')).toBe(
      '<p><a href="/technologies/abc" rel="noopener noreferrer nofollow">Technology</a></p>',
    );
  });

  it('escapes quotes and ampersands in text and Chinese stays as written', () => {
    expect(renderMarkdown('砖窑 "zig-zag" & <b>')).toBe('<p>砖窑 &quot;zig-zag&quot; &amp; &lt;b&gt;</p>');
  });

  it('gives search documents the words without the markup', () => {
    expect(markdownToText('## Title\n\n**Bold** [link](https://x.example) `code`\n- item')).toBe(
      'Title Bold link code item',
    );
  });
});

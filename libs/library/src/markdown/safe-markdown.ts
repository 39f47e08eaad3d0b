/**
 * A small Markdown renderer that is safe by construction: nothing of the source reaches the output
 * except as escaped text or through the handful of tags written here. Raw HTML in the source is shown as
 * text, never interpreted; links keep only http(s), mailto, same-site paths and fragments; no attribute
 * other than `href` and `rel` (and `class` on code blocks) is ever written.
 *
 * Supported: headings (`#` to `######`; `#` becomes h2, under the page's own h1), paragraphs,
 * hard line breaks within a paragraph, `-`/`*`/`+` and numbered lists (one level), `>` quotes, fenced and
 * indented code, `---` rules, `**strong**`, `*em*`/`_em_`, `` `code` ``, `[text](url)` and bare
 * `<https://…>` links. Images are shown as links (pages never load third-party content).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** Control characters and whitespace browsers ignore inside a URL scheme (`java\tscript:`). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/** The URL as written when it is safe to link to; null otherwise (the text is then shown as is). */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  if (url === '' || url.length > 2000 || /[\s<>"'`\\]/.test(url) || URL_NOISE.test(url)) return null;
  if (url.startsWith('#')) return url;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return null;
  const name = scheme[1].toLowerCase();
  if (name === 'http' || name === 'https') {
    try {
      new URL(url);
      return url;
    } catch {
      return null;
    }
  }
  if (name === 'mailto') return /^mailto:[^@/?#]+@[^@/?#]+$/i.test(url) ? url : null;
  return null;
}

const link = (href: string, textHtml: string) =>
  `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${textHtml}</a>`;

/** Inline Markdown of one block's text, escaped piece by piece. */
export function renderInline(text: string, depth = 0): string {
  if (depth > 8) return escapeHtml(text);
  let out = '';
  let rest = text;
  const INLINE =
    /(`+)([\s\S]*?[^`])\1(?!`)|!?\[((?:[^[\]]|\[[^[\]]*\])*)\]\(\s*([^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+"[^"]*")?\s*\)|<((?:https?:\/\/|mailto:)[^\s<>]+)>|\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__|\*(?=[^\s*])([\s\S]*?[^\s*])\*|(?<![\p{L}\p{N}])_(?=[^\s_])([\s\S]*?[^\s_])_(?![\p{L}\p{N}])|\\([\\`*_{}[\]()#+\-.!<>])|( {2,}|\\)\n/u;
  for (;;) {
    const match = INLINE.exec(rest);
    if (!match) break;
    out += escapeHtml(rest.slice(0, match.index));
    const [whole, , code, linkText, linkUrl, autoLink, strong1, strong2, em1, em2, escaped, hardBreak] =
      match;
    if (code !== undefined) out += `<code>${escapeHtml(code.replace(/^ (.*) $/s, '$1'))}</code>`;
    else if (linkText !== undefined) {
      const href = safeHref(linkUrl ?? '');
      const inner = renderInline(linkText, depth + 1);
      out += href === null ? escapeHtml(whole) : link(href, inner === '' ? escapeHtml(href) : inner);
    } else if (autoLink !== undefined) {
      const href = safeHref(autoLink);
      out += href === null ? escapeHtml(whole) : link(href, escapeHtml(href));
    } else if (strong1 !== undefined || strong2 !== undefined)
      out += `<strong>${renderInline(strong1 ?? strong2, depth + 1)}</strong>`;
    else if (em1 !== undefined || em2 !== undefined) out += `<em>${renderInline(em1 ?? em2, depth + 1)}</em>`;
    else if (escaped !== undefined) out += escapeHtml(escaped);
    else if (hardBreak !== undefined) out += '<br>\n';
    rest = rest.slice(match.index + whole.length);
  }
  return out + escapeHtml(rest);
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*([\w+-]*)[^`]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const INDENTED = /^(?: {4}|\t)(.*)$/;
const blank = (line: string) => line.trim() === '';

/** Markdown to HTML holding only the tags listed above; the input may be anything a user typed. */
export function renderMarkdown(source: string, depth = 0): string {
  const lines = source.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\uFFFD').split('\n');
  const blocks: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (blank(line)) {
      i += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const closing = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
      const code: string[] = [];
      i += 1;
      while (i < lines.length && !closing.test(lines[i])) code.push(lines[i++]);
      i += 1;
      const language = fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : '';
      blocks.push(`<pre><code${language}>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (INDENTED.test(line)) {
      const code: string[] = [];
      while (
        i < lines.length &&
        (INDENTED.test(lines[i]) || (blank(lines[i]) && INDENTED.test(lines[i + 1] ?? '')))
      ) {
        code.push((INDENTED.exec(lines[i])?.[1] ?? '').trimEnd());
        i += 1;
      }
      blocks.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      // The page's title is the only h1: `#` and `##` both open a section (h2), deeper ones follow.
      const level = Math.max(heading[1].length, 2);
      blocks.push(`<h${level}>${renderInline(heading[2])}</h${level}>`);
      i += 1;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push('<hr>');
      i += 1;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && !blank(lines[i])) {
        quoted.push(QUOTE.exec(lines[i])?.[1] ?? lines[i]);
        i += 1;
      }
      const inner =
        depth < 4
          ? renderMarkdown(quoted.join('\n'), depth + 1)
          : `<p>${renderInline(quoted.join('\n'))}</p>`;
      blocks.push(`<blockquote>${inner}</blockquote>`);
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const pattern = bullet ? BULLET : ORDERED;
      const items: string[] = [];
      while (i < lines.length && !blank(lines[i])) {
        const item = pattern.exec(lines[i]);
        if (item) items.push(bullet ? item[1] : item[2]);
        else if (items.length > 0) items[items.length - 1] += `\n${lines[i].trim()}`;
        i += 1;
      }
      const start = ordered && ordered[1] !== '1' ? ` start="${Number(ordered[1])}"` : '';
      const tag = bullet ? 'ul' : 'ol';
      blocks.push(
        `<${tag}${start}>${items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${tag}>`,
      );
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      !blank(lines[i]) &&
      !(
        paragraph.length > 0 &&
        (HEADING.test(lines[i]) ||
          FENCE.test(lines[i]) ||
          QUOTE.test(lines[i]) ||
          BULLET.test(lines[i]) ||
          RULE.test(lines[i]))
      )
    ) {
      paragraph.push(lines[i].replace(/^[ \t]+/, ''));
      i += 1;
    }
    blocks.push(`<p>${renderInline(paragraph.join('\n'))}</p>`);
  }
  return blocks.join('\n');
}

/** The words of a Markdown text without its markup, for search documents and excerpts. */
export function markdownToText(source: string): string {
  return source
    .replace(/```[^\n]*\n?|~~~[^\n]*\n?/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}(#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

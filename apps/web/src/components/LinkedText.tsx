import { Fragment } from 'react';

/**
 * Plain text with its http(s) links (as the API lists them) made clickable. Everything is rendered as text
 * nodes, never as HTML, and only the listed URLs become anchors, so no message can inject markup or a
 * `javascript:` link.
 */
export function LinkedText({ text, links }: { text: string; links: readonly string[] }) {
  const parts = splitByLinks(text, links);
  return (
    <>
      {parts.map((part, index) =>
        part.link ? (
          <a key={index} href={part.text} target="_blank" rel="noopener noreferrer nofollow ugc">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

export function splitByLinks(text: string, links: readonly string[]): { text: string; link: boolean }[] {
  const safe = links.filter((link) => /^https?:\/\//i.test(link));
  const parts: { text: string; link: boolean }[] = [];
  let rest = text;
  for (;;) {
    const next = safe
      .map((link) => ({ link, at: rest.indexOf(link) }))
      .filter((candidate) => candidate.at >= 0)
      .sort((a, b) => a.at - b.at || b.link.length - a.link.length)[0];
    if (!next) break;
    if (next.at > 0) parts.push({ text: rest.slice(0, next.at), link: false });
    parts.push({ text: next.link, link: true });
    rest = rest.slice(next.at + next.link.length);
  }
  if (rest) parts.push({ text: rest, link: false });
  return parts;
}

import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkedText, splitByLinks } from './LinkedText';

afterEach(cleanup);

describe('LinkedText', () => {
  it('renders markup as text and only the listed http(s) URLs as links', () => {
    const text = 'See https://example.org/a?b=1 <img src=x onerror=alert(1)> javascript:alert(1)';
    const { container } = render(
      <p>
        <LinkedText text={text} links={['https://example.org/a?b=1', 'javascript:alert(1)']} />
      </p>,
    );
    expect(container.querySelectorAll('img')).toHaveLength(0);
    const anchors = [...container.querySelectorAll('a')];
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a?b=1']);
    expect(anchors[0].getAttribute('rel')).toContain('noopener');
    expect(container.textContent).toBe(text);
  });

  it('splits around every occurrence of a link', () => {
    expect(splitByLinks('a http://x.org b http://x.org', ['http://x.org'])).toEqual([
      { text: 'a ', link: false },
      { text: 'http://x.org', link: true },
      { text: ' b ', link: false },
      { text: 'http://x.org', link: true },
    ]);
  });
});

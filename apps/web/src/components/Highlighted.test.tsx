import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEntities, Highlighted, highlightSegments } from './Highlighted';

afterEach(cleanup);

describe('Highlighted', () => {
  it('renders the API highlight with <mark> and nothing else', () => {
    const { container } = render(
      <p>
        <Highlighted
          html={'<mark>Electrostatic</mark> precipitator &amp; <mark>ESP</mark> &lt;b&gt;'}
          text="plain"
        />
      </p>,
    );
    expect(container.innerHTML).toBe(
      '<p><mark>Electrostatic</mark> precipitator &amp; <mark>ESP</mark> &lt;b&gt;</p>',
    );
  });

  it('never turns other markup into elements, even if the API failed to escape it', () => {
    const { container } = render(
      <p>
        <Highlighted
          html={'<img src=x onerror=alert(1)><mark>dust</mark><script>alert(2)</script>'}
          text=""
        />
      </p>,
    );
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>dust<script>alert(2)</script>');
  });

  it('falls back to the plain text when there is no highlight', () => {
    const { container } = render(<Highlighted text="Bag filter" />);
    expect(container.innerHTML).toBe('Bag filter');
  });

  it('splits segments and decodes entities, including CJK text', () => {
    expect(highlightSegments('<MARK>静电</MARK>除尘 &#39;x&#x27;')).toEqual([
      { text: '静电', marked: true },
      { text: "除尘 'x'", marked: false },
    ]);
    expect(decodeEntities('&unknown; &#0; &quot;ok&quot;')).toBe('&unknown; &#0; "ok"');
  });
});

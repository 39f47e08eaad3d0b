import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, renderPage, TAXONOMY } from '../../test-support/render';
import { SearchPage } from './SearchPage';

const NO_HITS = { items: [], total: 0, page: 1, limit: 20, facets: { pollutants: { 'pm2.5': 3, so2: 0 } } };

/** fetch answering the taxonomy at once and each search with the next of `answers` (a promise it may hold). */
function stubSearch(answers: (() => Promise<Response>)[]) {
  const searches: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.startsWith('/api/v1/taxonomy')) return json(200, TAXONOMY);
      searches.push(url);
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected request ${url}`);
      return answer();
    }),
  );
  return searches;
}

const pm25Count = () =>
  screen
    .getByRole('checkbox', { name: /^PM2\.5/ })
    .closest('label')
    ?.querySelector('.count');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('search page while results load', () => {
  it('holds their place and shows no facet counts until they are in (never a wrong 0)', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubSearch([() => new Promise<Response>((resolve) => (answer = resolve))]);
    renderPage('/search?q=filter', '/search', <SearchPage />);

    await screen.findByRole('checkbox', { name: /^PM2\.5/ });
    expect(pm25Count()).toBeNull();
    expect(document.querySelector('.placeholder--card')).not.toBeNull();
    expect(document.querySelector('.results-count')?.textContent).toBe('');

    answer(json(200, NO_HITS));
    await waitFor(() => expect(pm25Count()?.textContent).toBe('3'));
    expect(document.querySelector('.placeholder')).toBeNull();
  });

  it('offers "Try again" when the server cannot be reached, and shows the results once it can', async () => {
    const searches = stubSearch([
      () => Promise.reject(new TypeError('Failed to fetch')),
      async () => json(200, NO_HITS),
    ]);
    renderPage('/search?q=filter', '/search', <SearchPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByText(/No technology matches/);
    expect(searches).toHaveLength(2);
    expect(document.querySelector('.placeholder')).toBeNull();
  });
});

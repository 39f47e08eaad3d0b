import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, renderPage, stubApi, TAXONOMY } from '../../test-support/render';
import { ListingEditorPage } from './ListingEditorPage';

const INVALID = {
  type: 'https://3ipet.org/problems/validation',
  title: 'Validation failed',
  status: 400,
  detail: 'The request has invalid fields.',
  errors: [
    {
      field: 'capitalCostMaxUsd',
      rule: 'notBelow',
      message: 'capitalCostMaxUsd must not be less than capitalCostMinUsd',
    },
    { field: 'summary', rule: 'notBlank', message: 'summary must not be blank' },
    { field: 'referenceProjects.0.year', rule: 'max', message: 'year must not be greater than 2100' },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function fillAndSave(title: string) {
  fireEvent.change(await screen.findByLabelText(/^Title/), { target: { value: title } });
  fireEvent.change(screen.getByLabelText(/Capital cost from/), { target: { value: '50000' } });
  fireEvent.change(screen.getByLabelText(/Capital cost up to/), { target: { value: '1000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a reference project' }));
  fireEvent.change(screen.getByLabelText(/^Year/), { target: { value: '3000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
}

describe('listing editor', () => {
  it('checks the form in the browser with the API’s rules: words at each field, focus on the first, nothing sent', async () => {
    const calls = stubApi({
      'GET /api/v1/taxonomy': () => json(200, TAXONOMY),
      'POST /api/v1/technologies': () => json(400, INVALID, 'application/problem+json'),
    });
    renderPage('/vendor/listings/new', '/vendor/listings/new', <ListingEditorPage />);
    await fillAndSave('ES');
    const title = screen.getByLabelText(/^Title/);
    const titleError = await screen.findByText('Use at least 5 characters.');
    expect(title).toHaveProperty('ariaInvalid', 'true');
    expect(title.getAttribute('aria-describedby')).toContain(titleError.closest('ul')!.id);
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(
      within(screen.getByLabelText(/^Summary/).closest('.field') as HTMLElement).getByText('Required.'),
    ).toBeTruthy();
    expect(
      within(screen.getByLabelText(/^Year/).closest('.field') as HTMLElement).getByText(
        `A finished project cannot be later than ${new Date().getFullYear()}.`,
      ),
    ).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
  }, 20_000);

  it('says it in Chinese when the UI is Chinese', async () => {
    stubApi({
      'GET /api/v1/taxonomy': () => json(200, TAXONOMY),
      'POST /api/v1/technologies': () => json(400, INVALID, 'application/problem+json'),
    });
    renderPage('/vendor/listings/new', '/vendor/listings/new', <ListingEditorPage />, 'zh');
    fireEvent.change(await screen.findByLabelText(/^标题/), { target: { value: 'ESP' } });
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('至少 5 个字符。')).toBeTruthy();
    expect(screen.getByRole('option', { name: '静电除尘器' })).toBeTruthy();
  });
});

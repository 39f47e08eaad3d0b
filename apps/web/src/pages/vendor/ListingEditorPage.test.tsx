import { cleanup, fireEvent, screen, within } from '@testing-library/react';
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

async function fillAndSave() {
  fireEvent.change(await screen.findByLabelText(/^Title/), { target: { value: 'ESP retrofit' } });
  fireEvent.change(screen.getByLabelText(/Capital cost from/), { target: { value: '50000' } });
  fireEvent.change(screen.getByLabelText(/Capital cost up to/), { target: { value: '1000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a reference project' }));
  fireEvent.change(screen.getByLabelText(/^Year/), { target: { value: '3000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
}

describe('listing editor', () => {
  it('shows each problem+json field error at its field, linked to the input', async () => {
    const calls = stubApi({
      'GET /api/v1/taxonomy': () => json(200, TAXONOMY),
      'POST /api/v1/technologies': () => json(400, INVALID, 'application/problem+json'),
    });
    renderPage('/vendor/listings/new', '/vendor/listings/new', <ListingEditorPage />);
    await fillAndSave();

    const costMax = screen.getByLabelText(/Capital cost up to/);
    const costError = await screen.findByText('Must not be less than the minimum.');
    expect(costMax).toHaveProperty('ariaInvalid', 'true');
    expect(costMax.getAttribute('aria-describedby')).toContain(costError.closest('ul')!.id);
    expect(
      within(costMax.closest('.field') as HTMLElement).getByText('Must not be less than the minimum.'),
    ).toBeTruthy();

    expect(
      within(screen.getByLabelText(/^Summary/).closest('.field') as HTMLElement).getByText('Required.'),
    ).toBeTruthy();
    expect(
      within(screen.getByLabelText(/^Year/).closest('.field') as HTMLElement).getByText(
        'Must be at most 2100.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Please correct the 3 fields marked below.');

    const sent = calls.find((call) => call.method === 'POST');
    expect(sent?.body).toMatchObject({
      title: 'ESP retrofit',
      capitalCostMinUsd: 50000,
      capitalCostMaxUsd: 1000,
    });
  });

  it('says it in Chinese when the UI is Chinese', async () => {
    stubApi({
      'GET /api/v1/taxonomy': () => json(200, TAXONOMY),
      'POST /api/v1/technologies': () => json(400, INVALID, 'application/problem+json'),
    });
    renderPage('/vendor/listings/new', '/vendor/listings/new', <ListingEditorPage />, 'zh');
    fireEvent.change(await screen.findByLabelText(/^标题/), { target: { value: 'ESP' } });
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('不能小于最小值。')).toBeTruthy();
    expect(screen.getByRole('option', { name: '静电除尘器' })).toBeTruthy();
  });
});

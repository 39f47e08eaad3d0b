// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { queryString } from '../api/client';
import {
  apiQueryFromFilters,
  EMPTY_FILTERS,
  filtersFromSavedQuery,
  filtersFromSearch,
  savedQueryFromFilters,
  searchFromFilters,
  withListValueToggled,
} from './technology-filters';

describe('technology filters in the query string', () => {
  it('round-trips every filter through a readable, stable URL', () => {
    const filters = {
      ...EMPTY_FILTERS,
      q: 'brick kiln dust',
      pollutants: ['pm2.5', 'black-carbon'],
      sectors: ['industry.brick-kilns'],
      category: ['kiln-conversion'],
      countries: ['NP', 'IN'],
      trlMin: 6,
      costMax: 250000,
      sort: 'newest' as const,
      page: 3,
    };
    const search = searchFromFilters(filters);
    expect(search).toBe(
      '?q=brick%20kiln%20dust&category=kiln-conversion&pollutants=black-carbon,pm2.5&sectors=industry.brick-kilns' +
        '&countries=IN,NP&trlMin=6&costMax=250000&sort=newest&page=3',
    );
    expect(filtersFromSearch(search)).toEqual({
      ...filters,
      pollutants: ['black-carbon', 'pm2.5'],
      countries: ['IN', 'NP'],
    });
  });

  it('leaves defaults out, so the plain search page has a plain URL', () => {
    expect(searchFromFilters(EMPTY_FILTERS)).toBe('');
    expect(filtersFromSearch('')).toEqual(EMPTY_FILTERS);
  });

  it('drops malformed values instead of failing, and reads repeated keys as a list', () => {
    const filters = filtersFromSearch(
      '?trlMin=12&costMax=-5&page=zero&sort=cheapest&pollutants=so2&pollutants=nox,,so2&countries=np',
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, pollutants: ['so2', 'nox'], countries: ['NP'] });
  });

  it('keeps non-Latin text intact (静电除尘)', () => {
    expect(filtersFromSearch(searchFromFilters({ ...EMPTY_FILTERS, q: '静电除尘' })).q).toBe('静电除尘');
  });

  it('goes back to page 1 when a facet value is toggled', () => {
    const on = withListValueToggled({ ...EMPTY_FILTERS, page: 4 }, 'sectors', 'industry.cement');
    expect(on).toMatchObject({ sectors: ['industry.cement'], page: 1 });
    expect(withListValueToggled(on, 'sectors', 'industry.cement').sectors).toEqual([]);
  });

  it('asks the API with comma lists and without defaults', () => {
    const query = apiQueryFromFilters({ ...EMPTY_FILTERS, q: ' esp ', pollutants: ['pm10', 'pm2.5'] }, 10);
    expect(queryString(query)).toBe('?q=esp&pollutants=pm10,pm2.5&page=1&limit=10');
  });

  it('saves what chooses the results, not the sort or page, and reads it back', () => {
    const filters = {
      ...EMPTY_FILTERS,
      q: 'FGD',
      countries: ['LK'],
      trlMin: 7,
      sort: 'trl' as const,
      page: 2,
    };
    const saved = savedQueryFromFilters(filters);
    expect(saved).toEqual({ q: 'FGD', countries: ['LK'], trlMin: 7 });
    expect(filtersFromSavedQuery(saved)).toEqual({
      ...EMPTY_FILTERS,
      q: 'FGD',
      countries: ['LK'],
      trlMin: 7,
    });
    expect(filtersFromSavedQuery({ pollutants: 'so2,nox' as unknown as string[] }).pollutants).toEqual([
      'so2',
      'nox',
    ]);
  });
});

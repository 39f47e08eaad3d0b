import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Taxonomy } from '../api/types';
import { setupI18n, type UiLanguage } from '../i18n';
import { zh } from '../i18n/zh';

/** Renders one page at a URL with a fresh query cache, as the app would. */
export function renderPage(
  path: string,
  pattern: string,
  element: ReactElement,
  language: UiLanguage = 'en',
) {
  setupI18n(language, { zh });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: pattern, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    {
      initialEntries: [path],
    },
  );
  return {
    router,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}

export interface FakeCall {
  method: string;
  path: string;
  body: unknown;
}

/** Replaces fetch with a handler per "METHOD /path" (query string ignored). */
export function stubApi(handlers: Record<string, (call: FakeCall) => Response>) {
  const calls: FakeCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input).split('?')[0];
      const method = init?.method ?? 'GET';
      const call = { method, path, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined };
      calls.push(call);
      const handler = handlers[`${method} ${path}`];
      return handler
        ? handler(call)
        : json(404, { title: 'Not found', status: 404 }, 'application/problem+json');
    }),
  );
  return calls;
}

export const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

export const TAXONOMY: Taxonomy = {
  pollutants: [
    { id: 'pm2.5', label: 'PM2.5', labelZh: '细颗粒物', description: 'Fine particles' },
    { id: 'so2', label: 'SO2', labelZh: '二氧化硫', description: 'Sulphur dioxide' },
  ],
  sectors: [{ id: 'industry', label: 'Industry', subSectors: [{ id: 'industry.cement', label: 'Cement' }] }],
  categoryGroups: [
    {
      id: 'end-of-pipe',
      label: 'End-of-pipe control',
      categories: [{ id: 'end-of-pipe.esp', label: 'Electrostatic precipitators', labelZh: '静电除尘器' }],
    },
  ],
  trl: [
    { level: 8, definition: 'System complete and qualified' },
    { level: 9, definition: 'Actual system proven in operational environment' },
  ],
  dealTypes: [{ id: 'sale', label: 'Sale' }],
  countries: [
    { id: 'NP', name: 'Nepal', region: 'Asia' },
    { id: 'IN', name: 'India', region: 'Asia' },
  ],
  languages: [
    { id: 'en', label: 'English', nativeLabel: 'English' },
    { id: 'zh', label: 'Chinese', nativeLabel: '中文' },
  ],
  prerequisites: [{ id: 'grid-power', label: 'Needs grid power', kind: 'gridPower' }],
  fuels: [{ id: 'natural-gas', label: 'Natural gas', lowSulphur: true, gas: true }],
};

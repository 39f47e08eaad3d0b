import type { MatrixRow } from '../matrix';

const everyone = (status: number) => ({ anonymous: status, vendor: status, agency: status, admin: status });

/** Infrastructure routes: probes and the API document answer anyone, with or without a token. */
export const rows: MatrixRow[] = [
  { method: 'GET', path: '/health/live', expect: everyone(200) },
  { method: 'GET', path: '/health/ready', expect: everyone(200) },
  { method: 'GET', path: '/api/openapi.json', expect: everyone(200), undocumented: true },
];

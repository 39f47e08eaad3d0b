import type { IncomingMessage } from 'node:http';
import { requestIdOf } from './logging';

const requestWith = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('request ids', () => {
  it('keeps a sane id the caller sent and replaces any other', () => {
    expect(requestIdOf(requestWith({ 'x-request-id': 'trace-42.a:b_c' }))).toBe('trace-42.a:b_c');
    expect(requestIdOf(requestWith({ 'x-request-id': 'bad id' }))).toMatch(/^[0-9a-f]{24}$/);
    expect(requestIdOf(requestWith({ 'x-request-id': 'x'.repeat(129) }))).toMatch(/^[0-9a-f]{24}$/);
  });

  it('makes 96-bit random ids, all different, across many draws of the pool', () => {
    const made = Array.from({ length: 2_000 }, () => requestIdOf(requestWith({})));
    for (const id of made) expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set(made).size).toBe(made.length);
  });
});

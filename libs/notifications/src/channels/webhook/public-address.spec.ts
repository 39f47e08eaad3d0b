import type { LookupAddress } from 'node:dns';
import {
  PrivateAddressError,
  hostOf,
  isPublicAddress,
  privateHostProblem,
  publicOnlyLookup,
} from './public-address';

describe('webhook targets', () => {
  it.each([
    ['8.8.8.8', true],
    ['172.32.0.1', true],
    ['2001:4860:4860::8888', true],
    ['::ffff:8.8.8.8', true],
    ['10.1.2.3', false],
    ['127.0.0.1', false],
    ['127.9.9.9', false],
    ['169.254.169.254', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['::ffff:10.0.0.1', false],
    ['::FFFF:127.0.0.1', false],
    ['partner.example.org', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('tells the hosts that are never public without asking DNS', () => {
    expect(privateHostProblem(hostOf('http://127.0.0.1:8080/hook'))).toMatch(/not a public address/);
    expect(privateHostProblem(hostOf('http://[::1]/hook'))).toMatch(/not a public address/);
    expect(privateHostProblem(hostOf('https://LOCALHOST/hook'))).toMatch(/local host/);
    expect(privateHostProblem(hostOf('https://metadata.google.internal/'))).toMatch(/local host/);
    expect(privateHostProblem(hostOf('https://printer.local/'))).toMatch(/local host/);
    expect(privateHostProblem(hostOf('https://partner.example.org/hook'))).toBeUndefined();
    expect(privateHostProblem(hostOf('https://93.184.216.34/hook'))).toBeUndefined();
  });

  it('refuses, in the connection’s own lookup, a name that resolves to a private address', async () => {
    const answer = await new Promise<{ error: Error | null; addresses: unknown }>((resolve) =>
      publicOnlyLookup('localhost', { all: true }, (error, addresses) => resolve({ error, addresses })),
    );
    expect(answer.error).toBeInstanceOf(PrivateAddressError);
    expect(answer.error?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
    expect(answer.addresses as LookupAddress[]).toEqual([]);
  });

  it('passes DNS failures on as they are', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      publicOnlyLookup('no-such-host.invalid', {}, (failure) => resolve(failure)),
    );
    expect(error).not.toBeInstanceOf(PrivateAddressError);
    expect((error as NodeJS.ErrnoException).code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});

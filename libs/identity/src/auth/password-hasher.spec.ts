import { ConfigError, loadConfig } from '@3ipet/config';
import { PasswordHasher } from './password-hasher';

const parametersOf = (hash: string) =>
  Object.fromEntries(
    hash
      .split('$')[3]
      .split(',')
      .map((pair) => pair.split('=')),
  );

describe('PasswordHasher', () => {
  it('uses argon2id with the OWASP cost outside tests', async () => {
    const hasher = new PasswordHasher(loadConfig({ NODE_ENV: 'development' }));
    const hash = await hasher.hash('correct horse battery staple');
    expect(hash.startsWith('$argon2id$v=19$')).toBe(true);
    expect(parametersOf(hash)).toEqual({ m: '19456', t: '2', p: '1' });
    expect(await hasher.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(hash, 'Correct horse battery staple')).toBe(false);
  });

  it('may hash cheaply under NODE_ENV=test, still with argon2id, and flags such hashes for an upgrade', async () => {
    const cheap = new PasswordHasher(loadConfig({ NODE_ENV: 'test' }));
    const hash = await cheap.hash('pw-123456');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(cheap.needsRehash(hash)).toBe(false);
    expect(
      new PasswordHasher(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).needsRehash(
        hash,
      ),
    ).toBe(true);
  });

  it('refuses the cheap profile anywhere but in tests', () => {
    expect(() => loadConfig({ NODE_ENV: 'development', PASSWORD_HASH_PROFILE: 'fast-test' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ PASSWORD_HASH_PROFILE: 'md5' })).toThrow(/PASSWORD_HASH_PROFILE/);
    expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_PROFILE: 'owasp' }).passwordHashProfile).toBe(
      'owasp',
    );
  });

  it('fails a password checked without an account, after doing the same work', async () => {
    const hasher = new PasswordHasher(loadConfig({ NODE_ENV: 'test' }));
    hasher.onModuleInit();
    expect(await hasher.verifyWithoutAccount('anything')).toBe(false);
  });
});

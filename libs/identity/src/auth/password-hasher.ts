import { randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig, PasswordHashProfile } from '@3ipet/config';

export interface Argon2Cost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** argon2id costs. `owasp` is the OWASP Password Storage Cheat Sheet's first option (19 MiB, 2 passes, 1 lane). */
export const ARGON2_PROFILES: Record<PasswordHashProfile, Argon2Cost> = {
  owasp: { memoryCost: 19456, timeCost: 2, parallelism: 1 },
  'fast-test': { memoryCost: 1024, timeCost: 1, parallelism: 1 },
};

@Injectable()
export class PasswordHasher implements OnModuleInit {
  readonly cost: Argon2Cost;
  private dummyHash?: Promise<string>;

  constructor(config: AppConfig) {
    this.cost = ARGON2_PROFILES[config.passwordHashProfile];
  }

  onModuleInit(): void {
    this.dummyHash = this.hash(randomBytes(18).toString('base64url'));
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.cost });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  /**
   * Spends the same time as a real verification and always fails: used for unknown emails so that
   * the answer time does not reveal whether an account exists.
   */
  async verifyWithoutAccount(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(18).toString('base64url'));
    await argon2.verify(await this.dummyHash, password);
    return false;
  }

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, this.cost);
  }
}

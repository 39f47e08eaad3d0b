import { Injectable } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, HealthCheckResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import { JobQueue } from '@3ipet/queue';
import { SearchEngine } from '@3ipet/search';

const TIMEOUT_MS = 3000;

/** Checks every dependency the configuration selected: database, queue, search. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly search: SearchEngine,
    private readonly config: AppConfig,
  ) {}

  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () =>
        this.probe('database', this.config.databaseDriver, async () => {
          await this.dataSource.query('SELECT 1');
          return true;
        }),
      () => this.probe('queue', this.config.queueDriver, () => this.queue.isHealthy()),
      () => this.probe('search', this.config.searchDriver, () => this.search.isHealthy()),
    ]);
  }

  private async probe(key: string, driver: string, isUp: () => Promise<boolean>) {
    const session = this.indicators.check(key);
    try {
      const up = await withTimeout(isUp(), TIMEOUT_MS);
      return up ? session.up({ driver }) : session.down({ driver, message: 'not reachable' });
    } catch (error) {
      return session.down({ driver, message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

import { type AppConfig, ConfigError } from './app-config';

/** What a long-running process is started as. */
export type ProcessRole = 'api' | 'worker';

const WAYS_OUT =
  'Either set MEILI_URL (and MEILI_MASTER_KEY) so every api and worker shares one index, ' +
  'or set RUN_WORKER_IN_API=true on a single api and run no separate worker.';

/**
 * The embedded search index lives in the memory of one process and is kept current by the jobs that run
 * there. A process that would build an index it does not serve, or serve one that jobs elsewhere never
 * update, is refused: its searches would be stale until it restarts.
 */
export function staleSearchProblem(config: AppConfig, role: ProcessRole): string | undefined {
  if (config.searchDriver !== 'embedded') return undefined;
  if (role === 'worker') {
    return (
      'A separate worker cannot run with the embedded search engine (MEILI_URL is not set): it would keep ' +
      `an index of its own that no api serves, while the api's index never sees its changes. ${WAYS_OUT}`
    );
  }
  if (config.queueDriver === 'bullmq' && !config.env.RUN_WORKER_IN_API) {
    return (
      'The api cannot run with REDIS_URL, the embedded search engine (MEILI_URL is not set) and ' +
      'RUN_WORKER_IN_API=false: jobs would run on separate workers, and the index this api serves would ' +
      `never see their changes. ${WAYS_OUT}`
    );
  }
  return undefined;
}

export function assertSearchIndexIsServed(config: AppConfig, role: ProcessRole): void {
  const problem = staleSearchProblem(config, role);
  if (problem) throw new ConfigError([problem]);
}

import { AppConfig, ConfigError, loadConfigFromProcess } from './app-config';
import { type ProcessRole, assertSearchIndexIsServed } from './search-topology';

/**
 * Loads config at process start; on bad config prints every problem and exits with code 1. A long-running
 * process names its role, so a topology that would serve a stale search index is refused too.
 */
export function loadConfigOrExit(
  overrides: Record<string, string | undefined> = {},
  role?: ProcessRole,
): AppConfig {
  try {
    const config = loadConfigFromProcess(overrides);
    if (role) assertSearchIndexIsServed(config, role);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

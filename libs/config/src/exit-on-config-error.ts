import { AppConfig, ConfigError, loadConfigFromProcess } from './app-config';

/** Loads config at process start; on bad config prints every problem and exits with code 1. */
export function loadConfigOrExit(overrides: Record<string, string | undefined> = {}): AppConfig {
  try {
    return loadConfigFromProcess(overrides);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

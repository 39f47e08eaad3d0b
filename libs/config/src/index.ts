export * from './app-config';
export * from './config.module';
export * from './exit-on-config-error';
export * from './graceful-shutdown';
export * from './search-topology';

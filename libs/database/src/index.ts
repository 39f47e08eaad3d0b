export * from './data-source.factory';
export * from './database.module';
export * from './embedded-postgres';
export * from './snake-naming.strategy';
export * from './transaction';
export * from './outbox/outbox-message';
export * from './outbox/outbox.writer';
export { ALL_MIGRATIONS } from './migrations';

export * from './errors/problem';
export * from './errors/problem.filter';
export * from './errors/validation';
export * from './pagination/page';
export * from './batching/call-coalescer';
export * from './validation/quick-acceptance';
export * from './errors/problem-responses';
export * from './openapi/documented-access';

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transformSync } from '@swc/core';

/**
 * Compiles one TypeScript module of the app to CommonJS in `dir`, for a separate node process to `require()`
 * (specs that watch V8's behaviour need a process of their own, flags and all). Returns the compiled file's path.
 */
export function compileForChildProcess(modulePath: string, dir: string): string {
  const { code } = transformSync(readFileSync(modulePath, 'utf8'), {
    filename: basename(modulePath),
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  const compiled = join(dir, basename(modulePath).replace(/\.ts$/, '.js'));
  writeFileSync(compiled, code);
  return compiled;
}

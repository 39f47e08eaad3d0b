// Resolves `@3ipet/<lib>` to the compiled lib in dist/ at run time (TypeScript `paths` are compile-time only).
const Module = require('node:module');
const path = require('node:path');

const libsRoot = path.join(__dirname, '..', 'dist', 'libs');
const originalResolve = Module._resolveFilename;

Module._resolveFilename = function resolveAlias(request, ...rest) {
  if (request.startsWith('@3ipet/')) {
    const [lib, ...sub] = request.slice('@3ipet/'.length).split('/');
    request = path.join(libsRoot, lib, 'src', ...sub);
  }
  return originalResolve.call(this, request, ...rest);
};

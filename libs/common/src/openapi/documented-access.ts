import { ApiExtension } from '@nestjs/swagger';

/**
 * How the OpenAPI document states who may call an operation; buildOpenApiDocument turns it into the operation's
 * `security` (and drops the extension). Operations without it need a Bearer token, as the global auth guard does.
 * - `anonymous`: no credentials at all, a token is not even looked at (`security: []`);
 * - `optional-bearer`: anyone, and a Bearer token when sent is verified (`security: [{}, { bearer: [] }]`).
 */
export type DocumentedAccess = 'anonymous' | 'optional-bearer';

export const DOCUMENTED_ACCESS_EXTENSION = 'x-3ipet-access';

export const ApiAccess = (access: DocumentedAccess) => ApiExtension(DOCUMENTED_ACCESS_EXTENSION, access);

import { Type } from '@nestjs/common';

/** Every bounded context served by the api, in the order their routes appear in the API document. */
export const FEATURE_MODULES: Type[] = [];

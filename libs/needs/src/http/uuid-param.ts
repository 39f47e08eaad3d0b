import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblem } from '@3ipet/common';

/** `:id` must be a UUID; anything else answers 400 naming the parameter (never a database error). */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationProblem([{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }]),
    }),
  );

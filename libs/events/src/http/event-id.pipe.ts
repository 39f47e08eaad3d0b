import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblem } from '@3ipet/common';

/** `:id` must be a UUID; anything else answers 400 naming the parameter (never a database error). */
export const EventIdParam = () =>
  Param(
    'id',
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationProblem([{ field: 'id', rule: 'isUuid', message: 'id must be a UUID' }]),
    }),
  );

import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblem } from '@3ipet/common';

const uuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationProblem([{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }]),
    }),
  );

export const EventIdParam = () => uuidParam('id');
export const MeetingIdParam = () => uuidParam('meetingId');

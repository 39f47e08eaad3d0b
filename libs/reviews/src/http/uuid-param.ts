import { Param, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ValidationProblem } from '@3ipet/common';

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (isUUID(value)) return value;
    throw new ValidationProblem([
      { field: this.name, rule: 'isUuid', message: `${this.name} must be a UUID` },
    ]);
  }
}

/** A path parameter that must be a UUID; anything else answers 400 naming the parameter. */
export const UuidParam = (name = 'id') => Param(name, new UuidPipe(name));

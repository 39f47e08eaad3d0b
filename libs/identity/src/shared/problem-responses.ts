import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';

class FieldErrorView {
  @ApiProperty({ example: 'organization.country' }) field!: string;
  @ApiProperty({ example: 'isISO31661Alpha2' }) rule!: string;
  @ApiProperty() message!: string;
}

/** RFC 9457 problem details, as every error of the API is answered. */
export class ProblemView {
  @ApiProperty({ example: 'https://3ipet.org/problems/validation' }) type!: string;
  @ApiProperty({ example: 'Validation failed' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional({
    type: [FieldErrorView],
    description: 'For validation failures: each field and rule',
  })
  errors?: FieldErrorView[];
}

const MEANING: Record<number, string> = {
  400: 'Invalid input; `errors` names each field and rule',
  401: 'No valid access token (or wrong credentials)',
  403: 'Authenticated, but the role does not allow this',
  404: 'No such resource, or it belongs to another organisation',
  409: 'Conflicts with existing data (e.g. the email is taken)',
  422: 'Valid input that breaks a business rule',
  429: 'Too many attempts; see Retry-After',
};

/** Documents the problem+json answers a route can give. */
export const ProblemResponses = (...statuses: (keyof typeof MEANING)[]) =>
  applyDecorators(
    ApiExtraModels(ProblemView),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANING[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) } } },
      }),
    ),
  );

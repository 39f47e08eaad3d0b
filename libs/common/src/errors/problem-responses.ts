import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';

export class FieldErrorView {
  @ApiProperty({ example: 'organization.country', description: 'Dotted path of the offending field' })
  field!: string;
  @ApiProperty({ example: 'isISO31661Alpha2', description: 'The rule that failed' }) rule!: string;
  @ApiProperty({ example: 'organization.country must be an ISO 3166-1 alpha-2 code' }) message!: string;
}

/**
 * RFC 9457 problem details, as ProblemFilter answers every error. Problems of a kind may add extension members
 * (e.g. `currentVersion` on a stale version, `checks` on a failed readiness probe), hence open.
 */
export class ProblemView {
  @ApiProperty({ example: 'https://3ipet.org/problems/validation' }) type!: string;
  @ApiProperty({ example: 'Validation failed' }) title!: string;
  @ApiProperty({ example: 400, minimum: 400, maximum: 599 }) status!: number;
  @ApiPropertyOptional({ example: 'The request has invalid fields.' }) detail?: string;
  @ApiPropertyOptional({ example: '/api/v1/needs', description: 'The path of the request' })
  instance?: string;
  @ApiPropertyOptional({
    example: 'b1f8c2de-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
    description: 'The x-request-id of the request, as in the logs',
  })
  requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: 'For invalid input: each field and rule' })
  errors?: FieldErrorView[];
}

/** The schema every problem+json response refers to (register ProblemView as an extra model). */
export const problemContent = () => ({
  [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemView) } },
});

/**
 * A `ProblemResponses(...statuses)` decorator documenting a context's problem+json answers with its own wording of
 * what each status means there.
 */
export const problemResponsesDocumenter =
  (meanings: Record<number, string>) =>
  (...statuses: number[]) =>
    applyDecorators(
      ApiExtraModels(ProblemView),
      ...statuses.map((status) =>
        ApiResponse({
          status,
          description: meanings[status] ?? `Problem ${status}`,
          content: problemContent(),
        }),
      ),
    );

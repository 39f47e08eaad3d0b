import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import {
  AnswerVerdictDto,
  AssignDto,
  PublishVerdictDto,
  REVIEW_STATUSES,
  ReviewList,
  ReviewMaterialView,
  type ReviewStatus,
  ReviewView,
  SaveReviewDto,
  VerdictList,
  VerdictView,
} from '../dto/review.dto';
import { ReviewAssignmentsService } from '../assignments/review-assignments.service';
import { ReviewsService } from '../assignments/reviews.service';
import { VerdictsService } from '../verdicts/verdicts.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

class ReviewListQuery {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: ReviewStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  technologyId?: string;
}

class VerdictListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsUUID()
  technologyId!: string;
}

/** Assignments, the reviews written on them (scores and claim marks) and the published verdicts. */
@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(
    private readonly assignments: ReviewAssignmentsService,
    private readonly reviews: ReviewsService,
    private readonly verdicts: VerdictsService,
  ) {}

  @Post('assignments')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Assign a listing (optionally only some of its claims) to experts (admin; audited, each expert is e-mailed). 409 conflict-of-interest when an expert declared one with the vendor',
  })
  @ApiCreatedResponse({ type: ReviewList })
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  async assign(@CurrentActor() actor: AuthContext, @Body() dto: AssignDto): Promise<ReviewList> {
    return { items: await this.assignments.assign(actor, dto) };
  }

  @Get('assignments')
  @Roles('admin', 'expert')
  @ApiOperation({ summary: 'Reviews: an expert’s own, or (admin) all, submitted first' })
  @ApiOkResponse({ type: ReviewList })
  @ProblemResponses(400, 401, 403)
  async list(@CurrentActor() actor: AuthContext, @Query() query: ReviewListQuery): Promise<ReviewList> {
    return { items: await this.reviews.list(actor, query) };
  }

  @Get('assignments/:id')
  @Roles('admin', 'expert')
  @ApiOperation({
    summary:
      'A review with its material: the listing (any status), the claims under review with evidence, files',
  })
  @ApiOkResponse({ type: ReviewMaterialView })
  @ProblemResponses(400, 401, 403, 404)
  material(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<ReviewMaterialView> {
    return this.reviews.material(actor, id);
  }

  @Put('assignments/:id/review')
  @Roles('expert')
  @ApiOperation({
    summary: 'Save the review as a draft: scores 1-5 with comments, a mark per claim (the assigned expert)',
  })
  @ApiOkResponse({ type: ReviewView })
  @ProblemResponses(400, 401, 403, 404, 409)
  save(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() dto: SaveReviewDto,
  ): Promise<ReviewView> {
    return this.reviews.save(actor, id, dto);
  }

  @Post('assignments/:id/submit')
  @HttpCode(200)
  @Roles('expert')
  @ApiOperation({
    summary:
      'Submit the review: every criterion scored and commented, every claim marked (audited; admins e-mailed)',
  })
  @ApiOkResponse({ type: ReviewView })
  @ProblemResponses(400, 401, 403, 404, 409)
  submit(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<ReviewView> {
    return this.reviews.submit(actor, id);
  }

  @Post('verdicts')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Publish a verdict from submitted reviews: marks the claims (valid REVIEW_VERDICT_VALID_DAYS), tells the vendor (admin; audited)',
  })
  @ApiCreatedResponse({ type: VerdictView })
  @ProblemResponses(400, 401, 403, 404, 422)
  publish(@CurrentActor() actor: AuthContext, @Body() dto: PublishVerdictDto): Promise<VerdictView> {
    return this.verdicts.publish(actor, dto);
  }

  @Get('verdicts')
  @ApiOperation({ summary: 'A listing’s verdicts, newest first (its vendor’s members and admins)' })
  @ApiOkResponse({ type: VerdictList })
  @ProblemResponses(400, 401, 404)
  async verdictsOf(
    @CurrentActor() actor: AuthContext,
    @Query() query: VerdictListQuery,
  ): Promise<VerdictList> {
    return { items: await this.verdicts.ofTechnology(actor, query.technologyId) };
  }

  @Post('verdicts/:id/answer')
  @HttpCode(200)
  @Roles('vendor')
  @ApiOperation({ summary: 'The vendor’s one answer to a verdict (members of the vendor; audited)' })
  @ApiOkResponse({ type: VerdictView })
  @ProblemResponses(400, 401, 403, 404, 409)
  answer(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() dto: AnswerVerdictDto,
  ): Promise<VerdictView> {
    return this.verdicts.answer(actor, id, dto.answer);
  }
}

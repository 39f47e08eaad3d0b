import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { TextField } from '@3ipet/common';
import type { MatchSide } from '../match/match-status';
import { MatchNeedSummary, MatchTechnologySummary, ScoreComponentView } from './match.views';

/** Short on purpose: a line for the curator, not a proposal. */
export const INTEREST_MESSAGE_LIMIT = 500;

export class RequestIntroductionInput {
  @ApiPropertyOptional({
    maxLength: INTEREST_MESSAGE_LIMIT,
    description: 'Why the agency wants to talk to this vendor; the curators read it',
    example: 'We have 40 kilns to convert before the next season.',
  })
  @IsOptional()
  @TextField(INTEREST_MESSAGE_LIMIT)
  message?: string;
}

export class ExpressInterestInput {
  @ApiProperty({ format: 'uuid', description: 'The open need the listing could answer' })
  @IsUUID()
  needId!: string;

  @ApiPropertyOptional({
    maxLength: INTEREST_MESSAGE_LIMIT,
    description: 'Why the vendor fits; the curators read it',
    example: 'We converted 30 kilns in Bhaktapur in 2021.',
  })
  @IsOptional()
  @TextField(INTEREST_MESSAGE_LIMIT)
  message?: string;
}

export const REQUEST_STAGES = ['waiting', 'introduced', 'connected', 'declined', 'closed'] as const;
export type RequestStage = (typeof REQUEST_STAGES)[number];

/** Where a pair stands as its parties may know it: a curator's rejection and withdrawals both read `closed`. */
export const stageOf = (status: string): RequestStage =>
  status === 'proposed'
    ? 'waiting'
    : status === 'introduced' || status === 'connected' || status === 'declined'
      ? status
      : 'closed';

export class InterestRequestView {
  @ApiProperty({ format: 'uuid' }) matchId!: string;
  @ApiProperty({ format: 'uuid' }) needId!: string;
  @ApiProperty({ format: 'uuid' }) technologyId!: string;
  @ApiProperty({ enum: ['need', 'vendor'], description: 'need: the agency asked; vendor: the vendor did' })
  side!: MatchSide;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: Date;
  @ApiProperty({
    enum: REQUEST_STAGES,
    description: 'waiting: in the curators’ queue; then as introduced; closed: not taken further',
  })
  stage!: RequestStage;
  @ApiProperty({ description: 'False when this side had already asked: nothing new was recorded' })
  created!: boolean;
}

/** One candidate listing for an agency's own open need, with the reasons it was proposed. */
export class SuggestionView {
  @ApiProperty({ format: 'uuid' }) matchId!: string;
  @ApiProperty({ type: MatchTechnologySummary }) technology!: MatchTechnologySummary;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: [ScoreComponentView], description: 'Why: one sentence per component' })
  components!: ScoreComponentView[];
  @ApiProperty({ enum: REQUEST_STAGES }) stage!: RequestStage;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the agency asked' })
  requestedAt!: Date | null;
}

export class SuggestionPage {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ type: [SuggestionView] }) items!: SuggestionView[];
}

/** One open need that fits a vendor's listing, with the reasons, as the vendor sees it. */
export class FittingNeedView {
  @ApiProperty({ format: 'uuid' }) matchId!: string;
  @ApiProperty({ type: MatchNeedSummary }) need!: MatchNeedSummary;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: [ScoreComponentView], description: 'Why: one sentence per component' })
  components!: ScoreComponentView[];
  @ApiProperty({ enum: REQUEST_STAGES }) stage!: RequestStage;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the vendor expressed interest',
  })
  requestedAt!: Date | null;
}

export class FittingNeedPage {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ type: [FittingNeedView] }) items!: FittingNeedView[];
}

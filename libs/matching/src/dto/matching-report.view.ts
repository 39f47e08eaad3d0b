import { ApiProperty } from '@nestjs/swagger';
import { REJECTION_REASONS, type RejectionReason } from '../match/match-status';
import { MATCH_WEIGHTS, type ComponentName } from '../scoring/weights';

export class ScoreBandView {
  @ApiProperty({ description: 'Lowest score of the band (inclusive)' }) from!: number;
  @ApiProperty({ description: 'Highest score of the band (exclusive, except 100)' }) to!: number;
  @ApiProperty({ description: 'Introduced by a curator (whatever the parties answered since)' })
  approved!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'approved / (approved + rejected); null when nothing in the band was decided',
  })
  approvalRate!: number | null;
}

export class ReasonCountView {
  @ApiProperty({ enum: REJECTION_REASONS }) reason!: RejectionReason;
  @ApiProperty() count!: number;
}

export class ComponentRejectionsView {
  @ApiProperty({ enum: Object.keys(MATCH_WEIGHTS) }) component!: ComponentName;
  @ApiProperty({
    description: 'Rejected matches on which this component scored lowest (share of its weight)',
  })
  rejected!: number;
  @ApiProperty({ type: [ReasonCountView], description: 'Their reasons, most frequent first' })
  reasons!: ReasonCountView[];
}

/** How curators decided on the score: to judge the weights on real decisions. */
export class MatchingReportView {
  @ApiProperty({ description: 'Matches a curator introduced or rejected' }) decided!: number;
  @ApiProperty({ type: [ScoreBandView], description: '0-40, then bands of 10 up to 100' })
  bands!: ScoreBandView[];
  @ApiProperty({ type: [ReasonCountView], description: 'Every rejection reason, most frequent first' })
  reasons!: ReasonCountView[];
  @ApiProperty({
    type: [ComponentRejectionsView],
    description: 'Rejections grouped by the component that scored lowest, most frequent first',
  })
  components!: ComponentRejectionsView[];
}

import { ApiProperty } from '@nestjs/swagger';
import { OrganizationSummary } from '@3ipet/identity';
import type { MatchSide } from '../match/match-status';

/** Who asked for a pair, as curators see it. */
export class MatchRequestView {
  @ApiProperty({ enum: ['need', 'vendor'] }) side!: MatchSide;
  @ApiProperty({ type: OrganizationSummary, nullable: true }) organization!: OrganizationSummary | null;
  @ApiProperty({ type: String, nullable: true, description: 'The person who asked' })
  requestedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: Date;
}

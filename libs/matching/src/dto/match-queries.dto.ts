import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { InTaxonomy, PageQuery } from '@3ipet/common';
import { MATCH_STATUSES, PARTY_VISIBLE_STATUSES, type MatchStatus } from '../match/match-status';

const ADMIN_QUEUE_STATUSES = [...MATCH_STATUSES, 'all'] as const;

/** The curation queue and its filters; by default the proposals waiting for a decision, best first. */
export class AdminMatchQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ADMIN_QUEUE_STATUSES,
    default: 'proposed',
    description: '`all`: matches of every status',
  })
  @IsOptional()
  @IsIn(ADMIN_QUEUE_STATUSES)
  status: MatchStatus | 'all' = 'proposed';

  @ApiPropertyOptional({ description: "The need's country, ISO 3166-1 alpha-2", example: 'NP' })
  @IsOptional()
  @InTaxonomy('countries')
  country?: string;

  @ApiPropertyOptional({ description: 'A pollutant the need names', example: 'pm2.5' })
  @IsOptional()
  @InTaxonomy('pollutants')
  pollutant?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  needId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  technologyId?: string;

  @ApiPropertyOptional({
    description: 'true: only pairs an agency or a vendor asked for; false: only those nobody asked for',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  requested?: boolean;
}

/** The caller's organisation's introduced matches; a vendor filters by listing, an agency by need. */
export class PartyMatchQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PARTY_VISIBLE_STATUSES })
  @IsOptional()
  @IsIn(PARTY_VISIBLE_STATUSES)
  status?: (typeof PARTY_VISIBLE_STATUSES)[number];

  @ApiPropertyOptional({
    format: 'uuid',
    description: "One of the agency's needs: the technologies introduced to it",
  })
  @IsOptional()
  @IsUUID()
  needId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "One of the vendor's listings: the needs it was introduced to",
  })
  @IsOptional()
  @IsUUID()
  technologyId?: string;
}

import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { TextField } from '@3ipet/common';
import { NeedSearchQuery } from '../dto/need-search.dto';

/** The need search's own query, less paging and sorting: one shape, one meaning. */
export class SavedNeedQuery extends OmitType(NeedSearchQuery, ['page', 'limit', 'sort'] as const) {}

export class SavedNeedSearchInput {
  @ApiProperty({ maxLength: 100, example: 'Kiln dust in Nepal' })
  @TextField(100)
  name!: string;

  @ApiProperty({
    type: SavedNeedQuery,
    description: 'As GET /api/v1/needs/search takes it (lists as JSON arrays), without page, limit and sort',
    example: { q: 'brick kiln', pollutants: ['pm2.5'], country: ['NP'] },
  })
  @IsObject()
  @ValidateNested()
  @Type(() => SavedNeedQuery)
  query!: SavedNeedQuery;
}

export class SavedNeedSearchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: SavedNeedQuery }) query!: SavedNeedQuery;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class SavedNeedSearchPage {
  @ApiProperty({ type: [SavedNeedSearchView] }) items!: SavedNeedSearchView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { TechnologySearchQuery } from '@3ipet/catalog';
import { TextField } from '@3ipet/common';

/** The technology search's own query, less paging and sorting: one shape, one meaning. */
export class SavedTechnologyQuery extends OmitType(TechnologySearchQuery, [
  'page',
  'limit',
  'sort',
] as const) {}

export class SavedSearchInput {
  @ApiProperty({ maxLength: 100, example: 'Brick kiln dust control for Nepal' })
  @TextField(100)
  name!: string;

  @ApiProperty({
    type: SavedTechnologyQuery,
    description:
      'As GET /api/v1/technologies/search takes it (lists as JSON arrays), without page, limit and sort',
    example: { q: 'brick kiln dust', pollutants: ['pm2.5', 'pm10'], countries: ['NP'] },
  })
  @IsObject()
  @ValidateNested()
  @Type(() => SavedTechnologyQuery)
  query!: SavedTechnologyQuery;
}

export class SavedSearchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: SavedTechnologyQuery }) query!: SavedTechnologyQuery;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class SavedSearchPage {
  @ApiProperty({ type: [SavedSearchView] }) items!: SavedSearchView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

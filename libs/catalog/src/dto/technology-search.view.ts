import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SearchHitVendorView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() country!: string;
  @ApiProperty() verified!: boolean;
}

export class TechnologySearchHitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() category!: string;
  @ApiProperty() categoryLabel!: string;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty() trl!: number;
  @ApiPropertyOptional() costMin?: number;
  @ApiPropertyOptional() costMax?: number;
  @ApiProperty({ type: [String] }) countries!: string[];
  @ApiProperty({ type: SearchHitVendorView }) vendor!: SearchHitVendorView;
  @ApiProperty() publishedAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'HTML-escaped title/summary with matches wrapped in <mark>',
  })
  highlights!: Record<string, string>;
}

export class TechnologySearchView {
  @ApiProperty({ type: [TechnologySearchHitView] }) items!: TechnologySearchHitView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
    description: 'Counts per value for pollutants, sectors, category, countries and trl over all matches',
  })
  facets!: Record<string, Record<string, number>>;
}

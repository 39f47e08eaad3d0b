import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TranslationInput } from './technology-parts.dto';

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
  @ApiProperty({
    type: [TranslationInput],
    description: "The vendor's own title and summary in other languages, shown instead in those UIs",
  })
  translations!: TranslationInput[];
  @ApiProperty() category!: string;
  @ApiProperty() categoryLabel!: string;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String], description: 'What it does: measures, removes, avoids, manages' })
  intents!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty() trl!: number;
  @ApiPropertyOptional() costMin?: number;
  @ApiPropertyOptional() costMax?: number;
  @ApiProperty({ type: [String] }) countries!: string[];
  @ApiProperty({ type: SearchHitVendorView }) vendor!: SearchHitVendorView;
  @ApiProperty() publishedAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'When expert review last confirmed a claim of the listing (the "verified" badge); null: none',
  })
  verifiedAt!: string | null;
  @ApiProperty({ minimum: 0, description: 'How many of its claims expert review confirmed' })
  verifiedClaims!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The first image’s thumbnail, if the listing has one',
  })
  thumbnailUrl!: string | null;
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
    description:
      'Counts per value for pollutants, intents, sectors, category, countries and trl over all matches',
  })
  facets!: Record<string, Record<string, number>>;
}

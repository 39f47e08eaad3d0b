import { ApiProperty } from '@nestjs/swagger';

class PollutantView {
  @ApiProperty({ example: 'pm2.5' }) id!: string;
  @ApiProperty({ example: 'PM2.5' }) label!: string;
  @ApiProperty({ example: '细颗粒物' }) labelZh!: string;
  @ApiProperty() description!: string;
}

class SubSectorView {
  @ApiProperty({ example: 'industry.brick-kilns' }) id!: string;
  @ApiProperty() label!: string;
}

class SectorView {
  @ApiProperty({ example: 'industry' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: [SubSectorView] }) subSectors!: SubSectorView[];
}

class CategoryView {
  @ApiProperty({ example: 'end-of-pipe.esp' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() labelZh!: string;
}

class CategoryGroupView {
  @ApiProperty({ example: 'end-of-pipe' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: [CategoryView] }) categories!: CategoryView[];
}

class TrlView {
  @ApiProperty({ minimum: 1, maximum: 9 }) level!: number;
  @ApiProperty({ example: 'Technology validated in lab' }) definition!: string;
}

class IdLabelView {
  @ApiProperty() id!: string;
  @ApiProperty() label!: string;
}

class CountryView {
  @ApiProperty({ example: 'NP', description: 'ISO 3166-1 alpha-2' }) id!: string;
  @ApiProperty({ example: 'Nepal' }) name!: string;
  @ApiProperty({ enum: ['Asia', 'Europe', 'Africa', 'Americas', 'Oceania'] }) region!: string;
}

class LanguageView {
  @ApiProperty({ example: 'ne', description: 'BCP 47' }) id!: string;
  @ApiProperty({ example: 'Nepali' }) label!: string;
  @ApiProperty({ example: 'नेपाली' }) nativeLabel!: string;
}

/** The vocabulary of listings, needs and searches. */
export class TaxonomyView {
  @ApiProperty({ type: [PollutantView] }) pollutants!: PollutantView[];
  @ApiProperty({ type: [SectorView] }) sectors!: SectorView[];
  @ApiProperty({ type: [CategoryGroupView] }) categoryGroups!: CategoryGroupView[];
  @ApiProperty({ type: [TrlView] }) trl!: TrlView[];
  @ApiProperty({ type: [IdLabelView] }) dealTypes!: IdLabelView[];
  @ApiProperty({ type: [CountryView] }) countries!: CountryView[];
  @ApiProperty({ type: [LanguageView] }) languages!: LanguageView[];
}

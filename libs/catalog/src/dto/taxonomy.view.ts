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

class PrerequisiteView {
  @ApiProperty({ example: 'low-sulphur-fuel' }) id!: string;
  @ApiProperty({ example: 'Needs low-sulphur fuel' }) label!: string;
  @ApiProperty({
    enum: ['fuel', 'gridPower', 'waterSupply'],
    description:
      "Which of the need's site conditions decides it: its fuels, or its grid power or water supply",
  })
  kind!: string;
}

class FuelView {
  @ApiProperty({ example: 'high-sulphur-coal' }) id!: string;
  @ApiProperty({ example: 'High-sulphur coal' }) label!: string;
  @ApiProperty({ description: 'Meets the low-sulphur-fuel prerequisite' }) lowSulphur!: boolean;
  @ApiProperty({ description: 'Meets the gas-supply prerequisite' }) gas!: boolean;
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
  @ApiProperty({ type: [PrerequisiteView] }) prerequisites!: PrerequisiteView[];
  @ApiProperty({ type: [FuelView] }) fuels!: FuelView[];
}

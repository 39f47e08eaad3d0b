import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  type ResourceKind,
  type ResourceStatus,
} from '../resource/resource-kinds';

export class ResourceTranslationView {
  @ApiProperty({ example: 'zh' }) language!: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional({ description: 'Markdown as written' }) body?: string;
  @ApiPropertyOptional({ description: 'The body rendered to sanitised HTML' }) bodyHtml?: string;
}

export class ResourceLinkView {
  @ApiProperty({ format: 'uri' }) url!: string;
  @ApiProperty() label!: string;
}

export class ResourceFileView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'Where the content is served', example: '/api/v1/files/…' }) url!: string;
}

export class RelatedItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class ResourceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'zig-zag-kiln-conversion' }) slug!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind!: ResourceKind;
  @ApiProperty({ enum: RESOURCE_STATUSES }) status!: ResourceStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Markdown as written' }) body!: string;
  @ApiProperty({ description: 'The body rendered to sanitised HTML (no scripts, handlers or unsafe links)' })
  bodyHtml!: string;
  @ApiProperty({ type: [ResourceTranslationView] }) translations!: ResourceTranslationView[];
  @ApiProperty({ type: [String] }) authors!: string[];
  @ApiProperty({ format: 'date', example: '2026-03-10' }) date!: string;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) countries!: string[];
  @ApiProperty({ type: [String] }) categories!: string[];
  @ApiProperty({ type: [ResourceLinkView] }) links!: ResourceLinkView[];
  @ApiProperty({ type: [ResourceFileView] }) files!: ResourceFileView[];
  @ApiProperty({ type: [String], description: 'As stored (authors); readers see only published ones below' })
  technologyIds!: string[];
  @ApiProperty({ type: [String] }) needIds!: string[];
  @ApiProperty({ type: [String] }) eventIds!: string[];
  @ApiProperty({ type: [RelatedItemView], description: 'Linked technologies that are published' })
  technologies!: RelatedItemView[];
  @ApiProperty({ type: [RelatedItemView], description: 'Linked events' }) events!: RelatedItemView[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

/** A resource in a list: enough to show a card and link to it. */
export class ResourceSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind!: ResourceKind;
  @ApiProperty({ enum: RESOURCE_STATUSES }) status!: ResourceStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [ResourceTranslationView], description: 'Translated titles (no bodies)' })
  translations!: ResourceTranslationView[];
  @ApiProperty({ description: 'The start of the body, as plain text' }) excerpt!: string;
  @ApiProperty({ type: [String] }) authors!: string[];
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) countries!: string[];
  @ApiProperty({ type: [String] }) categories!: string[];
}

export class ResourcePage {
  @ApiProperty({ type: [ResourceSummaryView] }) items!: ResourceSummaryView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class ResourceSearchHitView extends ResourceSummaryView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'HTML-escaped title/body with matches wrapped in <mark>',
  })
  highlights!: Record<string, string>;
}

export class ResourceSearchView {
  @ApiProperty({ type: [ResourceSearchHitView] }) items!: ResourceSearchHitView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
    description: 'Facet → value → count: kind, pollutants, sectors, countries, categories',
  })
  facets!: Record<string, Record<string, number>>;
}

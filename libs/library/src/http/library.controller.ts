import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationProblem } from '@3ipet/common';
import { type Actor, type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { ResourceInput, ResourcePatch, ResourceVersionInput } from '../dto/resource-input.dto';
import { LibraryListQuery, LibrarySearchQuery, RelatedResourcesQuery } from '../dto/library.query';
import { ResourcePage, ResourceSearchView, ResourceSummaryView, ResourceView } from '../dto/resource.view';
import { LIBRARY_AUTHOR_ROLES } from '../resource/resource-kinds';
import { LibraryAuthoringService } from '../use-cases/library-authoring.service';
import { LibraryQueriesService } from '../use-cases/library-queries.service';
import { ProblemResponses } from './problem-responses';

const ResourceIdParam = () =>
  Param(
    'id',
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationProblem([{ field: 'id', rule: 'isUuid', message: 'id must be a UUID' }]),
    }),
  );

/** Authors: see LIBRARY_AUTHOR_ROLES (adding a role there opens every authoring route to it). */
const Authors = () => Roles(...LIBRARY_AUTHOR_ROLES);

@ApiTags('library')
@Controller('library')
export class LibraryController {
  constructor(
    private readonly queries: LibraryQueriesService,
    private readonly authoring: LibraryAuthoringService,
  ) {}

  @Get('search')
  @Public()
  @ApiOperation({
    summary: 'Searches published resources (English, Chinese and other languages; typos forgiven)',
  })
  @ApiOkResponse({ type: ResourceSearchView })
  @ProblemResponses(400, 503)
  search(@Query() query: LibrarySearchQuery): Promise<ResourceSearchView> {
    return this.queries.search(query);
  }

  @Get('related')
  @Public()
  @ApiOperation({
    summary: 'Published resources linked to one technology, need or event (newest first, at most 20)',
  })
  @ApiOkResponse({ type: [ResourceSummaryView] })
  @ProblemResponses(400)
  related(@Query() query: RelatedResourcesQuery): Promise<ResourceSummaryView[]> {
    return this.queries.related(query);
  }

  @Get()
  @Authors()
  @ApiOperation({ summary: 'Every resource, drafts included, last changed first (authors)' })
  @ApiOkResponse({ type: ResourcePage })
  @ProblemResponses(400, 401, 403)
  list(@Query() query: LibraryListQuery): Promise<ResourcePage> {
    return this.queries.list(query);
  }

  @Post()
  @Authors()
  @ApiOperation({ summary: 'Writes a resource as a draft (authors)' })
  @ApiCreatedResponse({ type: ResourceView })
  @ProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: AuthContext, @Body() input: ResourceInput): Promise<ResourceView> {
    return this.authoring.create(actor, input);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One resource by id or slug: published ones for anyone, drafts for authors' })
  @ApiParam({
    name: 'id',
    description:
      'The resource’s id or its slug (one path with the id-only routes, so the document stays unambiguous)',
    example: 'zig-zag-kiln-conversion',
  })
  @ApiOkResponse({ type: ResourceView })
  @ProblemResponses(404)
  get(@CurrentActor() actor: Actor, @Param('id') idOrSlug: string): Promise<ResourceView> {
    return this.queries.get(actor, idOrSlug.slice(0, 300));
  }

  @Patch(':id')
  @Authors()
  @ApiOperation({
    summary: 'Changes a resource (authors); a published one is reindexed; a stale version answers 409',
  })
  @ApiOkResponse({ type: ResourceView })
  @ProblemResponses(400, 401, 403, 404, 409)
  update(
    @CurrentActor() actor: AuthContext,
    @ResourceIdParam() id: string,
    @Body() patch: ResourcePatch,
  ): Promise<ResourceView> {
    return this.authoring.update(actor, id, patch);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authors()
  @ApiOperation({ summary: 'Publishes a resource: anyone can read and find it (authors)' })
  @ApiOkResponse({ type: ResourceView })
  @ProblemResponses(400, 401, 403, 404, 409)
  publish(
    @CurrentActor() actor: AuthContext,
    @ResourceIdParam() id: string,
    @Body() input: ResourceVersionInput,
  ): Promise<ResourceView> {
    return this.authoring.publish(actor, id, input.version);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @Authors()
  @ApiOperation({ summary: 'Takes a resource back to draft: hidden from readers and search (authors)' })
  @ApiOkResponse({ type: ResourceView })
  @ProblemResponses(400, 401, 403, 404, 409)
  unpublish(
    @CurrentActor() actor: AuthContext,
    @ResourceIdParam() id: string,
    @Body() input: ResourceVersionInput,
  ): Promise<ResourceView> {
    return this.authoring.unpublish(actor, id, input.version);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authors()
  @ApiOperation({ summary: 'Deletes a resource and its file links (the files stay) (authors)' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404)
  remove(@CurrentActor() actor: AuthContext, @ResourceIdParam() id: string): Promise<void> {
    return this.authoring.remove(actor, id);
  }
}

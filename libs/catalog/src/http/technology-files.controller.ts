import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { AttachFileInput, ListingFilesView, ReorderFilesInput } from '../files/listing-file.dto';
import { ListingFiles } from '../files/listing-files.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

@ApiTags('technologies')
@Controller('technologies/:id/files')
export class TechnologyFilesController {
  constructor(private readonly files: ListingFiles) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'A listing’s images and documents, in order (same readers as the listing)' })
  @ApiOkResponse({ type: ListingFilesView })
  @ProblemResponses(400, 404)
  list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ListingFilesView> {
    return this.files.list(actor, id);
  }

  @Post()
  @HttpCode(200)
  @Roles('vendor')
  @ApiOperation({ summary: 'Attach a file of the listing’s organisation at the end (owner)' })
  @ApiOkResponse({ type: ListingFilesView })
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  attach(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: AttachFileInput,
  ): Promise<ListingFilesView> {
    return this.files.attach(actor, id, input);
  }

  @Put('order')
  @Roles('vendor')
  @ApiOperation({ summary: 'Put the attached files in a new order (owner)' })
  @ApiOkResponse({ type: ListingFilesView })
  @ProblemResponses(400, 401, 403, 404, 409)
  reorder(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: ReorderFilesInput,
  ): Promise<ListingFilesView> {
    return this.files.reorder(actor, id, input);
  }

  @Delete(':fileId')
  @HttpCode(204)
  @Roles('vendor')
  @ApiOperation({ summary: 'Detach a file (owner); the file stays with the organisation' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404, 409)
  detach(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('fileId') fileId: string,
  ): Promise<void> {
    return this.files.detach(actor, id, fileId);
  }
}

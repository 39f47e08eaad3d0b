import { Controller, Delete, Get, Headers, HttpCode, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { FileDownload, FileDownloads } from '../access/file-downloads.service';
import { ACCEPTED_MIME_TYPES, THUMBNAIL_CONTENT_TYPE } from '../files/accepted-types';
import { FileDeletions } from '../files/file-deletions.service';
import { FileView } from '../files/file.view';
import { FileUploads } from '../upload/file-uploads.service';
import { contentDisposition } from './content-disposition';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

const binary = (types: string[]) =>
  Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));

/** Files change only by being replaced under a new id: a copy stays valid, but who may read it can change. */
const PUBLIC_CACHE = 'public, max-age=300';
const PRIVATE_CACHE = 'private, max-age=300';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(
    private readonly uploads: FileUploads,
    private readonly downloads: FileDownloads,
    private readonly deletions: FileDeletions,
  ) {}

  @Post()
  @Roles('vendor')
  @ApiOperation({
    summary: 'Upload a file (PDF, PNG, JPEG, WebP) for the caller’s organisation; images get a thumbnail',
    description:
      'multipart/form-data with one part `file`. Streamed to storage; judged by its content (magic bytes), not ' +
      'its name; at most FILE_MAX_BYTES; counted against FILE_QUOTA_BYTES_PER_ORGANIZATION. A refused upload ' +
      'stores nothing.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: FileView })
  @ProblemResponses(400, 401, 403, 413, 415, 422)
  upload(@CurrentActor() actor: AuthContext, @Req() request: FastifyRequest): Promise<FileView> {
    return this.uploads.upload(actor, request);
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    summary:
      'A file’s content: images inline, documents as attachment; readable by its organisation, admins, ' +
      'and anyone when it belongs to a published listing',
  })
  @ApiProduces(...ACCEPTED_MIME_TYPES)
  @ApiResponse({
    status: 200,
    description: 'The content, with its detected type',
    content: binary(ACCEPTED_MIME_TYPES),
  })
  @ApiResponse({ status: 304, description: 'If-None-Match names the current ETag' })
  @ProblemResponses(400, 404)
  async original(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return answer(reply, await this.downloads.original(actor, id, ifNoneMatch));
  }

  @Get(':id/thumbnail')
  @Public()
  @ApiOperation({ summary: 'An image’s thumbnail (WebP, at most 320 px); same readers as the file' })
  @ApiProduces(THUMBNAIL_CONTENT_TYPE)
  @ApiResponse({ status: 200, description: 'The thumbnail', content: binary([THUMBNAIL_CONTENT_TYPE]) })
  @ApiResponse({ status: 304, description: 'If-None-Match names the current ETag' })
  @ProblemResponses(400, 404)
  async thumbnail(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return answer(reply, await this.downloads.thumbnail(actor, id, ifNoneMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('vendor')
  @ApiOperation({
    summary:
      'Delete a file of the caller’s organisation: its content, thumbnail and every listing link go with it',
  })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404)
  remove(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<void> {
    return this.deletions.deleteOwn(actor, id);
  }
}

function answer(reply: FastifyReply, download: FileDownload): StreamableFile | undefined {
  reply
    .header('etag', download.etag)
    .header('cache-control', download.isPublic ? PUBLIC_CACHE : PRIVATE_CACHE)
    .header('x-content-type-options', 'nosniff')
    .header('vary', 'authorization');
  if (!download.stream) {
    reply.status(304);
    return undefined;
  }
  return new StreamableFile(download.stream, {
    type: download.contentType,
    length: download.length,
    disposition: contentDisposition(download.disposition, download.fileName),
  });
}

import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import {
  EditMessageInput,
  MessagePage,
  MessageQuery,
  MessageView,
  PostMessageInput,
  ReadMarkerView,
} from '../dto/message.dto';
import { MessagesService } from '../messages/messages.service';
import { ReadsService } from '../reads/reads.service';
import { IDEMPOTENCY_KEY_MAX_LENGTH, ProblemResponses, idempotencyKeyOf, UuidParam } from './http-helpers';

const WHO = 'Members of the two organisations of the match and curators, from the introduction on.';

/** The conversation of an introduced match. */
@ApiTags('conversations')
@Roles('vendor', 'agency', 'admin')
@Controller('matches/:id/messages')
export class MessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly reads: ReadsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The messages of a match, oldest first (paged)',
    description: `${WHO} Reading does not mark them read: see POST …/messages/read.`,
  })
  @ApiOkResponse({ type: MessagePage })
  @ProblemResponses(400, 401, 404)
  list(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Query() query: MessageQuery,
  ): Promise<MessagePage> {
    return this.messages.list(actor, id, query);
  }

  @Post()
  @ApiOperation({
    summary: 'Writes a message; the other side is told at once in its inbox and by an e-mail digest',
    description: `${WHO} Closed (409) once the match is declined. Writing marks the conversation read for the author.`,
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: `Up to ${IDEMPOTENCY_KEY_MAX_LENGTH} visible ASCII characters; a retry with the same key returns the first message instead of writing it again`,
  })
  @ApiCreatedResponse({ type: MessageView })
  @ProblemResponses(400, 401, 404, 409)
  post(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: PostMessageInput,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<MessageView> {
    return this.messages.post(actor, id, input.text, idempotencyKeyOf(idempotencyKey));
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Marks every message of the conversation so far read for the caller (idempotent)',
  })
  @ApiOkResponse({ type: ReadMarkerView })
  @ProblemResponses(400, 401, 404)
  markRead(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<ReadMarkerView> {
    return this.reads.markRead(actor, id);
  }

  @Patch(':messageId')
  @ApiOperation({
    summary: 'Edits a message (its author only); the replaced text is kept and listed with it',
  })
  @ApiOkResponse({ type: MessageView })
  @ProblemResponses(400, 401, 403, 404, 409)
  edit(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('messageId') messageId: string,
    @Body() input: EditMessageInput,
  ): Promise<MessageView> {
    return this.messages.edit(actor, id, messageId, input.text);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../authorization/auth-context';
import { CurrentActor } from '../authorization/decorators';
import { AuthRateLimitGuard } from '../auth/rate-limit/auth-rate-limit';
import { UuidParam } from '../shared/uuid-param';
import {
  CreateInvitationDto,
  InvitationView,
  PendingInvitationList,
  PendingInvitationView,
} from './invitation.dto';
import { InvitationsService } from './invitations.service';
import { PendingInvitationsService } from './pending-invitations.service';
import { ProblemResponses } from '../shared/problem-responses';

@ApiTags('organizations')
@Controller('organizations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly pending: PendingInvitationsService,
  ) {}

  @ProblemResponses(400, 401, 403, 404, 409, 429)
  @Post(':id/invitations')
  // An invitation to a taken e-mail answers 409: limited like sign-up, so that it cannot enumerate accounts.
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary:
      'Invite a colleague by e-mail (members with a verified address, or an admin); the link is e-mailed, valid 7 days',
  })
  @ApiCreatedResponse({ type: InvitationView })
  invite(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<InvitationView> {
    return this.invitations.invite(actor, id, dto);
  }

  @ProblemResponses(400, 401, 403, 404)
  @Get(':id/invitations')
  @ApiOperation({ summary: 'Invitations not accepted yet, newest first (owners and admins)' })
  @ApiOkResponse({ type: PendingInvitationList })
  async list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<PendingInvitationList> {
    return { items: await this.pending.list(actor, id) };
  }

  @ProblemResponses(400, 401, 403, 404)
  @Post(':id/invitations/:invitationId/resend')
  @HttpCode(200)
  @ApiOperation({
    summary: 'E-mail the invitation again with a new link, valid 7 more days (owners and admins)',
  })
  @ApiOkResponse({ type: PendingInvitationView })
  resend(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<PendingInvitationView> {
    return this.pending.resend(actor, id, invitationId);
  }

  @ProblemResponses(400, 401, 403, 404)
  @Delete(':id/invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an invitation: its links stop working (owners and admins)' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<void> {
    await this.pending.revoke(actor, id, invitationId);
  }
}

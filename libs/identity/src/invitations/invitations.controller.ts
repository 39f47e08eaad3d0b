import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../authorization/auth-context';
import { CurrentActor } from '../authorization/decorators';
import { AuthRateLimitGuard } from '../auth/rate-limit/auth-rate-limit';
import { UuidParam } from '../shared/uuid-param';
import { CreateInvitationDto, InvitationView } from './invitation.dto';
import { InvitationsService } from './invitations.service';
import { ProblemResponses } from '../shared/problem-responses';

@ApiTags('organizations')
@Controller('organizations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ProblemResponses(400, 401, 404, 409, 429)
  @Post(':id/invitations')
  // An invitation to a taken e-mail answers 409: limited like sign-up, so that it cannot enumerate accounts.
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Invite a colleague by email (members of the organisation or an admin); valid 7 days',
  })
  @ApiCreatedResponse({ type: InvitationView })
  invite(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<InvitationView> {
    return this.invitations.invite(actor, id, dto);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  type AuthContext,
  CurrentActor,
  ExpertInvitationsService,
  PendingInvitationView,
  Roles,
} from '@3ipet/identity';
import {
  DeclareConflictDto,
  ExpertInvitationView,
  ExpertList,
  ExpertProfileDto,
  ExpertView,
  InviteExpertDto,
} from '../dto/review.dto';
import { ExpertsService } from '../experts/experts.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

class PendingExpertInvitations {
  @ApiProperty({ type: [PendingInvitationView] }) items!: PendingInvitationView[];
}

/** The expert panel: invitations and the list (admins), the expert's own profile and conflicts of interest. */
@ApiTags('reviews')
@Controller('reviews/experts')
export class ExpertsController {
  constructor(
    private readonly experts: ExpertsService,
    private readonly invitations: ExpertInvitationsService,
  ) {}

  @Post('invitations')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Invite an expert by e-mail (admin; audited): the link is e-mailed, valid 7 days; accepting it (POST /api/v1/auth/accept-invitation) creates an expert account',
  })
  @ApiCreatedResponse({ type: ExpertInvitationView })
  @ProblemResponses(400, 401, 403, 409)
  invite(@CurrentActor() actor: AuthContext, @Body() dto: InviteExpertDto): Promise<ExpertInvitationView> {
    return this.experts.invite(actor, dto.email);
  }

  @Get('invitations')
  @Roles('admin')
  @ApiOperation({ summary: 'Expert invitations not accepted yet, newest first (admin)' })
  @ApiOkResponse({ type: PendingExpertInvitations })
  @ProblemResponses(401, 403)
  async pending(@CurrentActor() actor: AuthContext): Promise<PendingExpertInvitations> {
    return { items: await this.invitations.pending(actor) };
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Every expert with profile and declared conflicts (admin)' })
  @ApiOkResponse({ type: ExpertList })
  @ProblemResponses(401, 403)
  async list(@CurrentActor() actor: AuthContext): Promise<ExpertList> {
    return { items: await this.experts.list(actor) };
  }

  @Get('me')
  @Roles('expert')
  @ApiOperation({ summary: 'The calling expert’s profile and conflicts (expert)' })
  @ApiOkResponse({ type: ExpertView })
  @ProblemResponses(401, 403)
  me(@CurrentActor() actor: AuthContext): Promise<ExpertView> {
    return this.experts.me(actor);
  }

  @Put('me/profile')
  @Roles('expert')
  @ApiOperation({
    summary: 'Fields of expertise (taxonomy ids), countries and a short bio (expert; audited)',
  })
  @ApiOkResponse({ type: ExpertView })
  @ProblemResponses(400, 401, 403)
  profile(@CurrentActor() actor: AuthContext, @Body() dto: ExpertProfileDto): Promise<ExpertView> {
    return this.experts.updateProfile(actor, dto);
  }

  @Put('me/conflicts/:organizationId')
  @Roles('expert')
  @ApiOperation({
    summary:
      'Declare a conflict of interest with an organisation: its listings are never assigned to you (expert; audited)',
  })
  @ApiOkResponse({ type: ExpertView })
  @ProblemResponses(400, 401, 403, 404)
  declare(
    @CurrentActor() actor: AuthContext,
    @UuidParam('organizationId') organizationId: string,
    @Body() dto: DeclareConflictDto,
  ): Promise<ExpertView> {
    return this.experts.declareConflict(actor, organizationId, dto.reason?.trim() ?? '');
  }

  @Delete('me/conflicts/:organizationId')
  @HttpCode(200)
  @Roles('expert')
  @ApiOperation({ summary: 'Withdraw a declared conflict of interest (expert; audited)' })
  @ApiOkResponse({ type: ExpertView })
  @ProblemResponses(400, 401, 403, 404)
  withdraw(
    @CurrentActor() actor: AuthContext,
    @UuidParam('organizationId') organizationId: string,
  ): Promise<ExpertView> {
    return this.experts.withdrawConflict(actor, organizationId);
  }
}

import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../authorization/auth-context';
import { CurrentActor, Public, Roles } from '../authorization/decorators';
import { UuidParam } from '../shared/uuid-param';
import { OrganizationProfileService } from './organization-profile.service';
import { OrganizationVerificationService } from './organization-verification.service';
import {
  ListOrganizationsQuery,
  UpdateOrganizationDto,
  VerificationReasonDto,
  VerifyOrganizationDto,
} from './organization.dto';
import { OrganizationPage, OrganizationView } from './organization.views';
import { OrganizationsService } from './organizations.service';
import { ProblemResponses } from '../shared/problem-responses';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly profiles: OrganizationProfileService,
    private readonly verification: OrganizationVerificationService,
  ) {}

  @ProblemResponses(400, 401)
  @Get()
  @Public()
  @ApiOperation({ summary: 'Browse partner profiles; contact persons only for own members and admins' })
  @ApiOkResponse({ type: OrganizationPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListOrganizationsQuery): Promise<OrganizationPage> {
    return this.organizations.list(actor, query);
  }

  @ProblemResponses(400, 401, 404)
  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A public partner profile; the contact person only for own members and admins' })
  @ApiOkResponse({ type: OrganizationView })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<OrganizationView> {
    return this.organizations.get(actor, id);
  }

  @ProblemResponses(400, 401, 404)
  @Patch(':id')
  @ApiOperation({ summary: 'Edit the profile (own members or an admin); other organisations answer 404' })
  @ApiOkResponse({ type: OrganizationView })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() changes: UpdateOrganizationDto,
  ): Promise<OrganizationView> {
    return this.profiles.update(actor, id, changes);
  }

  @ProblemResponses(400, 401, 403, 404, 409)
  @Post(':id/verify')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Mark the organisation verified (admin; audited; the organisation is notified)',
    description:
      'Verifying a verified organisation changes nothing. `verified: false` withdraws, with a reason.',
  })
  @ApiOkResponse({ type: OrganizationView })
  verify(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: VerifyOrganizationDto,
  ): Promise<OrganizationView> {
    return dto.verified === false
      ? this.verification.withdraw(actor, id, dto.reason!)
      : this.verification.verify(actor, id);
  }

  @ProblemResponses(400, 401, 403, 404, 409)
  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Reject a pending organisation, with a reason it is told (admin; audited)',
    description: '409 when the organisation is not pending (verified: withdraw instead).',
  })
  @ApiOkResponse({ type: OrganizationView })
  reject(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: VerificationReasonDto,
  ): Promise<OrganizationView> {
    return this.verification.reject(actor, id, dto.reason);
  }

  @ProblemResponses(400, 401, 403, 404, 409)
  @Post(':id/withdraw-verification')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Withdraw a verification, with a reason the organisation is told (admin; audited)',
    description: 'The organisation goes back to pending. 409 when it is not verified.',
  })
  @ApiOkResponse({ type: OrganizationView })
  withdraw(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: VerificationReasonDto,
  ): Promise<OrganizationView> {
    return this.verification.withdraw(actor, id, dto.reason);
  }
}

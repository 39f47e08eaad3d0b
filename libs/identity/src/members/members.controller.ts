import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../authorization/auth-context';
import { CurrentActor } from '../authorization/decorators';
import { ProblemResponses } from '../shared/problem-responses';
import { UuidParam } from '../shared/uuid-param';
import { ChangeMemberRoleDto, MemberList, MemberView } from './member.dto';
import { MembersService } from './members.service';

@ApiTags('organizations')
@Controller('organizations/:id/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @ProblemResponses(400, 401, 403, 404)
  @Get()
  @ApiOperation({ summary: "The organisation's members with their role (owners and admins)" })
  @ApiOkResponse({ type: MemberList })
  async list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<MemberList> {
    return { items: await this.members.list(actor, id) };
  }

  @ProblemResponses(400, 401, 403, 404, 422)
  @Patch(':userId')
  @ApiOperation({ summary: "Change a member's role (owners and admins); an organisation keeps an owner" })
  @ApiOkResponse({ type: MemberView })
  changeRole(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('userId') userId: string,
    @Body() dto: ChangeMemberRoleDto,
  ): Promise<MemberView> {
    return this.members.changeRole(actor, id, userId, dto);
  }

  @ProblemResponses(400, 401, 403, 404, 422)
  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a member: the account is disabled and its sessions end at once' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    await this.members.revoke(actor, id, userId);
  }
}

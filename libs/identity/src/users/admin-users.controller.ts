import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../authorization/auth-context';
import { CurrentActor, Roles } from '../authorization/decorators';
import { UuidParam } from '../shared/uuid-param';
import { ListUsersQuery, UpdateUserDto } from './user-admin.dto';
import { UserAdminService } from './user-admin.service';
import { UserPage, UserView } from './user.views';
import { ProblemResponses } from '../shared/problem-responses';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UserAdminService) {}

  @ProblemResponses(400, 401, 403)
  @Get()
  @ApiOperation({ summary: 'List user accounts (admin)' })
  @ApiOkResponse({ type: UserPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<UserPage> {
    return this.users.list(actor, query);
  }

  @ProblemResponses(400, 401, 403, 404, 422)
  @Patch(':id')
  @ApiOperation({ summary: 'Disable or enable a user, or change their role (admin; audited)' })
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() changes: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, changes);
  }
}

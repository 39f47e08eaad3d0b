import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../authorization/auth-context';
import { CurrentActor } from '../authorization/decorators';
import { MeService } from './me.service';
import { MeView } from './user.views';
import { ProblemResponses } from '../shared/problem-responses';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @ProblemResponses(401)
  @Get()
  @ApiOperation({ summary: 'The signed-in user and their organisation' })
  @ApiOkResponse({ type: MeView })
  get(@CurrentActor() actor: Actor): Promise<MeView> {
    return this.me.get(actor);
  }
}

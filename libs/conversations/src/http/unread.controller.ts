import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { UnreadView } from '../dto/message.dto';
import { ReadsService } from '../reads/reads.service';
import { ProblemResponses } from './http-helpers';

@ApiTags('conversations')
@Roles('vendor', 'agency', 'admin')
@Controller('me/unread')
export class UnreadController {
  constructor(private readonly reads: ReadsService) {}

  @Get()
  @ApiOperation({ summary: 'Unread messages of the caller over their conversations, in total and per match' })
  @ApiOkResponse({ type: UnreadView })
  @ProblemResponses(401)
  mine(@CurrentActor() actor: AuthContext): Promise<UnreadView> {
    return this.reads.mine(actor);
  }
}

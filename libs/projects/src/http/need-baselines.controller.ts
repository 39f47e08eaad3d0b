import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { BaselineInput, BaselineList, BaselineView } from '../dto/baseline.dto';
import { NeedBaselinesService } from '../results/need-baselines.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

/** A need's baseline air-quality evidence (a city's annual mean, a stack test). */
@ApiTags('projects')
@Controller('needs/:id/baselines')
export class NeedBaselinesController {
  constructor(private readonly baselines: NeedBaselinesService) {}

  @Get()
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({ summary: 'A need’s baseline evidence (whoever may see the need)' })
  @ApiOkResponse({ type: BaselineList })
  @ProblemResponses(400, 401, 403, 404)
  list(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<BaselineList> {
    return this.baselines.list(actor, id);
  }

  @Post()
  @Roles('agency')
  @ApiOperation({ summary: 'Add baseline evidence to a need (members of the agency that posted it)' })
  @ApiCreatedResponse({ type: BaselineView })
  @ProblemResponses(400, 401, 403, 404)
  add(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: BaselineInput,
  ): Promise<BaselineView> {
    return this.baselines.add(actor, id, input);
  }
}

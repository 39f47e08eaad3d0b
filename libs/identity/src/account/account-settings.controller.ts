import { Body, Controller, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UnauthorizedProblem } from '@3ipet/common';
import type { Actor, AuthContext } from '../authorization/auth-context';
import { CurrentActor } from '../authorization/decorators';
import { AuthRateLimitGuard } from '../auth/rate-limit/auth-rate-limit';
import { ProblemResponses } from '../shared/problem-responses';
import { MeService } from '../users/me.service';
import { MeView } from '../users/user.views';
import { ACCEPTED, AcceptedView, ChangeEmailDto, ChangePasswordDto, UpdateMeDto } from './account.dto';
import { AccountEmailService } from './account-email.service';
import { AccountSettingsService } from './account-settings.service';

const signedIn = (actor: Actor): AuthContext => {
  if (!actor) throw new UnauthorizedProblem();
  return actor;
};

@ApiTags('auth')
@Controller('me')
export class AccountSettingsController {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly emails: AccountEmailService,
    private readonly me: MeService,
  ) {}

  @ProblemResponses(400, 401)
  @Patch()
  @ApiOperation({ summary: 'Change your display name or language' })
  @ApiOkResponse({ type: MeView })
  async update(@CurrentActor() actor: Actor, @Body() dto: UpdateMeDto): Promise<MeView> {
    await this.settings.update(signedIn(actor), dto);
    return this.me.get(actor);
  }

  @ProblemResponses(400, 401, 429)
  @Post('password')
  @HttpCode(204)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Change your password (the current one required); ends your other sessions' })
  @ApiNoContentResponse()
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.settings.changePassword(signedIn(actor), dto);
  }

  @ProblemResponses(400, 401, 409, 429)
  @Post('email')
  @HttpCode(202)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Move to a new address: a link is sent to it, and the change happens when it is followed',
  })
  @ApiAcceptedResponse({ type: AcceptedView })
  async changeEmail(@CurrentActor() actor: Actor, @Body() dto: ChangeEmailDto): Promise<AcceptedView> {
    await this.emails.requestChange(signedIn(actor), dto);
    return ACCEPTED;
  }

  @ProblemResponses(401, 409, 429)
  @Post('email-verification')
  @HttpCode(202)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Send the verification link for your address again' })
  @ApiAcceptedResponse({ type: AcceptedView })
  async resendVerification(@CurrentActor() actor: Actor): Promise<AcceptedView> {
    await this.emails.resendVerification(signedIn(actor));
    return ACCEPTED;
  }
}

import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../authorization/decorators';
import { AuthRateLimitGuard } from '../auth/rate-limit/auth-rate-limit';
import { ProblemResponses } from '../shared/problem-responses';
import {
  ACCEPTED,
  AcceptedView,
  ConfirmEmailDto,
  EmailConfirmedView,
  PasswordResetDto,
  PasswordResetRequestDto,
} from './account.dto';
import { AccountEmailService } from './account-email.service';
import { PasswordResetService } from './password-reset.service';

/** Links that arrive by e-mail: the person following one may not be signed in. */
@ApiTags('auth')
@Public({ ignoreToken: true })
@Controller('auth')
export class AccountRecoveryController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly emails: AccountEmailService,
  ) {}

  @ProblemResponses(400, 429)
  @Post('password-reset/request')
  @HttpCode(202)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary:
      'E-mail a one-time password-reset link; answers the same whether or not the address has an account',
  })
  @ApiAcceptedResponse({ type: AcceptedView })
  async requestReset(@Body() dto: PasswordResetRequestDto): Promise<AcceptedView> {
    await this.resets.request(dto);
    return ACCEPTED;
  }

  @ProblemResponses(400, 404, 429)
  @Post('password-reset')
  @HttpCode(204)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Set a new password with the token from the reset e-mail; ends every session' })
  @ApiNoContentResponse()
  async reset(@Body() dto: PasswordResetDto): Promise<void> {
    await this.resets.reset(dto);
  }

  @ProblemResponses(400, 404, 409, 429)
  @Post('confirm-email')
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Verify an address, or confirm a new one, with the token from the e-mail' })
  @ApiOkResponse({ type: EmailConfirmedView })
  confirmEmail(@Body() dto: ConfirmEmailDto): Promise<EmailConfirmedView> {
    return this.emails.confirm(dto.token);
  }
}

import { Body, Controller, Headers, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../authorization/decorators';
import { InvitationsService } from '../invitations/invitations.service';
import { AcceptInvitationDto, LoginDto, RefreshDto, RegisterDto } from './auth.dto';
import { InvalidRefreshTokenProblem } from './auth-problems';
import { LoginService } from './login.service';
import { AuthRateLimitGuard } from './rate-limit/auth-rate-limit';
import { RefreshCookie } from './refresh-cookie';
import { RegistrationService } from './registration.service';
import { SessionService } from './session.service';
import { SessionView } from './session.views';
import { ProblemResponses } from '../shared/problem-responses';

interface Reply {
  header(name: string, value: string): unknown;
}

@ApiTags('auth')
@Public({ ignoreToken: true })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly logins: LoginService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationsService,
    private readonly cookie: RefreshCookie,
  ) {}

  @ProblemResponses(400, 409, 429)
  @Post('register')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Sign up: creates a vendor or agency organisation and its first member, signed in',
  })
  @ApiCreatedResponse({ type: SessionView })
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) reply: Reply): Promise<SessionView> {
    return this.withCookie(reply, await this.registration.register(dto));
  }

  @ProblemResponses(400, 401, 429)
  @Post('login')
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: SessionView })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) reply: Reply): Promise<SessionView> {
    return this.withCookie(reply, await this.logins.login(dto));
  }

  @ProblemResponses(400, 401, 403)
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trade a refresh token (body or cookie) for a new session; the old token is spent',
  })
  @ApiOkResponse({ type: SessionView })
  async refresh(
    @Body() dto: RefreshDto,
    @Headers('cookie') cookies: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<SessionView> {
    const token = dto.refreshToken ?? this.cookie.read(cookies);
    if (!token) throw new InvalidRefreshTokenProblem();
    return this.withCookie(reply, await this.sessions.refresh(token));
  }

  @ProblemResponses(400)
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of a refresh token (body or cookie) and clear the cookie' })
  @ApiNoContentResponse()
  async logout(
    @Body() dto: RefreshDto,
    @Headers('cookie') cookies: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<void> {
    const token = dto.refreshToken ?? this.cookie.read(cookies);
    if (token) await this.sessions.logout(token);
    this.cookie.clear(reply);
  }

  @ProblemResponses(400, 404, 409, 429)
  @Post('accept-invitation')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Create an account from an invitation token; signs the new member in' })
  @ApiCreatedResponse({ type: SessionView })
  async acceptInvitation(
    @Body() dto: AcceptInvitationDto,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<SessionView> {
    return this.withCookie(reply, await this.invitations.accept(dto));
  }

  private withCookie(reply: Reply, session: SessionView): SessionView {
    this.cookie.set(reply, session.refreshToken, session.refreshTokenExpiresAt);
    return session;
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../users/user.views';

/** A signed-in session: a short-lived access token and the refresh token that renews it (also set as a cookie). */
export class SessionView {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Access token lifetime in seconds' }) expiresIn!: number;
  @ApiProperty({ description: 'Opaque, single use: every refresh returns a new one' }) refreshToken!: string;
  @ApiProperty({ format: 'date-time' }) refreshTokenExpiresAt!: Date;
  @ApiProperty({ type: UserView }) user!: UserView;
}

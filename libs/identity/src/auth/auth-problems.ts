import { Problem } from '@3ipet/common';

/** Same status, body and (roughly) time for an unknown email and a wrong password. */
export class InvalidCredentialsProblem extends Problem {
  constructor() {
    super(401, 'invalid-credentials', 'Unauthorized', 'The email or password is incorrect.');
  }
}

export class InvalidRefreshTokenProblem extends Problem {
  constructor() {
    super(401, 'invalid-refresh-token', 'Unauthorized', 'The refresh token is not valid; sign in again.');
  }
}

/** Only ever answered to a caller who proved they hold the account (a valid refresh token); sign-in answers 401. */
export class AccountDisabledProblem extends Problem {
  constructor() {
    super(403, 'account-disabled', 'Forbidden', 'This account is disabled; contact a platform admin.');
  }
}
